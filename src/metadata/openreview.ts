import {
  failure,
  field,
  isObject,
  limits,
  plainTextOf,
  readJson,
  statusFailure,
  stringOf,
  tooLarge,
  withoutUndefined,
  yearOf,
  type PaperRecord,
  type ParseOptions,
  type PublicationKind,
  type SourceAnswer,
  type SourceFailure,
} from './record.js';

/**
 * OpenReview notes: API v2 (`api2.openreview.net/notes?ids=A,B`), whose content fields are wrapped
 * as `{"value": …}`, and API v1 (`api.openreview.net/notes?id=A`, venues before 2023/2024), whose are
 * not. One parser reads both, field by field. Shapes: the fixtures README (no recording).
 */

export const openReviewMaxBodyChars = 4 * 1024 * 1024;
const maxNotes = 1_000;
const noteIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export type OpenReviewResult =
  | {
      outcome: 'answered';
      /** Keyed by the ids as asked; a note is found by its own id or by its forum id. */
      records: Map<string, PaperRecord>;
      /** Asked, and OpenReview has no such note (absent from the list, or its NotFoundError). */
      missing: string[];
    }
  | SourceFailure;

export function parseOpenReviewNotes(answer: SourceAnswer, asked: readonly string[], options: ParseOptions = {}): OpenReviewResult {
  try {
    return readNotes(answer, asked, options);
  } catch {
    return failure(answer, "OpenReview's answer could not be read", options);
  }
}

function readNotes(answer: SourceAnswer, asked: readonly string[], options: ParseOptions): OpenReviewResult {
  const oversize = tooLarge(answer, 'OpenReview', options.maxBodyChars ?? openReviewMaxBodyChars, options);
  if (oversize) return oversize;
  if (answer.status === 404 && asked.length === 1) {
    // `GET /notes?id=X` for an unknown note: {"name": "NotFoundError", "message": "The Note X was not found", …}
    const json = readJson(answer.body, 'OpenReview');
    if (json.ok && field(json.value, 'name') === 'NotFoundError') return { outcome: 'answered', records: new Map(), missing: [...asked] };
  }
  const bad = statusFailure(answer, 'OpenReview', options);
  if (bad) {
    const json = answer.status >= 400 ? readJson(answer.body, 'OpenReview') : undefined;
    const message = json?.ok ? stringOf(field(json.value, 'message'), 200) : undefined;
    if (message) bad.reason += `: ${message}`;
    return bad;
  }
  const json = readJson(answer.body, 'OpenReview');
  if (!json.ok) return failure(answer, json.reason, options);
  const notes = field(json.value, 'notes');
  if (!Array.isArray(notes)) return failure(answer, "OpenReview's answer has no list of notes", options);

  const byId = new Map<string, PaperRecord>();
  for (const note of notes.slice(0, maxNotes)) {
    const record = noteRecordOf(note);
    // A note that cannot be tied to an id would make the id it answered look nonexistent.
    if (!record) return failure(answer, "OpenReview's answer has a note without a readable id", options);
    if (!byId.has(record.id)) byId.set(record.id, record);
    const forum = record.ids.openreview;
    if (forum !== undefined && !byId.has(forum)) byId.set(forum, record);
  }
  const records = new Map<string, PaperRecord>();
  const missing: string[] = [];
  for (const id of asked) {
    const record = byId.get(id.trim());
    if (record) records.set(id, record);
    else missing.push(id);
  }
  return { outcome: 'answered', records, missing };
}

/** A content field of either API: `"Title"` (v1) or `{"value": "Title"}` (v2). */
function contentValue(content: unknown, key: string): unknown {
  const value = field(content, key);
  return isObject(value) ? field(value, 'value') : value;
}

