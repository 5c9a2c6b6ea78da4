import { css } from 'lit';

/*
 * Every colour goes through a `--briefing-feed-*` custom property with a `light-dark()` default, so
 * one declaration themes both schemes; `color-scheme` on the host picks the side (auto follows the OS).
 */
export const styles = css`
  :host {
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--briefing-feed-max-width, 46rem);
    font-family: var(--briefing-feed-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--briefing-feed-font-size, 1rem);
    line-height: 1.55;
    color: var(--briefing-feed-color, light-dark(#1c2128, #e6e9ef));
    background: var(--briefing-feed-background, light-dark(#ffffff, #0f1216));
    border: 1px solid var(--briefing-feed-border-color, light-dark(#e3e6ea, #262c35));
    border-radius: var(--briefing-feed-radius, 14px);
    --_muted: var(--briefing-feed-muted-color, light-dark(#59616b, #a4adb9));
    --_accent: var(--briefing-feed-accent-color, light-dark(#0a58a8, #86bdff));
    --_border: var(--briefing-feed-border-color, light-dark(#e3e6ea, #262c35));
    --_surface: var(--briefing-feed-surface, light-dark(#f6f7f9, #161a20));
    --_mark: var(--briefing-feed-mark-background, light-dark(#fff1bf, #3b3216));
    --_mark-color: var(--briefing-feed-mark-color, inherit);
    --_chip: var(--briefing-feed-chip-background, light-dark(#e7f0fb, #1b2a3d));
    --_chip-color: var(--briefing-feed-chip-color, light-dark(#0a4c90, #b5d6ff));
    --_good: var(--briefing-feed-agree-color, light-dark(#146c2e, #7fd492));
    --_bad: var(--briefing-feed-disagree-color, light-dark(#a4330d, #ffab8a));
    --_pad: var(--briefing-feed-padding, 1.25rem);
    --_gap: var(--briefing-feed-gap, 0);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    min-block-size: var(--briefing-feed-min-height, 0);
  }
  .base.waiting {
    min-block-size: var(--briefing-feed-loading-height, 24rem);
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: var(--_pad) var(--_pad) 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .feed-title {
    margin: 0;
    font-size: var(--briefing-feed-heading-size, 1.3rem);
    font-weight: 700;
    letter-spacing: -0.01em;
    line-height: 1.25;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .search {
    flex: 1 1 100%;
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-block-start: 0.25rem;
  }
  .search input {
    flex: 1;
    min-inline-size: 0;
    font: inherit;
    font-size: 0.9375rem;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.45rem 0.9rem;
  }
  .search-status {
    color: var(--_muted);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  [role='feed'] {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  article {
    padding: 1.1rem var(--_pad) 1.2rem;
    border-block-end: 1px solid var(--_border);
    inline-size: 100%;
  }
  article:last-child {
    border-block-end: 0;
  }
  .virtual article:last-child {
    border-block-end: 1px solid var(--_border);
  }
  article:focus-visible,
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  article:focus-visible {
    outline-offset: -2px;
    border-radius: 6px;
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: var(--briefing-feed-title-size, 1.075rem);
    font-weight: 650;
    line-height: 1.35;
    text-wrap: balance;
    overflow-wrap: anywhere;
  }
  .body p {
    margin: 0 0 0.65rem;
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  mark {
    background: var(--_mark);
    color: var(--_mark-color);
    border-radius: 3px;
    padding: 0 0.15em;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    margin-inline-start: 0.3em;
    padding: 0 0.5em;
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.6;
    font-variant-numeric: tabular-nums;
    color: var(--_chip-color);
    background: var(--_chip);
    border: 1px solid transparent;
    border-radius: 999px;
    cursor: pointer;
    vertical-align: baseline;
    white-space: nowrap;
  }
  .chip:hover,
  .chip[aria-expanded='true'] {
    border-color: currentColor;
  }
  .citations {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin-block-start: 0.35rem;
  }
  .citation {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2rem 0.5rem;
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .publication {
    font-weight: 600;
    color: var(--briefing-feed-color, light-dark(#1c2128, #e6e9ef));
    overflow-wrap: anywhere;
  }
  .date::before,
  .link::before {
    content: '·';
    margin-inline-end: 0.5rem;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration: underline;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    padding: 0.9rem var(--_pad);
    border-block-start: 1px solid var(--_border);
  }
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.4rem 1rem;
    cursor: pointer;
  }
  .button:hover:not(:disabled) {
    background: var(--_surface);
  }
  .button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .page-status {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0.75rem var(--_pad) 0;
    padding: 0.6rem 0.85rem;
    font-size: 0.8125rem;
    background: var(--_surface);
    border-inline-start: 3px solid var(--_bad);
    border-radius: 6px;
  }
  .notice details {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .notice ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
    overflow-wrap: anywhere;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.85rem;
    min-block-size: 12rem;
    padding: 2rem var(--_pad);
    text-align: center;
    color: var(--_muted);
  }
  .state[hidden],
  [hidden] {
    display: none !important;
  }
  .error-message {
    margin: 0;
    max-inline-size: 32rem;
    color: inherit;
  }
  .skeleton {
    padding: 0 var(--_pad);
  }
  .skeleton-item {
    padding: 1.2rem 0;
    border-block-end: 1px solid var(--_border);
  }
  .bone {
    block-size: 0.8rem;
    margin-block-end: 0.6rem;
    border-radius: 4px;
    background: var(--_surface);
    background-image: linear-gradient(90deg, transparent, light-dark(#eceef1, #1f242c), transparent);
    background-size: 200% 100%;
    animation: sheen 1.4s ease-in-out infinite;
  }
  .bone.heading {
    block-size: 1.1rem;
    inline-size: 70%;
  }
  .bone.short {
    inline-size: 40%;
  }
  @keyframes sheen {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  .small {
    color: var(--_muted);
    font-size: 0.75rem;
  }
`;
