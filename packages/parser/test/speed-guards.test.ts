import { realLines } from './corpus-lines.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALT_GLUE, mayGlueAltText } from '../src/layout/title-marks.js';
import { DASH_NAME, dashedOff } from '../src/layout/credited-headlines.js';
import {
  BACK_HOME,
  CHROME,
  COOKIE_NOTICE,
  FEED_FOOTER,
  isChromeLine,
  mayEndBackHome,
  mayOpenCookieNotice,
} from '../src/layout/chrome.js';
import { dateLine, dateLineText, mayStartDateLine, metaLine } from '../src/layout/date-lines.js';
import { DATE_FIRST, DATE_START, mayBeDate, mayEndInZone, ZONE_ONLY } from '../src/dates.js';
import { DASH_CREDIT, DASH_FIRST, LIST_FIRST, LIST_MARKER } from '../src/citation.js';
import { firstNonSpace } from '../src/text.js';
import { NUMBER } from '../src/layout/numbered.js';
import { BARE_TAIL, lastWordMayBeName } from '../src/layout/tail-credits.js';
import { BRACKET_CREDIT, creditLine } from '../src/layout/credit-lines.js';
import { LEADING_NAME, mayLeadWithName, openAfterSentence, SENTENCE_CREDIT } from '../src/layout/credits.js';
import { GLUED_HINT } from '../src/layout/glued-citations.js';
import { mayReadFull, READ_FULL_END } from '../src/layout/brief-lists.js';
import {
  CJK_CHAR,
  MAY_TURN,
  mayTurnBack,
  SCRIPT_TURN,
  splitTranslatedLines,
} from '../src/layout/translated-pairs.js';
import { LONGEST_BETWEEN } from '../src/layout/reader.js';
import {
  CLOSERS,
  closerCode,
  ENDERS,
  lineFeatures,
  enderCode,
  OPEN_END_CHARS,
  openEndCode,
} from '../src/layout/features.js';
import { COLON_END, endsWithColon } from '../src/layout/habits.js';
import { GLOSS, maySeparateGloss, mayBeOtherLetter, OTHER_SCRIPT } from '../src/layout/study-notes.js';
import { DOLLAR_WORDS, mayNameDollar, US_DOLLAR } from '../src/money/wording.js';
import {
  ARTICLE_END,
  ARTICLE_LAST,
  BULLET,
  BULLET_MARK,
  CAPTION_START,
  isByline,
  isPhotoCaption,
  isPhotoCredit,
  isRelativeTime,
  isTagLine,
  mayOpenBullet,
  mayOpenCaption,
  PHOTO_NOTE,
} from '../src/layout/rules.js';
import { CJK_PICTURE, PHOTO_LABEL, STOCK_NOTE } from '../src/layout/picture-notes.js';
import { DATED_LEAD, TITLE_CASE_LEAD, WIRE_LEAD } from '../src/layout/wire-leads.js';
import { CAPTION_CREDIT, mayCreditCaption } from '../src/layout/opening-credits.js';
import { ADDRESS_ALONE, mayOpenAddress } from '../src/layout/story-links.js';
import { labelColon, SOURCE_LABEL_PATTERN, startsWithSourceKeyword } from '../src/source-label.js';

/*
 * The parser spares most lines a regular expression with a cheap look first (a character, a
 * bounded search). Each look must never turn away a line its pattern would take, or the output
 * changes: these tests hold every look against the pattern it guards, on every line of the
 * corpus and the fixtures and on generated lines, so a change to a pattern that its look does not
 * follow fails here (change both together).
 */

