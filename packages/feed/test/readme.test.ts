import { describe, expect, it } from 'vitest';
import manifest from '../custom-elements.json';
import readme from '../README.md?raw';
import rootReadme from '../../../README.md?raw';
import { renderTables, spliceTables } from '../scripts/readme-tables.mjs';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  members?: (Named & { static?: boolean; privacy?: string })[];
}

const element = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'briefing-feed')!;

/** First-column names of the table under a `## heading` of the README. */
function column(heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!.replace(/\(\)$/, ''));
}

const names = (list: Named[] | undefined) => (list ?? []).map((entry) => entry.name).sort();

describe('README tables match custom-elements.json', () => {
  it('the manifest describes <briefing-feed>', () => {
    expect(element).toBeDefined();
  });
  it.each([
    ['Attributes', 'attributes'],
    ['Events', 'events'],
    ['Slots', 'slots'],
    ['CSS parts', 'cssParts'],
    ['CSS custom properties', 'cssProperties'],
    ['Properties', 'members'],
  ] as const)('%s', (heading, key) => {
    expect(column(heading).sort()).toEqual(names(element[key]));
  });
});

describe('the root README', () => {
  it('carries the element tables exactly as generated from custom-elements.json (pnpm docs)', () => {
    expect(rootReadme).toBe(spliceTables(rootReadme, renderTables(manifest)));
    for (const attribute of element.attributes ?? [])
      expect(rootReadme).toContain(`| \`${attribute.name}\` |`);
  });
});
