// Listing pages of session fourteen's new outlets (dev 803-826), by kind: a business blog
// grouping the day's headlines under each source's name, ... Each on a small page written in
// the outlets' layout; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe("a blog template's comment prompts under the post", () => {
  it('keeps `No comments:` and `Post a Comment` with the furniture', () => {
    // Blogger's default template closes every post with them, as WordPress themes close theirs
    // with `Leave a Reply`.
    expect(
      cited(`Morning headlines

Central bank raises interest rates again

The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.

Port strike enters its second week

Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.

No comments:

Post a Comment
`),
    ).toEqual([
      ['Central bank raises interest rates again', 1, []],
      ['Port strike enters its second week', 1, []],
    ]);
  });
});

describe('bulleted sentences under the name of the outlet they come from', () => {
  it('reads each whole sentence as a headless brief of its group', () => {
    // A business blog's daily round-up: `Bloomberg:` over one-sentence bullets, then the next
    // source; a bullet closed by a full stop is a sentence, not a headline.
    expect(
      cited(`Bloomberg:
- The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.
- Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.
Reuters:
- The chipmaker lifted its annual sales forecast after orders from data centres surged.
- Copper fell for a third day as stockpiles in Shanghai rose.
`),
    ).toEqual([
      [
        'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
        1,
        ['Bloomberg'],
      ],
      [
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        1,
        ['Bloomberg'],
      ],
      [
        'The chipmaker lifted its annual sales forecast after orders from data centres surged.',
        1,
        ['Reuters'],
      ],
      ['Copper fell for a third day as stockpiles in Shanghai rose.', 1, ['Reuters']],
    ]);
  });

  it('credits a colon-closed name no table knows, where known outlets head the groups so', () => {
    // Two known outlets' names closed by a colon have shown what stands over the bullets: the
    // trade paper and the foreign daily after them are sources too.
    expect(
      cited(`Bloomberg:
- The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.
Wall Street Journal:
- Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.
Metals Weekly Review:
- Copper fell for a third day as stockpiles in Shanghai rose.
Gazeta Ekonomiczna:
- The chipmaker lifted its annual sales forecast after orders from data centres surged.
`),
    ).toEqual([
      [
        'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
        1,
        ['Bloomberg'],
      ],
      [
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        1,
        ['The Wall Street Journal'],
      ],
      ['Copper fell for a third day as stockpiles in Shanghai rose.', 1, ['Metals Weekly Review']],
      [
        'The chipmaker lifted its annual sales forecast after orders from data centres surged.',
        1,
        ['Gazeta Ekonomiczna'],
      ],
    ]);
  });
});

describe('a kicker on its own line over the headline its colon opens', () => {
  it('keeps the kicker with the furniture and titles the item by the line under it', () => {
    // German news sites set `Kicker: Headline`; the text copy breaks it after the kicker, so the
    // colon opens the headline's line. A kicker of five words is no headline for that.
    expect(
      cited(`Politik

Gesellschaft
:Die neue Arbeiterklasse

Forscher vermessen die große Zahl der körperlich schuftenden Menschen in Deutschland neu.

Krieg in der Ukraine heute
:Russische Truppen durchbrechen Front im Donbass

Die ukrainischen Soldaten ziehen sich aus drei Dörfern im Osten des Landes zurück.
`),
    ).toEqual([
      ['Die neue Arbeiterklasse', 1, []],
      ['Russische Truppen durchbrechen Front im Donbass', 1, []],
    ]);
  });
});
