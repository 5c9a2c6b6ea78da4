// Lines that must not come back as briefings (breadth pass on page furniture): the furniture
// portals print in many languages between and after real items. Small pages in the shapes real
// outlets use; expected values are the literals a reader states.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const shape = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe('a related-links label in the wording of its portal', () => {
  // A Japanese portal's English page: the related block's label closes the listing.
  it('sets `関連記事` at the page end aside', () => {
    const page = [
      'Business',
      '',
      "Japan's Nikkei hits record high",
      '',
      "Japan's Nikkei share average hit a record high on Tuesday, driven by gains in chip-related stocks and a weaker yen.",
      '',
      'Toyota raises profit forecast',
      '',
      'Toyota Motor raised its full-year operating profit forecast on Wednesday, citing strong hybrid sales in North America.',
      '',
      '関連記事',
      '',
      'Page 2 of 10',
    ].join('\n');
    expect(shape(page)).toEqual([
      ["Japan's Nikkei hits record high", 1, []],
      ['Toyota raises profit forecast', 1, []],
    ]);
  });

  // A Chinese portal: `相关新闻` 'related news' over two bare headlines, and a Korean portal's
  // `관련기사` 'related articles' at the end.
  it('sets `相关新闻` with its headlines and `관련기사` aside', () => {
    const page = [
      '国际新闻',
      '',
      '日本央行维持利率不变',
      '',
      '日本央行周四宣布维持短期利率不变，并表示将继续观察通胀走势和工资增长情况。',
      '',
      '相关新闻',
      '日元兑美元汇率跌至新低',
      '日本股市创新高',
      '',
      '韩国央行下调基准利率',
      '',
      '韩国央行周四将基准利率下调25个基点至3.25%，为近四年来首次降息。',
      '',
      '관련기사',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['日本央行维持利率不变', 1, []],
      ['韩国央行下调基准利率', 1, []],
    ]);
  });

  // Indonesian and Vietnamese portals: `Baca juga` 'read also', `Tin liên quan` 'related news'.
  it('sets `Baca juga` and `Tin liên quan` blocks aside', () => {
    const page = [
      'Ekonomi',
      '',
      'Bank Indonesia holds benchmark rate at 6%',
      '',
      'Bank Indonesia kept its benchmark rate unchanged at 6% on Thursday, saying inflation remained within its target range.',
      '',
      'Baca juga:',
      'Rupiah weakens against dollar',
      '',
      "Vietnam's exports rise 12% in first half",
      '',
      "Vietnam's exports rose 12% in the first half of the year from a year earlier, the statistics office said on Saturday.",
      '',
      'Tin liên quan',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['Bank Indonesia holds benchmark rate at 6%', 1, []],
      ["Vietnam's exports rise 12% in first half", 1, []],
    ]);
  });
});

describe("a Chinese portal's share row and editor's stamp", () => {
  // Sina, Sohu and Xinhua's Chinese pages close each story with a share row and the editor's
  // stamp; the next headline follows.
  it('reads `分享到：`, `微信 微博 QQ` and `责任编辑：` as furniture, not text', () => {
    const page = [
      '国际新闻',
      '',
      '中国5月出口增长7.6%',
      '',
      '海关总署周五公布的数据显示，中国5月出口同比增长7.6%，高于市场预期，对东盟出口增长明显。',
      '',
      '分享到：',
      '微信 微博 QQ',
      '',
      '责任编辑：王小明',
      '',
      '日本央行维持利率不变',
      '',
      '日本央行周四宣布维持短期利率不变，并表示将继续观察通胀走势和工资增长情况。',
      '',
      '(Web editor: Wu Chengliang, Liang Jun)',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['中国5月出口增长7.6%', 1, []],
      ['日本央行维持利率不变', 1, []],
    ]);
  });
});

