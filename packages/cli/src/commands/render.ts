import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { type RenderPageOptions, renderBriefingPage, styleHashes } from '@briefing/feed/ssr';
import { syndicationFileName } from '@briefing/feed/syndication';
import { type CliIo, type Command, defineOptions, parseOptions } from '../command.js';
import { CliError } from '../errors.js';
import { exactlyOneInput, readFeed } from '../feed-input.js';

const renderOptions = defineOptions({
  out: { type: 'string', value: '<dir>', required: true, help: 'where to write (required)' },
  template: {
    type: 'string',
    value: '<file>',
    help: `your page, with <briefing-feed ...></briefing-feed> tags; their attributes
(src, currency, lang, time-zone, paging, ...) configure the render. A tag
whose src names another file than the input is left for the browser`,
  },
  src: {
    type: 'string',
    value: '<url>',
    help: "the feed's URL, for refresh() and page links (default: the tag's, or none)",
  },
  currency: {
    type: 'string',
    value: '<XXX>',
    help: 'show conversions to this currency (resolved on the server)',
  },
  lang: {
    type: 'string',
    value: '<tag>',
    help: "locale (default: the tag's, the page's <html lang>, the feed's language, en)",
  },
  'time-zone': { type: 'string', value: '<zone>', help: 'IANA zone of the "Updated" time (default: UTC)' },
  'link-feeds': {
    type: 'boolean',
    help: 'add <link rel="alternate"> to the RSS, Atom and JSON Feed files that\n`briefing export` writes for this feed (feed.json: feed.rss.xml, ...)',
  },
  'page-url': {
    type: 'string',
    value: '<url>',
    help: "the page's public URL, for each article's url in the JSON-LD",
  },
  publisher: { type: 'string', value: '<name>', help: 'the JSON-LD publisher' },
});

const require = createRequire(import.meta.url);

/** The directory of the element's CDN build (the self-defining module, its rates shards and licences). */
function cdnDir(): string {
  try {
    return dirname(require.resolve('@briefing/feed/cdn/briefing-feed.js'));
  } catch {
    throw new CliError('render: the @briefing/feed CDN build is missing (run its build first)', 2);
  }
}

async function readTemplate(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(
      `render: cannot read the template ${file}: ${code === 'ENOENT' ? 'no such file' : String(error)}`,
      2,
    );
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, renderOptions);
  const input = exactlyOneInput(positionals, 'render');
  const out = values.out;
  if (!out) throw new CliError('render: --out <dir> is required', 2);
  if (values.currency !== undefined && !/^[A-Za-z]{3}$/.test(values.currency))
    throw new CliError(
      `render: --currency must be an ISO 4217 code such as EUR; got "${values.currency}"`,
      2,
    );
  const feed = await readFeed(input, io, 'render');
  const options: RenderPageOptions = {};
  if (values.template !== undefined) options.template = await readTemplate(values.template);
  if (values.src !== undefined) options.src = values.src;
  if (values.currency !== undefined) options.currency = values.currency;
  if (values.lang !== undefined) options.lang = values.lang;
  if (values['time-zone'] !== undefined) options.timeZone = values['time-zone'];
  if (values['page-url'] !== undefined) options.pageUrl = values['page-url'];
  if (values.publisher !== undefined) options.publisher = { name: values.publisher };
  if (values['link-feeds']) {
    const name = input === '-' ? 'feed.json' : basename(input);
    options.alternates = {
      rss: syndicationFileName(name, 'rss'),
      atom: syndicationFileName(name, 'atom'),
      jsonFeed: syndicationFileName(name, 'jsonfeed'),
    };
  }
  // A template's tags show this feed when they name no src, or a src ending in the input's file name;
  // a tag for another feed is left as it is, for the browser to fetch.
  const inputName = input === '-' ? undefined : basename(input);
  const left: string[] = [];
  options.feedFor = (src) => {
    if (src === undefined || values.src !== undefined) return feed;
    const name = src.split(/[?#]/)[0]?.split('/').pop();
    if (inputName === undefined || name === inputName) return feed;
    left.push(src);
    return undefined;
  };
  let page: string;
  try {
    page = await renderBriefingPage(feed, options);
  } catch (error) {
    // The template's problems (no <briefing-feed> tag, no </head>) are the user's to fix.
    throw new CliError(`render: ${(error as Error).message}`, 2);
  }
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.html'), page);
  await cp(cdnDir(), join(out, 'briefing-feed'), { recursive: true });
  const hashes = styleHashes(page);
  io.stdout.write(
    `wrote ${join(out, 'index.html')} (${feed.items.length} briefings, server-rendered) and ${join(out, 'briefing-feed')}/\n` +
      `CSP: style-src needs ${hashes.join(' ')}\n` +
      (left.length > 0
        ? `left for the browser (another feed): ${left.map((src) => `<briefing-feed src="${src}">`).join(', ')}\n`
        : ''),
  );
  return 0;
}

export const renderCommand: Command = {
  name: 'render',
  args: '<feed.json|->',
  summary: 'a feed as a server-rendered page with JSON-LD (--out dir)',
  description: `Writes <dir>/index.html: the feed server-rendered (declarative shadow DOM, readable with JavaScript
off), its briefings as schema.org JSON-LD, and <dir>/briefing-feed/, the element's script, which
hydrates the page without rendering it again. The folder can be served as it is.`,
  options: renderOptions,
  footer: 'Prints the CSP hash sources of the inline styles: a strict style-src must allow them.',
  run,
};
