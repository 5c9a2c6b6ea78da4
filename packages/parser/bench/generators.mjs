// Adversarial inputs for the parser, each a function of a size n (about n bytes of input or
// more). The complexity bench runs them at 1x, 4x and 16x and prints the time ratios; the
// adversarial tests run them at small sizes and assert outcomes. Deterministic: a seeded PRNG.

/** Mulberry32: a small seeded PRNG, so every run sees the same "random" text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const header = 'Briefings - 2. page\n\n';

/** `k` in lower-case letters (`b`, `c`, ... `ab`): a name of letters only, different for each k. */
const letters = (k) => {
  let out = '';
  for (let x = k + 1; x > 0; x = Math.floor(x / 26)) out += 'abcdefghijklmnopqrstuvwxyz'[x % 26];
  return out;
};
const times = (unit, n) => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));

/*
 * RTL letters (Hebrew, Arabic), combining marks, bidi controls, astral characters, lone
 * surrogates, NBSP and other Unicode spaces, and plain ASCII with newlines.
 */
const UNICODE_POOL = [
  'ש',
  'ל',
  'ו',
  'م',
  'ر',
  'ح',
  '\u0301',
  '\u0308',
  '\u0327',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '😀',
  '𝔘',
  '\ud800',
  '\udfff',
  '\u00a0',
  '\u2009',
  '\u3000',
  '$',
  '€',
  '1',
  ',',
  '.',
  ' ',
  'a',
  'Source: ',
  '\n',
  '\n\n',
];