function noteRecordOf(note: unknown): PaperRecord | undefined {
  const id = field(note, 'id');
  if (typeof id !== 'string' || !noteIdPattern.test(id)) return undefined;
  const forumField = field(note, 'forum');
  const forum = typeof forumField === 'string' && noteIdPattern.test(forumField) ? forumField : id;
  const content = field(note, 'content');
  const venue = plainTextOf(contentValue(content, 'venue'), limits.venue);
  const venueIdText = stringOf(contentValue(content, 'venueid'), limits.venue);
  const venueId = venueIdText && /^[\w.@/ -]+$/.test(venueIdText) ? venueIdText : undefined;
  const decision = decisionOf(venueId, venue);
  return withoutUndefined<PaperRecord>({
    source: 'openreview',
    id,
    title: plainTextOf(contentValue(content, 'title'), limits.title) ?? '',
    venue,
    venueId,
    year: yearOfNote(note, venueId, venue),
    kind: decision.kind,
    ids: { openreview: forum },
    url: `https://openreview.net/forum?id=${forum}`,
    withdrawn: decision.withdrawn,
    accepted: decision.accepted,
  });
}

interface Decision {
  accepted?: boolean;
  withdrawn?: boolean;
  kind?: PublicationKind;
}

/**
 * What the venueid says about the submission. Accepted papers carry the venue's id
 * (`ICLR.cc/2024/Conference`); others end in `/Rejected_Submission`, `/Withdrawn_Submission`,
 * `/Desk_Rejected_Submission` or `/Submission` (still under review), and their venue reads
 * "Submitted to …". Author uploads (`OpenReview.net/Archive`) say nothing either way.
 */
export function decisionOf(venueId: string | undefined, venue: string | undefined): Decision {
  const last = venueId?.split('/').pop() ?? '';
  if (/withdrawn/i.test(last) || (venueId === undefined && venue !== undefined && /\bwithdrawn\b/i.test(venue))) {
    return { accepted: false, withdrawn: true, kind: 'preprint' };
  }
  if (/reject/i.test(last) || (venueId === undefined && venue !== undefined && /\brejected\b/i.test(venue))) {
    return { accepted: false, withdrawn: false, kind: 'preprint' };
  }
  if (/^(?:blind_)?submission$|submitted|under_review/i.test(last) || (venue !== undefined && /^submitted to\b/i.test(venue))) {
    return { accepted: false, withdrawn: false, kind: 'preprint' };
  }
  if (venueId === 'OpenReview.net/Archive') return {};
  if (venueId !== undefined) return { accepted: true, withdrawn: false, kind: kindOfVenue(`${venueId} ${venue ?? ''}`) };
  // v1 notes of older venues often carry only the venue text: "ICLR 2019 Conference Poster".
  if (venue !== undefined && /\b(?:poster|oral|spotlight|accepted|notable)\b/i.test(venue)) {
    return { accepted: true, withdrawn: false, kind: kindOfVenue(venue) };
  }
  return {};
}

function kindOfVenue(text: string): PublicationKind {
  if (/workshop/i.test(text)) return 'workshop';
  if (/\bTMLR\b|journal|transactions/i.test(text)) return 'journal';
  if (/conference|\b(?:ICLR|NeurIPS|ICML|COLM|CoRL|UAI|AISTATS|MIDL|CVPR|ACL|EMNLP)\b/i.test(text)) return 'conference';
  return 'other';
}

/** The venue's year (`ICLR.cc/2024/Conference`, "ICLR 2024 poster"), else the year the note was published. */
function yearOfNote(note: unknown, venueId: string | undefined, venue: string | undefined): number | undefined {
  for (const text of [venueId, venue]) {
    const year = yearOf(/\b((?:19|20)\d{2})\b/.exec(text ?? '')?.[1]);
    if (year !== undefined) return year;
  }
  for (const name of ['pdate', 'cdate', 'tcdate']) {
    const ms = field(note, name);
    if (typeof ms === 'number' && Number.isFinite(ms) && ms > 0 && ms < 8.64e15) return yearOf(new Date(ms).getUTCFullYear());
  }
  return undefined;
}
