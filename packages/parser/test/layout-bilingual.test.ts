// Bilingual pages: news in English with its translation, set the ways language-study pages set
// it (Chinese listening sites, Japanese and Korean study blogs, translation exercises).
// Small pages in those shapes, written for the tests (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe('a headline’s rendering opened by an arrow under it', () => {
  // A translation exercise (a student's report): numbered headlines, each with its rendering
  // on the next line after `=>`, in a script no CJK test tells apart (Vietnamese).
  const exercise = [
    'WORLD NEWS',
    'Headlines:',
    '',
    '1. Port strike enters its second week',
    '=> Cuộc đình công tại cảng bước sang tuần thứ hai',
    '',
    '2. Central bank raises interest rates again',
    '=> Ngân hàng trung ương lại tăng lãi suất',
    '',
    '3. Chipmaker lifts its annual sales forecast',
    '=> Hãng chip nâng dự báo doanh số cả năm',
    '',
    'Sentence:',
    'Officials say extreme heat has killed at least 170 people across much of the country this week.',
  ].join('\n');

  it('joins the rendering to its headline as the title’s second line, not a paragraph', () => {
    const r = parse(exercise);
    expect(r.items.map((i) => [i.title, i.body.length]).slice(0, 3)).toEqual([
      ['Port strike enters its second week => Cuộc đình công tại cảng bước sang tuần thứ hai', 0],
      ['Central bank raises interest rates again => Ngân hàng trung ương lại tăng lãi suất', 0],
      // The second exercise's label and sentence run on under the last headline.
      ['Chipmaker lifts its annual sales forecast => Hãng chip nâng dự báo doanh số cả năm', 2],
    ]);
  });
});
