import { hostBelongsTo, type Publication, publicationForHost, shortenerName } from './publications.js';

/*
 * What the citation checks ask of a URL's host, read once per host: a page links a few dozen
 * hosts over and over, and each question (the outlet publishing there, a link shortener, whether
 * the cited outlet owns it) lower-cases the host and walks its labels again.
 */

export interface HostFacts {
  /** `publicationForHost(host)`. */
  readonly pub: Publication | undefined;
  /** `shortenerName(host)`. */
  readonly shortener: string | undefined;
}

class Facts implements HostFacts {
  readonly pub: Publication | undefined;
  readonly shortener: string | undefined;
  // The last outlet asked about and the answer: one citation asks of its own outlet only.
  private asked: Publication | undefined = undefined;
  private answer = false;

  constructor(private readonly host: string) {
    this.pub = publicationForHost(host);
    this.shortener = shortenerName(host);
  }

  /** `hostBelongsTo(host, pub)`. */
  belongsTo(pub: Publication): boolean {
    if (pub !== this.asked) {
      this.answer = hostBelongsTo(this.host, pub);
      this.asked = pub;
    }
    return this.answer;
  }
}

/* Cleared when full, so hostile input (a new host per link) cannot make it grow without bound. */
const known = new Map<string, Facts>();
const MAX_HOSTS = 1024;

/** The facts of a host as `CanonicalUrl.host` gives it; the record is shared, never mutate it. */
export function hostFacts(host: string): Facts {
  let f = known.get(host);
  if (f === undefined) {
    f = new Facts(host);
    if (known.size >= MAX_HOSTS) known.clear();
    known.set(host, f);
  }
  return f;
}
