import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from './index.js';

const brief = (text: string) =>
  extractQuantities(text).map((q) => [q.text, q.unit, q.value.min, q.value.max]);

describe('extractQuantities', () => {
  it('reads a distance with its stated conversion and checks it by arithmetic', () => {
    const [q] = extractQuantities('The line runs 3,109 kilometers (1,931 miles) from Beijing to Kunming.');
    expect(q).toMatchObject({
      text: '3,109 kilometers (1,931 miles)',
      unit: 'km',
      value: { min: 3109, max: 3109 },
    });
    expect(q?.stated[0]).toMatchObject({ unit: 'mi', min: 1931, max: 1931, check: { agrees: true } });
    expect(q?.stated[0]?.check?.expected.min).toBeCloseTo(1931.843, 3);
  });

  it('accepts a rounded conversion and flags a wrong one', () => {
    const [ok] = extractQuantities('The new road is 230 kilometres (140 miles) long.');
    expect(ok?.stated[0]?.check?.agrees).toBe(true);
    const [bad] = extractQuantities('The new road is 230 kilometres (190 miles) long.');
    expect(bad?.stated[0]?.check?.agrees).toBe(false);
    expect(bad?.stated[0]?.check?.deviation).toBeCloseTo(190 / (230 / 1.609344) - 1, 6);
  });

  it('reads weights, hyphenated adjectives and other units', () => {
    expect(brief('Customs seized 200 tons of silver and a 250-gram bar on the 107-kilometer route.')).toEqual(
      [
        ['200 tons', 't', 200, 200],
        ['250-gram', 'g', 250, 250],
        ['107-kilometer', 'km', 107, 107],
      ],
    );
    expect(brief('The 1.2 GW plant covers 300 hectares and ships 2 million barrels.')).toEqual([
      ['1.2 GW', 'gw', 1.2, 1.2],
      ['300 hectares', 'ha', 300, 300],
      ['2 million barrels', 'bbl', 2e6, 2e6],
    ]);
  });

  it('reads ranges and between-and', () => {
    expect(brief('Typhoon winds reached 150 to 180 km/h while waves rose between 5 and 7 meters.')).toEqual([
      ['150 to 180 km/h', 'km/h', 150, 180],
      ['5 and 7 meters', 'm', 5, 7],
    ]);
  });

  it('checks temperatures with their offset', () => {
    const [q] = extractQuantities('Beijing hit 40 degrees Celsius (104 degrees Fahrenheit) on Sunday.');
    expect(q?.stated[0]).toMatchObject({ unit: 'f', min: 104, check: { agrees: true } });
  });

  it('ignores durations, years and counts', () => {
    expect(
      extractQuantities('The 43-minute call in 2024 reached 8,000 sellers and 300-400 products.'),
    ).toEqual([]);
  });

  it('places title mentions in the title', () => {
    expect(
      extractQuantities('China Opens 3,000-Kilometer Railway', { field: 'title', paragraph: 0 })[0]?.at,
    ).toEqual({
      field: 'title',
      paragraph: 0,
      start: 12,
      end: 27,
    });
  });

  it('never throws and offsets always slice back (fast-check)', () => {
    const pieces = fc.constantFrom(
      '3,109',
      '5',
      ' km',
      ' kilometers',
      ' (',
      ')',
      ' miles',
      '-gram',
      ' to ',
      ' or about ',
      ' tons',
      '°C',
      ' ',
      '\ud800',
    );
    const texts = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        for (const q of extractQuantities(text)) {
          expect(text.slice(q.at.start, q.at.end)).toBe(q.text);
          expect(q.value.min).toBeLessThanOrEqual(q.value.max);
        }
      }),
      { numRuns: 300 },
    );
  });
});
