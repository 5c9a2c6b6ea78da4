/*
 * Money extraction, measured side by side with Microsoft Recognizers-Text (its English currency
 * model, @microsoft/recognizers-text-number-with-unit, a dev dependency of this benchmark only).
 *
 *   node bench/money.bench.mjs [path/to/recognizers-currency-en.json]
 *
 * The cases file defaults to ../shared/peer/recognizers-currency-en.json next to the repository
 * (i.e. ../../../shared/peer/ from this package). Run `npx tsup` first: this imports ../dist.
 *
 * Exact match, per case: the set of entities found equals the set expected, where an entity is
 * (span start, span end, numeric value, currency). The same definition applies to both sides.
 *  - Spans are the amount as written ("$ 75 million", "hk $ 10.05 billion"). extractMoney's mention
 *    spans the amount and its stated conversions, so its entities are the amount span and each stated
 *    conversion span on their own (scanMoney gives those spans).
 *  - Values compare with a relative tolerance of 1e-9. "Cent" values count as hundredths of a dollar
 *    or euro, "Pence"/"Penny" as hundredths of a pound: extractMoney reports major units. A bare unit
 *    name ("dollar" alone) expects the value null.
 *  - Currency: the expected isoCurrency when the case pins one; otherwise the unit name's family:
 *    "Dollar" matches any dollar currency (USD, CAD, HKD, TWD...), "Pound" any pound, "Franc" any
 *    franc, "Rupee" any rupee; a unit name with one historic ISO code is that code ("Finnish markka"
 *    FIM, "Netherlands guilder" NLG, "Peseta" ESP); a unit with no ISO 4217 code at all (Bitcoin,
 *    Satoshi, Sen) matches only that unit name, which the peer can report and a MoneyMention cannot.
 *    The peer's answer goes through the same table (its isoCurrency, else its unit name).
 *
 * Three scores per side: the whole file (the fair headline, 180 cases); the cases the spec marks
 * supported by the peer's JS build; and the cases a MoneyMention can represent at all (every expected
 * entity has a value and an ISO 4217 currency), which leaves out bare unit names and bitcoin.
 *
 *   --misses   lists every case each side gets wrong, with the entities expected and found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCurrencyCode } from '@briefing/schema';
import { extractMoney, scanCurrencyReferences, scanMoney } from '../dist/index.js';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses') || Boolean(process.env.MONEY_BENCH_MISSES);
const casesArg = args.find((a) => !a.startsWith('--'));
const casesPath = casesArg
  ? resolve(process.cwd(), casesArg)
  : resolve(pkgDir, '../../../shared/peer/recognizers-currency-en.json');
const seedFeed = JSON.parse(
  readFileSync(resolve(pkgDir, '../schema/fixtures/should-pass/seed-feed.json'), 'utf8'),
);
const seedTexts = seedFeed.items.flatMap((b) => [b.title, ...b.body]);

const DOLLARS = new Set(
  'USD CAD AUD NZD HKD TWD SGD BND BSD BZD FJD JMD LRD NAD SBD SRD TTD XCD ZWG ZWL BMD BBD KYD GYD'.split(
    ' ',
  ),
);
const FAMILIES = {
  Dollar: DOLLARS,
  Cent: new Set([...DOLLARS, 'EUR']),
  Pound: new Set('GBP EGP LBP SYP SDG SSP FKP GIP SHP CYP'.split(' ')),
  Pence: new Set(['GBP']),
  Penny: new Set(['GBP']),
  Franc: new Set('CHF FRF XOF XAF CDF GNF RWF'.split(' ')),
  Rupee: new Set('INR PKR LKR NPR MUR SCR'.split(' ')),
};
/** Unit names that pin one ISO code (the spec gives no isoCurrency for historic currencies). */
const UNIT_ISO = {
  Euro: 'EUR',
  'Chinese yuan': 'CNY',
  'Japanese yen': 'JPY',
  'British pound': 'GBP',
  Peseta: 'ESP',
  'Finnish markka': 'FIM',
  'Netherlands guilder': 'NLG',
};
const MINOR = new Set(['Cent', 'Pence', 'Penny']);

/** Expected entity from a spec result. */
function expectedEntity(r) {
  const res = r.Resolution ?? {};
  let value = res.value === null || res.value === undefined ? null : Number(res.value);
  if (value !== null && MINOR.has(res.unit)) value /= 100;
  const iso = res.isoCurrency || UNIT_ISO[res.unit];
  const accepts = iso ? new Set([iso]) : (FAMILIES[res.unit] ?? new Set([res.unit]));
  return { start: r.Start, end: r.End + 1, value, accepts };
}

