/** Reading a filter string the way a naive server does: by regular expression over its text. */

/** The filter with every quoted part ('…', "…", `…`) blanked out, positions kept. */
export function outsideQuotes(filter: string): string {
  return filter.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, (quoted) => ' '.repeat(quoted.length));
}
