import type { QuantityMention, Unit } from '@briefing/schema';
import { digitsAt, isDigit, lastPlace, type ParsedNumber, scaleAt, scaled } from '../money/numbers.js';
import { statedListAt } from '../stated-list.js';

export interface QuantityContext {
  field?: 'title' | 'body';
  paragraph?: number;
}

type Dimension = 'length' | 'area' | 'mass' | 'volume' | 'power' | 'energy' | 'temperature' | 'speed';

interface UnitDef {
  unit: Unit;
  dim: Dimension;
  /** Size in the dimension's base unit (m, m², kg, m³, W, Wh, m/s); temperature is affine. */
  factor: number;
}

const U = (unit: Unit, dim: Dimension, factor: number): UnitDef => ({ unit, dim, factor });
const MILE = 1609.344;
const POUND = 0.45359237;
const GALLON = 0.003785411784;

/** Written forms, lower-cased (matched case-insensitively). */
const WORD_UNITS: Record<string, UnitDef> = {};
const put = (forms: string[], def: UnitDef): void => {
  for (const f of forms) WORD_UNITS[f] = def;
};
put(['kilometers', 'kilometres', 'kilometer', 'kilometre'], U('km', 'length', 1000));
put(['meters', 'metres', 'meter', 'metre'], U('m', 'length', 1));
put(['centimeters', 'centimetres', 'centimeter', 'centimetre'], U('cm', 'length', 0.01));
put(['millimeters', 'millimetres', 'millimeter', 'millimetre'], U('mm', 'length', 0.001));
put(['miles', 'mile'], U('mi', 'length', MILE));
put(['nautical miles', 'nautical mile'], U('nmi', 'length', 1852));
put(['yards', 'yard'], U('yd', 'length', 0.9144));
put(['feet', 'foot'], U('ft', 'length', 0.3048));
put(['inches', 'inch'], U('in', 'length', 0.0254));
put(
  ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km'],
  U('km2', 'area', 1e6),
);
put(['square meters', 'square metres', 'square meter', 'square metre', 'sq m'], U('m2', 'area', 1));
put(['square miles', 'square mile', 'sq mi'], U('mi2', 'area', MILE * MILE));
put(['hectares', 'hectare'], U('ha', 'area', 1e4));
put(['acres', 'acre'], U('acre', 'area', 4046.8564224));
put(['metric tons', 'metric tonnes', 'tonnes', 'tonne', 'tons', 'ton'], U('t', 'mass', 1000));
put(['short tons', 'short ton'], U('short-ton', 'mass', 2000 * POUND));
put(['long tons', 'long ton'], U('long-ton', 'mass', 2240 * POUND));
put(['kilograms', 'kilogram', 'kilogrammes', 'kilos', 'kilo'], U('kg', 'mass', 1));
put(['grams', 'gram', 'grammes'], U('g', 'mass', 0.001));
put(['milligrams', 'milligram'], U('mg', 'mass', 1e-6));
put(['ounces', 'ounce'], U('oz', 'mass', POUND / 16));
put(['liters', 'litres', 'liter', 'litre'], U('l', 'volume', 0.001));
put(['milliliters', 'millilitres', 'milliliter', 'millilitre'], U('ml', 'volume', 1e-6));
put(['gallons', 'gallon'], U('gal', 'volume', GALLON));
put(['barrels', 'barrel'], U('bbl', 'volume', 42 * GALLON));
put(['cubic meters', 'cubic metres', 'cubic meter', 'cubic metre'], U('m3', 'volume', 1));
put(['watts', 'watt'], U('w', 'power', 1));
put(['kilowatts', 'kilowatt'], U('kw', 'power', 1e3));
put(['megawatts', 'megawatt'], U('mw', 'power', 1e6));
put(['gigawatts', 'gigawatt'], U('gw', 'power', 1e9));
put(['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour'], U('kwh', 'energy', 1e3));
put(['megawatt-hours', 'megawatt hours', 'megawatt-hour'], U('mwh', 'energy', 1e6));
put(['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour'], U('gwh', 'energy', 1e9));
put(['terawatt-hours', 'terawatt hours', 'terawatt-hour'], U('twh', 'energy', 1e12));
put(['degrees celsius', 'degrees c', '°c', '℃'], U('c', 'temperature', 1));
put(['degrees fahrenheit', 'degrees f', '°f', '℉'], U('f', 'temperature', 1));
put(
  ['kilometers per hour', 'kilometres per hour', 'kilometers an hour', 'kilometres an hour'],
  U('km/h', 'speed', 1000 / 3600),
);
put(['miles per hour', 'miles an hour'], U('mph', 'speed', MILE / 3600));