const close = (a, b) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));

/** Does a found entity list equal the expected one (as sets)? */
function exact(found, expected) {
  if (found.length !== expected.length) return false;
  const used = new Set();
  for (const e of expected) {
    const i = found.findIndex(
      (f, k) =>
        !used.has(k) &&
        f.start === e.start &&
        f.end === e.end &&
        close(f.value, e.value) &&
        e.accepts.has(f.currency),
    );
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

/** Non-ISO units as the spec names them. */
const UNIT_NAME = { bitcoin: 'Bitcoin', satoshi: 'Satoshi' };

function oursEntities(input) {
  const out = [];
  // Currencies named without a figure (value null) and non-ISO figures (bitcoin), reported beside the mentions.
  for (const r of scanCurrencyReferences(input)) {
    out.push({
      start: r.start,
      end: r.end,
      value: r.value ?? null,
      currency: r.currency ?? UNIT_NAME[r.unit] ?? r.unit,
    });
  }
  for (const d of scanMoney(input)) {
    const m = d.mention;
    out.push({
      start: d.amountAt.start,
      end: d.amountAt.end,
      value: m.amount.min === m.amount.max ? m.amount.min : null,
      currency: m.amount.currency,
    });
    m.stated.forEach((s, j) => {
      const at = d.statedAt[j];
      out.push({ start: at.start, end: at.end, value: s.min === s.max ? s.min : null, currency: s.currency });
    });
  }
  return out;
}

/** A family name counts as the family's main member, which any family expectation accepts. */
const FAMILY_MAIN = {
  Dollar: 'USD',
  Cent: 'USD',
  Pound: 'GBP',
  Pence: 'GBP',
  Penny: 'GBP',
  Franc: 'CHF',
  Rupee: 'INR',
};
function peerEntities(recognize, input) {
  let results;
  try {
    results = recognize(input);
  } catch {
    return [];
  }
  return results.map((r) => {
    const res = r.resolution ?? {};
    let value =
      res.value === undefined || res.value === null || res.value === 'null' ? null : Number(res.value);
    if (value !== null && MINOR.has(res.unit)) value /= 100;
    const currency = res.isoCurrency || UNIT_ISO[res.unit] || FAMILY_MAIN[res.unit] || res.unit;
    return { start: r.start, end: r.end + 1, value, currency };
  });
}

/** Can a MoneyMention express every expected entity (a value and an ISO 4217 currency)? */
const representable = (expected) =>
  expected.every((e) => e.value !== null && [...e.accepts].some((c) => isCurrencyCode(c)));

const show = (list) =>
  list.length === 0
    ? '(nothing)'
    : list
        .map((e) => {
          const cur = e.accepts
            ? [...e.accepts].slice(0, 3).join('|') + (e.accepts.size > 3 ? '|...' : '')
            : e.currency;
          return `${e.start}-${e.end} ${e.value} ${cur}`;
        })
        .join('; ');

async function loadPeer() {
  try {
    const mod = await import('@microsoft/recognizers-text-number-with-unit');
    const lib = mod.default ?? mod;
    const { recognizeCurrency, Culture } = lib;
    if (typeof recognizeCurrency !== 'function') return undefined;
    return (input) => recognizeCurrency(input, Culture.English);
  } catch (err) {
    console.log(`(peer library not loadable: ${err instanceof Error ? err.message : String(err)})`);
    return undefined;
  }
}

const bytes = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

/** CPU milliseconds (user + system) of this process since `start`. */
const cpuMs = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

/**
 * Runs `fn` over `texts` repeatedly for about `budgetMs` of CPU time, after one untimed warm-up
 * round; returns MB/s of CPU time. CPU time rather than wall time: on a shared machine the wall
 * clock measures the neighbours, and both sides are timed the same way.
 */
function throughput(texts, fn, budgetMs) {
  const size = bytes(texts);
  for (const t of texts) fn(t);
  let rounds = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    rounds++;
    elapsed = cpuMs(start);
  } while (elapsed < budgetMs);
  return { mbps: (size * rounds) / 1e6 / (elapsed / 1000), rounds, seconds: elapsed / 1000 };
}

const peer = await loadPeer();
console.log('money bench');

// (1) accuracy
if (!existsSync(casesPath)) {
  console.log(`  accuracy: skipped, no cases file at ${casesPath} (pass its path as the first argument)`);
} else {
  const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
  const groups = { all: [0, 0, 0], supported: [0, 0, 0], representable: [0, 0, 0] };
  const count = (g, okOurs, okPeer) => {
    groups[g][0]++;
    if (okOurs) groups[g][1]++;
    if (okPeer) groups[g][2]++;
  };
  const missLines = [];
  for (const c of cases) {
    const expected = (c.Results ?? []).map(expectedEntity);
    const ours = oursEntities(c.Input);
    const theirs = peer ? peerEntities(peer, c.Input) : [];
    const okOurs = exact(ours, expected);
    const okPeer = peer ? exact(theirs, expected) : false;
    count('all', okOurs, okPeer);
    if (!c._jsNotSupported) count('supported', okOurs, okPeer);
    if (representable(expected)) count('representable', okOurs, okPeer);
    if (!okOurs || (peer && !okPeer)) {
      const who = [!okOurs && 'extractMoney', peer && !okPeer && 'peer'].filter(Boolean).join(' and ');
      missLines.push(
        `    missed by ${who}${c._jsNotSupported ? ' [js-unsupported]' : ''}${representable(expected) ? '' : ' [not representable]'}: ${JSON.stringify(c.Input)}`,
        `      expected      ${show(expected)}`,
        ...(okOurs ? [] : [`      extractMoney  ${show(ours)}`]),
        ...(peer && !okPeer ? [`      peer          ${show(theirs)}`] : []),
      );
    }
  }
  const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
  const line = (label, [n, o, t]) =>
    console.log(
      `    ${label.padEnd(44)} extractMoney ${String(o).padStart(3)}/${n} = ${pct(o, n).padStart(6)}${peer ? `   recognizers-text 1.3.1 ${String(t).padStart(3)}/${n} = ${pct(t, n).padStart(6)}` : ''}`,
    );
  console.log(`  accuracy on the Recognizers-Text English currency cases (exact match per case):`);
  line(`all ${groups.all[0]} cases`, groups.all);
  line("marked supported by the peer's JS build", groups.supported);
  line('representable as a MoneyMention', groups.representable);
  if (showMisses) for (const l of missLines) console.log(l);
}

// (2) speed, side by side on the same texts
const peerTexts = existsSync(casesPath)
  ? JSON.parse(readFileSync(casesPath, 'utf8')).map((c) => c.Input)
  : [];
const texts = [...peerTexts, ...seedTexts];
// Amounts alone (extractMoney, as this bench has always timed it), and amounts plus the currencies
// named without a figure (what the accuracy above counts, and what the peer's one call does).
const ourSpeed = throughput(texts, (t) => extractMoney(t), 1500);
const ourFullSpeed = throughput(
  texts,
  (t) => {
    const details = scanMoney(t);
    return [details.map((d) => d.mention), scanCurrencyReferences(t, {}, details)];
  },
  1500,
);
console.log(
  `  speed on ${texts.length} texts (${(bytes(texts) / 1024).toFixed(1)} KB: peer cases and seed paragraphs), CPU time:`,
);
console.log(`    extractMoney                          ${ourSpeed.mbps.toFixed(2)} MB/s`);
console.log(`    scanMoney + scanCurrencyReferences    ${ourFullSpeed.mbps.toFixed(2)} MB/s`);
if (peer) {
  const peerSpeed = throughput(texts, (t) => peer(t), 4000);
  console.log(
    `    recognizers-text 1.3.1                ${peerSpeed.mbps.toFixed(4)} MB/s (${peerSpeed.rounds} rounds in ${peerSpeed.seconds.toFixed(1)} s)`,
  );
  console.log(`    ratio, extractMoney                   ${Math.round(ourSpeed.mbps / peerSpeed.mbps)}x`);
  console.log(`    ratio, with the bare currency names   ${Math.round(ourFullSpeed.mbps / peerSpeed.mbps)}x`);
}

// (3) extractMoney alone on the seed replicated to 10 MB, as one string
const unit = `${seedTexts.join('\n')}\n`;
const big = unit.repeat(Math.ceil(10e6 / Buffer.byteLength(unit, 'utf8')));
extractMoney(unit);
const t0 = performance.now();
const found = extractMoney(big);
const s = (performance.now() - t0) / 1000;
console.log(
  `  extractMoney on the seed replicated to ${(Buffer.byteLength(big, 'utf8') / 1e6).toFixed(1)} MB: ${(Buffer.byteLength(big, 'utf8') / 1e6 / s).toFixed(1)} MB/s (${found.length} mentions)`,
);
