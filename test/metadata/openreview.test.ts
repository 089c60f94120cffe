import { describe, expect, test } from 'vitest';
import { decisionOf, parseOpenReviewNotes } from '../../src/metadata/openreview.js';

const ok = (value: unknown) => ({ status: 200, body: JSON.stringify(value) });

/** The API v2 shape the fixtures README documents. */
const v2Answer = {
  notes: [
    {
      id: 'AbCdEf123',
      forum: 'AbCdEf123',
      content: {
        title: { value: 'Some Paper Title' },
        venue: { value: 'ICLR 2024 poster' },
        venueid: { value: 'ICLR.cc/2024/Conference' },
        authors: { value: ['Ada Author'] },
      },
      cdate: 1695000000000,
      pdate: 1705000000000,
    },
  ],
  count: 1,
};

describe('OpenReview notes', () => {
  test('API v2: content fields wrapped in {value}', () => {
    expect(parseOpenReviewNotes(ok(v2Answer), ['AbCdEf123'])).toStrictEqual({
      outcome: 'answered',
      records: new Map([
        [
          'AbCdEf123',
          {
            source: 'openreview',
            id: 'AbCdEf123',
            title: 'Some Paper Title',
            venue: 'ICLR 2024 poster',
            venueId: 'ICLR.cc/2024/Conference',
            year: 2024,
            kind: 'conference',
            ids: { openreview: 'AbCdEf123' },
            url: 'https://openreview.net/forum?id=AbCdEf123',
            withdrawn: false,
            accepted: true,
          },
        ],
      ]),
      missing: [],
    });
  });

  test('API v1: the same without wrappers', () => {
    const v1 = {
      notes: [
        {
          id: 'r1xyz_Old',
          forum: 'r1xyz_Old',
          content: { title: 'An Older Paper', venue: 'ICLR 2019 Conference Poster', venueid: 'ICLR.cc/2019/Conference', authors: ['Ada Author'] },
          tcdate: 1538000000000,
        },
      ],
      count: 1,
    };
    const result = parseOpenReviewNotes(ok(v1), ['r1xyz_Old']);
    expect(result.outcome === 'answered' && result.records.get('r1xyz_Old')).toStrictEqual({
      source: 'openreview',
      id: 'r1xyz_Old',
      title: 'An Older Paper',
      venue: 'ICLR 2019 Conference Poster',
      venueId: 'ICLR.cc/2019/Conference',
      year: 2019,
      kind: 'conference',
      ids: { openreview: 'r1xyz_Old' },
      url: 'https://openreview.net/forum?id=r1xyz_Old',
      withdrawn: false,
      accepted: true,
    });
  });

  test('ids absent from the list are missing; a note is found by its forum too', () => {
    const answer = ok({ notes: [{ id: 'NoteId1', forum: 'ForumId1', content: { title: { value: 'Reply' } } }], count: 1 });
    const result = parseOpenReviewNotes(answer, ['ForumId1', 'Gone42']);
    expect(result).toMatchObject({ outcome: 'answered', missing: ['Gone42'] });
    expect(result.outcome === 'answered' && result.records.get('ForumId1')?.ids).toStrictEqual({ openreview: 'ForumId1' });
  });

  test('NotFoundError for a single id: the note does not exist', () => {
    const body = JSON.stringify({ name: 'NotFoundError', message: 'The Note Gone42 was not found', status: 404, details: { path: 'id', value: 'Gone42' } });
    expect(parseOpenReviewNotes({ status: 404, body }, ['Gone42'])).toStrictEqual({ outcome: 'answered', records: new Map(), missing: ['Gone42'] });
  });

  test('a 404 for several ids, or without NotFoundError, proves nothing', () => {
    const body = JSON.stringify({ name: 'NotFoundError', message: 'Not Found', status: 404 });
    expect(parseOpenReviewNotes({ status: 404, body }, ['A1', 'B2'])).toMatchObject({ outcome: 'unverified', reason: 'OpenReview answered HTTP 404: Not Found' });
    expect(parseOpenReviewNotes({ status: 404, body: 'Not Found' }, ['A1'])).toMatchObject({ outcome: 'unverified', reason: 'OpenReview answered HTTP 404' });
  });

  test('403 for a note that is not public', () => {
    const body = JSON.stringify({ name: 'ForbiddenError', message: 'You do not have permission to read this note', status: 403 });
    expect(parseOpenReviewNotes({ status: 403, body }, ['A1'])).toStrictEqual({
      outcome: 'unverified',
      reason: 'OpenReview answered HTTP 403: You do not have permission to read this note',
      status: 403,
      rateLimited: false,
    });
  });

  test('429: guests get about 20 requests a minute', () => {
    const body = JSON.stringify({ name: 'RateLimitError', message: 'Too many requests', status: 429 });
    expect(parseOpenReviewNotes({ status: 429, body, headers: { 'retry-after': '20' } }, ['A1'])).toMatchObject({
      outcome: 'unverified',
      rateLimited: true,
      retryAfterMs: 20_000,
      reason: 'OpenReview answered HTTP 429 (too many requests): Too many requests',
    });
  });

  test('a note without a readable id makes the answer unreadable', () => {
    expect(parseOpenReviewNotes(ok({ notes: [{ id: { value: 'x' }, content: {} }] }), ['x'])).toMatchObject({
      outcome: 'unverified',
      reason: "OpenReview's answer has a note without a readable id",
    });
  });

  test.each([
    ['no notes list', { count: 0 }],
    ['notes as an object', { notes: { id: 'A1' } }],
    ['a list at the top', [v2Answer]],
  ])('%s', (_, value) => {
    expect(parseOpenReviewNotes(ok(value), ['A1'])).toMatchObject({ outcome: 'unverified', reason: "OpenReview's answer has no list of notes" });
  });

  test('wrong types inside a note are left out', () => {
    const note = { id: 'A1', forum: 42, content: { title: { value: ['x'] }, venue: { value: 7 }, venueid: { value: { a: 1 } } }, pdate: 'yesterday' };
    const result = parseOpenReviewNotes(ok({ notes: [note] }), ['A1']);
    expect(result.outcome === 'answered' && result.records.get('A1')).toStrictEqual({
      source: 'openreview',
      id: 'A1',
      title: 'x',
      ids: { openreview: 'A1' },
      url: 'https://openreview.net/forum?id=A1',
    });
  });
});