/** @type {Record<string, { format: 'text' | 'html' | 'markdown', make: (n: number) => string, option?: 'language' }>} */
export const GENERATORS = {
  'nested tags': {
    format: 'html',
    make: (n) => {
      const depth = Math.ceil(n / 11);
      return `<html><body>${'<div>'.repeat(depth)}Deep title${'</div>'.repeat(depth)}</body></html>`;
    },
  },
  'unclosed inline tags': {
    format: 'html',
    make: (n) => `<html><body><p>${times('<b>', n)}text</p></body></html>`,
  },
  'links in one paragraph': {
    format: 'html',
    make: (n) => {
      const count = Math.ceil(n / 60);
      let out = '<html><body><h2>Links</h2><p>';
      for (let k = 0; k < count; k++) out += `<a href="https://example.com/a/${k}">link ${k}</a> `;
      return `${out}</p></body></html>`;
    },
  },
  '$1, runs': {
    format: 'text',
    make: (n) => `${header}A title\n\nIt cost ${times('$1,', n)} in all.\n\nSource: Reuters, Nov. 22, 2024\n`,
  },
  'US$1 (approximately runs': {
    format: 'text',
    make: (n) =>
      `${header}A title\n\nIt cost ${times('US$1 (approximately ', n)} in all.\n\nSource: Reuters, Nov. 22, 2024\n`,
  },
  'Source: runs': {
    format: 'text',
    make: (n) => `${header}A title\n\nA paragraph. ${times('Source: ', n)}\n\n${times('Source: ', n)}\n`,
  },
  'whitespace and NBSP runs': {
    format: 'text',
    make: (n) => {
      const run = times(' \u00a0\t', n / 4);
      return `${header}A${run}title${run}\n\nA${run}paragraph - ${run}2. page${run}x\n\nSource:${run}Reuters,${run}Nov. 22, 2024\n`;
    },
  },
  'spaces between a sentence and CJK text': {
    format: 'text',
    make: (n) => {
      const run = times(' \t', n / 2);
      return `${header}A title\n\nIt ended.${run}中文翻译。${run}And it went on.${run}再次。 ${times('Text goes on. 中文。 ', n / 4)}\n`;
    },
  },
  // The page-region reads (`regionNamedMost`, then `hangulRegion`) over many uncredited items
  // with a letter sign, in a page with no Hangul (each text scanned to its end) and in Korean.
  'uncredited items with a letter sign': {
    format: 'text',
    make: (n) =>
      `${header}${times('Port strike enters its second week\n\nIt cost W5 billion in all, the union said.\n\n', n)}`,
  },
  'uncredited Korean items with a letter sign': {
    format: 'text',
    make: (n) =>
      `${header}${times('항구 파업이 2주째에 접어들다\n\nIt cost W5 billion in all, 노조가 밝혔다.\n\n', n)}`,
  },
  'one line, no newline': {
    format: 'text',
    make: (n) =>
      `${header}A title\n\n${times('It cost $5 (NT$160) - 2. page; Source: Reuters, Nov. 22, 2024. ', n)}`,
  },
  'random Unicode (RTL, combining marks)': {
    format: 'text',
    make: (n) => {
      const random = prng(11);
      let out = header;
      while (out.length < n) out += UNICODE_POOL[Math.floor(random() * UNICODE_POOL.length)];
      return out;
    },
  },
  'Markdown: nested quotes, emphasis and brackets': {
    format: 'markdown',
    make: (n) =>
      `## A title\n\n## Another\n\n${times('> ', n / 4)}${times('*a **b _c ', n / 4)}${times('[x](', n / 4)}`,
  },
  'Markdown: a list of linked headlines': {
    format: 'markdown',
    make: (n) => {
      let out = '# Brief\n\n';
      for (let k = 0; out.length < n; k++)
        out += `- [Headline number ${k} here](https://e.example/${k}) - a summary that runs on\n`;
      return out;
    },
  },
  'hard-wrapped paragraph': {
    format: 'text',
    make: (n) => {
      let out = `${header}A title\n\n`;
      for (let k = 0; out.length < n; k++)
        out += `Wrapped text line number ${k} that runs close to the width of it\n`;
      return out;
    },
  },
  // A different capitalised name for each item: page-level detectors that compare lines with
  // lines (a name signing items, category chains sharing names) must not go name against name.
  'items signed by different names': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `Headline number ${k} about the port strike\nThe dock workers extended their strike on Monday, leaving ships offshore.\nBravo Q${letters(k)} Online\n`;
      return out;
    },
  },
  // Wire acronyms signing each item under its text, a different one each time (the acronym
  // count of `repeatedSignOff` is one pass, whatever the letters).
  'items signed by wire acronyms': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `Headline number ${k} about the port strike\nThe dock workers extended their strike on Monday, leaving ships offshore.\n${letters(k).toUpperCase().slice(0, 6).padEnd(3, 'X')}\n`;
      return out;
    },
  },
  // Datelined headless stories, each with its agency's credit alone under it (`datelineRuns`).
  'datelined stories each credited on its own line': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `DUBAI — Dock workers extended their strike number ${k} on Monday, leaving dozens of ships offshore.\n${k % 2 ? 'Reuters' : 'Xinhua'}\n`;
      return out;
    },
  },
  'category chains over headlines': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `Africa Headlines International Q${letters(k)}\nHeadline number ${k} about the port strike\nThe dock workers extended their strike on Monday, leaving ships offshore.\n`;
      return out;
    },
  },
  // One-paragraph cards, each with a date line, the page cut inside the next headline: the cut
  // card's check (see `cutNextCard`) counts the cards above once per line of the page's last four.
  'one-paragraph cards cut in the next headline': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `Headline number ${k} about the port strike\nThe dock workers extended their strike on Monday, leaving ships offshore.\nNov 2, 20232 min read\n\n\n`;
      return `${out}Port workers vote to end st`;
    },
  },
  // An `Outlet, Date` credit block under every headline, each outlet different (see `creditBlocks`).
  'credit blocks under headlines': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `Headline number ${k} about the port strike\nBravo Q${letters(k)} Post, 08/03/2017\n\nThe dock workers extended their strike on Monday, leaving ships offshore.\n\n`;
      return out;
    },
  },
  // A page that names one country once, then many items with letter-sign money and words that
  // start like region names: the page's one-region read (pageRegionAlone) is one pass per text.
  'one country named, letter-sign money in every item': {
    format: 'text',
    make: (n) => {
      let out = 'Kenyan banks face a fresh shock\nThe lenders must set aside more, the regulator said.\n\n';
      for (let k = 0; out.length < n; k++)
        out += `Firm ${k} pumps Sh${k}m into Guine Nige Austra Colomb Domini units\nThe Sao Tom Bosni Trinida board approved Sh${k} million on Monday.\n\n`;
      return out;
    },
  },
  // Cards of headline, standfirst with no full stop and date, one after another (see `datedCards`).
  'dated cards': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `Port workers extend strike number ${k} into a second week\n\nShips wait offshore as talks stall over pay and hours ${k}\n\nAugust 3, 2023 2 min read\n\n`;
      return out;
    },
  },
  // List numbers alone on their lines over headlines, the sequence restarting every 40 items and
  // broken every 7th (see `bareNumbers`): one pass over the page.
  'list numbers alone on their lines': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `${k % 7 === 6 ? 99 : (k % 40) + 1}\nHeadline number ${k} about the port strike\nThe dock workers extended their strike on Monday, leaving ships offshore.\n\n`;
      return out;
    },
  },
  // Papers' names each over a list numbered from 1 (see `sourceGroups`), their headlines over a
  // translation, every ninth name unknown: one pass over the page.
  'papers heading numbered lists': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++) {
        out += k % 9 === 8 ? `Paper ${k}\n` : k % 2 ? 'FINANCIAL TIMES《金融时报》\n' : 'The Guardian\n';
        for (let m = 1; m <= 3; m++)
          out += `${m}、Headline ${k} number ${m} about the port strike\n港口罢工第${m}条\n`;
      }
      return out;
    },
  },
  // English paragraphs each with its translation on the same line (see `splitPairedLines`),
  // every fifth line an English paragraph alone.
  'paragraphs with their translation on one line': {
    format: 'text',
    make: (n) => {
      let out = 'Port strike enters second week\n\n';
      for (let k = 0; out.length < n; k++)
        out +=
          k % 5 === 4
            ? `The dock workers extended their strike on Monday, leaving ${k} ships waiting offshore.\n\n`
            : `The dock workers extended their strike on Monday, leaving ${k} ships waiting offshore. 码头工人周一延长了罢工,${k}艘船在近海等待。\n\n`;
      return out;
    },
  },
  // Headlines each over its translation, unnumbered, over a paragraph (see `stackedPairs`),
  // every fifth one an English headline alone: one pass over the page.
  'headlines over their translation': {
    format: 'text',
    make: (n) => {
      let out = "Good morning. Here's what you need to know:\n\n";
      for (let k = 0; out.length < n; k++)
        out +=
          k % 5 === 4
            ? `Port strike enters week ${k}\nThe dock workers extended their strike on Monday, leaving ships offshore.\n\n`
            : `Port strike enters week ${k}\n码头罢工进入第${k}周\nThe dock workers extended their strike on Monday, leaving ships offshore.\n\n`;
      return out;
    },
  },
  // Stories each in two halves, English then Chinese, every fourth one with a long first half
  // and no translation (see `translatedHalves`), and headlines over their pinyin (`pinyinLine`):
  // one pass over the page, each headline looking a few lines down.
  'stories in two halves, headlines over pinyin': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out +=
          k % 4 === 3
            ? `Port strike enters week ${k}\n${'The dock workers extended their strike on Monday.\n'.repeat(8)}\n`
            : k % 4 === 2
              ? `码头罢工进入第${k}周\nMǎtóu bàgōng jìnrù dì ${k} zhōu\nPort strike enters week ${k}\n码头工人周一延长了罢工。\n\n`
              : `Port strike enters week ${k}\nThe dock workers extended their strike on Monday.\n码头罢工进入第${k}周\n码头工人周一延长了罢工。\n\n`;
      return out;
    },
  },
  // A coverage list of bulleted headlines, each with its paper's name glued after it (see
  // `gluedOutletHeadlines`), and summaries each closed by a name in parentheses (`parenTail`).
  'coverage list with glued names, summaries closed by a name': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out +=
          k % 3 === 2
            ? `Port strike enters week ${k}\nThe dock workers extended their strike on Monday, leaving ${k} ships waiting offshore. (Harian Niaga)\n`
            : `- Dock workers extend strike for week number ${k} Daily Paper ${k % 9}\n`;
      return out;
    },
  },
  // Headline lists under labels calling them the headlines (see `labelledHeadlines`), some
  // headlines naming `headlines` themselves, some closed by `: Kyodo report`; then bulleted
  // links each closed by a name in parentheses (`creditedBullets`): one pass over the page.
  'headline lists under their labels, bullets closed by names': {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out +=
          k % 7 === 0
            ? `Asia headlines for day ${k}\n\n`
            : k % 7 === 6
              ? `  • Port strike enters week ${k}: the dock workers extended their strike on Monday. (Market Letter ${k % 5})\n\n`
              : k % 3 === 0
                ? `--Port strike makes headlines again in week ${k}: Kyodo report\n\n`
                : `--Dock workers extend their strike for week number ${k}\n\n`;
      return out;
    },
  }, // The page's first line printed again and again down the page (see `firstLineAgain`), each copy
  // over a numbered item's headline (a numbered line is no deck).
  "the page's first line repeated over numbered items": {
    format: 'text',
    make: (n) => {
      let out = '';
      for (let k = 0; out.length < n; k++)
        out += `Morning Links Mar 16th – Markets Steady\n${k + 1}. Port strike enters week ${k}\nThe dock workers extended their strike on Monday.\n\n`;
      return out;
    },
  },
  // A press review of papers' names each before its headline (see `leadingPaperHeadlines`),
  // every seventh name repeated (the run ends there and a new one begins): one pass over the page.
  'press review with papers named before headlines': {
    format: 'text',
    make: (n) => {
      const name = (k) => String.fromCharCode(65 + (k % 26), 97 + (((k / 26) | 0) % 26));
      let out = 'Front-page headlines - March 3, 2021\n';
      for (let k = 0; out.length < n; k++)
        out += `Gazete ${name(k % 7 === 6 ? k - 1 : k)} – ${k % 3 === 0 ? 'Yeni bütçe meclise geldi' : 'Liman grevi'} ${k}. haftasında (Port strike enters week ${k})${k % 4 === 1 ? ' Referring to dockworkers in the south' : ''}\n`;
      return out;
    },
  },
  'long language option': {
    format: 'text',
    option: 'language',
    make: (n) => times('en-', n),
  },
};

/** The page a generator's output is parsed as: the output itself, or a small page when it is an option. */
export const SMALL_PAGE = `${header}A title\n\nA paragraph about $5 (about NT$160).\n\nSource: Reuters, Nov. 22, 2024\n`;
