import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/ssr/index.js';

type Node = DefaultTreeAdapterMap['node'];

const all = (node: Node): Node[] => [node, ...('childNodes' in node ? node.childNodes.flatMap(all) : [])];
const text = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(text).join('')
      : '';

// Strings rich in the characters that matter to an HTML parser, plus any Unicode.
const hostile = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '/',
      '!',
      '-',
      '&',
      '"',
      "'",
      's',
      'c',
      'r',
      'i',
      'p',
      't',
      ' ',
      '\u2028',
    ),
  }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

describe('escaping, for any string (fast-check, read back by parse5)', () => {
  it('jsonForScript: one <script> block whose text parses back to the same value', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 4 }), (values) => {
        const html = `<!doctype html><head><script type="application/ld+json">${jsonForScript(values)}</script></head><body><p>after</p></body>`;
        const nodes = all(parse(html));
        const scripts = nodes.filter((node) => node.nodeName === 'script');
        expect(scripts).toHaveLength(1);
        expect(JSON.parse(text(scripts[0] as Node))).toEqual(values);
        expect(nodes.filter((node) => node.nodeName === 'p')).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });

  it('escapeHtml: text and attribute values parse back unchanged, with no element added', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        // The HTML parser normalizes CR and CRLF to LF and drops NUL in text; compare after that.
        const normalized = value.replace(/\r\n?/g, '\n');
        const fragment = parseFragment(`<p title="${escapeHtml(value)}">${escapeHtml(value)}</p>`);
        const elements = all(fragment).filter((node) => 'tagName' in node);
        expect(elements).toHaveLength(1);
        const p = elements[0] as DefaultTreeAdapterMap['element'];
        expect(p.attrs.find((a) => a.name === 'title')?.value).toBe(normalized.replace(/\0/g, '\uFFFD'));
        expect(text(p)).toBe(normalized.replace(/\0/g, ''));
      }),
      { numRuns: 400 },
    );
  });
});