/** Lines made of the pieces the guarded patterns look for, in any order. */
const PIECES = [
  ...'aAbcdeSsTtUuVvFfQqGg.,;:!?()[]【（|—–-·•&’”"\' \t\u00a0\u3000…'.split(''),
  '1',
  '2026',
  '12',
  'Inc',
  'Co',
  'Jr',
  'U.S.',
  'D.C.',
  'UTC',
  'GMT',
  'EST',
  'UTC+8',
  'Source',
  'Sources',
  'via',
  '來源',
  'Quelle',
  'Fuente',
  'Reuters',
  'The Fin',
  'Read more',
  'Advertisement',
  'Skip to content',
  'page 2 of 3',
  '中央社',
  'Ünal',
];
const lines = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

/** Lines that open with a citation label (each word of the pattern, either case, any opening). */
const labelWords = /\(\?:([^)]*)\)/
  .exec(SOURCE_LABEL_PATTERN)![1]!
  .split('|')
  .map((w) => w.replace(/\?/g, ''));
const labelLines = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '\u00a0'),
    fc.constantFrom('', '[', '(', '（', '【'),
    fc.constantFrom(...labelWords),
    fc.boolean(),
    fc.constantFrom(':', '：', ' :'),
    lines,
  )
  .map(([space, bracket, word, upper, colon, rest]) =>
    [space, bracket, upper ? word.toUpperCase() : word.toLowerCase(), colon, ' ', rest].join(''),
  );

