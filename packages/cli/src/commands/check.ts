/** `briefing check`: every stated conversion of a feed or page with its reference rate and verdict. */
import { applyRates, parseToFeed } from '@briefing/parser';
import { type BriefingFeed, formatIssues, type Unchecked, validateFeed } from '@briefing/schema';
import { impliedOf } from '../check-table.js';
import { lateRatesNote, reasonCell, shortSource } from '../check-why.js';
import { type CliIo, type Command, defineOptions, parseOptions } from '../command.js';
import { CliError } from '../errors.js';
import { count, oneFile, parseJson, readInput, write } from '../io.js';
import { formatOption, parseFormat, parseYear, RATES_OPTIONS, YEAR_OPTION } from '../options.js';
import { chooseRates, parseNearest } from '../rates-sources.js';
import { formatTable } from '../table.js';

const options = defineOptions({
  json: { type: 'boolean', help: 'print the rows as JSON' },
  ...formatOption('format of a page input (default: auto)'),
  ...YEAR_OPTION,
  ...RATES_OPTIONS,
});

/** `check` of an empty input finds nothing to check; say so, since it is rarely what was meant. */
function warnIfEmpty(text: string, file: string, io: CliIo): void {
  if (text.trim() === '')
    io.stderr.write(`briefing: warning: ${file === '-' ? 'stdin' : file} is empty; no briefings\n`);
}

interface CheckRow {
  briefing: string;
  text: string;
  amount: string;
  stated: string;
  rate?: number;
  rateDate?: string;
  rateSource?: string;
  deviationPercent?: number;
  verdict: 'agrees' | 'differs' | 'unchecked';
  /** For a conversion that differs: the rate the writer used and the nearest date whose rate explains it. */
  implied?: { rate: number; date?: string; text: string };
  /** Why a row is unchecked (see @briefing/rates uncheckedReason). */
  unchecked?: Unchecked;
  /** The cited date is after the newest rates and --nearest used the newest rate. */
  nearest?: true;
}

// Millions and up in short scale ("901.5B", "NT$1.48M"): a table of twelve-digit figures is unreadable.
const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 3 });
const fmtNumber = (n: number) => (Math.abs(n) >= 1e6 ? compactNumber : plainNumber).format(n);
const fmtRange = (currency: string, r: { min: number; max: number }) =>
  `${currency} ${fmtNumber(r.min)}${r.max !== r.min ? `–${fmtNumber(r.max)}` : ''}`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, options);
  const file = oneFile(positionals, 'check');
  const nearestDays = parseNearest(values.nearest);
  const chosen = await chooseRates({ rates: values.rates ?? [], ...(nearestDays ? { nearestDays } : {}) });
  const format = parseFormat(values.format);
  const year = parseYear(values.year);
  const text = await readInput(file, io);
  warnIfEmpty(text, file, io);
  let feed: BriefingFeed;
  const trimmed = text.trimStart();
  if (format === 'auto' && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
    const data = parseJson(text, file);
    const v = validateFeed(data, { mode: 'lenient' });
    if (!v.value) throw new CliError(`${file} is not a briefing feed:\n${formatIssues(v.issues)}`, 1);
    if (!v.ok) io.stderr.write(`${formatIssues(v.issues)}\n`);
    feed = await applyRates(v.value, chosen.provider);
  } else {
    // A page goes through the pipeline `briefing parse` runs, with the same rates.
    const options = { format, ...(year === undefined ? {} : { year }), rates: chosen.provider };
    feed = (await parseToFeed(text, options)).feed;
  }
  const rows: CheckRow[] = [];
  for (const item of feed.items)
    for (const m of item.money)
      for (const s of m.stated) {
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
          if (ref.nearest) row.nearest = true;
          if (ref.impliedRate) row.implied = impliedOf(ref.impliedRate, m.amount.currency, s.currency);
        }
        if (s.unchecked) row.unchecked = s.unchecked;
        rows.push(row);
      }
  const disagree = rows.filter((r) => r.verdict === 'differs').length;
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const lines = formatTable([
      [
        'briefing',
        'amount',
        'stated',
        'rate',
        'rate date',
        'source',
        'deviation',
        'verdict',
        'why',
        'consistent with',
      ],
      ...rows.map((r) => [
        r.briefing,
        r.amount,
        r.stated,
        r.rate === undefined ? '-' : r.rate.toPrecision(6),
        r.rateDate ?? '-',
        shortSource(r.rateSource),
        r.deviationPercent === undefined
          ? '-'
          : `${r.deviationPercent > 0 ? '+' : ''}${r.deviationPercent.toFixed(1)}%`,
        r.verdict,
        reasonCell(r),
        r.implied?.text ?? '',
      ]),
    ]);
    await write(
      io.stdout,
      `${lines.join('\n')}\n${count(rows.length, 'stated conversion')}, ${disagree} differ${disagree === 1 ? 's' : ''}, ${rows.filter((r) => r.verdict === 'unchecked').length} unchecked\n`,
    );
    const late = lateRatesNote(rows);
    if (late) await write(io.stdout, late);
    await write(io.stdout, `rates used: ${chosen.used.join('; then ')}\n`);
  }
  return disagree > 0 ? 1 : 0;
}

export const checkCommand: Command = {
  name: 'check',
  args: '<file|->',
  summary: 'every stated currency conversion against reference rates',
  description: `Lists every stated currency conversion of a feed (JSON) or of a page (text or HTML) with the
reference rate for its citation date, the deviation and a verdict (agrees, differs, or unchecked
with the reason); for one that differs, the nearest date in the last 5 years whose rate explains it.`,
  options,
  footer: 'Exit codes: 0 every checked conversion agrees; 1 some differ; 2 unreadable input.',
  run,
};
