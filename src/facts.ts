/**
 * Facts gathered from outside a list (over the network), as rules receive them. Gatherers (links/)
 * produce them and know no rule; rules read them and know no gatherer.
 */

/** The families of facts a rule can need; the engine gathers one only when a run asks for it. */
export type FactKind = 'links';

/** What a link check found out about one URL. */
export interface LinkVerdict {
  /** The URL as first written. */
  url: string;
  verdict: 'alive' | 'dead' | 'unverified' | 'skipped';
  /** The last HTTP status seen, when there was one. */
  status?: number;
  /** The last hop's URL, when the link was redirected. */
  finalUrl?: string;
  /** A short human phrase: "HTTP 404", "connection refused", "redirect loop", … */
  reason?: string;
  /** True when the link should be rewritten (`rewriteTo` is set). */
  permanentRedirect?: boolean;
  /**
   * Where the link should point instead: the target of the last permanent redirect before the first
   * temporary one, already checked to be a safe http(s) URL to write into markdown.
   */
  rewriteTo?: string;
}

export interface LinkFacts {
  /** Which links were checked: those of paper tables, or every link of the document. */
  scope: 'tables' | 'all';
  /** Verdicts keyed by `linkKey` of the URL (identity/paper-id.ts). */
  verdicts: ReadonlyMap<string, LinkVerdict>;
}

export interface Facts {
  links?: LinkFacts;
}

/** Whether a run gathered the facts of a kind. */
export function hasFacts(facts: Facts, kind: FactKind): boolean {
  return kind === 'links' ? facts.links !== undefined : false;
}