/** Lines ending in a sentence and a few words (the shape of a bare credit, or near it). */
const tailLines = fc
  .tuple(
    lines,
    fc.constantFrom('.', '!', '?', '…', '”', ')'),
    fc.constantFrom(' ', '  ', '\u00a0', '\t'),
    fc.array(fc.constantFrom('The', 'Fin', 'AAP', '&', 'Reuters', 'aus', 'Ünal', 'St.', "O'Neil", '12'), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([head, end, space, words]) => `${head}${end}${space}${words.join(' ')}`);

/** Lines shaped like date lines: a label, a time or a bar before, a comments link or a time after. */
const dateLines = fc
  .tuple(
    fc.constantFrom('', 'Date: ', 'Published ', 'updated：', '| ', ' · ', '11:03 PM, ', '7:30 am ', ' '),
    fc.constantFrom('', 'Dec. 31, 2012', '28 September 2020', '2019-10-14', 'Monday', 'Reforms'),
    lines,
    fc.constantFrom('', ' | Comments', ' · 5 comments', ' | 7:30 am', ' • 20:05'),
  )
  .map((parts) => parts.join(''));

/** `guard(text)` is false only where `pattern` has no match. */
function holds(
  name: string,
  pattern: (text: string) => boolean,
  guard: (text: string) => boolean,
  generated = lines,
) {
  describe(name, () => {
    it('on every corpus and fixture line', () => {
      const missed = realLines.filter((t) => pattern(t) && !guard(t));
      expect(missed).toEqual([]);
    });
    it('on generated lines', () => {
      fc.assert(
        fc.property(fc.oneof(lines, generated), (t) => !pattern(t) || guard(t)),
        { numRuns: 3000 },
      );
    });
  });
}

holds(
  "dashedOff: a spaced dash or bar before a digest headline's dash credit (DASH_NAME)",
  (t) => DASH_NAME.test(t),
  dashedOff,
  fc
    .tuple(
      fc.constantFrom('TIGHT SECURITY FOR VOTERS', 'Rates rise again', 'Port strike ends'),
      fc.constantFrom(' -- ', ' — ', ' – ', ' | ', ' - ', '\u00a0— ', '—'),
      fc.constantFrom('THE GLOBAL NEW LIGHT OF MYANMAR', 'Daily Monitor', 'Erdogan', 'x'),
    )
    .map((parts) => parts.join('')),
);
holds(
  "lastWordMayBeName: the tail's last word before the bare-credit pattern",
  (t) => BARE_TAIL.test(t.length > 60 ? t.slice(-60) : t),
  lastWordMayBeName,
  tailLines,
);
holds(
  'plainDate: the start of the line before the four rewrites of a date line',
  (t) => mayBeDate(dateLineText(t)),
  mayStartDateLine,
  dateLines,
);
holds(
  'numberedItems: a first digit before the item-number pattern',
  (t) => NUMBER.test(t),
  (t) => t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57,
);
holds(
  'startsWithSourceKeyword: the first character before the label pattern',
  (t) => new RegExp(String.raw`^\s*${SOURCE_LABEL_PATTERN}\s*`, 'i').test(t),
  startsWithSourceKeyword,
  labelLines,
);

holds(
  "captionedLead: a picture's word (photo, picture, image) in any case before the caption credit pattern",
  (t) => {
    CAPTION_CREDIT.lastIndex = 0;
    return CAPTION_CREDIT.test(t);
  },
  mayCreditCaption,
  fc
    .tuple(
      lines,
      fc.constantFrom(' ', '. ', ''),
      fc.constantFrom('Photo', 'PHOTOS', 'pIcTuRe', 'Images', 'image', 'photograph', 'Phot', 'ſ'),
      fc.constantFrom(' courtesy of ', ': ', ' by ', ':', '  by  ', ' of '),
      fc.constantFrom('BERNAMA', 'Reuters', 'x', 'Ünal Ltd'),
      fc.constantFrom('. ', '.\t', '.', ' '),
      lines,
    )
    .map((parts) => parts.join('')),
);

holds(
  'creditedParagraphs: the last word (report, story, article) before the read-full-report pattern',
  (t) => READ_FULL_END.test(t.slice(-48)),
  mayReadFull,
  fc
    .tuple(
      lines,
      fc.constantFrom('.', '!', '”', ')'),
      fc.constantFrom(' ', '  ', '\t'),
      fc.constantFrom('Read', 'read'),
      fc.constantFrom(' full ', ' the full ', ' full  ', ' fulll '),
      fc.constantFrom('SCMP', 'South China Morning Post', 'Ünal', 'x'),
      fc.constantFrom(' report', ' story', ' article.', ' report.', ' reports'),
    )
    .map((parts) => parts.join('')),
);

holds(
  'isChromeLine: the last character (home, page, an arrow) before the back-to-home pattern',
  (t) => BACK_HOME.test(t),
  mayEndBackHome,
  fc
    .tuple(
      lines,
      fc.constantFrom(' back to ', ' Return To ', ' BACK TO ', 'back to '),
      fc.constantFrom('', 'the ', 'The '),
      fc.constantFrom('home', 'HOME', 'homepage', 'Home Page', 'homes'),
      fc.constantFrom('', ' ', '\u00a0', '\u3000', '\t'),
      fc.constantFrom('', '»', '›', '→', '>'),
    )
    .map(([head, ...rest]) => `${head.slice(0, 50)}${rest.join('')}`),
);

holds(
  'gluedAltText: ASCII letters and spaces up to a lower-case letter before a capital, before the glued alt-text pattern',
  (t) => ALT_GLUE.test(t.length > 80 ? t.slice(0, 80) : t),
  mayGlueAltText,
  fc
    .tuple(
      fc.constantFrom('M', 'Malaysia', 'É', 'Ölü', 'A'),
      fc.constantFrom('', ' morning news', 'alaysia', ' news', 'ésumé', ' ünal', '’s ', ' 2 '),
      fc.constantFrom('', 'Malaysia', 'Ünal', 'X', 'Could', 'iPhone', 'ÆØ'),
      lines,
    )
    .map((parts) => parts.join('')),
);

describe('isChromeLine: the furniture patterns joined by their flags answer as the patterns one by one', () => {
  // The feed footer and the cookie notice run past the 120 characters of the others.
  const oneByOne = (t: string) =>
    FEED_FOOTER.test(t) || COOKIE_NOTICE.test(t) || (t.length <= 120 && CHROME.some((re) => re.test(t)));
  it('on every corpus and fixture line', () => {
    expect(realLines.filter((t) => isChromeLine(t) !== oneByOne(t))).toEqual([]);
  });
  it('on generated lines', () => {
    fc.assert(
      fc.property(lines, (t) => isChromeLine(t) === oneByOne(t)),
      { numRuns: 3000 },
    );
  });
});

describe('the guards turn lines away (examples)', () => {
  it.each([
    ['lastWordMayBeName', lastWordMayBeName('... who moved west last year. The Fin'), true],
    ['lastWordMayBeName', lastWordMayBeName('... who moved west last year.'), false],
    ['startsWithSourceKeyword', startsWithSourceKeyword('  quellen: dpa'), true],
    ['startsWithSourceKeyword', startsWithSourceKeyword('Sourced from the field'), false],
  ])('%s', (_name, got, want) => {
    expect(got).toBe(want);
  });
});

/** Paragraphs with parentheses after sentence ends, words and spaces (where sentence credits sit). */
const creditLines = fc
  .array(
    fc.constantFrom(
      '(Bloomberg)',
      '[Xinhua]',
      '[',
      ']',
      '(AP)',
      ' ',
      '\u3000',
      '\t',
      '.',
      '”',
      '’',
      'rates',
      '(',
      ')',
      'in dollars',
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));
holds(
  'sentenceCredits: a parenthesis after a sentence end before the global replace',
  (t) => new RegExp(SENTENCE_CREDIT.source).test(t),
  (t) => openAfterSentence(t, '(') || openAfterSentence(t, '['),
  creditLines,
);
const photoLines = fc
  .tuple(
    fc.constantFrom('', ' ', '(', 'Photo', 'PHOTO', 'image', 'Picture', 'ıMAGE', 'photos'),
    fc.constantFrom(':', '：', ' courtesy', ' by', ' file)', ''),
    lines,
  )
  .map((parts) => parts.join(''));
holds(
  'isPhotoCredit: the first character before the label and note patterns',
  (t) => PHOTO_LABEL.test(t) || PHOTO_NOTE.test(t),
  (t) => (t.charCodeAt(0) | 32) === 112 || (t.charCodeAt(0) | 32) === 105 || t.charCodeAt(0) === 40,
  photoLines,
);
const pictureLines = fc
  .tuple(
    fc.constantFrom('', '(', '[', '（', 'File ', 'stock ', 'Representational ', 'ARCHIVE ', 'illustration '),
    fc.constantFrom('photo', 'image', '图/', '圖／', '图片来源：', '资料图', '攝影：', ''),
    lines,
  )
  .map((parts) => parts.join(''));
holds(
  'pictureNote: the first character before its stock-note and Chinese-credit patterns',
  (t) => STOCK_NOTE.test(t) || CJK_PICTURE.test(t),
  (t) => {
    const c = t.charCodeAt(0);
    const lower = c | 32;
    return (
      lower === 102 ||
      lower === 115 ||
      lower === 114 ||
      lower === 105 ||
      lower === 97 ||
      c === 40 ||
      c === 91 ||
      c === 0xff08 ||
      (c >= 0x56fe && c <= 0x8d44)
    );
  },
  pictureLines,
);
holds(
  'creditLine: an opening bracket before the bracketed-credit pattern',
  (t) => BRACKET_CREDIT.test(t),
  (t) => t.charCodeAt(0) === 91,
);
holds(
  'wireLead: a parenthesis somewhere before the three dateline patterns',
  (t) => WIRE_LEAD.test(t) || TITLE_CASE_LEAD.test(t) || DATED_LEAD.test(t),
  (t) => t.includes('('),
  fc
    .tuple(
      fc.constantFrom('', 'TAIPEI', 'New Delhi', 'Taipei, Nov. 21 '),
      fc.constantFrom(' (', '(', ' '),
      lines,
    )
    .map((parts) => parts.join('')),
);
const markLines = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '\u3000'),
    fc.constantFrom('—', '–', '―', '--', '-', '(1)', '12.', '•', '*', '·', ''),
    lines,
  )
  .map((parts) => parts.join(''));
