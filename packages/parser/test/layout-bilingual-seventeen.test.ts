import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/*
 * Bilingual study pages, round fifteen: the layouts their items come in, read as items.
 */
describe('a broadcast script with soundbites', () => {
  // A study page printing two English news scripts under their Japanese headlines: each script
  // sets a soundbite with its speaker in parentheses on a line of their own, the quote under it.
  const page = [
    '英語ニュースで学ぶ',
    '',
    '4/02「港町で新しい市場が開業」',
    '',
    'A new fish market has opened in a northern port town, drawing crowds of visitors on its first weekend.',
    'The market sells fish landed the same morning by the local fleet.',
    '',
    '(Market manager / Port town cooperative)',
    '“We hope the market will bring young people back to the town.”',
    '',
    'The town plans to add a restaurant next year.',
    '',
    '4/03「高校生が科学賞を受賞」',
    '',
    'A high school student has won the top prize at an international science fair for a study of river insects.',
    'She spent two years collecting samples near her home.',
    '',
    '(Hana Mori)',
    '"I never thought my small project would win. I want to keep studying rivers."',
    '',
    'The fair drew entries from more than forty countries this year.',
  ].join('\n');

  it('reads the speaker label as part of the story, not as a headline', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      '4/02「港町で新しい市場が開業」',
      '4/03「高校生が科学賞を受賞」',
    ]);
  });

  it('keeps the quotation and the text after it in the story', () => {
    const r = parseChecked(page);
    expect(r.items[0]!.body.at(-2)).toBe('“We hope the market will bring young people back to the town.”');
    expect(r.items[0]!.body.at(-1)).toBe('The town plans to add a restaurant next year.');
    expect(r.items[1]!.body.at(-1)).toBe('The fair drew entries from more than forty countries this year.');
  });
});

describe('a lesson closed by a bulletin of translated headlines', () => {
  // A news-English lesson: its title, the teacher's introduction in Chinese, the anchor's
  // greeting with its translation, then the bulletin's headlines read out one sentence each,
  // every one followed by its Chinese translation (the page copy cut inside the last one).
  const page = [
    '英语学习',
    '',
    '看新闻学英语(第九讲)',
    '',
    '上一讲我们学习了如何听懂新闻的开场白,这一讲我们继续看同一天的新闻头条,请大家先听一遍,再对照下面的中英文稿。',
    '',
    '新闻里的人名和地名比较多,遇到不熟悉的名字不要紧张,先抓住每句话的主语和动词,就能明白大意。',
    '',
    'Good evening and welcome to the world news brief, I’m Anna Lee and here are tonight’s top stories.',
    '',
    '大家晚上好,欢迎收看世界新闻简报,我是李安娜,下面请看今晚的头条新闻,首先是国际新闻的部分。',
    '',
    'Flood waters force thousands of families from their homes along the lower river valley.',
    '',
    '连日暴雨引发的洪水迫使下游河谷沿岸的数千个家庭离开家园,当地政府已经开放多处临时避难所。',
    '',
    'Trade ministers agree to cut tariffs on farm goods at a regional summit in the capital.',
    '',
    '在首都举行的地区峰会上,各国贸易部长同意降低农产品的进口关税,以促进区域内的农业贸易往来。',
    '',
    'Scientists report a sharp fall in the number of bees across northern farmland this spring.',
    '',
    '科学家们报告说,今年春天北部农田地区的蜜蜂数量出现了大幅度的下降,原因可能与农药的使用有关。',
    '',
    'Football fans celebrate in the streets after the national team wins its first cup final.',
    '',
    '国家队首次赢得杯赛决赛的冠军之后,成千上万的球迷们纷纷走上街头,彻夜',
  ].join('\n');

  it('reads each translated headline as a story of its own', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title).slice(-4)).toEqual([
      'Flood waters force thousands of families from their homes along the lower river valley.',
      'Trade ministers agree to cut tariffs on farm goods at a regional summit in the capital.',
      'Scientists report a sharp fall in the number of bees across northern farmland this spring.',
      'Football fans celebrate in the streets after the national team wins its first cup final.',
    ]);
  });

  it('gives each story its translation as its second paragraph', () => {
    const r = parseChecked(page);
    const flood = r.items.find((b) => b.title.startsWith('Flood'))!;
    expect(flood.body).toEqual([
      'Flood waters force thousands of families from their homes along the lower river valley.',
      '连日暴雨引发的洪水迫使下游河谷沿岸的数千个家庭离开家园,当地政府已经开放多处临时避难所。',
    ]);
  });
});
