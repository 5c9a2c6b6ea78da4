import { config } from 'zod/v4/core';

/*
 * Runs before @briefing/schema is evaluated: zod decides at schema construction whether it may use
 * `new Function`, and merely probing for it raises a CSP violation report on strict pages.
 */
config({ jitless: true });
