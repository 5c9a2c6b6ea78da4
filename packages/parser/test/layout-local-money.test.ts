// Layouts of local-money listing pages (business briefs of a local outlet). Each kind on a small
// page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('teasers cut at a fixed number of words', () => {
  // An author listing whose excerpts are cut at 20 words, mid-sentence, with no "more" mark:
  // headline, teaser right under it, blank line.
  const page = `Black-owned restaurateurs expect long recovery times from pandemic lows
Black entrepreneurs say they face extra challenges in an industry notorious for low margins and long hours.

Software firm to launch new revenue-share model as competition grows
The Ottawa-based firm says as of August it will not take any share of the first $1 million in revenue

Local MP won't seek re-election, plans to focus on family and climate change
The minister says that as she leaves politics she will use what platform she still has to push for climate

Cannabis firm CEO 'really bullish' on pot legalization after recent reforms
The Smiths Falls-based cannabis firm reported a net loss of nearly $700 million in its fourth quarter, down from a

Internet provider won't bid in wireless auction, may raise prices after rate decision
The regulator reversed a 2019 decision that lowered the rates smaller providers such as this one pay to piggyback on
`;
  it('ends each teaser at its cut, so the next headline opens the next item', () => {
    const r = parsePage(page, { url: 'https://news.example.ca/author/staff/page/87' });
    expect(r.items.map((b) => [b.title.slice(0, 30), b.body.length])).toEqual([
      ['Black-owned restaurateurs expe', 1],
      ['Software firm to launch new re', 1],
      ["Local MP won't seek re-electio", 1],
      ["Cannabis firm CEO 'really bull", 1],
      ["Internet provider won't bid in", 1],
    ]);
    expect(r.items[3]?.money.map((m) => [m.text, m.amount.currency])).toEqual([['$700 million', 'CAD']]);
  });
});

describe('a page cut under its last headline', () => {
  // A press digest: headline, summary closed by the paper's short name; the copy ends inside the
  // last item's summary, right under a two-word headline.
  const page = `Morning Headlines

WA spending up another gear

The state's spending has climbed again as the budget surplus grows and the treasurer eyes new projects. The Fin

Demand for business loans spikes

Demand for business loans has jumped to its highest level in two years as firms borrow to expand, lenders say. The Fin

Labor gas vision ignites critics

Navigating complex approvals and legal challenges loom as major obstacles to the plan to expand gas production. The Aus

Rita Aura

Treasurer Rita Saffioti expects to bank a $3.2 billion operating surplus this year — the state's six`;
  it('reads the short line as the last headline and the cut line as its text', () => {
    const r = parsePage(page, { url: 'https://digest.example.com.au/morning-headlines/' });
    expect(r.items.map((b) => [b.title, b.body.length])).toEqual([
      ['WA spending up another gear', 1],
      ['Demand for business loans spikes', 1],
      ['Labor gas vision ignites critics', 1],
      ['Rita Aura', 1],
    ]);
    expect(r.items[3]?.money.map((m) => [m.text, m.amount.currency])).toEqual([['$3.2 billion', 'AUD']]);
  });
});

describe('a page cut a few words into its last item', () => {
  // A tag listing with no blank lines: headline, paragraph lines; the copy stops three words into
  // the last item's text.
  const page = `Premier defends $4.8-million office budget increase
The Premier is defending a nearly 23 per cent increase to her office's budget, saying it comes at the expense of a ministry.
'Not a priority': Critics say province falls short on health-care, education spending
Critics say the`;
  it('reads the last line, ending on an article, as the cut text of the headline above it', () => {
    const r = parsePage(page, { url: 'https://news.example.ca/taxonomy/term/1301' });
    expect(r.items.map((b) => [b.title.slice(0, 30), b.body.length])).toEqual([
      ['Premier defends $4.8-million o', 1],
      ["'Not a priority': Critics say ", 1],
    ]);
  });
});

describe('reporters’ names glued after the summaries of a briefs column', () => {
  // The column lists its contributors in one line; each summary ends with its reporter's name.
  const page = `NEWS IN BRIEF

Brett Foley, Joyce Moullakis, Ian Howarth and Martin Pretty

Subscribe now

Already a subscriber?

Nylex offloads five units for $12m

Diversified manufacturer Nylex has sold five more assets as part of a $164 million divestment designed to cut its debt. Brett Foley

ASX profits jump on market revival

The exchange has benefited from a strong sharemarket resurgence, posting a 37 per cent jump in unaudited net profit. Joyce Moullakis

Rio firms up relations with Nippon

Rio Tinto has agreed to supply 150 million tonnes of iron ore to Nippon Steel over 20 years or more, the miner said. Ian Howarth
`;
  it('reads each name the page lists as a contributor as the byline, not a source', () => {
    const r = parsePage(page, { url: 'https://www.example.com.au/news-in-brief' });
    const briefs = r.items.filter(
      (b) => b.title !== 'Brett Foley, Joyce Moullakis, Ian Howarth and Martin Pretty',
    );
    expect(briefs.map((b) => [b.title, b.body.length, b.by, b.sources.length])).toEqual([
      ['Nylex offloads five units for $12m', 1, 'Brett Foley', 0],
      ['ASX profits jump on market revival', 1, 'Joyce Moullakis', 0],
      ['Rio firms up relations with Nippon', 1, 'Ian Howarth', 0],
    ]);
  });
});
