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
 * (span start, span end, numeric value, currency).
 *  - Spans are the amount as written ("$ 75 million", "hk $ 10.05 billion"). extractMoney's mention
 *    spans the amount and its stated conversions, so its entities are the amount span and each stated
 *    conversion span on their own (scanMoney gives those spans).
 *  - Values compare with a relative tolerance of 1e-9. "Cent" values count as hundredths of a dollar
 *    or euro, "Pence"/"Penny" as hundredths of a pound: extractMoney reports major units.
 *  - Currency: the expected isoCurrency when the case pins one; otherwise the unit name's family:
 *    "Dollar" matches any dollar currency (USD, CAD, HKD, TWD...), "Pound" any pound, "Franc" any
 *    franc, "Rupee" any rupee, "Peseta" ESP. Units with no ISO code (Bitcoin, Finnish markka, Dutch
 *    guilder, Sen) and bare unit names without a value ("dollar" alone) can only be missed by
 *    extractMoney, which reports amounts only; they stay in the denominator.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMoney, scanMoney } from '../dist/index.js';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const casesPath = process.argv[2]
  ? resolve(process.cwd(), process.argv[2])
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
  Peseta: new Set(['ESP']),
};
const MINOR = new Set(['Cent', 'Pence', 'Penny']);

/** Expected entity from a spec result. */
function expectedEntity(r) {
  const res = r.Resolution ?? {};
  let value = res.value === null || res.value === undefined ? null : Number(res.value);
  if (value !== null && MINOR.has(res.unit)) value /= 100;
  const accepts = res.isoCurrency ? new Set([res.isoCurrency]) : (FAMILIES[res.unit] ?? new Set());
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

function oursEntities(input) {
  const out = [];
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

/** Peer unit names to ISO where the name pins a currency. */
const PEER_ISO = { Euro: 'EUR', 'Chinese yuan': 'CNY', 'Japanese yen': 'JPY', 'British pound': 'GBP' };
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
    let currency = res.isoCurrency || PEER_ISO[res.unit];
    if (!currency) {
      // A family name: count it as the family's main member, which any family expectation accepts.
      currency =
        {
          Dollar: 'USD',
          Cent: 'USD',
          Pound: 'GBP',
          Pence: 'GBP',
          Penny: 'GBP',
          Franc: 'CHF',
          Rupee: 'INR',
          Peseta: 'ESP',
        }[res.unit] ?? res.unit;
    }
    return { start: r.start, end: r.end + 1, value, currency };
  });
}

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

/** Runs `fn` over `texts` repeatedly for about `budgetMs`; returns MB/s. */
function throughput(texts, fn, budgetMs) {
  const size = bytes(texts);
  let rounds = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    rounds++;
    elapsed = performance.now() - t0;
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
  let ours = 0;
  let theirs = 0;
  let oursSupported = 0;
  let theirsSupported = 0;
  let supported = 0;
  const misses = [];
  for (const c of cases) {
    const expected = (c.Results ?? []).map(expectedEntity);
    const okOurs = exact(oursEntities(c.Input), expected);
    const okPeer = peer ? exact(peerEntities(peer, c.Input), expected) : false;
    if (okOurs) ours++;
    else misses.push(c.Input);
    if (okPeer) theirs++;
    if (!c._jsNotSupported) {
      supported++;
      if (okOurs) oursSupported++;
      if (okPeer) theirsSupported++;
    }
  }
  const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(
    `  accuracy on ${cases.length} Recognizers-Text English currency cases (exact match per case):`,
  );
  console.log(`    extractMoney            ${ours}/${cases.length} = ${pct(ours, cases.length)}`);
  if (peer)
    console.log(`    recognizers-text 1.3.1  ${theirs}/${cases.length} = ${pct(theirs, cases.length)}`);
  console.log(
    `    (the ${supported} cases the spec marks supported by its JS build: extractMoney ${oursSupported}, recognizers-text ${peer ? theirsSupported : '-'})`,
  );
  if (process.env.MONEY_BENCH_MISSES) for (const m of misses) console.log(`    miss: ${m}`);
}

// (2) speed, side by side on the same texts
const peerTexts = existsSync(casesPath)
  ? JSON.parse(readFileSync(casesPath, 'utf8')).map((c) => c.Input)
  : [];
const texts = [...peerTexts, ...seedTexts];
const ourSpeed = throughput(texts, (t) => extractMoney(t), 1500);
console.log(
  `  speed on ${texts.length} texts (${(bytes(texts) / 1024).toFixed(1)} KB: peer cases and seed paragraphs):`,
);
console.log(`    extractMoney            ${ourSpeed.mbps.toFixed(2)} MB/s`);
if (peer) {
  const peerSpeed = throughput(texts, (t) => peer(t), 4000);
  console.log(
    `    recognizers-text 1.3.1  ${peerSpeed.mbps.toFixed(4)} MB/s (${peerSpeed.rounds} rounds in ${peerSpeed.seconds.toFixed(1)} s)`,
  );
  console.log(`    ratio                   ${Math.round(ourSpeed.mbps / peerSpeed.mbps)}x`);
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
