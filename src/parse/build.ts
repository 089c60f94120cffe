import { defaultVenuePlaceholders } from '../identity/venue.js';
import { type ColumnNames, defaultColumnNames } from './columns.js';
import { tableConventions } from './conventions.js';
import { fastModel, needsParser, type ScannedDocument } from './fast-model.js';
import type { ListModel } from './model.js';
import { paperEntries } from './papers.js';
import { loadedMarkdownParser, loadMarkdownParser, type MarkdownParser } from './parser.js';
import { documentLinksOf, remarkModel } from './remark-model.js';

export interface ModelOptions {
  columns: ColumnNames;
  /** Venue cells that mean "no venue yet" (missing-venue's `placeholders`). */
  venuePlaceholders: readonly string[];
  /** Also list every link and definition of the document (`links.scope: "all"`); needs remark. */
  documentLinks: boolean;
  /** `remark` reads every document with remark, never the line scan (the tests compare the two). */
  parser: 'auto' | 'remark';
}

export const defaultModelOptions: ModelOptions = {
  columns: defaultColumnNames,
  venuePlaceholders: defaultVenuePlaceholders,
  documentLinks: false,
  parser: 'auto',
};

/** A Unicode byte order mark is no part of the list: editors hide it and so do our columns. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The model of a list, complete (the caller strips a byte order mark first: see `stripBom`). remark and remark-gfm cost about 3.5 MiB and 10 ms just to load,
 * and most lists never need them: the line scan reads them alone. So remark is loaded here only when
 * the scan meets something only remark can read.
 */
export async function buildModel(path: string, text: string, options: ModelOptions = defaultModelOptions): Promise<ListModel> {
  return tryBuildModel(path, text, options, loadedMarkdownParser()) ?? (tryBuildModel(path, text, options, await loadMarkdownParser()) as ListModel);
}

/**
 * The model of a list, built with `parser` where the line scan is unsure; undefined only when the
 * list needs remark and `parser` is undefined.
 */
export function tryBuildModel(path: string, text: string, options: ModelOptions, parser: MarkdownParser | undefined): ListModel | undefined {
  let scanned: ScannedDocument | undefined | typeof needsParser;
  if (options.parser !== 'remark') scanned = fastModel(text, options.columns, parser);
  if (scanned === needsParser) return undefined;
  const needsTree = scanned === undefined || options.documentLinks;
  if (needsTree && !parser) return undefined;
  const root = needsTree ? (parser as MarkdownParser)(text) : undefined;
  const document = scanned ?? remarkModel(text, root as NonNullable<typeof root>, options.columns);
  const venuePlaceholders = new Set(options.venuePlaceholders.map((p) => p.trim().toLowerCase()));
  const conventions = document.tables.map(tableConventions);
  return {
    path,
    text,
    ...document,
    papers: paperEntries(document.tables, conventions, venuePlaceholders),
    conventions: { tables: conventions },
    venuePlaceholders,
    ...(options.documentLinks && root && { documentLinks: documentLinksOf(root) }),
  };
}
