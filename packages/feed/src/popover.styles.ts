import { css } from 'lit';

/*
 * The conversion details' popover and what it shows. They come with the conversions module (popover.ts
 * adds them to the element's shadow root as the popover is made), not with the element's first render:
 * the popover is hidden until a reader opens it.
 */
export const popoverStyles = css`
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: min(28rem, calc(100vw - 1rem));
    padding: 0.9rem 1rem 0.8rem;
    font-family: inherit;
    font-size: 0.8125rem;
    line-height: 1.45;
    color: var(--briefing-feed-color, light-dark(#1c2128, #e6e9ef));
    background: var(--briefing-feed-popover-background, light-dark(#ffffff, #1a1f26));
    border: 1px solid var(--_border);
    border-radius: 10px;
    box-shadow: 0 10px 30px light-dark(rgb(20 30 50 / 0.16), rgb(0 0 0 / 0.5));
  }
  /* The dialog takes focus when it opens; its own border already marks it. */
  .popover:focus {
    outline: none;
  }
  /* Without the Popover API (no top layer): above the page's own stacking contexts. */
  .popover:not([popover]) {
    z-index: 2147483647;
  }
  .popover-title {
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    font-weight: 700;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3rem 0.75rem;
    margin: 0 0 0.6rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .agrees {
    color: var(--_good);
    font-weight: 600;
  }
  .differs {
    color: var(--_bad);
    font-weight: 600;
  }
  .popover-close {
    float: inline-end;
  }
`;
