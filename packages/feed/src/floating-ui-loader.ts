export type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi> | undefined;

/**
 * Floating UI is imported when the first chip renders, off the critical path (the CDN build writes it
 * to cdn/floating-ui.js); the details wait for it only if a reader opens them before it has loaded.
 */
export function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('@floating-ui/dom').catch((error: unknown) => {
    floatingUi = undefined;
    throw error;
  });
  return floatingUi;
}
