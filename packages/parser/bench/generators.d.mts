/** Types of generators.mjs, for the tests that import it. */
export interface Generator {
  format: 'text' | 'html';
  /** An input of about `n` bytes (or an option value, for `option`). */
  make: (n: number) => string;
  /** The output is this parse option's value, not a page. */
  option?: 'language';
}
export declare const GENERATORS: Record<string, Generator>;
export declare const SMALL_PAGE: string;
