#!/usr/bin/env node
// The text pages of a split re-laid-out as other copies of the same pages come: no blank lines,
// a blank line after every line, hard-wrapped at 72 columns (plain-text newsletters, e-mail),
// CRLF line ends, indented lines. A parser that reads layout kinds, not one copy's habits,
// scores about the same on each. Prints found / precision / paragraphs / citations / money.
//   node scripts/eval-variants.mjs [dev|validation]   (default dev; read figures only)
import { lookupPublication, parsePage } from '../dist/index.js';
import { evaluate, loadCorpus } from '../eval/score.mjs';

const wrap = (width) => (s) =>
  s
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const out = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      if (cur) out.push(cur);
      return out.join('\n');
    })
    .join('\n');

const VARIANTS = {
  'as saved': (s) => s,
  'no blank lines': (s) => s.replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n'),
  'blank after every line': (s) => s.replace(/\n[ \t]*(?:\n[ \t]*)*/g, '\n\n'),
  'wrapped at 72 columns': wrap(72),
  'CRLF line ends': (s) => s.replace(/\n/g, '\r\n'),
  'indented lines': (s) => s.replace(/^/gm, '  '),
};

const split = process.argv[2] ?? 'dev';
const pages = loadCorpus(split).filter((p) => p.format === 'text');
console.log(`${split} split, ${pages.length} text pages`);
console.log(['variant'.padEnd(24), 'found %', 'prec %', 'paras %', 'cite %', 'money R %'].join('  '));
for (const [name, f] of Object.entries(VARIANTS)) {
  const r = evaluate(
    pages.map((p) => ({ ...p, text: f(p.text) })),
    parsePage,
    lookupPublication,
    {},
  ).overall;
  console.log(
    [
      name.padEnd(24),
      ...[r.found, r.precision, r.paragraphs, r.citations, r.moneyRecall].map((n) => String(n).padStart(7)),
    ].join('  '),
  );
}