describe('what a venueid says', () => {
  test.each([
    ['ICLR.cc/2024/Conference', 'ICLR 2024 poster', { accepted: true, withdrawn: false, kind: 'conference' }],
    ['NeurIPS.cc/2023/Conference', 'NeurIPS 2023 oral', { accepted: true, withdrawn: false, kind: 'conference' }],
    ['ICML.cc/2023/Workshop/SCIS', 'ICML 2023 Workshop SCIS', { accepted: true, withdrawn: false, kind: 'workshop' }],
    ['TMLR', 'Accepted by TMLR', { accepted: true, withdrawn: false, kind: 'journal' }],
    ['ICLR.cc/2024/Conference/Rejected_Submission', 'Submitted to ICLR 2024', { accepted: false, withdrawn: false, kind: 'preprint' }],
    ['ICLR.cc/2024/Conference/Desk_Rejected_Submission', 'ICLR 2024 Conference Desk Rejected Submission', { accepted: false, withdrawn: false, kind: 'preprint' }],
    ['ICLR.cc/2024/Conference/Withdrawn_Submission', 'ICLR 2024 Conference Withdrawn Submission', { accepted: false, withdrawn: true, kind: 'preprint' }],
    ['ICLR.cc/2025/Conference/Submission', 'Submitted to ICLR 2025', { accepted: false, withdrawn: false, kind: 'preprint' }],
    [undefined, 'Submitted to ICLR 2025', { accepted: false, withdrawn: false, kind: 'preprint' }],
    [undefined, 'ICLR 2019 Conference Poster', { accepted: true, withdrawn: false, kind: 'conference' }],
    [undefined, 'ICLR 2018 Conference Withdrawn Submission', { accepted: false, withdrawn: true, kind: 'preprint' }],
    ['OpenReview.net/Archive', undefined, {}],
    [undefined, undefined, {}],
  ] as const)('%s / %s', (venueId, venue, decision) => {
    expect(decisionOf(venueId, venue)).toStrictEqual(decision);
  });
});
