import type { LinkResult } from '../links/types.js';

/** Reasons that say the network, not the link, failed: no name resolved, no route. */
const networkLevel = /^(?:unknown host|DNS lookup failed|network unreachable)\b/;

/**
 * A run without a working network (no DNS, no route) sees every link fail the same way: that says
 * nothing about the links. When every link that was asked for, on two hosts or more, failed for a
 * network-level reason, they are all `unverified` and one notice says why, instead of a dead-link
 * error for each.
 */
export function unreachableNetwork(results: LinkResult[]): { results: LinkResult[]; notice?: string } {
  const asked = results.filter((result) => result.verdict !== 'skipped');
  const hosts = new Set(asked.map((result) => hostOf(result.url)));
  if (hosts.size < 2 || !asked.every((result) => result.verdict !== 'alive' && networkLevel.test(result.reason ?? ''))) return { results };
  return {
    results: results.map((result) =>
      result.verdict === 'skipped' ? result : { ...result, verdict: 'unverified', reason: `not checked: the network was unreachable (${result.reason})` },
    ),
    notice: `No link could be checked: every request to ${hosts.size} hosts failed before reaching them (${asked[0]?.reason}). Is this machine offline or without DNS? The links are reported as unverified, not dead.`,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