holds(
  'parseCitation: the first character after white space before the dash-credit pattern',
  (t) => DASH_CREDIT.test(t),
  (t) => DASH_FIRST.has(firstNonSpace(t)),
  markLines,
);
holds(
  'parseCitation: the first character after white space before the list-marker pattern',
  (t) => LIST_MARKER.test(t),
  (t) => LIST_FIRST.has(firstNonSpace(t)),
  markLines,
);
holds(
  'parseDate: the last character before the end-anchored zone pattern',
  (t) => ZONE_ONLY.test(t),
  mayEndInZone,
  fc
    .tuple(
      lines,
      fc.constantFrom(',', ' ', ', '),
      fc.constantFrom('UTC', 'GMT', 'AEST', 'UTC+8', 'GMT-05:30', 'EST', 'utc'),
    )
    .map((parts) => parts.join('')),
);
holds(
  "readInsideItem: a colon after a label word's last letter before the glued-citation pattern",
  (t) => GLUED_HINT.test(t),
  labelColon,
  labelLines,
);
/** Dollar marks of every kind, set among random lines by the pageDollar guards. */
const DOLLAR_MARKS = fc.constantFrom(
  'US$',
  '$US5',
  'U.S. $',
  'U.S. dollars',
  'usd',
  'NT$',
  'ntd',
  'Taiwanese dollar',
  'HK$',
  '$HK1',
  'S$',
  'SGD',
  'A$',
  '$A2',
  'C$',
  'CAD',
  'NZ$',
  'NZD',
  'Dollars',
  'xUSD',
);
holds(
  'pageDollar: one scan for a dollar sign, word or code before the seven dollar patterns',
  (t) => US_DOLLAR.test(t) || DOLLAR_WORDS.some(([re]) => re.test(t)),
  mayNameDollar,
  fc.tuple(lines, DOLLAR_MARKS, lines).map((parts) => parts.join(' ')),
);
holds(
  'gluedLeadCredit: a capital first and after the first space before the leading-name pattern',
  (t) => LEADING_NAME.test(t),
  mayLeadWithName,
  fc
    .array(
      fc.constantFrom(
        'Reuters',
        'The',
        'Fin',
        'Ünal',
        'AAP',
        'a',
        'said',
        ' ',
        '  ',
        '’s',
        '-',
        'Ωmega',
        '𝐀lpha',
        '1',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(' ')),
);
holds(
  'headlineShape: the last letter of an article or conjunction before the end-anchored pattern',
  (t) => ARTICLE_END.test(t),
  (t) => ARTICLE_LAST.has(t.charCodeAt(t.length - 1)),
  fc
    .tuple(
      lines,
      fc.constantFrom(' ', '\t', '\u00a0', '\u3000'),
      fc.constantFrom(...[...ARTICLE_END.source.matchAll(/[a-z]+/g)].map((m) => m[0]), 'The', 'off', 'Its'),
    )
    .map((parts) => parts.join('')),
);
holds(
  'mayBeDate: the first character after white space before the date-start pattern',
  (t) => DATE_START.test(t),
  (t) => DATE_FIRST.has(firstNonSpace(t)),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\u3000'),
      fc.constantFrom(
        'Mon',
        'tue',
        'WED',
        'Thu',
        'fri',
        'Sat',
        'sun',
        'Jan',
        'feb',
        'MAR',
        'apr',
        'May',
        'jun',
        'Jul',
        'aug',
        'Sep',
        'oct',
        'Nov',
        'dec',
        '1',
        'ſun',
        'x',
      ),
      lines,
    )
    .map((parts) => parts.join('')),
);

