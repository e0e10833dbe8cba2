// Upgrade (RFC 9110 §7.8) on 426 Upgrade Required: the protocols the server insists on
// ("TLS/1.2, HTTP/1.1", "h2c", "websocket").

/** Protocol tokens in the server's order of preference; odd members are kept as sent, not interpreted. */
export function parseUpgrade(value: string): string[] {
  return (typeof value === 'string' ? value : '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
