// CommonJS TypeScript (module nodenext, a .cts file): require() of each package type-checks
// against the packages' .d.cts types.
import schema = require('@briefing/schema');
import parser = require('@briefing/parser');
import rates = require('@briefing/rates');
import cli = require('@briefing/cli');
import feed = require('@briefing/feed');

export const feedResult: schema.ValidationResult<schema.BriefingFeed> = schema.validateFeed({});
export const parsed: parser.ParseResult = parser.parsePage('');
export const pending: Promise<rates.ConvertResult> = rates.convert(1, 'EUR', 'USD', '2026-01-02');
export const runCli: typeof cli.run = cli.run;
export type Element = feed.BriefingFeedElement;