/** Lines made of Latin and CJK sentence ends, closing marks, spaces and letters of both scripts. */
const TURN_PIECES = 'aAZ0%).!?"“‘”’」』）。！？ \u3000中の한'.split('');
const scriptTurnLines = fc
  .array(fc.constantFrom(...TURN_PIECES, 'Word. '), { maxLength: 14 })
  .map((parts) => parts.join(''));

holds(
  'splitTranslatedLines: a sentence end before a change of script (MAY_TURN) before the script-turn pattern',
  (t) => [...t.matchAll(SCRIPT_TURN)].length > 0,
  (t) => MAY_TURN.test(t),
  scriptTurnLines,
);

holds(
  'splitTranslatedLines: a CJK sentence end (mayTurnBack) before any turn of the script-turn pattern that is not at a CJK letter',
  (t) => [...t.matchAll(SCRIPT_TURN)].some((m) => !CJK_CHAR.test(t.charAt(m.index))),
  mayTurnBack,
  scriptTurnLines,
);

describe('splitTranslatedLines: a line with no CJK sentence end is left whole (see `mayTurnBack`)', () => {
  const run = (ends: readonly string[]) =>
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            'President Donald Trump is predicting a win in the vote next week. ',
            'An oil tanker ran aground off the southern coast of Japan early on Monday. ',
            '“The jury found the former executive guilty of fraud,” the court said on Thursday. ',
          ),
          fc.constantFrom(
            '美国总统特朗普预计他将在下周的投票中获胜并赢得连任',
            '一艘油轮周一在日本海岸附近搁浅当局正在调查事故原因',
            '纽约陪审团裁定这名前高管欺诈罪名成立',
          ),
          fc.constantFrom(...ends),
          fc.constantFrom(' ', '', '  '),
        ),
        { minLength: 3, maxLength: 12 },
      )
      .map((pairs) => pairs.map((p) => p.join('')).join(''));
  it('on generated runs of paragraphs and their translations', () => {
    fc.assert(
      fc.property(run(['', '.', '」', '!']), (text) => {
        const line = { text, line: 1, blankBefore: true };
        const out = splitTranslatedLines([line], lineFeatures);
        return out.length === 1 && out[0] === line;
      }),
      { numRuns: 500 },
    );
  });
  it('while such a run with CJK sentence ends is cut', () => {
    const pair = (en: string, zh: string) => `${en} ${zh}。 `;
    const text = [
      pair(
        'President Donald Trump is predicting a win in the vote next week.',
        '美国总统特朗普预计他将在下周的投票中获胜并赢得连任',
      ),
      pair(
        'An oil tanker ran aground off the southern coast of Japan early on Monday.',
        '一艘油轮周一在日本海岸附近搁浅当局正在调查事故原因',
      ),
      pair(
        'A New York jury found the former executive guilty of fraud on Thursday.',
        '纽约陪审团裁定这名前高管欺诈罪名成立将于下月宣判',
      ),
      pair(
        'The central bank left its key interest rate unchanged for a third month.',
        '中央银行今天宣布维持关键利率不变以观察通胀走势',
      ),
    ].join('');
    expect(splitTranslatedLines([{ text, line: 1, blankBefore: true }], lineFeatures).length).toBeGreaterThan(
      1,
    );
  });
});

