/** The last match of `re` in the `span` characters before `pos` (`re` anchored with `$`), or null. */
export function lookback(text: string, pos: number, re: RegExp, span: number): RegExpExecArray | null {
  return re.exec(text.slice(Math.max(0, pos - span), pos));
}
