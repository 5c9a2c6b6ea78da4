import * as z from 'zod/mini';
import { _isoDate, _isoDateTime } from 'zod/v4/core';
import { CURRENCY_CODES } from './currencies.js';
import { described, show, unlessMissing } from './schema-helpers.js';

/* The value formats of the wire format: URLs, dates, language tags, currency codes, vendor data. */

/*
 * Absolute http(s) URL, no whitespace anywhere. zod's own `httpUrl()` exports only as
 * `format: "uri"` (the scheme limit would be lost, and it trims whitespace before checking),
 * so the pattern carries the rule into the JSON Schema (what zod accepts, the JSON Schema accepts).
 * Code that follows or renders a link parses it too: `httpUrl` (http-url.ts) is that one check.
 */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/;
export const HttpUrlSchema = described(
  z
    .string({
      error: unlessMissing((input) => `expected an absolute http(s) URL; got ${show(input)}`),
    })
    .check(z.maxLength(2048, { error: 'URL is longer than 2048 characters' }))
    .check(
      z.regex(HTTP_URL_PATTERN, {
        error: unlessMissing(
          (input) => `expected an absolute http(s) URL with no spaces; got ${show(input)}`,
        ),
      }),
    ),
);

/*
 * A link between feed pages may be relative to the feed it sits in (a static site serves
 * `page-3.json` beside `page-2.json`); when it names a scheme, it must be http(s).
 */
export const PAGE_LINK_PATTERN = /^(?:https?:\/\/[^\s/?#]+\S*|(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)\S+)$/;
export const PageLinkSchema = z
  .string({
    error: unlessMissing((input) => `expected a URL or a relative path; got ${show(input)}`),
  })
  .check(z.maxLength(2048, { error: 'link is longer than 2048 characters' }))
  .check(
    z.regex(PAGE_LINK_PATTERN, {
      error: unlessMissing(
        (input) =>
          `expected an http(s) URL or a relative path such as "page-3.json" (no other scheme, no spaces); got ${show(input)}`,
      ),
    }),
  );

/*
 * The two ISO formats are built as `z.iso.date()` / `z.iso.datetime()` build them (zod's own
 * `_isoDate` / `_isoDateTime` with the zod/mini classes): reaching them through the `z.iso` namespace
 * object would keep every ISO format (time, duration) in a bundle of the validators.
 */

/** `YYYY-MM-DD`, a real calendar date (zod's regex knows leap years; `format: date` elsewhere). */
export const IsoDateSchema = _isoDate(z.ZodMiniISODate, {
  error: unlessMissing((input) => `expected a real calendar date as YYYY-MM-DD; got ${show(input)}`),
});

/** RFC 3339 instant with seconds and an explicit offset, e.g. `2026-01-04T08:00:00Z`. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
export const InstantSchema = _isoDateTime(z.ZodMiniISODateTime, {
  offset: true,
  error: unlessMissing(
    (input) =>
      `expected an RFC 3339 date-time with seconds and a time zone, e.g. "2026-01-04T08:00:00Z"; got ${show(input)}`,
  ),
}).check(
  z.regex(INSTANT_PATTERN, {
    error: unlessMissing(
      (input) =>
        `expected an RFC 3339 date-time with seconds and a time zone, e.g. "2026-01-04T08:00:00Z"; got ${show(input)}`,
    ),
  }),
);

/** A date, or an instant when the time is known. */
export const DateOrInstantSchema = z.union([IsoDateSchema, InstantSchema], {
  error: unlessMissing((input) => `expected YYYY-MM-DD or an RFC 3339 date-time; got ${show(input)}`),
});

/*
 * Well-formed BCP 47 language tag (RFC 5646 syntax: language, extlang, script, region,
 * variants, extensions, private use). `en_US` and `english` fail.
 */
export const BCP47_PATTERN =
  /^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*(?:-[\da-wy-zA-WY-Z](?:-[a-zA-Z\d]{2,8})+)*(?:-x(?:-[a-zA-Z\d]{1,8})+)?$|^x(?:-[a-zA-Z\d]{1,8})+$/;
export const LanguageTagSchema = z
  .string({
    error: unlessMissing(
      (input) => `expected a BCP 47 language tag such as "en" or "zh-Hant-TW"; got ${show(input)}`,
    ),
  })
  .check(z.maxLength(64, { error: 'language tag is longer than 64 characters' }))
  .check(
    z.regex(BCP47_PATTERN, {
      error: unlessMissing(
        (input) =>
          `${show(input)} is not a well-formed BCP 47 language tag (use "-", e.g. "en-US", "zh-Hant")`,
      ),
    }),
  );

export const CurrencyCodeSchema = z.enum(CURRENCY_CODES as [string, ...string[]], {
  error: unlessMissing(
    (input) =>
      `${show(input)} is not an ISO 4217 currency code (expected 3 upper-case letters such as "USD", "EUR", "CNY")`,
  ),
});

/*
 * Vendor data. Keys are simple names ("acme", "com.example"), values any JSON, so the
 * whole document always survives a JSON round trip.
 */
export const ExtensionsSchema = described(
  z.record(
    z.string().check(
      z.regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/, {
        error: unlessMissing(
          (input) => `extension names are letters, digits, "_", "." or "-"; got ${show(input)}`,
        ),
      }),
    ),
    z.json(),
  ),
);