/** Glossary-shaped lines: a bullet or number, an English term, a separator, a gloss in any script. */
const glossLines = fc
  .tuple(
    fc.constantFrom('', '- ', '• ', '3. ', '12) '),
    fc.constantFrom('on edge', 'Temperature (noun)', 'abandon', 'mull over + Noun', 'x'),
    fc.constantFrom(':', '：', ' = ', ' - ', ' – ', ' — ', '  :'),
    fc.constantFrom(' ', ''),
    fc.array(
      fc.constantFrom('긴장', 'nhiệt độ', 'ª', 'µ', 'º', '’', '“', '—', 'give up', '…', '\u00a0', 'ſ', 'x'),
      {
        maxLength: 6,
      },
    ),
  )
  .map(([mark, term, separator, space, gloss]) => `${mark}${term}${separator}${space}${gloss.join('')}`);

holds(
  'studyNotes: a separator and a character that may be a letter of another script before the gloss pattern',
  (t) => {
    const m = GLOSS.exec(t);
    return m !== null && OTHER_SCRIPT.test(m[2]!);
  },
  maySeparateGloss,
  glossLines,
);

holds(
  "studyNotes: the line's features (otherLetter, read in the word count's pass) before the gloss separator look",
  maySeparateGloss,
  (t) => lineFeatures({ text: t, line: 1, blankBefore: true }).otherLetter,
  glossLines,
);

