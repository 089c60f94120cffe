import { describe, expect, test } from 'vitest';
import {
  parseSemanticScholarBatch,
  planSemanticScholarBatches,
  semanticScholarFields,
  semanticScholarMaxBatch,
} from '../../src/metadata/semantic-scholar.js';
import { recorded } from '../servers/metadata-fakes.js';

/** The ids the recorded request asked for, from its meta file. */
function askedIds(file: string): string[] {
  return (JSON.parse(recorded('semanticscholar', file).requestBody) as { ids: string[] }).ids;
}

describe('the recorded batch answers', () => {
  test('batch: fields=authors only, so records carry ids and no title', () => {
    const asked = askedIds('batch.json');
    expect(asked).toStrictEqual(['CorpusId:470667', '10.2139/ssrn.2250500', '0f40b1f08821e22e859c6050916cec3667778613']);
    expect(parseSemanticScholarBatch(recorded('semanticscholar', 'batch.json'), asked)).toStrictEqual({
      outcome: 'answered',
      records: [
        { source: 'semanticScholar', id: 'c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce', title: '', ids: {} },
        { source: 'semanticScholar', id: 'cb1ebd913c3724c599f6b276b14b5c6253da68f3', title: '', ids: {} },
        { source: 'semanticScholar', id: '0f40b1f08821e22e859c6050916cec3667778613', title: '', ids: {} },
      ],
      missing: [],
    });
  });

  test('batch-not-found: null for the unknown id, in the order asked', () => {
    const asked = askedIds('batch-not-found.json');
    expect(parseSemanticScholarBatch(recorded('semanticscholar', 'batch-not-found.json'), asked)).toStrictEqual({
      outcome: 'answered',
      records: [
        null,
        {
          source: 'semanticScholar',
          id: 'c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce',
          title: 'How Much Should We Trust Differences-in-Differences Estimates?',
          year: 2001,
          type: 'Review',
          kind: 'other',
          ids: { doi: '10.2139/ssrn.288970' },
          url: 'https://www.semanticscholar.org/paper/c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce',
        },
        {
          source: 'semanticScholar',
          id: 'cb1ebd913c3724c599f6b276b14b5c6253da68f3',
          title: 'The Miracle of Microfinance? Evidence from a Randomized Evaluation',
          year: 2013,
          ids: { doi: '10.2139/ssrn.2250500' },
          url: 'https://www.semanticscholar.org/paper/cb1ebd913c3724c599f6b276b14b5c6253da68f3',
        },
        {
          source: 'semanticScholar',
          id: '0f40b1f08821e22e859c6050916cec3667778613',
          title: 'Improving Third-Party Audits and Regulatory Compliance in India',
          year: 2023,
          ids: { doi: '10.1257/rct.1355' },
          url: 'https://www.semanticscholar.org/paper/0f40b1f08821e22e859c6050916cec3667778613',
        },
      ],
      missing: ['CorpusId:211530585'],
    });
  });
});

