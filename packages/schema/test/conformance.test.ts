import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toJsonSchemas, validateFeed } from '../src/index.js';

/*
 * The conformance suite: every fixture goes through zod, through ajv on the exported JSON
 * Schema, and through Python's jsonschema on the same file. Verdicts must agree wherever
 * the rule is expressible in JSON Schema; where it is not, the JSON Schema validators
 * accept and only zod rejects (documented in the README).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const passDir = `${root}fixtures/should-pass/`;
const failDir = `${root}fixtures/should-fail/`;
const expected: Record<string, { pointer: string; code: string; jsonSchema: boolean }> = JSON.parse(
  readFileSync(`${root}fixtures/expected-failures.json`, 'utf8'),
);
const passFiles = readdirSync(passDir).filter((f) => f.endsWith('.json'));
const failFiles = readdirSync(failDir).filter((f) => f.endsWith('.json'));
const load = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const feedSchemaPath = `${root}schemas/briefing-feed.schema.json`;
const shipped = JSON.parse(readFileSync(feedSchemaPath, 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
ajv.addKeyword('x-briefing-invariants');
const ajvFeed = ajv.compile(shipped);

// Debian's python3-jsonschema lives beside /usr/bin/python3; a pyenv python3 may lack it.
const python = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const runPython = (dir: string, files: string[]): Record<string, { valid: boolean }> =>
  JSON.parse(
    execFileSync(python, [`${root}scripts/check_fixtures.py`, feedSchemaPath, ...files.map((f) => dir + f)], {
      encoding: 'utf8',
    }),
  );

describe('fixture suite size', () => {
  it('has at least 15 passing and 30 failing documents, each failure with an expectation', () => {
    expect(passFiles.length).toBeGreaterThanOrEqual(15);
    expect(failFiles.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual([...failFiles].sort());
    expect(passFiles).toContain('seed-feed.json');
  });
  it('the shipped JSON Schema file is what the current zod schemas generate', () => {
    const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
    expect(shipped).toEqual(toJsonSchemas(version).feed);
  });
});

describe('should-pass fixtures are accepted by zod, ajv and Python jsonschema', () => {
  const py = runPython(passDir, passFiles);
  it.each(passFiles)('%s', (file) => {
    const doc = load(passDir + file);
    const zod = validateFeed(doc);
    expect(zod.issues).toEqual([]);
    expect(zod.ok).toBe(true);
    expect(ajvFeed(doc), JSON.stringify(ajvFeed.errors)).toBe(true);
    expect(py[passDir + file]?.valid).toBe(true);
  });
});

describe('should-fail fixtures are rejected, at the expected place, and the verdicts agree', () => {
  const py = runPython(failDir, failFiles);
  it.each(failFiles)('%s', (file) => {
    const doc = load(failDir + file);
    const want = expected[file]!;
    const zod = validateFeed(doc);
    expect(zod.ok).toBe(false);
    const hit = zod.issues.find((i) => i.pointer === want.pointer);
    expect(hit, `issues: ${JSON.stringify(zod.issues)}`).toBeDefined();
    expect(hit!.code).toBe(want.code);
    expect(hit!.message.length).toBeGreaterThan(10);
    // Expressible rules: every validator rejects. Cross-field rules: JSON Schema cannot see them.
    expect(ajvFeed(doc)).toBe(!want.jsonSchema);
    expect(py[failDir + file]?.valid).toBe(!want.jsonSchema);
  });
});
