import { describe, expect, it } from 'vitest';
import { server } from './helpers.js';

interface ProbeReport {
  type: 'briefing-probe';
  articles: number[];
  titles: string[];
  chips: string[];
  /** The verdict the details of the 901.5 billion yuan figure show (`briefing check` says "differs"). */
  verdict: string | null;
  violations: string[];
  /** Paths of the scripts the page fetched. */
  scripts: string[];
}

interface LongProbeReport {
  type: 'briefing-probe-long';
  first: { articles: number; setsize: string | null; pos: string | null; virtual: boolean };
  afterScroll: { articles: number; pos: number; title: string | undefined };
  scripts: string[];
  violations: string[];
  errors: string[];
}

interface Timing {
  start: number;
  end: number;
}

interface ParallelProbeReport {
  type: 'briefing-probe-parallel';
  articles: number;
  main: Timing | null;
  validator: Timing | null;
  feed: Timing | null;
}

interface ErrorProbeReport {
  type: 'briefing-probe-error';
  messages: (string | null)[];
  articles: number[];
  retry: boolean[];
  errors: string[];
}

interface FlakyProbeReport {
  type: 'briefing-probe-flaky';
  gaveUp: string;
  failed: { text: string; open: boolean };
  details: boolean;
  verdict: string | null;
  retryLeft: boolean;
  requests: number;
}

interface PageProbeReport {
  type: 'briefing-probe-page';
  serverRendered: number;
  articles: number;
  adopted: boolean;
  search: string | null;
  scripts: string[];
  errors: string[];
}

type Report =
  | ProbeReport
  | LongProbeReport
  | ParallelProbeReport
  | ErrorProbeReport
  | FlakyProbeReport
  | PageProbeReport;

/** Opens a page from the fixture server in an iframe and waits for its probe script's report. */
function openPage(path: string): Promise<ProbeReport>;
function openPage(path: string, type: 'briefing-probe-long'): Promise<LongProbeReport>;
function openPage(path: string, type: 'briefing-probe-parallel'): Promise<ParallelProbeReport>;
function openPage(path: string, type: 'briefing-probe-error'): Promise<ErrorProbeReport>;
function openPage(path: string, type: 'briefing-probe-flaky'): Promise<FlakyProbeReport>;
function openPage(path: string, type: 'briefing-probe-page'): Promise<PageProbeReport>;
function openPage(path: string, type = 'briefing-probe'): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`no report from ${path}`)), 18_000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== type) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data as Report);
    };
    window.addEventListener('message', onMessage);
    frame.src = `${server()}${path}`;
    frame.style.cssText = 'width:800px;height:600px';
    document.body.append(frame);
  });
}