/** Abbreviations, case-sensitive ("MW" is not "mW"). */
const ABBREV_UNITS: Record<string, UnitDef> = {
  km: U('km', 'length', 1000),
  cm: U('cm', 'length', 0.01),
  mm: U('mm', 'length', 0.001),
  nm: U('nmi', 'length', 1852),
  ft: U('ft', 'length', 0.3048),
  km2: U('km2', 'area', 1e6),
  'km²': U('km2', 'area', 1e6),
  m2: U('m2', 'area', 1),
  'm²': U('m2', 'area', 1),
  ha: U('ha', 'area', 1e4),
  kg: U('kg', 'mass', 1),
  mg: U('mg', 'mass', 1e-6),
  lb: U('lb', 'mass', POUND),
  lbs: U('lb', 'mass', POUND),
  oz: U('oz', 'mass', POUND / 16),
  ml: U('ml', 'volume', 1e-6),
  bbl: U('bbl', 'volume', 42 * GALLON),
  m3: U('m3', 'volume', 1),
  'm³': U('m3', 'volume', 1),
  kW: U('kw', 'power', 1e3),
  MW: U('mw', 'power', 1e6),
  GW: U('gw', 'power', 1e9),
  kWh: U('kwh', 'energy', 1e3),
  MWh: U('mwh', 'energy', 1e6),
  GWh: U('gwh', 'energy', 1e9),
  TWh: U('twh', 'energy', 1e12),
  '°C': U('c', 'temperature', 1),
  '°F': U('f', 'temperature', 1),
  'km/h': U('km/h', 'speed', 1000 / 3600),
  kph: U('km/h', 'speed', 1000 / 3600),
  mph: U('mph', 'speed', MILE / 3600),
};

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const WORD_RE = new RegExp(
  `(?:[ \\u00a0]+|-)(${Object.keys(WORD_UNITS)
    .sort(byLength)
    .map((w) => esc(w).replace(/ /g, '[ \\u00a0-]+'))
    .join('|')})(?![A-Za-z0-9])`,
  'iy',
);
const ABBREV_RE = new RegExp(
  `(?:[ \\u00a0]?|-)(${Object.keys(ABBREV_UNITS).sort(byLength).map(esc).join('|')})(?![A-Za-z0-9])`,
  'y',
);

function unitAt(text: string, pos: number): { def: UnitDef; end: number } | undefined {
  WORD_RE.lastIndex = pos;
  const w = WORD_RE.exec(text);
  if (w?.[1] !== undefined) {
    const key = w[1].toLowerCase().replace(/[\s\u00a0]+/g, ' ');
    const def = WORD_UNITS[key] ?? WORD_UNITS[key.replace(/-/g, ' ')];
    if (def) return { def, end: pos + w[0].length };
  }
  ABBREV_RE.lastIndex = pos;
  const a = ABBREV_RE.exec(text);
  if (a?.[1] !== undefined) {
    const def = ABBREV_UNITS[a[1]];
    if (def) return { def, end: pos + a[0].length };
  }
  return undefined;
}

interface Figure {
  start: number;
  end: number;
  num: ParsedNumber;
  exp: number;
  value: number;
  ulp: number;
  def?: UnitDef;
}

/** `[A-Za-z$€£¥]` by character code: a figure glued to a word or a currency sign is no quantity. */
function isLetterOrMoneySign(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5
  );
}

