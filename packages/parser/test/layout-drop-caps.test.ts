// A story's drop cap, copied from a newspaper page as a line of its own.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('drop caps', () => {
  // A newspaper's business page (dev 645): the third story opens with its initial `A` set
  // apart, the rest of the first words in capitals on the next line.
  const page = `B U S I N E S S

VSNL protests against Rs 1,700 cr tax
NEW DELHI, Oct 9 — The Telecom Commission today offered to take up the issue of the tax with the Finance Ministry.

Computer tells who authored Henry VIII
A
TEAM of software engineers claims to have solved one of the enduring mysteries of English literary history.

SBI to launch a deposit scheme to raise $2 billion
MUMBAI, Oct 9 — The State Bank of India’s special fund raising drive will open next month.
`;

  it('joins the initial to its line, so the story under its headline is an item', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [
        'VSNL protests against Rs 1,700 cr tax',
        [
          'NEW DELHI, Oct 9 — The Telecom Commission today offered to take up the issue of the tax with the Finance Ministry.',
        ],
      ],
      [
        'Computer tells who authored Henry VIII',
        [
          'A TEAM of software engineers claims to have solved one of the enduring mysteries of English literary history.',
        ],
      ],
      [
        'SBI to launch a deposit scheme to raise $2 billion',
        ['MUMBAI, Oct 9 — The State Bank of India’s special fund raising drive will open next month.'],
      ],
    ]);
  });

  it('joins an initial cut from its word without a space', () => {
    const r = parsePage(
      page.replace('A\nTEAM of software engineers claims', 'T\nHE software engineers of a small team claim'),
    );
    expect(r.items[1]!.body).toEqual([
      'THE software engineers of a small team claim to have solved one of the enduring mysteries of English literary history.',
    ]);
  });
});
