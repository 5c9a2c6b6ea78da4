import { writeFile } from 'node:fs/promises';
import { type SyndicationOptions, toAtom, toJsonFeed, toRss } from '@briefing/feed/syndication';
import { type CliIo, type Command, defineOptions, parseOptions } from '../command.js';
import { CliError } from '../errors.js';
import { exactlyOneInput, readFeed } from '../feed-input.js';

const exportOptions = defineOptions({
  format: {
    type: 'string',
    value: '<rss|atom|jsonfeed>',
    required: true,
    help: 'rss, atom or jsonfeed (required)',
  },
  'site-url': {
    type: 'string',
    value: '<url>',
    help: "the page showing the briefings (default: the feed's homePageUrl)",
  },
  'self-url': {
    type: 'string',
    value: '<url>',
    help: "this document's own URL (default: feed.rss.xml, ... beside --site-url)",
  },
  out: { type: 'string', value: '<file>', help: 'write to a file instead of stdout' },
});

const WRITERS = {
  rss: (feed, options) => toRss(feed, options),
  atom: (feed, options) => toAtom(feed, options),
  jsonfeed: (feed, options) => `${JSON.stringify(toJsonFeed(feed, options), null, 2)}\n`,
} satisfies Record<string, (feed: Parameters<typeof toRss>[0], options: SyndicationOptions) => string>;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, exportOptions);
  const input = exactlyOneInput(positionals, 'export');
  const format = values.format;
  if (format !== 'rss' && format !== 'atom' && format !== 'jsonfeed')
    throw new CliError(
      `export: --format must be rss, atom or jsonfeed; got ${format === undefined ? 'nothing' : `"${format}"`}`,
      2,
    );
  const feed = await readFeed(input, io, 'export');
  const options: SyndicationOptions = {};
  if (values['site-url'] !== undefined) options.siteUrl = values['site-url'];
  if (values['self-url'] !== undefined) options.selfUrl = values['self-url'];
  let text: string;
  try {
    text = WRITERS[format](feed, options);
  } catch (error) {
    // Missing or relative URLs: named by the writer, fixed with an option.
    throw new CliError(`export: ${(error as Error).message}`, 2);
  }
  if (values.out) await writeFile(values.out, text);
  else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

export const exportCommand: Command = {
  name: 'export',
  args: '<feed.json|->',
  summary: 'a feed as RSS, Atom or JSON Feed (--format)',
  description: `Writes the feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1 for feed readers: each briefing's text
(money conversions as written) with its sources as links. The feed's page links become
rel="next"/"prev" (JSON Feed: next_url), pointing at the same format of those pages
(page-1.json: page-1.rss.xml, page-1.atom.xml, page-1.feed.json).`,
  options: exportOptions,
  run,
};
