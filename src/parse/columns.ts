import type { ColumnRole } from './model.js';

export interface ColumnNames {
  title: string[];
  venue: string[];
  link: string[];
}

/**
 * Header names seen on real paper lists. "Paper" is both a title and a link name: it is the title
 * column unless another column is plainly the title ("Title"), and then it holds the paper's link.
 */
export const defaultColumnNames: ColumnNames = {
  title: ['title', 'titles', 'paper', 'papers', 'paper title', 'paper name', 'name', 'article', 'work', 'paper titles'],
  venue: [
    'venue', 'venues', 'conference', 'conf', 'journal', 'conference journal', 'journal conference',
    'conf journal', 'publication', 'published', 'published in', 'publisher', 'pub', 'pub date',
    'publication date', 'venue year', 'venue and year', 'year venue', 'conference year', 'source',
  ],
  link: [
    'paper', 'link', 'links', 'pdf', 'materials', 'material', 'url', 'arxiv', 'paper link', 'pdf link',
    'resources', 'paper url', 'paper pdf',
  ],
};

/** Header text compared without case, markdown or punctuation: "**Pub. & Date**" → "pub date". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[/&,+\-_|:;]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ColumnAssignment {
  columns: ColumnRole[];
  titleColumn: number;
  venueColumn: number;
  linkColumns: number[];
}

export function assignColumns(headerTexts: string[], names: ColumnNames): ColumnAssignment {
  const normalized = headerTexts.map(normalizeHeader);
  const set = (list: string[]) => new Set(list.map(normalizeHeader));
  const titles = set(names.title);
  const venues = set(names.venue);
  const links = set(names.link);

  // A header that says "title" wins over one that may be a short name ("Name", "Paper"): in
  // `| Name | Paper Title | Venue |` the name column holds acronyms, and two papers may share one.
  const saysTitle = normalized.findIndex((name) => titles.has(name) && /\btitles?\b/.test(name));
  const onlyTitle = normalized.findIndex((name) => titles.has(name) && !links.has(name));
  const titleColumn = saysTitle >= 0 ? saysTitle : onlyTitle >= 0 ? onlyTitle : normalized.findIndex((name) => titles.has(name));
  const venueColumn = normalized.findIndex((name, i) => i !== titleColumn && venues.has(name));

  const columns: ColumnRole[] = normalized.map((name, i) => {
    if (i === titleColumn) return 'title';
    if (i === venueColumn) return 'venue';
    if (titleColumn >= 0 && links.has(name)) return 'link';
    return 'other';
  });
  const linkColumns = columns.flatMap((role, i) => (role === 'link' ? [i] : []));
  return { columns, titleColumn, venueColumn, linkColumns };
}
