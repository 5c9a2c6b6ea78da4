/*
 * The conversions a writer puts after a figure, for money and units alike:
 * "(1,931 miles)", "($1,832; £1,209)", "($3,150 to $9,450)", ", or about $212".
 * One grammar, so a separator or bracket form learned for money also works for units.
 */
// Full-width brackets too: Chinese and Japanese text sets a conversion in `（约150亿美元）`; and
// square brackets, as wire copy and the Asian English-language press bracket a conversion inside
// a parenthesis or a quote (`800 million yuan [US$110 million]`: Xinhua, SCMP, The Straits Times).
const OPEN_Y = /[ \u00a0]*([(（[])[ \u00a0]*/y;
// Before the closing bracket, the rate the writer converted at (`($36 million at current rates)`,
// `(about $5m at today's exchange rate)`): the usual close of a conversion in the English press.
const RATE_NOTE = String.raw`(?:,?[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?(?:current|today's|today’s|present|prevailing|latest)(?:[ \u00a0]+exchange)?[ \u00a0]+rates?)?`;
const CLOSE_PAREN_Y = new RegExp(`${RATE_NOTE}[ \u00a0]*[)）]`, 'y');
const CLOSE_SQUARE_Y = new RegExp(`${RATE_NOTE}[ \u00a0]*\\]`, 'y');
// ", or about $212"; and the Korean press's "in our money" (`1천 400억 유로, 우리돈 195조원`,
// `우리 돈으로 약 1조원`: KBS, YTN, MBC), which states the won value of a foreign amount.
// A comma before `equivalent to` / `equal to` (hedged or not: `, roughly equivalent to $40 million`),
// which the conversion's reader takes with its hedges; and `atau` (`, atau sekitar US$5 juta`), the
// Indonesian and Malay press's `or`.
const OR_Y =
  /,?[ \u00a0]+(?:or|atau)[ \u00a0]+|,?[ \u00a0]*우리[ \u00a0]?돈(?:으로)?[ \u00a0]*|,[ \u00a0]*(?=(?:(?:roughly|about|approximately|around)[ \u00a0]+)?(?:equivalent|equal)[ \u00a0]+to[ \u00a0])/iy;

// An apposition: the conversion set off between commas or dashes, as a restatement of the figure
// before it (`2.5 billion yuan, about $350 million, for the stake`; `€3.5 billion — roughly $3.9
// billion — in new orders`): English appositive punctuation, the form Xinhua, Kyodo and the
// Gulf and African wires write where others bracket it. Between commas the conversion needs its
// hedge (`, $2 million` is as often the next item of a list), and either form needs its closing
// mark (a comma, a dash, `;`, `.` or the text's end), so `, about $2 million more than` is none.
const APPOSITION_Y =
  /,[ \u00a0]+(?=(?:about|around|roughly|approximately|nearly|some|worth|equivalent to|equal to)[ \u00a0])|[ \u00a0]+(?:—|–|--)[ \u00a0]+/iy;
const APPOSITION_CLOSE_Y = /[ \u00a0]*(?:[,;—–]|--|\.(?![0-9])|$)/y;

/** Separators between conversions in one bracket: `;`, `,`, `or`; `/` too where it cannot be a unit. */
export const LIST_SEPARATOR_Y = /[ \u00a0]*(?:;|,|\bor\b)[ \u00a0]*/iy;
export const LIST_SEPARATOR_WITH_SLASH_Y = /[ \u00a0]*(?:;|,|\/|\bor\b)[ \u00a0]*/iy;

const sticky = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at;
  return re.exec(text);
};

/**
 * Reads the conversion list at `pos`. `read(at, inBracket)` reads one conversion and returns
 * it with the index after it, or undefined when there is none: then there is no list at all.
 */
export function statedListAt<T>(
  text: string,
  pos: number,
  read: (at: number, inBracket: boolean) => { item: T; end: number } | undefined,
  separator: RegExp = LIST_SEPARATOR_Y,
): { items: T[]; end: number } | undefined {
  const open = sticky(OPEN_Y, text, pos);
  if (open) {
    const items: T[] = [];
    let at = pos + open[0].length;
    for (;;) {
      const next = read(at, true);
      if (!next) return undefined;
      items.push(next.item);
      at = next.end;
      const sep = sticky(separator, text, at);
      if (sep) {
        at += sep[0].length;
        continue;
      }
      const close = sticky(open[1] === '[' ? CLOSE_SQUARE_Y : CLOSE_PAREN_Y, text, at);
      return close ? { items, end: at + close[0].length } : undefined;
    }
  }
  const or = sticky(OR_Y, text, pos);
  if (or) {
    const next = read(pos + or[0].length, false);
    return next ? { items: [next.item], end: next.end } : undefined;
  }
  // Asked only where a comma or a space opens the tail: the apposition's first mark.
  const c = text.charCodeAt(pos);
  if (c !== 44 && c !== 32 && c !== 0xa0) return undefined;
  const apposition = sticky(APPOSITION_Y, text, pos);
  if (!apposition) return undefined;
  const next = read(pos + apposition[0].length, false);
  if (!next || !sticky(APPOSITION_CLOSE_Y, text, next.end)) return undefined;
  return { items: [next.item], end: next.end };
}