/** `f` with its value and the unit in its last place. */
function measured(f: Figure): Figure {
  if (Number.isNaN(f.value)) {
    f.value = scaled(f.num.digits, f.exp);
    f.ulp = lastPlace(f.num, f.exp);
  }
  return f;
}

/**
 * A number, optional scale word ("1.2 million tons") and optional unit, starting at `pos`. With
 * `first`, as the first bound `spanAt` reads: a figure with no unit counts only before a range's
 * connector, so without one it is turned away before its record is built (most figures).
 */
function figureAt(text: string, pos: number, first = false): Figure | undefined {
  if (!isDigit(text.charCodeAt(pos))) return undefined;
  const prev = text.charCodeAt(pos - 1);
  if (isDigit(prev) || isLetterOrMoneySign(prev)) return undefined;
  const num = digitsAt(text, pos);
  if (!num) return undefined;
  let end = num.end;
  let exp = 0;
  const sc = scaleAt(text, end);
  if (sc && !sc.letter && sc.exp >= 3) {
    exp = sc.exp;
    end = sc.end;
  }
  const u = unitAt(text, end);
  if (first && !u) {
    CONNECTOR_Y.lastIndex = end;
    if (!CONNECTOR_Y.test(text)) return undefined;
  }
  // Its value and last place are read when it joins a span (see `measured`): most figures do not.
  const f: Figure = { start: pos, end, num, exp, value: Number.NaN, ulp: Number.NaN };
  if (u) {
    f.def = u.def;
    f.end = u.end;
  }
  return f;
}

const APPROX_BEFORE =
  /\b(?:approximately|about|around|nearly|almost|roughly|some|over|under|more than|less than|up to|at least|close to|an estimated|estimated)[ \u00a0]+$/i;
const APPROX_AT_Y =
  /(?:approximately|about|around|nearly|almost|roughly|some|over|more than|less than|or about|or around|or nearly|or)[ \u00a0]+/iy;
const CONNECTOR_Y = /[ \u00a0]*(?:to|-|–|and)[ \u00a0]*/iy;
const BETWEEN_BEFORE = /\bbetween[ \u00a0]+$/i;
const AND = /and/i;

interface Span {
  lo: Figure;
  hi: Figure;
  def: UnitDef;
  start: number;
  end: number;
}

/** "between" just before the figure at `pos` (read in the 12 characters before it). */
function betweenBefore(text: string, pos: number): boolean {
  return BETWEEN_BEFORE.test(text.slice(Math.max(0, pos - 12), pos));
}
const NO_AND_RANGE = () => false;

/**
 * A figure or a range of figures sharing a unit ("200 to 300 kilometers", "5-10 km"). `andRange`
 * says whether "and" may join the range ("between 3 and 4 tons"); it is asked only when "and" does.
 */
function spanAt(
  text: string,
  pos: number,
  andRange: (text: string, pos: number) => boolean,
): Span | undefined {
  const a = figureAt(text, pos, true);
  if (!a) return undefined;
  CONNECTOR_Y.lastIndex = a.end;
  // `test`, and the connector cut out only when there is one: no match array per figure.
  const c = CONNECTOR_Y.test(text) ? text.slice(a.end, CONNECTOR_Y.lastIndex) : undefined;
  // "200 to 300 km", "5-10 km", "between 3 and 4 tons"; "5 km-10 km" is not written.
  if (c !== undefined && (!AND.test(c) || andRange(text, pos)) && (!a.def || c.trim() !== '-')) {
    const b = figureAt(text, a.end + c.length);
    if (b?.def && (!a.def || a.def.unit === b.def.unit) && measured(a).value <= measured(b).value) {
      return { lo: a, hi: b, def: b.def, start: a.start, end: b.end };
    }
  }
  if (!a.def) return undefined;
  measured(a);
  return { lo: a, hi: a, def: a.def, start: a.start, end: a.end };
}

function toBase(def: UnitDef, v: number): number {
  if (def.dim === 'temperature') return def.unit === 'f' ? ((v - 32) * 5) / 9 : v;
  return v * def.factor;
}
function fromBase(def: UnitDef, v: number): number {
  if (def.dim === 'temperature') return def.unit === 'f' ? (v * 9) / 5 + 32 : v;
  return v / def.factor;
}

