// Hard-wrapped text: plain-text newsletters and e-mail copies of pages break every paragraph
// into lines of about 72 columns. The page is read as if each paragraph were one line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const page = `IN BRIEF (Page 2)

China, France vow to safeguard free trade
China and France vowed to boost globalization and safeguard free trade by
condemning rising protectionism after a meeting of their leaders at the
Great Hall of the People on Feb 21. Both leaders agreed to send the world
A strong signal to jointly cope with risks and challenges, and to boost
Multilateralism and economic opening-up, a spokesman said after the talk.
Furniture treasures to be auctioned
Christie's auction house will sell a major collection of Chinese furniture
During its Asian Art Week in March, with premium pieces expected to fetch
At least $1 million each. Items from the collection will be offered on
March 16 at Christie's in New York, the auction house said this week.
Beijing cuts off coal shipments from DPRK
The Ministry of Commerce and the General Administration of Customs issued
A notice on Feb 18 to halt this year's coal imports from the Democratic
People's Republic of Korea, including coal declared at customs that has
Not been given clearance, the ministry said on its website on Tuesday.`;

describe('a hard-wrapped page', () => {
  it('joins each wrapped paragraph back and keeps the headlines between them', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.body[0]!.slice(0, 40)])).toEqual([
      ['China, France vow to safeguard free trade', 1, 'China and France vowed to boost globaliz'],
      ['Furniture treasures to be auctioned', 1, "Christie's auction house will sell a maj"],
      ['Beijing cuts off coal shipments from DPRK', 1, 'The Ministry of Commerce and the General'],
    ]);
    expect(r.items[1]!.money.map((m) => m.text)).toEqual(['$1 million']);
  });

  it('leaves a page of short lines that are not wrapped as it is', () => {
    const r = parseChecked(
      [
        'Headlines',
        '',
        'Central bank raises interest rates again',
        'The central bank raised its policy rate by a quarter point on Thursday.',
        '',
        'Port strike enters its second week',
        'Dock workers extended their strike on Monday, leaving ships waiting.',
        '',
        'Chipmaker lifts its annual sales forecast',
        'The company lifted its forecast after orders from data centres surged.',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'Central bank raises interest rates again',
      'Port strike enters its second week',
      'Chipmaker lifts its annual sales forecast',
    ]);
  });
});

describe('a hard-wrapped page with a short credit line under each item', () => {
  // A corpus page (SCMP round-up with `[Outlet] - date` credits) wrapped at 72 columns the way
  // \`fmt\` wraps: the credits keep many lines short, and only one line reaches the full width.
  const wrap = (text: string) =>
    text
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let cur = '';
        for (const w of line.split(' ')) {
          if (cur && cur.length + 1 + w.length > 72) {
            out.push(cur);
            cur = w;
          } else cur = cur ? `${cur} ${w}` : w;
        }
        return [...out, cur].join('\n');
      })
      .join('\n');

  it('finds the wrap width and joins each wrapped headline back', () => {
    const text = readFileSync(new URL('../corpus/dev/012.txt', import.meta.url), 'utf8');
    const titles = parseChecked(wrap(text)).items.map((i) => i.title);
    expect(titles).toContain(
      'Michelle Obama misses Jimmy Carter funeral, where she would have sat beside Trump',
    );
  });
});
