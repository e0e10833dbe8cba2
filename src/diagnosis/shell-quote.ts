// POSIX shell single-quoting: inside '…' nothing is special except the quote itself, which is
// closed, escaped and reopened ('\'').

export function shellQuote(s: string): string {
  return `'${String(s).replace(/'/g, `'\\''`)}'`;
}
