import { describe, expect, it } from 'vitest';
import { server } from './helpers.js';

interface ProbeReport {
  type: 'briefing-probe';
  articles: number[];
  titles: string[];
  chips: string[];
  violations: string[];
}

/** Opens a page from the fixture server in an iframe and waits for its probe script's report. */
function openPage(path: string): Promise<ProbeReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`no report from ${path}`)), 15_000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'briefing-probe') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data as ProbeReport);
    };
    window.addEventListener('message', onMessage);
    frame.src = `${server()}${path}`;
    frame.style.cssText = 'width:800px;height:600px';
    document.body.append(frame);
  });
}

describe('the built CDN file (cdn/briefing-feed.js, not the sources)', () => {
  it('works in a plain HTML page: src, inline JSON, lazily loaded rates', async () => {
    const report = await openPage('/cdn-page?currency=EUR');
    expect(report.articles).toEqual([8, 8]);
    expect(report.titles[0]).toBe(
      'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
    );
    expect(report.chips).toHaveLength(8);
    expect(report.chips[7]).toMatch(/^≈ €\d/);
    expect(report.violations).toEqual([]);
  });

  it("renders under Content-Security-Policy: script-src 'self' with no violation (no eval, no inline script)", async () => {
    const report = await openPage('/csp-page?currency=TWD');
    expect(report.articles).toEqual([8, 8]);
    expect(report.chips).toHaveLength(8);
    expect(report.chips[2]).toMatch(/^≈ NT\$\d/);
    expect(report.violations).toEqual([]);
  });
});
