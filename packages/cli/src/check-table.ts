/*
 * `briefing check`'s "consistent with" cell: for a conversion that differs, the rate the writer
 * used and the nearest date whose reference rate explains the figure (the money core's search).
 */
import { describeRate } from '@briefing/money';

export function impliedOf(
  implied: { rate: number; date?: string | undefined },
  from: string,
  to: string,
): { rate: number; date?: string; text: string } {
  const rate = describeRate(implied.rate, from, to);
  return {
    rate: implied.rate,
    ...(implied.date ? { date: implied.date } : {}),
    text: implied.date ? `rate of ${implied.date} (implied ${rate})` : `implied ${rate}, no date in 5 years`,
  };
}
