/** Venue cells that mean "no venue yet", compared without case or surrounding space (configurable). */
export const defaultVenuePlaceholders: readonly string[] = ['N/A', 'n/a', 'NA', '-', '–', '—', '?', 'TBD', 'TBA', 'unknown', 'none'];

/** Venues compared without case, spacing or punctuation. */
export const normalizeVenue = (venue: string) => venue.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');

/**
 * How venues with one accepted spelling are written, keyed by the spelling compared without case,
 * spaces or punctuation. A list's majority decides only among spellings with no entry here: a list
 * that writes `Arxiv` 172 times does not make `arXiv` wrong.
 */
const canonicalVenues: ReadonlyMap<string, string> = new Map(
  [
    'arXiv', 'NeurIPS', 'ICLR', 'ICML', 'CVPR', 'ICCV', 'ECCV', 'WACV', 'ACL', 'EMNLP', 'NAACL', 'EACL', 'COLING', 'AAAI',
    'IJCAI', 'KDD', 'WWW', 'SIGIR', 'WSDM', 'CIKM', 'RecSys', 'MLSys', 'ACM MM', 'Interspeech', 'ICASSP', 'AISTATS', 'UAI',
    'COLT', 'CoRL', 'ICRA', 'IROS', 'RSS', 'MICCAI', 'SIGGRAPH', 'SIGGRAPH Asia', 'TPAMI', 'JMLR', 'TMLR', 'TACL', 'TOG',
    'TIP', 'IJCV', 'OSDI', 'SOSP', 'NSDI', 'EuroSys', 'ASPLOS', 'ISCA', 'MICRO', 'USENIX Security', 'CCS', 'ASIA CCS',
    'S&P', 'NDSS', 'ECML PKDD', 'ICDE', 'ICDM', 'SDM', 'VLDB', 'SIGMOD', 'BMVC', 'ACCV', '3DV', 'ISMIR', 'CHI', 'UIST', 'VIS',
  ].map((name) => [compactVenue(name), name]),
);

/** A venue name compared without case, spacing or punctuation: `ACM-MM`, `acm mm` → `acmmm`. */
export function compactVenue(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The accepted spelling of a venue name, if it has one. */
export const canonicalVenue = (name: string): string | undefined => canonicalVenues.get(compactVenue(name));
