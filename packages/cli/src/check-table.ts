/*
 * `briefing check`: every stated conversion of a feed with its verdict. The verdict is the money
 * core's (`judgeConversion` via the parser's checkFeedConversions); this file only lays it out.
 */
import { describeRate } from '@briefing/money';
import { checkFeedConversions } from '@briefing/parser';
import { createEmbeddedRates } from '@briefing/rates';
import type { BriefingFeed } from '@briefing/schema';

export interface CheckRow {
  briefing: string;
  text: string;
  amount: string;
  stated: string;
  rate?: number;
  rateDate?: string;
  rateSource?: string;
  deviationPercent?: number;
  verdict: 'agrees' | 'differs' | 'unchecked';
  /** Why an unchecked conversion is unchecked (the money core's reason code and sentence). */
  unchecked?: { code: string; reason: string };
  /** For a conversion that differs: the rate the writer used, and the nearest date whose rate explains it. */
  implied?: { rate: number; date?: string; text: string };
}

// Millions and up in short scale ("901.5B", "NT$1.48M"): a table of twelve-digit figures is unreadable.
const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 3 });
const fmtNumber = (n: number) => (Math.abs(n) >= 1e6 ? compactNumber : plainNumber).format(n);
const fmtRange = (currency: string, r: { min: number; max: number }) =>
  `${currency} ${fmtNumber(r.min)}${r.max !== r.min ? `–${fmtNumber(r.max)}` : ''}`;

/** Checks every stated conversion of `feed` against the embedded rates and returns one row each. */
export async function checkRows(feed: BriefingFeed): Promise<CheckRow[]> {
  const { feed: checked, issues } = await checkFeedConversions(feed, createEmbeddedRates());
  const rows: CheckRow[] = [];
  for (const item of checked.items)
    item.money.forEach((m, mention) => {
      m.stated.forEach((s, stated) => {
        const ref = s.reference;
        const row: CheckRow = {
          briefing: item.id,
          text: m.text,
          amount: fmtRange(m.amount.currency, m.amount),
          stated: `${s.approximate ? '~' : ''}${fmtRange(s.currency, s)}`,
          verdict: ref ? (ref.agrees ? 'agrees' : 'differs') : 'unchecked',
        };
        if (ref) {
          row.rate = ref.rate;
          row.rateDate = ref.rateDate;
          row.rateSource = ref.rateSource;
          row.deviationPercent = Math.round(ref.deviation * 1000) / 10;
          const implied = ref.impliedRate;
          if (implied) {
            const rate = describeRate(implied.rate, m.amount.currency, s.currency);
            row.implied = {
              rate: implied.rate,
              ...(implied.date ? { date: implied.date } : {}),
              text: implied.date
                ? `rate of ${implied.date} (implied ${rate})`
                : `implied ${rate}, no date in 5 years`,
            };
          }
        } else {
          const issue = issues.find(
            (x) => x.briefingId === item.id && x.mention === mention && x.stated === stated,
          );
          if (issue) row.unchecked = { code: issue.code, reason: issue.reason };
        }
        rows.push(row);
      });
    });
  return rows;
}

/** The rows as an aligned text table with a summary line. */
export function formatCheckTable(rows: CheckRow[]): string {
  const table = [
    ['briefing', 'amount', 'stated', 'rate', 'rate date', 'deviation', 'verdict', 'consistent with'],
    ...rows.map((r) => [
      r.briefing,
      r.amount,
      r.stated,
      r.rate === undefined ? '-' : r.rate.toPrecision(6),
      r.rateDate ?? '-',
      r.deviationPercent === undefined
        ? '-'
        : `${r.deviationPercent > 0 ? '+' : ''}${r.deviationPercent.toFixed(1)}%`,
      r.unchecked ? `unchecked (${r.unchecked.code})` : r.verdict,
      r.implied?.text ?? '-',
    ]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const lines = table.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  const differ = rows.filter((r) => r.verdict === 'differs').length;
  const unchecked = rows.filter((r) => r.verdict === 'unchecked').length;
  const n = rows.length;
  return `${lines.join('\n')}\n${n} stated conversion${n === 1 ? '' : 's'}, ${differ} differ${differ === 1 ? 's' : ''}, ${unchecked} unchecked\n`;
}
