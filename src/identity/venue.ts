/** Venue cells that mean "no venue yet", compared without case or surrounding space (configurable). */
export const defaultVenuePlaceholders: readonly string[] = ['N/A', 'n/a', 'NA', '-', '–', '—', '?', 'TBD', 'TBA', 'unknown', 'none'];

/** Venues compared without case, spacing or punctuation. */
export const normalizeVenue = (venue: string) => venue.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
