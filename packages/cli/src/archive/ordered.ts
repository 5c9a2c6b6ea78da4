/**
 * Runs `task` over `items` with up to `window` at once and yields the results in the items' order:
 * output stays deterministic while the workers finish in any order, and memory holds at most
 * `window` results. `task` must not reject (a failure is a result).
 */
export async function* inOrder<T, R>(
  items: Iterable<T>,
  window: number,
  task: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  const iterator = items[Symbol.iterator]();
  const fill = () => {
    while (running.length < window) {
      const next = iterator.next();
      if (next.done) return;
      running.push(task(next.value));
    }
  };
  fill();
  while (running.length > 0) {
    const result = await running.shift()!;
    fill();
    yield result;
  }
}
