/*
 * The money core's verdict code, loaded only when a conversion's details are first shown: the CDN
 * build writes it to cdn/verdict.js beside the main file (scripts/build-cdn.mjs), so pages that show
 * no conversion details never download it.
 */
export { describeRate, judgeConversion } from '@briefing/money';
