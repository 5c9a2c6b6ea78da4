export function buildCdn(): Promise<{ size: number; brotli: number }>;
