// Digests that number their items: "1. The central bank raised ...", one paragraph per number.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const PARAGRAPHS = [
  "The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation. Markets had expected the move after last month's data.",
  'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. The union said talks had stalled over pay.',
  'The chipmaker lifted its annual sales forecast on strong demand for data-centre chips. Its shares rose 6 per cent in late trade.',
  'The government unveiled a plan to build 50,000 homes over five years. Critics said the target was too modest for the shortage.',
];

/** Each paragraph's item: its first sentence the title, the rest its text. */
const TITLED = [
  [
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
    [
      "The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation. Markets had expected the move after last month's data.",
    ],
  ],
  [
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    [
      'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. The union said talks had stalled over pay.',
    ],
  ],
  [
    'The chipmaker lifted its annual sales forecast on strong demand for data-centre chips.',
    [
      'The chipmaker lifted its annual sales forecast on strong demand for data-centre chips. Its shares rose 6 per cent in late trade.',
    ],
  ],
  [
    'The government unveiled a plan to build 50,000 homes over five years.',
    [
      'The government unveiled a plan to build 50,000 homes over five years. Critics said the target was too modest for the shortage.',
    ],
  ],
];

describe('numbered paragraphs parted by blank lines', () => {
  const page = [
    'Morning Briefing: four things to know today',
    '',
    ...PARAGRAPHS.flatMap((t, k) => [`${k + 1}. ${t}`, '']),
  ].join('\n');

  it('makes each numbered paragraph an item, titled by its first sentence', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body])).toEqual(TITLED);
  });

  it('titles the first numbered paragraph by its first sentence too when the page opens on it', () => {
    const bare = PARAGRAPHS.slice(0, 3)
      .flatMap((t, k) => [`${k + 1}. ${t}`, ''])
      .join('\n');
    const r = parseChecked(bare);
    expect(r.items.map((i) => [i.title, i.body])).toEqual(TITLED.slice(0, 3));
  });

  it('keeps numbered lines with no blank line between as a list inside one item', () => {
    const tight = [
      'Central bank raises interest rates again',
      '',
      'The central bank raised its policy rate by a quarter point on Thursday. It gave three reasons:',
      ...PARAGRAPHS.slice(0, 3).map((t, k) => `${k + 1}. ${t}`),
    ].join('\n');
    const r = parseChecked(tight);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Central bank raises interest rates again', 4],
    ]);
  });
});
