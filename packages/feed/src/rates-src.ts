import type { RatesProvider } from '@briefing/rates';

const loaded = new Map<string, Promise<RatesProvider>>();

/**
 * The provider for `rates-src` (an absolute URL): @briefing/rates' `createSiteRates`, the folder over the
 * embedded rates, imported lazily like the default rates (in the CDN build: cdn/rates/index.js).
 */
export function loadSiteRates(url: string): Promise<RatesProvider> {
  let provider = loaded.get(url);
  if (!provider) {
    provider = import('@briefing/rates').then((rates) => rates.createSiteRates(url));
    loaded.set(url, provider);
  }
  return provider;
}
