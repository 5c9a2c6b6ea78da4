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

describe('a press review: each paper named in brackets over its headline, then over the translation', () => {
  // A Korean press review in two languages: `[paper] headline`, the English `[paper] headline`
  // under it, then the lead and its translation; the block repeated down the page.
  const page = [
    '오늘의 주요 신문 헤드라인 Press Review',
    '',
    '[조선일보] 정부, 내년 예산 656조원 편성',
    '[Chosun Ilbo] Government proposes 656 trillion won budget for next year',
    '정부가 내년 예산을 올해보다 2.8% 늘어난 656조원으로 편성했다.',
    'The government proposed a 656 trillion won budget for next year, up 2.8 percent from this year.',
    '',
    '[중앙일보] 수출 석 달 연속 증가',
    '[JoongAng Ilbo] Exports rise for third straight month',
    '수출이 반도체 회복에 힘입어 석 달 연속 증가했다.',
    'Exports rose for a third straight month on a recovery in chip sales.',
    '',
    '[한겨레] 서울 아파트값 상승세 둔화',
    '[Hankyoreh] Seoul apartment price gains slow',
    '서울 아파트값 상승 폭이 다섯 주 연속 줄었다.',
    'Gains in Seoul apartment prices narrowed for a fifth straight week.',
  ].join('\n');

  it('opens the first story at its pair and joins the translation before reading a credit', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      [
        '[조선일보] 정부, 내년 예산 656조원 편성 [Chosun Ilbo] Government proposes 656 trillion won budget for next year',
        2,
      ],
      ['[중앙일보] 수출 석 달 연속 증가 [JoongAng Ilbo] Exports rise for third straight month', 2],
      ['[한겨레] 서울 아파트값 상승세 둔화 [Hankyoreh] Seoul apartment price gains slow', 2],
    ]);
  });
});

describe('a vocabulary list of terms and their CJK glosses set apart by a space', () => {
  // A Chinese news-English lesson: each numbered headline over its translation, the English
  // text, then its vocabulary (`module 舱段`), the last list at the page's end.
  const page = [
    '英语新闻学习 第12期',
    '',
    '1. China launches new space station module',
    '中国发射新的空间站舱段',
    'China launched the Wentian lab module on Sunday, the second of three modules of its Tiangong space station.',
    'Vocabulary:',
    'module 舱段',
    'launch 发射',
    '',
    '2. Heat wave hits Europe',
    '热浪袭击欧洲',
    'Temperatures rose above 40 degrees Celsius in parts of Spain and Portugal this week as a heat wave swept across Europe.',
    'Vocabulary:',
    'heat wave 热浪',
    'Celsius 摄氏度',
    '',
    '3. Apple unveils new iPhone',
    '苹果发布新款iPhone',
    'Apple unveiled its latest iPhone on Tuesday, with prices starting at $799 in the United States.',
    'Vocabulary:',
    'unveil 发布',
    'starting at 起价为',
  ].join('\n');

  it('reads the glosses as study notes, not a paragraph cut by the page end', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['China launches new space station module 中国发射新的空间站舱段', 1],
      ['Heat wave hits Europe 热浪袭击欧洲', 1],
      ['Apple unveils new iPhone 苹果发布新款iPhone', 1],
    ]);
  });
});

describe('labelled records in two languages, each under its paper in angle brackets', () => {
  // A Korean study post on Korean English-language dailies: `< Paper >`, `Headline:` and
  // `Summary:`, then the same fields under Korean labels (`헤드라인:`, `요약:`), then a glossary.
  const page = [
    '영어신문 유용한 표현 - 반도체 수출, 금리 동결',
    '',
    'by 블로거 2025. 2. 3.',
    '',
    '최근 국내 영어신문 기사를 통해 유용한 표현을 익혀 봅니다.',
    '',
    '< The Korea Herald >',
    '',
    'Headline: Chip exports hit record high in January',
    '',
    "Summary: Korea's semiconductor exports rose to a record high in January on strong demand for memory chips used in AI servers.",
    '',
    '헤드라인: 1월 반도체 수출 사상 최대',
    '',
    '요약: 인공지능 서버용 메모리 반도체 수요 증가로 1월 반도체 수출이 사상 최대를 기록했다.',
    '',
    '• Record high: 사상 최대',
    '• Chip exports hit a record high in January.',
    '• Demand: 수요',
    '• Demand for memory chips remains strong.',
    '',
    '< The Korea Times >',
    '',
    'Headline: Central bank holds key rate at 3 percent',
    '',
    'Summary: The Bank of Korea kept its benchmark interest rate unchanged at 3 percent on Thursday, citing household debt.',
    '',
    '헤드라인: 한국은행, 기준금리 3% 동결',
    '',
    '요약: 한국은행은 가계부채를 이유로 목요일 기준금리를 연 3%로 동결했다.',
    '',
    '• Benchmark rate: 기준금리',
    '• The benchmark rate stayed at 3 percent.',
    '• Household debt: 가계부채',
  ].join('\n');

  it("reads the translated labels as the record's fields and the paper as its source", () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((c) => c.publication)])).toEqual([
      ['Chip exports hit record high in January', 2, ['The Korea Herald']],
      ['Central bank holds key rate at 3 percent', 2, ['The Korea Times']],
    ]);
  });
});
