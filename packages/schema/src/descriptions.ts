import * as z from 'zod/mini';
import { BriefingSchema } from './briefing.js';
import { CitationChecksSchema, CitationSchema } from './citation.js';
import { BriefingFeedSchema } from './feed.js';
import { ExtensionsSchema, HttpUrlSchema } from './formats.js';
import { MentionLocationSchema } from './mention-parts.js';
import {
  ConversionReferenceSchema,
  ImpliedRateSchema,
  MoneyMentionSchema,
  PrecisionSchema,
  StatedConversionSchema,
  UncheckedSchema,
} from './money.js';

/*
 * The JSON Schema metadata of the wire format (titles and descriptions), given to the schemas the
 * other modules build (each described place is its own copy, `described()` in schema-helpers.ts).
 * Only the exported JSON Schema reads it, so it lives apart from the rules: the main entry applies it
 * as it loads, and `@briefing/schema/validate` (validators only, the element's CDN validator) leaves
 * these words out of its bundle.
 */

let applied = false;

/** Registers the metadata in zod's global registry, once. */
export function describeSchemas(): void {
  if (applied) return;
  applied = true;
  const add = (schema: z.core.$ZodType, metadata: z.core.GlobalMeta) =>
    z.globalRegistry.add(schema, metadata);
  const field = (object: { shape: Record<string, z.core.$ZodType> }, key: string, description: string) =>
    add(object.shape[key]!, { description });

  add(HttpUrlSchema, { description: 'An absolute http: or https: URL.' });
  add(ExtensionsSchema, {
    description: 'Vendor data, namespaced by key. Readers ignore what they do not know.',
  });

  field(
    CitationChecksSchema,
    'urlMatchesPublication',
    "Does the URL's host belong to the publication? Absent when the publication is unknown.",
  );
  field(
    CitationChecksSchema,
    'aggregator',
    'Name of the aggregator or shortener hosting the link (toutiao.com, rfi.my...).',
  );
  field(CitationChecksSchema, 'urlDate', 'A date embedded in the URL path, when there is one.');
  field(
    CitationSchema,
    'publication',
    'Canonical name of the outlet ("Central News Agency"). Absent when the source line names none.',
  );
  field(CitationSchema, 'qualifier', 'Disambiguator written with it ("Taiwan").');
  field(CitationSchema, 'date', 'Publication date as cited, YYYY-MM-DD, no time zone.');
  field(CitationSchema, 'url', 'Canonical URL (tracking parameters removed).');
  field(CitationSchema, 'originalUrl', 'The URL as written, when canonicalising changed it.');
  field(CitationSchema, 'raw', 'The citation exactly as written in the source page.');
  field(CitationSchema, 'notes', 'What the parser inferred or doubted.');

  field(MentionLocationSchema, 'field', 'Which text the offsets index into; "body" when absent.');

  add(PrecisionSchema, { description: 'Unit in the last written place (1e9 for "124 billion").' });
  field(ConversionReferenceSchema, 'rate', 'Units of the stated currency per 1 unit of the amount currency.');
  field(ConversionReferenceSchema, 'rateDate', 'Date of the published figure actually used.');
  field(ConversionReferenceSchema, 'expected', 'The amount converted at the reference rate.');
  field(
    ConversionReferenceSchema,
    'deviation',
    'Signed fraction: stated / expected - 1 (-0.104 means the stated figure is 10.4% low).',
  );
  field(ConversionReferenceSchema, 'ratePeriod', 'Daily figure or monthly average; "day" when absent.');
  field(
    ConversionReferenceSchema,
    'nearest',
    'The cited date is after the newest rates; the newest rate (rateDate) was used, as asked.',
  );
  field(
    ConversionReferenceSchema,
    'impliedRate',
    'For a conversion that differs: the rate the writer used (stated / amount).',
  );
  field(ImpliedRateSchema, 'date', 'The nearest date whose rate explains it.');
  field(UncheckedSchema, 'newest', 'after-newest-data: the newest date with rates.');
  field(UncheckedSchema, 'oldest', 'before-oldest-data: the oldest date with rates.');
  field(UncheckedSchema, 'currency', 'currency-not-covered: the code.');
  field(UncheckedSchema, 'date', 'invalid-date: the date as given.');
  field(UncheckedSchema, 'detail', "no-rate: the provider's reason.");
  field(StatedConversionSchema, 'unchecked', 'Why there is no reference.');
  field(
    MoneyMentionSchema,
    'kind',
    'A change ("rose from 290 to 810 yuan") is two mentions, not a range. "amount" when absent.',
  );
  field(MoneyMentionSchema, 'per', 'Rate basis: "month", "year", "kilogram"...');

  field(
    BriefingSchema,
    'incomplete',
    'The page was cut off inside this briefing: it may lack paragraphs and its citation.',
  );
  field(
    BriefingSchema,
    'uncited',
    'The page gives this briefing no source (a headline digest item): it may have no citation. Readers should not present it as sourced.',
  );
  field(
    BriefingSchema,
    'untitled',
    'The page prints no headline for this briefing: its title is its first sentence, and its body holds its whole text, that sentence too. Readers that count or search its text take the body.',
  );
  field(BriefingSchema, 'by', 'The byline as written ("By Jane Doe"), as in IPTC ninjs `by`.');
  add(BriefingSchema, {
    title: 'Briefing',
    description: 'A short summary of a press article, closed by at least one source citation.',
  });

  field(BriefingFeedSchema, '$schema', 'URL of the JSON Schema this document claims to follow.');
  add(BriefingFeedSchema, {
    title: 'BriefingFeed',
    description: 'A page of briefings, shaped like JSON Feed 1.1.',
  });
}
