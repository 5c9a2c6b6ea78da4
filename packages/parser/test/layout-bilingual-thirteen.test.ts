// Bilingual pages, round twelve: layouts a reader meets that no dev page showed (a dual-view
// morning brief, headline pairs under an introduction ending with a colon). Small pages in those
// shapes, written for the tests (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe('a headline over its translation, the block repeated, under a colon-ended introduction', () => {
  // A bilingual morning brief in dual view: the greeting and its translation, then each story's
  // English headline over its Chinese one, its paragraphs each followed by their translation.
  const page = [
    '纽约时报中文网 新闻早报 2018年4月16日',
    '',
    "Good morning. Here's what you need to know:",
    '早上好。以下是你需要知道的：',
    '',
    "James Comey's book tour begins",
    '詹姆斯·科米开始新书巡回宣传',
    '',
    'The former F.B.I. director called President Trump "morally unfit" to be president in an interview broadcast on Sunday night.',
    '在周日晚播出的一次采访中，前联邦调查局局长称特朗普总统"在道德上不适合"担任总统。',
    '',
    'He also described the president as a liar who treats women like "pieces of meat."',
    '他还称总统是一个骗子，把女性当作"肉块"。',
    '',
    'Allies defend Syria strikes',
    '盟国为空袭叙利亚辩护',
    '',
    'The United States, Britain and France said their missile strikes on Syria were aimed at chemical weapons facilities.',
    '美国、英国和法国表示，他们对叙利亚的导弹袭击针对的是化学武器设施。',
    '',
    'Russia called for an emergency meeting of the United Nations Security Council.',
    '俄罗斯要求召开联合国安理会紧急会议。',
  ].join('\n');

  it('opens the first story at its headline pair, not inside the introduction', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ["James Comey's book tour begins 詹姆斯·科米开始新书巡回宣传", 4],
      ['Allies defend Syria strikes 盟国为空袭叙利亚辩护', 4],
    ]);
  });
});

describe('a Thai paragraph, which closes with no mark, ends where the English headline starts', () => {
  // An English-news lesson in Thai: the lesson's Thai introduction (Thai closes no sentence
  // with a full stop), then each English story with its credit and a Thai glossary.
  const page = [
    'ข่าวภาษาอังกฤษพร้อมคำแปล',
    'บทเรียนนี้นำเสนอข่าวภาษาอังกฤษพร้อมคำแปลภาษาไทย โดยแปลทั้งคำศัพท์ที่น่าสนใจและเนื้อหาข่าวทั้งหมด เพื่อให้ผู้เรียนสามารถฝึกอ่านภาษาอังกฤษด้วยตัวเอง และฟังการออกเสียงที่ถูกต้องโดยเจ้าของภาษา ผู้เรียนยังสามารถทบทวนคำศัพท์ท้ายบทเรียนได้ทุกวัน',
    'Bangkok floods close dozens of schools',
    'Heavy rain flooded parts of Bangkok on Monday, forcing dozens of schools to close for the day. The city said pumps were running at full capacity.',
    'VOA News',
    'คำศัพท์ภาษาอังกฤษ:',
    'Flooded แปลว่า น้ำท่วม',
    'Capacity แปลว่า ความสามารถ',
    'Woman leaves jail as reward for winning world title',
    'A Thai woman boxer was released from prison on Tuesday as a reward for winning a world title while serving her sentence.',
    'VOA News',
  ].join('\n');

  it('opens the first story at its English headline, not inside the Thai introduction', () => {
    const r = parse(page);
    expect(
      r.items.slice(-2).map((i) => [i.title, i.body.length, i.sources.map((c) => c.publication)]),
    ).toEqual([
      ['Bangkok floods close dozens of schools', 1, ['Voice of America']],
      ['Woman leaves jail as reward for winning world title', 1, ['Voice of America']],
    ]);
  });
});
