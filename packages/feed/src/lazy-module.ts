/**
 * A module the element imports on first use (a file of its own beside the CDN file). The import runs
 * once; a failed one (offline, blocked) is forgotten, so the next `load` (a Retry) imports it again.
 */
export interface LazyModule<T> {
  load(): Promise<T>;
  /** The module once it has loaded (then code can use it in the same task). */
  readonly loaded: T | undefined;
  /** The last import failed, and none has been tried since. */
  readonly failed: boolean;
}

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  let failed = false;
  return {
    load() {
      failed = false;
      loading ??= importModule().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          failed = true;
          throw error;
        },
      );
      return loading;
    },
    get loaded() {
      return loaded;
    },
    get failed() {
      return failed;
    },
  };
}
