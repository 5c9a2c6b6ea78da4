// A teaser's "read more" link, set alone under the teaser or glued to the next card's headline.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('"read more" links between cards', () => {
  // A regional news site's latest posts (dev 538): each teaser cut mid-sentence, its link glued
  // to the next card's headline by text extraction. The last headline ends in `ago`, which
  // makes no line a relative timestamp unless the stamp is the whole line.
  const page = `Latest Posts
Parents end fundraiser for toddler after campaign raised RM105,000
KUALA LUMPUR, — The parents of a 19-month-old girl battling cancer have decided to end their public fundraiser to cover her treatment costs. The campaign has
Read moreMissing boys found with injuries, claim they ran away due to bullying
KUALA LUMPUR, — City police said that the four boys reported missing from a religious school here were found with injuries, the police chief
Read morePM says RM20m for water pumps approved ages ago
KOTA BARU, — The Prime Minister said the RM20 million allocation for the purchase of 20 water pumps, announced in May, had long been
Read more`;

  it('sets the link apart and reads each cut teaser as its card text', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Parents end fundraiser for toddler after campaign raised RM105,000', 1],
      ['Missing boys found with injuries, claim they ran away due to bullying', 1],
      ['PM says RM20m for water pumps approved ages ago', 1],
    ]);
    expect(r.items[2]!.money.map((m) => [m.text, m.amount.currency])).toEqual([
      ['RM20m', 'MYR'],
      ['RM20 million', 'MYR'],
    ]);
  });
});
