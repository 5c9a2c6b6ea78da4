import type { SourceLine } from './types.js';

/*
 * Records of an HTML listing: the element a page repeats once per item (`<article class=post>`,
 * `<li>`, `<div class=card>`), found as sibling elements of the same tag and class under one
 * parent, three times or more. This is the repeated-subtree signal of record extraction (MDR,
 * DEPTA) and of trafilatura's and Readability's candidate scoring, kept shallow: one pass, a
 * counter per (parent, tag.class), and for each line the few container elements it sits in.
 *
 * And the metadata spans inside an item: an element whose class or `itemprop` names the outlet
 * (`press`, `source`, `publisher`, `host`) or the time (`time`, `date`, `<time datetime>`), the
 * class-name hints Readability (`byline|author|dateline`) and trafilatura read metadata by.
 */

/** Elements that can hold one item of a listing. */
const CONTAINERS = new Set(['article', 'li', 'div', 'section', 'tr', 'dd']);
/** How many enclosing containers a line remembers (the innermost ones). */
const DEPTH = 6;
const MAX_OPEN = 256;

const SOURCE_HINT =
  /(?:^|[\s_-])(?:press|source|publisher|outlet|host|site-?name|media|provider|agency)(?:$|[\s_-])/i;
/**
 * An inline element whose class names the item's metadata row (`row-meta`, `item-meta`,
 * `byline`) or its outlet/time (the hints above): set apart on a line of its own when it follows
 * the headline on one line (`<a><span>Headline</span><span class=meta>Outlet · time</span></a>`,
 * `<a>Headline</a> <span class=source>Outlet</span>`), as Readability's `byline|meta` hints read it.
 */
export const META_CLASS =
  /(?:^|[\s_-])(?:meta|byline|press|source|publisher|outlet|site-?name|provider|agency)(?:$|[\s_-])/i;
const BLOCK_META = /(?:^|[\s_-])(?:source|press|publisher|outlet)(?:$|[\s_-])/i;
const TIME_HINT = /(?:^|[\s_-])(?:time|date|published|timestamp|pubdate|datetime)(?:$|[\s_-])/i;

interface Open {
  name: string;
  id: number;
  /** `tag.class` of a container or list. */
  sig?: string;
  /** `parent tag.class>tag.class`: items of one kind under parents of one kind share it. */
  key?: string;
  /** A metadata role this element gives its text. */
  role?: 'source' | 'time';
  /** Where its text starts in the line being read (for a role). */
  from?: number;
  datetime?: string;
  /** A meta row ("Outlet · time"): its first part names the outlet. */
  row?: boolean;
}

export interface LineMeta {
  source?: string;
  time?: string;
}

export class RecordTracker {
  private readonly open: Open[] = [];
  private nextId = 1;
  private readonly siblings = new Map<string, number>();
  /** The container ids of each emitted line, innermost last. */
  private readonly lineContainers: number[][] = [];
  /** The key of each container id. */
  private readonly keys = new Map<number, string>();
  private meta: LineMeta = {};

  onOpen(name: string, attrs: Record<string, string | undefined>, block: boolean, textLength: number) {
    if (this.open.length >= MAX_OPEN) return;
    const parent = this.open.findLast((o) => o.sig !== undefined);
    const entry: Open = { name, id: this.nextId++ };
    if (block && (CONTAINERS.has(name) || name === 'ul' || name === 'ol')) {
      const cls = (attrs.class ?? '').trim().split(/\s+/).slice(0, 2).sort().join('.');
      entry.sig = `${name}.${cls}`;
    }
    if (block && CONTAINERS.has(name)) {
      // Items of one kind under parents of one kind: the cards of every section count together.
      entry.key = `${parent?.sig ?? ''}>${entry.sig}`;
      this.siblings.set(entry.key, (this.siblings.get(entry.key) ?? 0) + 1);
      this.keys.set(entry.id, entry.key);
    }
    const hint = `${attrs.class ?? ''} ${attrs.itemprop ?? ''}`;
    // A paragraph or division whose class names the item's source row (`<p class=source-byline>`
    // "domain · date", `<div class=press>`): its one line is that metadata too. Not a bare `meta`
    // row (it may name a category) nor a `byline` (it names the reporter first).
    const row = block && (name === 'p' || name === 'div') && hint.length < 200 && BLOCK_META.test(hint);
    if (row) {
      entry.role = 'source';
      entry.row = true;
      entry.from = 0;
    }
    if (!block && hint.length < 200) {
      if (name === 'time' || TIME_HINT.test(hint)) entry.role = 'time';
      else if (SOURCE_HINT.test(hint)) entry.role = 'source';
      // A meta row (`row-meta`: "Outlet · time") names the outlet first, as aggregator rows print it.
      else if (/(?:^|[\s_-])meta(?:$|[\s_-])/i.test(hint)) {
        entry.role = 'source';
        entry.row = true;
      }
      if (entry.role) entry.from = textLength;
      if (name === 'time' && attrs.datetime) entry.datetime = attrs.datetime;
    }
    this.open.push(entry);
  }

  /** A block row's metadata, read from its last line before that line is emitted. */
  beforeBlockEnd(name: string, text: string) {
    const at = this.open.findLastIndex((o) => o.name === name);
    if (at < 0 || at < this.open.length - 8) return;
    this.readRole(this.open[at]!, text);
  }

  /** Closes the innermost open `name` (looking back at most 8); `text` is the line read so far. */
  onClose(name: string, text: string) {
    const at = this.open.findLastIndex((o) => o.name === name);
    if (at < 0 || at < this.open.length - 8) return;
    this.readRole(this.open[at]!, text);
    this.open.length = at;
  }

