// CommonJS TypeScript (a .cts file, type-checked by esm-nodenext/tsconfig.json with module nodenext):
// require() of each package type-checks against the packages' .d.cts types.
import schema = require('@briefing/schema');
import parser = require('@briefing/parser');
import rates = require('@briefing/rates');
import cli = require('@briefing/cli');
import feed = require('@briefing/feed');

const feedResult: schema.ValidationResult<schema.BriefingFeed> = schema.validateFeed({});
const parsed: parser.ParseResult = parser.parsePage('');
const pending: Promise<rates.ConvertResult> = rates.convert(1, 'EUR', 'USD', '2026-01-02');
const runCli: typeof cli.run = cli.run;
const element: feed.BriefingFeedElement | undefined = undefined;

export = { feedResult, parsed, pending, runCli, element };
