/*
 * What the element imports when a reader first opens a conversion's details (details-module.ts): the
 * popover they show in and the details themselves. The CDN build writes it to cdn/conversion-details.js.
 */
export { conversionDetails } from './conversion-details.js';
export { MoneyPopover } from './popover.js';
