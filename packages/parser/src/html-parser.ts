import { Parser, type ParserOptions } from 'htmlparser2';

/*
 * htmlparser2's Parser keeps its open-element stack innermost-first with `unshift`/`shift`,
 * so each open tag copies the whole stack: 100k nested `<div>` or unclosed `<b>` cost
 * depth² (seconds to minutes for a page under 1 MB), and each stray close tag scans the whole
 * stack with `indexOf`. `LinearParser` swaps in a stack with the same interface (`[0]`,
 * `length`, `shift`, `unshift`, `indexOf`) that pushes and pops at the end and counts open
 * elements by name, so a close tag with no open match costs O(1) and every other operation is
 * paid for by the pops it causes. The tokenizer and the HTML rules (implied closes, void
 * elements) stay htmlparser2's own.
 */

type Handler = ConstructorParameters<typeof Parser>[0];

/** An innermost-first stack over an array kept outermost-first. */
export class InnermostFirstStack<T> {
  private readonly items: T[];
  private readonly open = new Map<T, number>();

  constructor(initial: T[] = []) {
    this.items = [];
    for (const item of initial) this.push(item);
  }

  get length(): number {
    return this.items.length;
  }

  /** Only `length = 0` (a reset) and shortening are meaningful. */
  set length(n: number) {
    while (this.items.length > n) this.shift();
  }

  /** The innermost element, as `stack[0]` is in htmlparser2. */
  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  private push(item: T): void {
    this.items.push(item);
    this.open.set(item, (this.open.get(item) ?? 0) + 1);
  }

  unshift(item: T): number {
    this.push(item);
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop() as T;
    const n = (this.open.get(item) ?? 1) - 1;
    if (n === 0) this.open.delete(item);
    else this.open.set(item, n);
    return item;
  }

  /** Distance from the innermost element; -1 at once when none of that name is open. */
  indexOf(item: T): number {
    if (!this.open.has(item)) return -1;
    for (let k = this.items.length - 1; k >= 0; k--)
      if (this.items[k] === item) return this.items.length - 1 - k;
    return -1;
  }

  /** Innermost first, as the implied closes at the end of the document come. */
  *innermostFirst(): IterableIterator<T> {
    for (let k = this.items.length - 1; k >= 0; k--) yield this.items[k] as T;
  }
}

interface ParserInternals {
  stack: InnermostFirstStack<string>;
  foreignContext: InnermostFirstStack<boolean>;
  cbs: Partial<NonNullable<Handler>>;
  endIndex: number;
  startIndex: number;
}

/** htmlparser2's Parser with a stack whose every operation is O(1) amortized. */
export class LinearParser extends Parser {
  constructor(cbs: Handler, options?: ParserOptions) {
    super(cbs, options);
    const self = this as unknown as ParserInternals;
    self.stack = new InnermostFirstStack<string>();
    self.foreignContext = new InnermostFirstStack<boolean>([options?.xmlMode === true]);
  }

  /** The end of the document closes what is still open, innermost first (htmlparser2 indexes its array here). */
  override onend(): void {
    const self = this as unknown as ParserInternals;
    if (self.cbs.onclosetag) {
      self.endIndex = self.startIndex;
      for (const name of self.stack.innermostFirst()) self.cbs.onclosetag(name, true);
    }
    self.cbs.onend?.();
  }
}
