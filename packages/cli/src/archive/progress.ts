/*
 * The progress of an archive run: a cli-progress bar on the terminal (stderr), redrawn in place,
 * with the run's messages printed above it; when stderr is not a terminal, only the messages.
 */
import cliProgress from 'cli-progress';
import type { CliIo } from '../command.js';
import { escapeControls } from '../input.js';

export interface Progress {
  /** One message line (without its line break). */
  line(text: string): void;
  /** One page done. */
  tick(totals: { briefings: number; failures: number }): void;
  stop(): void;
}

export function createProgress(io: CliIo, total: number): Progress {
  const terminal = io.terminal;
  if (!terminal?.isTTY)
    return { line: (text) => io.stderr.write(`${text}\n`), tick: () => {}, stop: () => {} };
  const bars = new cliProgress.MultiBar(
    {
      stream: terminal,
      format:
        'parse {bar} {value}/{total} pages | {briefings} briefings | {failures} failed | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { briefings: 0, failures: 0 });
  return {
    // The bar writes to the terminal unescaped, so the page's text in a message is escaped here.
    line: (text) => bars.log(`${escapeControls(text)}\n`),
    tick: (totals) => bar.increment(1, totals),
    stop: () => {
      // A last redraw prints the messages still waiting for one; then the bar is cleared.
      bars.update();
      bars.stop();
    },
  };
}
