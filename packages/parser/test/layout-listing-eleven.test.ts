// Section listings and trailing-agency pages, round eleven: small pages in the shapes real
// outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('the page end cuts a copy of a line the page repeats for each item', () => {
  it('reads a headline over its own cut copy as the last item, not as text of the item above', () => {
    // A section front that prints each headline twice (the image link's text, then the heading)
    // over a teaser cut at a fixed length, the next headline right under it; the excerpt stops
    // inside the second copy of the last headline.
    // Each teaser is cut at 110 characters, as the site prints them.
    const teaser = (t: string) => t.slice(0, 110);
    const page = [
      'National Business',
      '',
      'Port workers vote to end strike after new wage offer',
      '',
      'Port workers vote to end strike after new wage offer',
      '',
      teaser(
        'VANCOUVER — Port workers voted on Friday to accept a new wage offer, ending a strike that had halted container traffic for weeks.',
      ),
      'Airline adds flights between Toronto and Lisbon for summer',
      '',
      'Airline adds flights between Toronto and Lisbon for summer',
      '',
      teaser(
        'TORONTO — The airline said on Thursday it would add four weekly flights between Toronto and Lisbon from June, citing strong demand.',
      ),
      'Miner lifts copper output forecast after mine restart',
      '',
      'Miner lifts copper output forecast after mine restart',
      '',
      teaser(
        'CALGARY — The miner raised its copper output forecast for the year on Wednesday after restarting its largest mine in Chile.',
      ),
      'Grain handlers warn of delays as rail backlog grows',
      '',
      'Grain handlers warn of delays as rail backlog',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Port workers vote to end strike after new wage offer', 1],
      ['Airline adds flights between Toronto and Lisbon for summer', 1],
      ['Miner lifts copper output forecast after mine restart', 1],
      ['Grain handlers warn of delays as rail backlog grows', 0],
    ]);
  });

  it('reads the first letters of one more category chain as furniture, not as a paragraph', () => {
    // A category page that prints the item's categories as one run of names over each headline;
    // the excerpt stops inside the next item's chain.
    const page = [
      'Africa Headlines International Kenya',
      '',
      'Kenya and Uganda agree to extend oil pipeline talks',
      '',
      'Kenya and Uganda agreed on Tuesday to extend talks on a crude oil pipeline linking the two countries to the coast.',
      '',
      'Africa Business Headlines International Ghana',
      '',
      'Ghana cocoa board raises farm-gate price for new season',
      '',
      'The cocoa regulator raised the price it pays farmers by a fifth, seeking to curb smuggling to neighbouring countries.',
      '',
      'Africa Headlines International Senegal',
      '',
      'Senegal opens bidding for offshore gas blocks',
      '',
      'The energy ministry opened bidding for six offshore gas blocks on Monday, inviting offers until the end of March.',
      '',
      'Africa B',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Kenya and Uganda agree to extend oil pipeline talks', 1],
      ['Ghana cocoa board raises farm-gate price for new season', 1],
      ['Senegal opens bidding for offshore gas blocks', 1],
    ]);
    expect(r.page.chrome).toContain('Africa B');
  });
});

describe('a picture caption closed by its credit with the word after the source', () => {
  it('leaves "(CNA photo)" and "(AP Photo/Name)" captions out of the paragraphs', () => {
    // A front page of briefs: headline, the outlet and date rows, the picture's caption closed by
    // its credit, then the text.
    const page = [
      'Front Page',
      '',
      'Taipei metro adds late trains for New Year’s Eve',
      '',
      'Taiwan News',
      'Date: 2019/12/28',
      '',
      'Passengers board a train at Taipei Main Station. (CNA photo)',
      '',
      'TAIPEI (Taiwan News) — The Taipei metro will run trains all night on New Year’s Eve, the operator said on Saturday.',
      '',
      'Extra staff will guide crowds at stations near the fireworks, it said.',
      '',
      'Storm closes schools across the eastern seaboard',
      '',
      'Associated Press',
      'Date: 2019/12/28',
      '',
      'Snow covers a street in Boston on Friday. (AP Photo/Jane Doe)',
      '',
      'BOSTON (AP) — Schools closed across the eastern seaboard on Friday as a winter storm brought heavy snow.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Taipei metro adds late trains for New Year’s Eve', 2],
      ['Storm closes schools across the eastern seaboard', 1],
    ]);
    expect(r.page.chrome).toContain('Passengers board a train at Taipei Main Station. (CNA photo)');
  });

  it('keeps a press release headline closed by "(with photo)" as a headline', () => {
    const page = [
      'Press releases',
      '',
      'Working group distributes badges to primary school students (with photo)',
      '',
      'The working group distributed badges and tote bags to students of ten primary schools on Monday.',
      '',
      'Minister visits new public library in Kowloon (with photos)',
      '',
      'The minister visited the new public library in Kowloon on Tuesday and met readers and staff.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Working group distributes badges to primary school students (with photo)', 1],
      ['Minister visits new public library in Kowloon (with photos)', 1],
    ]);
  });
});
