// Section listings and trailing-agency pages, round thirteen: credits in the forms wire-fed
// portals print them that no corpus page showed yet (a bar before the outlet after the
// headline, a dash before two known agencies, a slash joining two agencies, `Courtesy:`).
// Each on a small page written in the outlets' layout; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe('credits after the headline, on a page that credits every headline so', () => {
  it('reads `Headline | Outlet` over a summary as the credit, whatever the outlet', () => {
    // Feed-built portals print each story as its headline, a bar and the paper's name, over
    // the summary; the third outlet is no name the parser knows.
    expect(
      cited(`Top Stories

China's exports rise 8 percent in March | Reuters
China's exports rose 8 percent year on year in March, customs data showed on Tuesday morning.

Apple to open new store in Mumbai | Bloomberg
Apple will open its second store in India in Mumbai next month, the company said on Monday.

Oil prices rise on supply fears | Gulf Business
Oil prices rose on Wednesday on fears of tighter supply after the producer group agreed to cut output.
`),
    ).toEqual([
      ["China's exports rise 8 percent in March", 1, ['Reuters']],
      ['Apple to open new store in Mumbai', 1, ['Bloomberg']],
      ['Oil prices rise on supply fears', 1, ['Gulf Business']],
    ]);
  });

  it('reads `Headline — Agency` over a summary as the credit when two names are known agencies', () => {
    // World pages of Gulf and Pakistani papers close each headline with its agency after a dash;
    // no name repeats, but two of them are known agencies (a quote's speaker is none), so the
    // third, Sudan's agency, is read as a credit too.
    expect(
      cited(`World

Sudan ceasefire extended by 72 hours — SUNA
The warring parties in Sudan agreed to extend a ceasefire by 72 hours, mediators said on Sunday.

Iran says talks with IAEA constructive — Reuters
Iran described its talks with the UN atomic agency as constructive on Saturday after two days in Vienna.

Turkey lira slides to new low — AFP
The Turkish lira slid to a new low against the dollar on Friday after the central bank held rates.
`),
    ).toEqual([
      ['Sudan ceasefire extended by 72 hours', 1, ['Sudan News Agency']],
      ['Iran says talks with IAEA constructive', 1, ['Reuters']],
      ['Turkey lira slides to new low', 1, ['Agence France-Presse']],
    ]);
  });
});

describe('credits alone on the line after the text', () => {
  it('reads `AFP/Reuters` as the joint credit of two agencies, not a photo credit', () => {
    expect(
      cited(`World Briefs

France raises minimum wage
France will raise its minimum wage by 2 percent from next month to offset rising prices, the ministry said.
AFP/Reuters

Brazil central bank cuts rates
Brazil's central bank cut its benchmark Selic rate by 50 basis points to 11.75 percent on Wednesday.
Reuters
`),
    ).toEqual([
      // One citation per agency (the citation pass's agency-list rule, as dev 623 is annotated).
      ['France raises minimum wage', 1, ['Agence France-Presse', 'Reuters']],
      ['Brazil central bank cuts rates', 1, ['Reuters']],
    ]);
  });

  it('reads `Courtesy: <paper>` under each reprinted item as its source', () => {
    // Indian and Pakistani clipping blogs and current-affairs digests close each item so.
    expect(
      cited(`National News

Court orders probe into bridge collapse
The high court on Monday ordered an inquiry into the collapse of a bridge in Morbi that killed 135 people.
Courtesy: The Hindu

Delhi air quality turns severe
Delhi's air quality turned severe on Sunday as stubble burning in neighbouring states rose sharply.
Courtesy: Hindustan Times
`),
    ).toEqual([
      ['Court orders probe into bridge collapse', 1, ['The Hindu']],
      ['Delhi air quality turns severe', 1, ['Hindustan Times']],
    ]);
  });

  it('keeps a run of datelined paragraphs going across the credit alone under each', () => {
    // A briefs column that keeps only the datelines, each story's agency on the line under it:
    // three headless stories, each titled by its first sentence and credited by its line.
    expect(
      cited(`Gulf News Briefs

DUBAI — Dubai's non-oil trade rose 12 percent to Dh1.1 trillion in the first half, the ruler said on Sunday.
Xinhua

ABU DHABI — Abu Dhabi's sovereign fund invested $2 billion in a new green energy venture, it said on Monday.
Xinhua

RIYADH — Saudi Arabia's inflation eased to 2.3 percent in July from 2.7 percent in June, official data showed.
Reuters
`),
    ).toEqual([
      [
        "Dubai's non-oil trade rose 12 percent to Dh1.1 trillion in the first half, the ruler said on Sunday.",
        1,
        ['Xinhua'],
      ],
      [
        "Abu Dhabi's sovereign fund invested $2 billion in a new green energy venture, it said on Monday.",
        1,
        ['Xinhua'],
      ],
      [
        "Saudi Arabia's inflation eased to 2.3 percent in July from 2.7 percent in June, official data showed.",
        1,
        ['Reuters'],
      ],
    ]);
  });
});

