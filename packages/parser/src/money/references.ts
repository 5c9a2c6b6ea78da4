import { currencyWordAt } from './currencies.js';
import { type MoneyDetail, scanMoney } from './extract.js';
import { digitsAt } from './numbers.js';
import { type MoneyContext, resolveMarker } from './resolve.js';

/*
 * What a text says about currencies beyond its amounts: a currency named without a figure ("the
 * dollar rose", "a multibillion-dollar deal"), and figures in units that are not ISO 4217 money
 * (bitcoin, satoshis), reported as not money rather than dropped or forced into a MoneyMention.
 */

export interface CurrencyReference {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  /** A currency named without a figure: its ISO code, resolved like an amount's. */
  currency?: string;
  /** A figure in a unit that is no ISO 4217 currency ("bitcoin", "satoshi"). */
  unit?: 'bitcoin' | 'satoshi';
  value?: number;
  /** Why a figure is not a money mention. */
  notMoney?: string;
}

const CRYPTO_AFTER = /[ \u00a0]*(bitcoins?|btc|satoshis?)(?![A-Za-z0-9])/iy;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Currencies named without a figure and non-ISO figures, outside the text's money mentions. Linear; never throws. */
export function scanCurrencyReferences(
  text: string,
  context: MoneyContext = {},
  /** The text's money details when the caller has them already (saves a second scan). */
  details: readonly MoneyDetail[] = scanMoney(text, context),
): CurrencyReference[] {
  const out: CurrencyReference[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const taken: { start: number; end: number }[] = [];
  for (const d of details) {
    taken.push(d.amountAt, ...d.statedAt);
  }
  let t = 0;
  const inside = (pos: number): boolean => {
    while (t < taken.length && (taken[t]?.end ?? 0) <= pos) t++;
    const span = taken[t];
    return span !== undefined && span.start <= pos;
  };
  // Word and number starts only (a native scan; `\b` rather than a lookbehind, which V8 runs slowly).
  const starts = /\b[A-Za-z0-9]|\u20bf/g;
  let m: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: the scanner loop
  while ((m = starts.exec(text)) !== null) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x20bf || isDigit(c)) {
      // "₿21,000,000", "10000 bitcoins", "6.25 BTC", "2 satoshis".
      const n = digitsAt(text, c === 0x20bf ? i + 1 : i);
      if (!n) continue;
      starts.lastIndex = n.end;
      CRYPTO_AFTER.lastIndex = n.end;
      const after = c === 0x20bf ? undefined : CRYPTO_AFTER.exec(text);
      if ((c === 0x20bf || after) && !inside(i)) {
        const word = after?.[1]?.toLowerCase() ?? 'bitcoin';
        const unit = word.startsWith('satoshi') ? 'satoshi' : 'bitcoin';
        const end = after ? n.end + after[0].length : n.end;
        out.push({
          start: i,
          end,
          text: text.slice(i, end),
          unit,
          value: Number(n.digits),
          notMoney: `${unit} has no ISO 4217 code: reported, not converted`,
        });
        starts.lastIndex = end;
      }
      continue;
    }
    if (inside(i)) continue;
    const word = currencyWordAt(text, i);
    // "won" is a verb first; sub-units, scale-only words (pounds, marks) and coded scales are no names.
    const marker = word?.marker;
    if (
      !word ||
      !marker ||
      marker.scaleOnly ||
      marker.minor ||
      marker.exp !== undefined ||
      marker.ambiguous === 'won'
    )
      continue;
    const { currency } = resolveMarker(marker, word.raw, context, { text });
    out.push({ start: i, end: word.end, text: word.raw, currency });
    starts.lastIndex = word.end;
  }
  return out;
}
