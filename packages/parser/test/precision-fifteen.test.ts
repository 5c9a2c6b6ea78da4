// Lines that must not come back as briefings (precision, the new pages' kinds): the page's own
// title printed twice, a numbered item's headline read as a deck, a pager row, a link button, the
// page's last words cut off. Small pages in the shapes real outlets use; expected values are the
// literals a reader states.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const shape = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe("the page's own title printed again over its items", () => {
  // A links post: its title in the breadcrumb, then as the post's heading over its intro.
  it('sets the copy of the first line aside, whatever dash it carries', () => {
    const page = [
      'Morning Links Mar 16th – Markets Steady',
      '',
      'Morning Links Mar 16th – Markets Steady',
      '',
      'You are reading the delayed archive. The real time links go out to members every morning.',
      '',
      'Oil climbs as supply worries grow – Reuters',
      '',
      'Oil prices rose on Thursday as traders weighed fresh supply disruptions in the Middle East.',
      '',
      'Fed seen holding rates steady – Bloomberg',
      '',
      'The Federal Reserve is expected to hold interest rates steady at its meeting next week.',
      '',
      'Copper hits six-month high – FT',
      '',
      'Copper prices reached their highest level in six months on strong demand from China.',
    ].join('\n');
    expect(shape(page).map((x) => x[0])).toEqual([
      'Oil climbs as supply worries grow',
      'Fed seen holding rates steady',
      'Copper hits six-month high',
    ]);
  });
});

describe("a numbered item's headline under the page's title", () => {
  // A reading site's top-ten post: the title twice, then `1、...` right under it.
  it('opens the first numbered item instead of reading it as a deck', () => {
    const page = [
      '雙語閱讀:2014年十大新聞人物',
      '雙語閱讀:2014年十大新聞人物',
      '1、馬云 Jack Ma',
      'Information technology has overtaken real estate as the cradle of the next generation of billionaires.',
      '信息技術產業超過房地產業也成為下一代億萬富豪的搖籃。',
      '2、李娜 Li Na',
      'Li Na, winner of two Grand Slams, announced her retirement in September.',
      '兩屆大滿貫得主李娜宣佈退役。',
      '3、周永康 Zhou Yongkang',
      'The former security chief was expelled from the party in December.',
      '前安全主管於十二月被開除黨籍。',
    ].join('\n');
    expect(shape(page).map((x) => [x[0], x[1]])).toEqual([
      ['1、馬云 Jack Ma', 2],
      ['2、李娜 Li Na', 2],
      ['3、周永康 Zhou Yongkang', 2],
    ]);
  });
});

describe('a pager row under the items', () => {
  // A business portal's listing: page numbers in brackets and bars, no `next` to name them.
  it('sets a row of page numbers aside as furniture', () => {
    const page = [
      'Business News',
      '',
      'Textile trade to be boosted',
      '',
      'The trade ministry prepares to use the new agreement to raise textile exports next year.',
      '',
      'Stock market slumps',
      '',
      'The stock exchange price index fell for a third day as foreign investors sold shares.',
      '',
      '[1]      «      12   |   13   |   14      »      [20]',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['Textile trade to be boosted', 1, []],
      ['Stock market slumps', 1, []],
    ]);
  });
});

describe("the page's last words under a marked list item", () => {
  // A portal's bulleted business news: every headline opens with a bullet; the page end cuts
  // the third item's next paragraph after four words.
  it('keeps an unbulleted last line with the bulleted item above', () => {
    const page = [
      "• Chipmaker ranks as the world's seventh tech giant",
      '',
      'The contract chipmaker rose to seventh place among the largest technology companies by market value.',
      '',
      '• Pet medicine licensed to US and Canada',
      '',
      'A new pain relief drug for dogs and cats is soon to enter western markets under a licensing deal.',
      '',
      '• Gas prices will continue to rise, says refiner',
      '',
      'The state-owned refiner said it would raise gasoline and diesel prices by NT$0.2 per liter from Monday.',
      '',
      'Based on the latest increase',
    ].join('\n');
    expect(shape(page).map((x) => [x[0], x[1]])).toEqual([
      ["Chipmaker ranks as the world's seventh tech giant", 1],
      ['Pet medicine licensed to US and Canada', 1],
      ['Gas prices will continue to rise, says refiner', 2],
    ]);
  });
});

describe('a link button closed by an arrow', () => {
  // A learning app's news hub: level paths, each a blurb over its `... →` button.
  it('sets `... practice →` buttons aside instead of opening items', () => {
    const page = [
      'Level paths',
      '',
      'Start with short bilingual headlines, first-person sentences, and everyday vocabulary.',
      '',
      'A1 news practice →',
      '',
      'Move into short news summaries and simple story paragraphs with instant English support.',
      '',
      'A2 news practice →',
      '',
      'Read fuller articles with guided vocabulary so you can build speed without losing context.',
    ].join('\n');
    // No button opens an item: the blurbs are one uncited text, no listing of briefings.
    expect(shape(page)).toEqual([]);
  });
});