describe('mayBeOtherLetter: the General Punctuation block it passes over holds no letter', () => {
  it('no code point from U+2000 to U+206F is a letter', () => {
    const letters: number[] = [];
    for (let c = 0x2000; c <= 0x206f; c++) if (/\p{L}/u.test(String.fromCharCode(c))) letters.push(c);
    expect(letters).toEqual([]);
  });
  it('every letter outside ASCII is passed', () => {
    const missed: number[] = [];
    for (let c = 0x80; c <= 0xffff; c++)
      if (OTHER_SCRIPT.test(String.fromCharCode(c)) && !mayBeOtherLetter(c)) missed.push(c);
    expect(missed).toEqual([]);
  });
});

/** Lines opening with any character the bullet patterns or their neighbours hold, then spaces and text. */
const bulletLines = fc
  .tuple(
    fc.constantFrom(...'•·▪◦‣●■*–>-—◆○□+#=~.'.split(''), '', '\u25a1', '\u2024'),
    fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', ''),
    lines,
  )
  .map(([mark, space, rest]) => `${mark}${space}${rest}`);

holds(
  'BULLET_MARK: the first character before the bullet pattern',
  (t) => BULLET_MARK.test(t),
  mayOpenBullet,
  bulletLines,
);
holds(
  'BULLET: the first character before the bulleted-line pattern',
  (t) => BULLET.test(t),
  mayOpenBullet,
  bulletLines,
);

describe('mayOpenBullet passes every character the bullet pattern opens with', () => {
  it('every code unit that opens a match', () => {
    const missed: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (BULLET_MARK.test(`${String.fromCharCode(c)} x`) && !mayOpenBullet(String.fromCharCode(c)))
        missed.push(c);
    expect(missed).toEqual([]);
  });
});

/** Lines past `LONGEST_BETWEEN`: generated pieces around a long run of words, dates and names. */
const longLines = fc
  .tuple(
    fc.oneof(lines, dateLines, labelLines),
    fc.constantFrom(' word', ' Reuters', ' 2026', ' By Jane Doe', ' · ', ' | ', ' photo taken on', ' ago'),
    fc.oneof(lines, dateLines, tailLines),
  )
  .map(
    ([head, word, tail]) => `${head}${word.repeat(Math.ceil((LONGEST_BETWEEN + 1) / word.length))}${tail}`,
  );

describe('LineReader.between: past LONGEST_BETWEEN characters, none of its tests after the source label takes a line', () => {
  const takes = (t: string) =>
    isChromeLine(t) ||
    isTagLine(t) ||
    isPhotoCredit(t) ||
    isPhotoCaption(t) ||
    isByline(t) ||
    isRelativeTime(t) ||
    creditLine(t) !== undefined ||
    dateLine(t) !== undefined ||
    metaLine(t) !== undefined;
  it('on every corpus and fixture line', () => {
    expect(realLines.filter((t) => t.length > LONGEST_BETWEEN && takes(t))).toEqual([]);
  });
  it('on generated lines', () => {
    fc.assert(
      fc.property(longLines, (t) => t.length <= LONGEST_BETWEEN || !takes(t)),
      { numRuns: 3000 },
    );
  });
});