  private readRole(o: Open, text: string) {
    if (o.role && o.from !== undefined && this.meta[o.role] === undefined) {
      const value = (o.role === 'time' && o.datetime ? o.datetime : text.slice(o.from))
        .replace(/\s+/g, ' ')
        .trim();
      // "Prothom Alo · 12:50", "Outlet | 2h ago": the outlet before the first separator (a clock
      // time or an age is no date, and stays in the line's text).
      const cut = o.row ? /\s[·|•]\s/.exec(value) : null;
      const named = cut ? value.slice(0, cut.index).trim() : value;
      if (named.length > 0 && named.length <= 80) this.meta[o.role] = named;
    }
    o.role = undefined;
  }

  /** Called as a line is emitted: remembers its containers and hands over its metadata. */
  onLine(): LineMeta | undefined {
    const ids: number[] = [];
    for (let k = this.open.length - 1; k >= 0 && ids.length < DEPTH; k--)
      if (this.open[k]!.key !== undefined) ids.unshift(this.open[k]!.id);
    this.lineContainers.push(ids);
    const meta = this.meta;
    this.meta = {};
    return meta.source !== undefined || meta.time !== undefined ? meta : undefined;
  }

  /**
   * Marks each line with its record: the innermost container it sits in whose kind repeats three
   * times or more under one parent and holds two lines or more per item on average.
   */
  finish(lines: SourceLine[]) {
    type Tally = {
      lines: number;
      items: number;
      withText: number;
      credited: number;
      first: number;
      last: number;
    };
    const perKey = new Map<string, Tally>();
    const seen = new Set<number>();
    const texty = new Set<number>();
    // Items with an outlet's element, and items with a line of ten characters or more beside it
    // (a headline, not an "open" button under a meta row).
    const credited = new Set<number>();
    const headed = new Set<number>();
    this.lineContainers.forEach((ids, k) => {
      const long = (lines[k]?.text.length ?? 0) >= 80;
      // An outlet's name, not a count ("2 sources" is a cluster's tally).
      const outlet = /^[^\d\s]/u.test(lines[k]?.meta?.source ?? '');
      for (const id of ids) {
        const key = this.keys.get(id)!;
        const s = perKey.get(key) ?? { lines: 0, items: 0, withText: 0, credited: 0, first: k, last: k };
        s.last = k;
        if (outlet) credited.add(id);
        else if ((lines[k]?.text.length ?? 0) >= 10) headed.add(id);
        s.lines++;
        if (!seen.has(id)) {
          seen.add(id);
          s.items++;
        }
        if (long && !texty.has(id)) {
          texty.add(id);
          s.withText++;
        }
        perKey.set(key, s);
      }
    });
    for (const id of credited) if (headed.has(id)) perKey.get(this.keys.get(id)!)!.credited++;
    // An item is a headline and its text: two lines or more, and running text in most of them
    // (a meta row of link and date repeats too, but holds no text), or a headline and its
    // outlet's element (feed digests and news-top-10 pages print headline and outlet only).
    const isRecord = (key: string) => {
      const s = perKey.get(key);
      return (
        (this.siblings.get(key) ?? 0) >= 3 &&
        s !== undefined &&
        s.items >= 3 &&
        s.lines >= 2 * s.items &&
        (s.withText * 2 >= s.items ||
          // ...items that follow one another: an entry's header of headline and byline, its text
          // in a sibling element, is no item of its own.
          (s.credited * 2 >= s.items && s.lines * 2 >= s.last - s.first + 1))
      );
    };
    const parts = this.partsOfRecords(isRecord);
    lines.forEach((l, k) => {
      const ids = this.lineContainers[k];
      if (!ids) return;
      for (let n = ids.length - 1; n >= 0; n--)
        if (isRecord(this.keys.get(ids[n]!)!) && !parts.has(this.keys.get(ids[n]!)!)) {
          l.record = ids[n]!;
          return;
        }
    });
  }

  /**
   * Kinds of container that sit once in each item of an outer record (`<article class=card>`
   * holding one `<div class=card-body>`, WordPress's `<article>` holding one `.entry-content`):
   * a part of the item, its headline in a sibling part, not an item of its own. A kind that
   * repeats inside one outer item (the cards of a section) stays the record, and so do the
   * once-only parts of such a section (its header, its summary).
   */
  private partsOfRecords(isRecord: (key: string) => boolean): Set<string> {
    // Per inner kind, its outer items and whether one of them held two of it.
    const outers = new Map<string, Map<number, number>>();
    const counted = new Set<number>();
    for (const ids of this.lineContainers) {
      let outer: number | undefined;
      for (const id of ids) {
        const key = this.keys.get(id)!;
        if (!isRecord(key)) continue;
        if (outer !== undefined && !counted.has(id)) {
          counted.add(id);
          let held = outers.get(key);
          if (held === undefined) {
            held = new Map();
            outers.set(key, held);
          }
          held.set(outer, (held.get(outer) ?? 0) + 1);
        }
        outer = id;
      }
    }
    // An outer kind one of whose items holds two of an inner kind is a section of items (a
    // column of cards under its header and summary): its once-only parts are no item's parts.
    const sections = new Set<string>();
    for (const held of outers.values())
      for (const [outer, n] of held) if (n > 1) sections.add(this.keys.get(outer)!);
    const parts = new Set<string>();
    for (const [key, held] of outers) {
      let once = held.size >= 3;
      for (const [outer, n] of held) if (n !== 1 || sections.has(this.keys.get(outer)!)) once = false;
      if (once) parts.add(key);
    }
    return parts;
  }
}
