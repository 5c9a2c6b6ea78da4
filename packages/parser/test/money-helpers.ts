import { parsePage } from '../src/index.js';

/** Each item's money mentions of a page parsed at `url`: text, currency, min and max, as the money tests state them. */
export const money = (text: string, url: string) =>
  parsePage(text, { url }).items.map((i) =>
    i.money.map((m) => [m.text, m.amount.currency, m.amount.min, m.amount.max]),
  );
