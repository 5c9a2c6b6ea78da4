/*
 * The precision of a written figure: the unit in its last significant place. "124 billion" is
 * written to the billion (1e9), "NT$1.48 million" to the ten thousand (1e4), "$3,150" to the ten
 * (trailing zeros of a whole number are read as rounding). The parser records it as written
 * (`precision` on amounts and stated conversions); data without it falls back to reading the number.
 */

/** 10^exp parsed from its decimal string, so 10^-2 is exactly the double nearest 0.01. */
export function powerOfTen(exp: number): number {
  return Number(`1e${exp}`);
}

/**
 * Unit in the last significant place of a number as a float prints it: 124e9 → 1e9, 1.48e6 → 1e4,
 * 3150 → 10, 8.5 → 0.1. Used only when the figure's written precision is not recorded.
 */
export function lastPlaceOf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Number.POSITIVE_INFINITY;
  const [mantissa = '', e] = Math.abs(x).toPrecision(15).split('e');
  const exp = e === undefined ? 0 : Number(e);
  const dot = mantissa.indexOf('.');
  const intLength = dot < 0 ? mantissa.length : dot;
  const significant = mantissa.replace('.', '').replace(/0+$/, '').length;
  return powerOfTen(intLength - significant + exp);
}

/**
 * Rounds a computed figure to `digits` significant digits through its decimal string, so that
 * 3516.2999999999997 comes out as 3516.3 and never as more digits than the data supports.
 */
export function roundSignificant(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}

/** Rounds to a multiple of a power of ten (`place` = 0.01, 1, 1e9...), through the decimal string. */
export function roundToPlace(x: number, place: number): number {
  if (!Number.isFinite(x) || !(place > 0) || !Number.isFinite(place)) return x;
  const exp = Math.round(Math.log10(place));
  if (exp >= 0) return Math.round(x / powerOfTen(exp)) * powerOfTen(exp);
  return Number(x.toFixed(Math.min(-exp, 100)));
}