describe("a picture's note in the forms portals print it", () => {
  // South Asian and African portals: the stock picture's note alone between headline and text,
  // and the picture's credit with its `credit` word at the page end.
  it('reads `File photo`, `Representational image` and `Photo credit: AFP` as notes', () => {
    const page = [
      'National',
      '',
      'Pakistan raises fuel prices by 5 rupees',
      '',
      'File photo',
      '',
      'Pakistan raised petrol prices by 5 rupees a litre on Sunday, the finance ministry said in a notification, citing higher global crude prices.',
      '',
      'Representational image',
      '',
      "Nigeria's inflation eases for third month",
      '',
      "Nigeria's annual inflation rate eased to 24.2% in November from 24.8% in October, the statistics bureau said on Monday.",
      '',
      'Photo credit: AFP',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['Pakistan raises fuel prices by 5 rupees', 1, []],
      ["Nigeria's inflation eases for third month", 1, []],
    ]);
  });

  // Chinese portals: `图/新华社` 'picture / Xinhua', `（资料图）` 'file picture', `图片来源：`
  // 'picture source' between a headline and its text.
  it('reads `图/新华社`, `（资料图）` and `图片来源：视觉中国` as picture credits', () => {
    const page = [
      '财经要闻',
      '',
      '央行宣布降准0.5个百分点',
      '',
      '图/新华社',
      '',
      '中国人民银行周五宣布，下调金融机构存款准备金率0.5个百分点，释放长期资金约1万亿元。',
      '',
      '（资料图）',
      '',
      '上海车展开幕',
      '',
      '图片来源：视觉中国',
      '',
      '第二十一届上海国际汽车工业展览会周二开幕，吸引了来自全球的近千家企业参展。',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['央行宣布降准0.5个百分点', 1, []],
      ['上海车展开幕', 1, []],
    ]);
  });
});

describe("a story's footer: its buttons, the author box and the app badges", () => {
  // A wire portal's story page: the Print and Email buttons, the author box with its bio, the
  // app store badges under the download call, then the next story.
  it('sets `Email`, `About the author` with its bio and the store badges aside', () => {
    const page = [
      'Energy',
      '',
      'Saudi Arabia raises crude prices for Asia',
      '',
      'Saudi Aramco raised its official selling price for Arab Light crude to Asia for January, the company said on Sunday.',
      '',
      'Print',
      'Email',
      '',
      'About the author',
      'John Smith is a senior correspondent covering energy markets in the Gulf.',
      '',
      'Download the app',
      'Get it on Google Play',
      'Download on the App Store',
      '',
      'Qatar signs LNG supply deal with Germany',
      '',
      'QatarEnergy signed a 15-year deal to supply liquefied natural gas to Germany from 2026, the energy minister said on Tuesday.',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['Saudi Arabia raises crude prices for Asia', 1, []],
      ['Qatar signs LNG supply deal with Germany', 1, []],
    ]);
  });
});

describe("the site's own rows: ad captions, language switcher, footer links, contents and reading time", () => {
  // A Gulf wire service's briefs page: an ad slot's caption and a language switcher between the
  // items, the footer's link rows and the article template's labels after the last.
  it('sets them aside, so no caption or switcher heads a briefing', () => {
    const page = [
      'Gulf News Briefs',
      '',
      'UAE central bank holds rates steady',
      '',
      "The UAE central bank kept its base rate unchanged on Thursday, following the US Federal Reserve's decision.",
      '',
      'Advertisement - Scroll to continue',
      '',
      'Oman launches new visa scheme',
      '',
      'Oman launched a five-year investor visa on Monday, the ministry of commerce said, to attract foreign capital.',
      '',
      'English | العربية | Français',
      '',
      'Kuwait approves budget',
      '',
      "Kuwait's cabinet approved the draft budget for the next fiscal year, the state news agency said on Sunday.",
      '',
      'Log in | Register',
      '',
      'Terms of Service | Privacy Policy',
      '',
      'In this article',
      'Table of contents',
      '',
      '2 min read',
    ].join('\n');
    expect(shape(page)).toEqual([
      ['UAE central bank holds rates steady', 1, []],
      ['Oman launches new visa scheme', 1, []],
      ['Kuwait approves budget', 1, []],
    ]);
  });
});
