// CommonJS TypeScript (a .cts file, compiled by esm-nodenext/tsconfig.json with module nodenext):
// require() of each package type-checks against the packages' .d.cts types, and runs.
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

// Compiled to out/cjs/typed.cjs and run: type-checking is not enough, it must also load.
void pending.then((converted) => {
  console.log(
    JSON.stringify({
      emptyFeedValid: feedResult.ok,
      parsedItems: parsed.items.length,
      eurUsd: converted.ok ? converted.value : converted.reason,
      runCli: typeof runCli,
      element: element === undefined,
    }),
  );
});

export = { feedResult, parsed, pending, runCli, element };