describe('a wire acronym in parentheses after the last full stop', () => {
  it('reads `(APP)` closing a paragraph as its credit, an unknown agency too', () => {
    // Pakistani and Gulf papers close each agency story with the agency's acronym; the table of
    // outlets need not know it. `(END)` is a label, and an acronym a sentence defines is text.
    expect(
      cited(`Pakistan Roundup

Rupee gains against dollar
The Pakistani rupee gained 50 paisa against the US dollar in the interbank market on Monday. (APP)

Exports up 12 percent in July
Pakistan's exports rose 12 percent in July compared with the same month, the Trade Development Authority of Pakistan (TDAP) said. (NNI)

Senate passes finance bill
The Senate on Tuesday passed the finance bill with its recommendations for the National Assembly. (END)
`),
    ).toEqual([
      ['Rupee gains against dollar', 1, ['Associated Press of Pakistan']],
      ['Exports up 12 percent in July', 1, ['NNI']],
      ['Senate passes finance bill', 1, []],
    ]);
  });
});

describe('a wire acronym alone under each item', () => {
  it("reads `WAM` / `KUNA` / `SPA` under the texts as the items' credits, not country labels", () => {
    // Gulf papers' briefs sign each story with its agency's acronym on the line under the text.
    expect(
      cited(`Gulf Briefs

UAE, India sign investment treaty
The UAE and India signed a bilateral investment treaty in Abu Dhabi on Tuesday to boost trade ties.
WAM

Kuwait approves new budget
Kuwait's cabinet approved the draft budget for the next fiscal year with spending of KD24.5 billion.
KUNA

Saudi non-oil exports rise
Saudi Arabia's non-oil exports rose 9 percent in the second quarter, the statistics authority said.
SPA
`),
    ).toEqual([
      ['UAE, India sign investment treaty', 1, ['Emirates News Agency']],
      ['Kuwait approves new budget', 1, ['Kuwait News Agency']],
      ['Saudi non-oil exports rise', 1, ['Saudi Press Agency']],
    ]);
    // The same letters over every headline, the first one's too: country labels, no credits.
    expect(
      cited(`Gulf News

UAE
UAE, India sign investment treaty
The UAE and India signed a bilateral investment treaty in Abu Dhabi on Tuesday to boost trade ties.
KUWAIT
Kuwait approves new budget
Kuwait's cabinet approved the draft budget for the next fiscal year with spending of KD24.5 billion.
KSA
Saudi non-oil exports rise
Saudi Arabia's non-oil exports rose 9 percent in the second quarter, the statistics authority said.
`).map(([title, , sources]) => [title, sources]),
    ).toEqual([
      ['UAE, India sign investment treaty', []],
      ['Kuwait approves new budget', []],
      ['Saudi non-oil exports rise', []],
    ]);
  });
});

describe('a teaser cut by its ellipsis on a line of its own', () => {
  it('keeps the cut line as the end of the text, not a label or furniture', () => {
    // Caribbean and regional news sites' section pages print each story's first sentences
    // line by line, the last cut with an ellipsis, sometimes after its first word.
    expect(
      cited(`Regional News

Five dead in taxi crash in Westmoreland
Five people are now dead following a deadly crash in Westmoreland on Sunday night.
Among those killed in the crash were two children and their mothers.
The...
Minister calls for higher wages in hospitality sector
The justice minister, speaking to hoteliers on Tuesday, said that low wages would not keep workers.
He said low wages offered...
`),
    ).toEqual([
      ['Five dead in taxi crash in Westmoreland', 3, []],
      ['Minister calls for higher wages in hospitality sector', 2, []],
    ]);
  });
});