describe('the built CDN file (cdn/briefing-feed.js, not the sources)', () => {
  it('converts a November 2026 briefing with rates-src, under script-src self', async () => {
    const report = await openPage('/cdn-rates-page');
    expect(report.articles).toEqual([1]);
    // 100 million yuan at the rates folder's 2026-11-20 figures (1.16 USD, 8.25 CNY per EUR).
    expect(report.chips).toEqual(['≈ $14.1M']);
    expect(report.violations).toEqual([]);
    expect(report.scripts.filter((p) => p.startsWith('/cdn/rates/ecb-'))).toEqual([]);
  });

  it('works in a plain HTML page: src, inline JSON, lazily loaded rates', async () => {
    const report = await openPage('/cdn-page?currency=EUR');
    expect(report.articles).toEqual([8, 8]);
    expect(report.titles[0]).toBe(
      'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
    );
    expect(report.chips).toHaveLength(8);
    expect(report.chips[7]).toMatch(/^≈ €\d/);
    expect(report.violations).toEqual([]);
    // Short feeds never fetch the virtualizer, and a page rendered in the browser never fetches Lit's
    // hydration support; the validator comes beside the main file, Floating UI with the first converted
    // amount, the conversions (chip values, details) and the rates as separate, lazily loaded modules, and
    // the verdict code once conversion details are opened.
    expect(report.scripts.filter((p) => p.startsWith('/cdn/') && !p.startsWith('/cdn/rates/'))).toEqual([
      '/cdn/briefing-feed.js',
      '/cdn/validator.js',
      '/cdn/floating-ui.js',
      '/cdn/conversions.js',
      '/cdn/verdict.js',
    ]);
    expect(report.verdict).toBe('differs');
  });

  it('fetches cdn/validator.js while the feed is still on its way, not after it', async () => {
    // The feed takes 800 ms to answer; the validator is imported as the element connects.
    const report = await openPage('/cdn-parallel-page', 'briefing-probe-parallel');
    expect(report.articles).toBe(8);
    expect(report.main).not.toBeNull();
    expect(report.validator).not.toBeNull();
    expect(report.feed).not.toBeNull();
    const { validator, feed } = report as { validator: Timing; feed: Timing };
    expect(validator.start).toBeLessThan(feed.end);
    expect(validator.end).toBeLessThan(feed.end);
  });

  it('when cdn/validator.js cannot load, nothing unvalidated shows: a network error with Retry', async () => {
    const report = await openPage('/cdn-no-validator-page', 'briefing-probe-error');
    const message = 'The briefings could not be loaded: the network request failed.';
    expect(report.messages).toEqual([message, message]);
    expect(report.articles).toEqual([0, 0]);
    expect(report.retry).toEqual([true, true]);
    expect(report.errors).toEqual(['network', 'network']);
  });

  it('fetches cdn/conversions.js with the first chip; when it cannot load, the chips say n/a, opening one says why beside it, and Retry opens the details', async () => {
    const report = await openPage(`/cdn-flaky-page?key=${Math.random()}`, 'briefing-probe-flaky');
    expect(report.gaveUp).toBe('n/a');
    expect(report.failed).toEqual({ text: 'The conversion details could not be loaded. Retry', open: false });
    expect(report.details).toBe(true);
    expect(report.verdict).toBe('differs');
    expect(report.retryLeft).toBe(false);
    expect(report.requests).toBe(3);
  });

  it('adopts a server-rendered element with cdn/hydrate-support.js; without that file, renders it again, whole', async () => {
    const hydrated = await openPage('/cdn-ssr-page', 'briefing-probe-page');
    expect(hydrated).toMatchObject({ serverRendered: 8, articles: 8, adopted: true, errors: [] });
    expect(hydrated.scripts).toContain('hydrate-support.js');
    const rendered = await openPage('/cdn-ssr-page?without=hydrate-support.js', 'briefing-probe-page');
    expect(rendered).toMatchObject({ serverRendered: 8, articles: 8, adopted: false, errors: [] });
  });

  it('a German element loads cdn/locale-de.js before its first render; without that file it speaks English', async () => {
    const german = await openPage('/cdn-de-page', 'briefing-probe-page');
    expect(german).toMatchObject({ articles: 8, search: 'Kurzmeldungen durchsuchen', errors: [] });
    expect(german.scripts).toEqual(['probe-page.js', 'briefing-feed.js', 'validator.js', 'locale-de.js']);
    const english = await openPage('/cdn-de-page?without=locale-de.js', 'briefing-probe-page');
    expect(english).toMatchObject({ articles: 8, search: 'Search briefings', errors: [] });
  });

  it("renders under Content-Security-Policy: script-src 'self' with no violation (no eval, no inline script)", async () => {
    const report = await openPage('/csp-page?currency=TWD');
    expect(report.articles).toEqual([8, 8]);
    expect(report.chips).toHaveLength(8);
    expect(report.chips[2]).toMatch(/^≈ NT\$\d/);
    expect(report.violations).toEqual([]);
  });

  it("virtualizes 10,000 items with cdn/virtualizer.js, loaded on demand under script-src 'self' and rendering with the main file's Lit", async () => {
    const report = await openPage('/cdn-long-page?n=10000', 'briefing-probe-long');
    expect(report.first.virtual).toBe(true);
    expect(report.first.articles).toBeGreaterThan(0);
    expect(report.first.articles).toBeLessThan(200);
    expect(report.first.setsize).toBe('10000');
    expect(report.first.pos).toBe('1');
    // After scrolling to the middle, the window moved and each article still shows its own item.
    expect(report.afterScroll.pos).toBeGreaterThan(1000);
    expect(report.afterScroll.title).toBe(`Item ${report.afterScroll.pos}`);
    expect(report.afterScroll.articles).toBeLessThan(200);
    // One copy of the main file: the chunk imports Lit from the module that loaded it.
    expect(report.scripts.filter((p) => p.startsWith('/cdn/')).sort()).toEqual([
      '/cdn/briefing-feed.js',
      '/cdn/validator.js',
      '/cdn/virtualizer.js',
    ]);
    expect(report.violations).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it('renders a long feed in full when cdn/virtualizer.js cannot be loaded', async () => {
    const report = await openPage('/cdn-long-page?n=300&broken=1', 'briefing-probe-long');
    expect(report.scripts).toContain('/cdn-broken/virtualizer.js');
    expect(report.first.virtual).toBe(false);
    expect(report.first.articles).toBe(300);
    expect(report.afterScroll.title).toBe(`Item ${report.afterScroll.pos}`);
    expect(report.errors).toEqual([]);
  });
});