/*
 * Tolerance of a stated unit conversion: one unit in the last place of the stated figure (writers
 * both round and truncate: 3,109 km is 1,931.8 mi, written "1,931"), half a unit in the last place
 * of the original figure, and 0.3% for the rounded factors writers use (0.62 mi per km).
 */
function quantityTolerance(statedUlp: number, stated: number, valueUlp: number, value: number): number {
  const s = stated === 0 ? 0 : statedUlp / Math.abs(stated);
  const v = value === 0 ? 0 : (0.5 * valueUlp) / Math.abs(value);
  return s + v + 0.003;
}

/** The next digit, by `lastIndex`: one shared pattern (the scan is synchronous), not one per text. */
const DIGIT_G = /\d/g;

/**
 * Every quantity in `text` with a unit of the schema (km, mi, t, kg, g...), with stated conversions
 * checked by arithmetic. Offsets are UTF-16 indices into `text`. Never throws.
 */
export function extractQuantities(text: string, context: QuantityContext = {}): QuantityMention[] {
  const out: QuantityMention[] = [];
  if (typeof text !== 'string') return out;
  try {
    const re = DIGIT_G;
    re.lastIndex = 0;
    // `test` moves `lastIndex` past the digit found, with no match array to build: the digit is
    // the character before it.
    while (re.test(text)) {
      const pos = re.lastIndex - 1;
      const span = spanAt(text, pos, betweenBefore);
      if (!span) {
        const n = digitsAt(text, pos);
        re.lastIndex = n ? n.end : pos + 1;
        continue;
      }
      const approx = APPROX_BEFORE.test(text.slice(Math.max(0, pos - 24), pos));
      let end = span.end;
      const stated: QuantityMention['stated'] = [];
      const conv = statedAt(text, end);
      if (conv) {
        end = conv.end;
        for (const s of conv.spans) {
          if (s.def.unit === span.def.unit) continue;
          const st: QuantityMention['stated'][number] = {
            unit: s.def.unit,
            min: s.lo.value,
            max: s.hi.value,
            text: text.slice(s.start, s.end),
          };
          if (s.def.dim === span.def.dim) {
            const expected = {
              min: fromBase(s.def, toBase(span.def, span.lo.value)),
              max: fromBase(s.def, toBase(span.def, span.hi.value)),
            };
            const mid = (expected.min + expected.max) / 2;
            const deviation = mid === 0 ? 0 : (s.lo.value + s.hi.value) / 2 / mid - 1;
            const tol = quantityTolerance(
              Math.min(s.lo.ulp, s.hi.ulp),
              (s.lo.value + s.hi.value) / 2,
              Math.min(span.lo.ulp, span.hi.ulp),
              (span.lo.value + span.hi.value) / 2,
            );
            st.check = { expected, deviation, agrees: Math.abs(deviation) <= tol };
          }
          stated.push(st);
        }
      }
      const q: QuantityMention = {
        text: text.slice(span.start, end),
        at: { paragraph: context.paragraph ?? 0, start: span.start, end },
        value: { min: span.lo.value, max: span.hi.value },
        unit: span.def.unit,
        stated,
      };
      if (context.field === 'title') q.at = { field: 'title', ...q.at };
      if (approx) q.approximate = true;
      out.push(q);
      re.lastIndex = end;
    }
  } catch {
    // Written not to throw; the guard keeps a bug from failing a page.
  }
  return out;
}

function approxSkip(text: string, pos: number): number {
  APPROX_AT_Y.lastIndex = pos;
  const a = APPROX_AT_Y.exec(text);
  return a ? pos + a[0].length : pos;
}

function statedAt(text: string, pos: number): { spans: Span[]; end: number } | undefined {
  const list = statedListAt(text, pos, (at) => {
    const span = spanAt(text, approxSkip(text, at), NO_AND_RANGE);
    return span ? { item: span, end: span.end } : undefined;
  });
  return list ? { spans: list.items, end: list.end } : undefined;
}