/** Short capitalised phrases closed by a colon of either width, or by something near it. */
const colonLines = fc
  .tuple(
    fc.constantFrom('H', 'Hard line', 'Ünal', 'At all costs', '中'),
    lines,
    fc.constantFrom(':', '：', ': ', '：\u3000', ':.', '', ';'),
  )
  .map(([head, body, end]) => `${head}${body}${end}`);

holds(
  'colonHeadings: the last character before the colon-heading pattern',
  (t) => COLON_END.test(t),
  endsWithColon,
  colonLines,
);

/** Caption openings: one or two words (any case, folding letters too), a picture word, its verb. */
const captionLines = fc
  .tuple(
    fc.constantFrom(
      '',
      'Xinhua ',
      'File photo ',
      'A ',
      'Ünal ',
      'İstanbul ',
      'Undated ',
      'aerial ',
      'ab cd ',
      ' ',
    ),
    fc.constantFrom('', 'file ', 'undated ', 'x '),
    fc.constantFrom('photo', 'PHOTO', 'Picture', 'image', 'Images', 'İmage', 'ımage', 'pHoto'),
    fc.constantFrom('', 's'),
    fc.constantFrom(' taken', ' shot', ' ta\u212aen', ' \u017fhot', ' TAKEN'),
    fc.constantFrom(' on ', ' in ', ' ON ', ' In '),
    lines,
  )
  .map((parts) => parts.join(''));

holds(
  'isPhotoCaption: where the picture word can begin before the caption pattern',
  (t) => CAPTION_START.test(t),
  mayOpenCaption,
  captionLines,
);

describe('lineFeatures: the character sets by code answer as the strings they stand for', () => {
  it.each([
    ['openEndCode', OPEN_END_CHARS, openEndCode],
    ['closerCode', CLOSERS, closerCode],
    ['enderCode', ENDERS, enderCode],
  ] as const)('%s over every code unit', (_name, chars, byCode) => {
    const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (byCode(c) !== codes.has(c)) wrong.push(c);
    // charCodeAt past the end is NaN: no set holds it.
    if (byCode(Number.NaN)) wrong.push(-1);
    expect(wrong).toEqual([]);
  });
});

/** Citation entries: an address alone (maybe in angle brackets), or a credit over its URL line. */
const addressEntries = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '\u00a0', '\u3000', '\n'),
    fc.constantFrom('', '<', 'Source: Reuters, Dec 3, 2025\n', 'hxxp', '['),
    fc.constantFrom('https://', 'http://', 'HTTPS://', 'Http://', 'ftp://', 'https:/'),
    fc.constantFrom('www.postkhmer.com/a', 'rfi.my/CJgd', 'x.cn/b c', ''),
    fc.constantFrom('', '>', ' ', '\n'),
  )
  .map((parts) => parts.join(''));

holds(
  'addressAloneCredit: the first character after white space before the address pattern',
  (t) => ADDRESS_ALONE.test(t.trim().replace(/^<(.*)>$/, '$1')),
  mayOpenAddress,
  addressEntries,
);

/** Cookie notices and lines opening near them (each opening word in any case, or one letter off). */
const cookieLines = fc
  .tuple(
    fc.constantFrom(
      'This',
      'THIS',
      'this',
      'tHiS',
      'The',
      'Thus',
      'Our',
      'OUR',
      'Out',
      'We',
      'WE',
      'Wa',
      'By',
      'BY',
      'Be',
      'Th',
      'W',
      '',
    ),
    fc.constantFrom(
      ' website uses cookies',
      ' site uses cookies to',
      ' use cookies.',
      ' continuing to browse you accept cookies',
      ' using this site you agree to our use of cookies',
      ' are using cookies',
    ),
    lines,
  )
  .map((parts) => parts.join(''));

holds(
  'isChromeLine: the opening word (this, our, we, by) before the cookie-notice pattern',
  (t) => COOKIE_NOTICE.test(t),
  mayOpenCookieNotice,
  cookieLines,
);
