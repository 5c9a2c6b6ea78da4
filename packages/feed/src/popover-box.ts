/*
 * The popover's box, which the element renders from the start (the popover itself, popover.ts, comes
 * with the conversions module, money-converter.ts).
 */

/** True where the browser has the Popover API (top layer, `popover` attribute); elsewhere the fallback. */
export function hasNativePopover(): boolean {
  return typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';
}

/**
 * Without the Popover API an inert `popover` attribute would leave the box always shown: there it loses
 * the attribute and is `hidden` while closed. Runs after every render, whether the popover has loaded or not.
 */
export function showWithoutPopoverApi(box: HTMLElement, open: boolean): void {
  if (hasNativePopover()) return;
  box.removeAttribute('popover');
  box.hidden = !open;
}
