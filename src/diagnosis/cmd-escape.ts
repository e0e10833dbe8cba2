// One argument for the cmd.exe prompt (the "Copy as cURL (cmd.exe)" line). Inside double quotes
// cmd still replaces %NAME% with a variable (there is no escape for % there: a URL's %41% would
// become the value of a variable named 41), so the argument goes unquoted instead:
// - ^ escapes & | < > ( ) " ! and itself, so none of them ends, pipes or redirects the command;
// - a ^ right after each % makes every %…% name start with ^, which no variable has; cmd leaves an
//   unknown name as it is and then removes the caret with the other escapes.
// This is how the interactive prompt reads a line (a batch file reads % differently). The argument
// must hold no space or tab: curl-command.ts gives it a percent-encoded URL.

const SPECIAL = /[\^&|<>()"!]/;

export function cmdEscape(s: string): string {
  const str = String(s);
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (SPECIAL.test(c)) out += '^' + c;
    else if (c === '%') {
      const next = str[i + 1];
      // Before a special character, its own caret already starts the name; at the end of the line
      // a caret would ask for a continuation line, and a last % opens no name.
      out += next === undefined || SPECIAL.test(next) ? '%' : '%^';
    } else out += c;
  }
  return out;
}