describe('other batch answers', () => {
  test('a conference paper with its arXiv and DBLP ids', () => {
    const paper = {
      paperId: 'a'.repeat(40),
      externalIds: { ArXiv: '2209.04836', DBLP: 'conf/iclr/AinsworthHS23', DOI: '10.48550/arXiv.2209.04836', CorpusId: 252199400 },
      publicationVenue: { id: 'bd3b39b2-2f8b-4f0e-9a4b-1c0b8f8d3c8e', name: 'International Conference on Learning Representations', type: 'conference' },
      title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
      venue: 'International Conference on Learning Representations',
      year: 2022,
      publicationTypes: ['JournalArticle', 'Conference'],
      journal: { name: 'ArXiv', volume: 'abs/2209.04836' },
    };
    expect(parseSemanticScholarBatch({ status: 200, body: JSON.stringify([paper]) }, ['ARXIV:2209.04836'])).toStrictEqual({
      outcome: 'answered',
      records: [
        {
          source: 'semanticScholar',
          id: 'a'.repeat(40),
          title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
          venue: 'International Conference on Learning Representations',
          venueId: 'bd3b39b2-2f8b-4f0e-9a4b-1c0b8f8d3c8e',
          year: 2022,
          type: 'JournalArticle, Conference',
          kind: 'conference',
          ids: { arxiv: '2209.04836', doi: '10.48550/arxiv.2209.04836', dblp: 'conf/iclr/AinsworthHS23' },
        },
      ],
      missing: [],
    });
  });

  test('an arXiv-only paper is a preprint', () => {
    const paper = { paperId: 'b'.repeat(40), title: 'T', venue: 'arXiv.org', publicationTypes: ['JournalArticle'] };
    const result = parseSemanticScholarBatch({ status: 200, body: JSON.stringify([paper]) }, ['x']);
    expect(result.outcome === 'answered' && result.records[0]?.kind).toBe('preprint');
  });

  test('an answer of another length cannot be paired with the ids', () => {
    expect(parseSemanticScholarBatch({ status: 200, body: '[null]' }, ['a', 'b'])).toStrictEqual({
      outcome: 'unverified',
      reason: 'Semantic Scholar answered 1 paper for 2 ids',
      status: 200,
      rateLimited: false,
    });
  });

  test('a paper without a paperId', () => {
    expect(parseSemanticScholarBatch({ status: 200, body: '[{"title": "x"}]' }, ['a'])).toMatchObject({
      outcome: 'unverified',
      reason: "Semantic Scholar's answer has an unreadable paper at position 1",
    });
  });

  test('400 with its error message', () => {
    expect(parseSemanticScholarBatch({ status: 400, body: '{"error": "-ids: List has more than 500 elements"}' }, ['a'])).toStrictEqual({
      outcome: 'unverified',
      reason: 'Semantic Scholar answered HTTP 400: -ids: List has more than 500 elements',
      status: 400,
      rateLimited: false,
    });
  });

  test('429 without a key', () => {
    const body = '{"message": "Too Many Requests. Please wait and try again or apply for a key for higher rate limits.", "code": "429"}';
    expect(parseSemanticScholarBatch({ status: 429, body }, ['a'])).toMatchObject({ outcome: 'unverified', rateLimited: true });
  });

  test('an object where a list is expected', () => {
    expect(parseSemanticScholarBatch({ status: 200, body: '{"data": []}' }, ['a'])).toMatchObject({ reason: "Semantic Scholar's answer is not a list of papers" });
  });
});

describe('planSemanticScholarBatches', () => {
  test('at most 500 ids a batch, the fields as a query', () => {
    const ids = Array.from({ length: 1234 }, (_, i) => `ARXIV:2101.${String(i + 1).padStart(5, '0')}`);
    const plan = planSemanticScholarBatches([...ids, ids[0]!, ' ', 'has space']);
    expect(plan.batches.map((batch) => batch.ids.length)).toStrictEqual([500, 500, 234]);
    expect(plan.batches.flatMap((batch) => batch.ids)).toStrictEqual(ids);
    expect(JSON.parse(plan.batches[2]!.body)).toStrictEqual({ ids: ids.slice(1000) });
    expect(plan.batches[0]!.query).toBe(new URLSearchParams({ fields: semanticScholarFields }).toString());
    expect(plan.rejected.map((rejection) => rejection.input)).toStrictEqual([' ', 'has space']);
  });

  test('never more than the endpoint takes', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `CorpusId:${i}`);
    expect(planSemanticScholarBatches(ids, { batchSize: 1000 }).batches[0]!.ids).toHaveLength(semanticScholarMaxBatch);
    expect(planSemanticScholarBatches(ids, { batchSize: 100, fields: 'title' }).batches.map((batch) => batch.query)).toStrictEqual(Array(6).fill('fields=title'));
  });
});
