import { type ReactiveController, type ReactiveControllerHost, supportsAdoptingStyleSheets } from 'lit';
import { type FloatingUi, loadFloatingUi } from './floating-ui-loader.js';
import { hasNativePopover, showWithoutPopoverApi } from './popover-box.js';
import { popoverStyles } from './popover.styles.js';

/** Adds the popover's styles beside the element's own (adopted, or a `<style>` where that is not supported). */
function addPopoverStyles(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (!root) return;
  if (supportsAdoptingStyleSheets && popoverStyles.styleSheet)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, popoverStyles.styleSheet];
  else {
    const style = document.createElement('style');
    style.textContent = popoverStyles.cssText;
    root.append(style);
  }
}

/**
 * The conversion details: one popover per element, opened by a money chip (its anchor) and closed by
 * the chip again, the close button, Escape or a click outside. It opens in the top layer with the
 * Popover API; where that is missing it is a fixed box above the page, `hidden` while closed. Floating UI places it below the chip (above when there is no room), kept
 * inside the widget when the widget is wide enough, else inside the window, and follows scrolling.
 */
export class MoneyPopover<T extends { key: string }> implements ReactiveController {
  /** What is open, with the chip that opened it. */
  open: (T & { anchor: HTMLElement }) | undefined;
  private stopFollowing: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The popover element in the host's shadow root. */
    private readonly element: () => HTMLElement | null,
  ) {
    host.addController(this);
    addPopoverStyles(host);
  }

  isOpen(key: string): boolean {
    return this.open?.key === key;
  }

  toggle(what: T, anchor: HTMLElement): void {
    if (this.isOpen(what.key)) {
      this.close(true);
      return;
    }
    // Another chip's details replace the open ones: follow the new anchor.
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.open = { ...what, anchor };
    window.addEventListener('pointerdown', this.onOutside, true);
    window.addEventListener('keydown', this.onEscape, true);
    this.host.requestUpdate();
  }

  close(refocus: boolean): void {
    const closing = this.open;
    if (!closing) return;
    this.open = undefined;
    window.removeEventListener('pointerdown', this.onOutside, true);
    window.removeEventListener('keydown', this.onEscape, true);
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const popover = this.element();
    if (popover && hasNativePopover() && popover.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
    if (refocus && closing.anchor.isConnected) closing.anchor.focus();
  }

  hostDisconnected(): void {
    this.close(false);
  }

  hostUpdated(): void {
    const popover = this.element();
    if (!popover) return;
    showWithoutPopoverApi(popover, this.open !== undefined);
    const opened = this.open;
    if (!opened || this.stopFollowing) return;
    if (hasNativePopover() && !popover.matches(':popover-open')) popover.showPopover();
    popover.focus();
    const { anchor } = opened;
    this.stopFollowing = () => {};
    // Hidden (but focused, and read by screen readers) until it is in its place.
    popover.style.visibility = 'hidden';
    loadFloatingUi()
      .then((floating) => {
        if (this.open !== opened) return;
        this.stopFollowing = floating.autoUpdate(anchor, popover, () =>
          this.place(floating, anchor, popover),
        );
      })
      .catch(() => {
        // Without Floating UI (cdn/floating-ui.js blocked or offline) the details show where CSS puts them.
        popover.style.visibility = '';
      });
  }

  private place(floating: FloatingUi, anchor: HTMLElement, popover: HTMLElement): void {
    const { computePosition, flip, offset, shift } = floating;
    // Inside the widget when it has room for the details with a margin, else inside the window.
    const roomy = this.host.getBoundingClientRect().width >= popover.offsetWidth + 16;
    void computePosition(anchor, popover, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8, ...(roomy ? { boundary: this.host } : {}) })],
    }).then(({ x, y }) => {
      Object.assign(popover.style, { left: `${x}px`, top: `${y}px`, visibility: '' });
    });
  }

  private onOutside = (event: Event): void => {
    const path = event.composedPath();
    const popover = this.element();
    if (popover && path.includes(popover)) return;
    if (this.open && path.includes(this.open.anchor)) return;
    this.close(false);
  };

  private onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close(true);
  };
}
