// Renders the <briefing-feed> reference tables (attributes, events, slots, CSS parts, CSS
// custom properties) from custom-elements.json, so the root README never drifts from the
// element. `write-readme-tables.mjs` rewrites the part of a README between the markers; the
// feed's tests (in the browser, hence no Node imports here) check the committed README.
export const START =
  '<!-- briefing-feed-tables:start (generated from packages/feed/custom-elements.json) -->';
export const END = '<!-- briefing-feed-tables:end -->';

const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** Markdown tables for the element named `tagName` in a custom-elements manifest. */
export function renderTables(manifest, tagName = 'briefing-feed') {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!element) throw new Error(`custom-elements.json has no <${tagName}>`);
  const table = (title, header, rows) =>
    [
      `#### ${title}`,
      '',
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
    ].join('\n');
  const code = (s) => (s ? `\`${cell(s)}\`` : '');
  return [
    table(
      'Attributes',
      ['attribute', 'type', 'default', 'description'],
      (element.attributes ?? []).map((a) => [
        code(a.name),
        code(a.type?.text?.replace(/ \| undefined$/, '')),
        code(a.default),
        cell(a.description),
      ]),
    ),
    table(
      'Events',
      ['event', 'description'],
      (element.events ?? []).map((e) => [code(e.name), cell(e.description)]),
    ),
    table(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [code(s.name), cell(s.description)]),
    ),
    table(
      'CSS parts',
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    table(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ].join('\n');
}

/** `readme` with the text between the markers replaced by `tables`. */
export function spliceTables(readme, tables) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README has no ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n\n${tables}\n${readme.slice(end)}`;
}
