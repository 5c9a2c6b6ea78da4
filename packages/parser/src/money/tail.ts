import { LIST_SEPARATOR_WITH_SLASH_Y, statedListAt } from '../stated-list.js';
import type { LocalPrefixes } from './local-prefixes.js';
import { type AmountRange, itemAt } from './range.js';

/* What may follow an amount: a rate basis ("a month", "per ton") and the conversions stated beside it. */

const RATE_Y =
  /(?:[ \u00a0]*\/[ \u00a0]*|[ \u00a0]+(?:per|a|an|each|every)[ \u00a0]+|[ \u00a0]*-[ \u00a0]*an?[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)(month|year|annum|week|day|hour|night|quarter|kilogram|kilo|kg|tonne|ton|metric ton|barrel|bbl|share|person|head|capita|square met(?:er|re)|sq m|ounce|oz|gram|g|litre|liter|gallon|unit|piece|dozen|pound|lb|mwh|kwh|seat|ticket|visit|monthly|annually|yearly|weekly|daily|hourly|per year|per month|each year)(?![A-Za-z])(?![ \u00a0]+(?:earlier|ago|before|after|later|prior|previously)\b)/iy;
const PER_NAME: Record<string, string> = {
  annum: 'year',
  kilo: 'kilogram',
  kg: 'kilogram',
  tonne: 'ton',
  'metric ton': 'ton',
  bbl: 'barrel',
  head: 'person',
  capita: 'person',
  'square meter': 'square metre',
  'square metre': 'square metre',
  'sq m': 'square metre',
  oz: 'ounce',
  g: 'gram',
  liter: 'litre',
  lb: 'pound',
  mwh: 'MWh',
  kwh: 'kWh',
  monthly: 'month',
  annually: 'year',
  yearly: 'year',
  weekly: 'week',
  daily: 'day',
  hourly: 'hour',
  'per year': 'year',
  'per month': 'month',
  'each year': 'year',
};
const BARE_WORD_RATES = new Set(['monthly', 'annually', 'yearly', 'weekly', 'daily', 'hourly']);

export interface StatedItem {
  range: AmountRange;
  approximate: boolean;
}

/**
 * Conversions after an amount: "($3,150 to $9,450)", "($1,832; £1,209)", ", or about $212". The
 * page's own letter signs count there as before a figure anywhere: "$5,000 (Sh400,000)" in the
 * Kenyan press (Daily Nation, The Standard), "$ 2 million (R30 million)" in the South African.
 */
function conversionsAt(
  text: string,
  pos: number,
  local: LocalPrefixes | undefined,
): { items: StatedItem[]; end: number } | undefined {
  return statedListAt(
    text,
    pos,
    (at, inBracket) => {
      const item = itemAt(text, at, local);
      if (!item?.range.marker) return undefined;
      // "(US$1,000 a month)": a rate inside the bracket belongs to the conversion.
      const rate = inBracket ? rateAt(text, item.range.end) : undefined;
      return { item, end: rate ? rate.end : item.range.end };
    },
    LIST_SEPARATOR_WITH_SLASH_Y,
  );
}

export function rateAt(text: string, pos: number): { per: string; end: number } | undefined {
  RATE_Y.lastIndex = pos;
  const m = RATE_Y.exec(text);
  if (!m?.[1]) return undefined;
  const word = m[1].toLowerCase();
  // "monthly" and the like stand alone; "month" needs "per", "a", "/"...
  const bareSpace = /^[ \u00a0]+$/.test(m[0].slice(0, m[0].length - m[1].length));
  if (bareSpace && !BARE_WORD_RATES.has(word) && !word.includes(' ')) return undefined;
  return { per: PER_NAME[word] ?? word, end: pos + m[0].length };
}

export interface Tail {
  end: number;
  per?: string;
  items: StatedItem[];
}

/** Rate words and stated conversions after an amount, in either order. */
export function tailAt(text: string, pos: number, local?: LocalPrefixes): Tail {
  let end = pos;
  let per: string | undefined;
  const r1 = rateAt(text, end);
  if (r1) {
    per = r1.per;
    end = r1.end;
  }
  let items: StatedItem[] = [];
  const conv = conversionsAt(text, end, local);
  if (conv) {
    items = conv.items;
    end = conv.end;
    if (!per) {
      const r2 = rateAt(text, end);
      if (r2) {
        per = r2.per;
        end = r2.end;
      }
    }
  }
  const tail: Tail = { end, items };
  if (per !== undefined) tail.per = per;
  return tail;
}
