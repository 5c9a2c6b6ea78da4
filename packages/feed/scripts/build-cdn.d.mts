/** Sizes of the two files every page loads, by file name (`briefing-feed.js`, `validator.js`), in bytes. */
export function buildCdn(): Promise<Record<string, { size: number; brotli: number }>>;
