// `--rates FILE|URL` for the service: newer rates layered over the embedded ones, as in `briefing parse`.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ratesProviderFor } from '@briefing/parser';
import { createFetchedRates, createFileRates, createShardedRates } from '@briefing/rates';

/**
 * One provider from rates sources: a published file (ECB CSV/zip/XML, Fed H.10/FRED CSV) on disk or at a
 * URL, or a rates folder (`briefing rates export`) on disk or at a URL ending in "/". Newest data first,
 * then the embedded rates. Rejects with a one-line reason naming the source.
 * @param {string[]} sources
 * @param {{ nearestDays?: number }} [options] a date up to `nearestDays` after the newest rates uses the newest rate
 */
export async function loadRates(sources, options = {}) {
  const layers = [];
  for (const source of sources) {
    try {
      if (/^https?:\/\//i.test(source)) {
        if (source.endsWith('/')) layers.push(await createFetchedRates(source));
        else {
          const res = await fetch(source, { signal: AbortSignal.timeout(60_000) });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          layers.push(createFileRates(new Uint8Array(await res.arrayBuffer()), source));
        }
      } else if ((await stat(source)).isDirectory()) {
        layers.push(
          await createShardedRates(async (file) => JSON.parse(await readFile(join(source, file), 'utf8')), {
            id: source,
          }),
        );
      } else layers.push(createFileRates(new Uint8Array(await readFile(source)), source));
    } catch (error) {
      throw new Error(`--rates ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Layered as `briefing parse` layers them: newest data first, then the embedded rates.
  return ratesProviderFor({ sources: layers, ...options });
}
