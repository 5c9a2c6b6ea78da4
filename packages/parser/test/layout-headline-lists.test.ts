// Lists of one-line headlines, each closed by its paper's name (press reviews, agency headline lists).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe('a press review naming each paper once, its headlines bulleted with two hyphens', () => {
  // A wire service's morning press review (dev 737): every paper named once, so no name repeats;
  // four of them are papers the outlet table knows.
  const page = `Top headlines in major newspapers

SEOUL, May 13 (Yonhap) -- The following are the top headlines in major newspapers on May 13.

Korean-language dailies

-- Ruling party expels lawmaker over misconduct claims (Kyunghyang Shinmun)

-- Record extra budget of 59 tln won approved by Cabinet (Hankyoreh)

-- Won tumbles as financial markets wobble (Chosun Ilbo)

English-language dailies

-- President cobbles together first Cabinet meeting (Korea JoongAng Daily)

-- Cabinet approves extra budget bill (Korea Herald)

-- North fires three ballistic missiles towards East Sea (Korea Times)`;

  it('makes each headline an item credited to its paper, the dashes left as layout', () => {
    const r = parse(page);
    expect(r.items.slice(1).map((i) => [i.title, i.body.length, i.sources.map((s) => s.raw)])).toEqual([
      ['Ruling party expels lawmaker over misconduct claims', 0, ['(Kyunghyang Shinmun)']],
      ['Record extra budget of 59 tln won approved by Cabinet', 0, ['(Hankyoreh)']],
      ['Won tumbles as financial markets wobble', 0, ['(Chosun Ilbo)']],
      ['President cobbles together first Cabinet meeting', 0, ['(Korea JoongAng Daily)']],
      ['Cabinet approves extra budget bill', 0, ['(Korea Herald)']],
      ['North fires three ballistic missiles towards East Sea', 0, ['(Korea Times)']],
    ]);
  });

  it('leaves one-line headlines closed by names no reader knows as papers, none repeated, as they were', () => {
    const places = page
      .replace('(Kyunghyang Shinmun)', '(Gangnam)')
      .replace('(Hankyoreh)', '(Mapo)')
      .replace('(Chosun Ilbo)', '(Jongno)')
      .replace('(Korea JoongAng Daily)', '(Yongsan)')
      .replace('(Korea Herald)', '(Seocho)')
      .replace('(Korea Times)', '(Songpa)');
    const r = parse(places);
    expect(r.items.flatMap((i) => i.sources.map((s) => s.raw))).not.toContain('(Mapo)');
  });
});
