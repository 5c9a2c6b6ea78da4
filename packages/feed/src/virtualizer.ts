type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

let virtualize: Virtualize | undefined;
let loading: Promise<void> | undefined;
/** The virtualizer could not be loaded (the CDN's cdn/virtualizer.js blocked or offline). */
let failed = false;

/** The virtualizer is only needed for long feeds, so it loads on first use. */
export function loadVirtualizer(): Promise<void> {
  loading ??= import('@lit-labs/virtualizer/virtualize.js').then(
    (module) => {
      virtualize = module.virtualize;
    },
    () => {
      // Hiding items would be worse than a slow page: long feeds then render in full, unvirtualized.
      failed = true;
    },
  );
  return loading;
}

/** The state of the virtualizer: its `virtualize` directive once loaded, and whether loading failed. */
export function virtualizer(): { virtualize: Virtualize | undefined; failed: boolean } {
  return { virtualize, failed };
}
