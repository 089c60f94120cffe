import { describe, expect, test } from 'vitest';
import { parseCrossrefWork, parseCrossrefWorkList } from '../../src/metadata/crossref.js';
import { parseDoiCsl } from '../../src/metadata/doi-csl.js';
import { recorded } from '../servers/metadata-fakes.js';

describe('the recorded Crossref answers', () => {
  test('work: a journal article', () => {
    expect(parseCrossrefWork(recorded('crossref', 'work.json'))).toStrictEqual({
      outcome: 'found',
      record: {
        source: 'crossref',
        id: '10.1371/journal.pone.0033693',
        title: 'Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of Mice',
        venue: 'PLoS ONE',
        year: 2012,
        type: 'journal-article',
        kind: 'journal',
        ids: { doi: '10.1371/journal.pone.0033693' },
        url: 'https://doi.org/10.1371/journal.pone.0033693',
      },
    });
  });

  test('not-found: 404 "Resource not found."', () => {
    const answer = recorded('crossref', 'not-found.txt');
    expect(answer.status).toBe(404);
    expect(parseCrossrefWork(answer)).toStrictEqual({ outcome: 'not-found', reason: 'Crossref holds no record of this DOI' });
  });

  test('field-query: a work list, JATS markup and entities removed from titles', () => {
    const result = parseCrossrefWorkList(recorded('crossref', 'field-query.json'));
    if (result.outcome !== 'answered') throw new Error(result.reason);
    expect(result.total).toBe(1253);
    expect(result.records).toHaveLength(20);
    expect(result.records[0]).toStrictEqual({
      source: 'crossref',
      id: '10.1111/ele.14024',
      title: 'The forecast trap',
      venue: 'Ecology Letters',
      year: 2022,
      type: 'journal-article',
      kind: 'journal',
      ids: { doi: '10.1111/ele.14024' },
      url: 'https://doi.org/10.1111/ele.14024',
    });
    // bioRxiv posted content: a preprint, without a container title.
    expect(result.records[3]).toStrictEqual({
      source: 'crossref',
      id: '10.1101/055319',
      title: 'Measurement uncertainty matters: ecological management using POMDPs',
      year: 2016,
      type: 'posted-content',
      kind: 'preprint',
      ids: { doi: '10.1101/055319' },
      url: 'https://doi.org/10.1101/055319',
    });
    const titles = result.records.map((record) => record.title);
    // "<scp>T</scp>reebase: an<scp>R</scp>package": Crossref's markup holds no spaces around the R.
    expect(titles[5]).toBe('Treebase: anRpackage for discovery, access and manipulation of online phylogenies');
    expect(titles[14]).toBe('The role of AI in ecology’s computational carbon footprint');
    expect(result.records[11]!.venue).toBe('Big Data & Society');
    expect(result.records[16]).toMatchObject({ type: 'dataset', kind: 'other', venue: 'CRAN: Contributed Packages' });
  });
});

describe('other Crossref answers', () => {
  const work = JSON.parse(recorded('crossref', 'work.json').body) as { message: Record<string, unknown> };

  test('a published work that names its arXiv preprint', () => {
    const message = {
      ...work.message,
      type: 'proceedings-article',
      relation: { 'has-preprint': [{ 'id-type': 'doi', id: '10.48550/arXiv.2209.04836', 'asserted-by': 'subject' }] },
    };
    const result = parseCrossrefWork({ status: 200, body: JSON.stringify({ ...work, message }) });
    expect(result).toMatchObject({ outcome: 'found', record: { kind: 'conference', ids: { doi: '10.1371/journal.pone.0033693', arxiv: '2209.04836' } } });
  });

  test('a 404 that is not Crossref\'s own says nothing about the DOI', () => {
    expect(parseCrossrefWork({ status: 404, body: '<html><head><title>404 Not Found</title></head></html>' })).toStrictEqual({
      outcome: 'unverified',
      reason: "Crossref answered HTTP 404 with an HTML page ('404 Not Found')",
      status: 404,
      rateLimited: false,
    });
  });

  test('429 with the polite pool\'s headers', () => {
    const answer = { status: 429, body: '', headers: { 'retry-after': '3', 'x-rate-limit-limit': '10' } };
    expect(parseCrossrefWork(answer)).toMatchObject({ outcome: 'unverified', rateLimited: true, retryAfterMs: 3000 });
  });

  test.each([
    ['a work list where a work is expected', JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: {} }), "Crossref's answer is not a work message"],
    ['a failed status', JSON.stringify({ status: 'failed', 'message-type': 'validation-failure', message: [] }), "Crossref's answer is not a work message"],
    ['a work without DOI', JSON.stringify({ status: 'ok', 'message-type': 'work', message: { title: ['x'] } }), "Crossref's answer holds no readable work (no DOI)"],
    ['a DOI that is not one', JSON.stringify({ status: 'ok', 'message-type': 'work', message: { DOI: 'hello' } }), "Crossref's answer holds no readable work (no DOI)"],
    ['truncated JSON', recorded('crossref', 'work.json').body.slice(0, 5000), "Crossref's answer is not valid JSON"],
  ])('%s', (_, body, reason) => {
    expect(parseCrossrefWork({ status: 200, body })).toStrictEqual({ outcome: 'unverified', reason, status: 200, rateLimited: false });
  });

  test('wrong types are left out, not trusted', () => {
    const message = { DOI: '10.1000/xyz', title: 42, 'container-title': { a: 1 }, type: ['journal-article'], published: { 'date-parts': 'soon' }, URL: 'javascript:alert(1)' };
    expect(parseCrossrefWork({ status: 200, body: JSON.stringify({ status: 'ok', 'message-type': 'work', message }) })).toStrictEqual({
      outcome: 'found',
      record: { source: 'crossref', id: '10.1000/xyz', title: '', type: 'journal-article', kind: 'journal', ids: { doi: '10.1000/xyz' } },
    });
  });
});

describe('DOI content negotiation (CSL-JSON)', () => {
  test('the recorded item', () => {
    expect(parseDoiCsl(recorded('doi-csl', 'citeproc-json-1.json'))).toStrictEqual({
      outcome: 'found',
      record: {
        source: 'doi',
        id: '10.1126/science.169.3946.635',
        title: 'The Structure of Ordinary Water',
        venue: 'Science',
        year: 1970,
        type: 'journal-article',
        kind: 'journal',
        ids: { doi: '10.1126/science.169.3946.635' },
        url: 'http://dx.doi.org/10.1126/science.169.3946.635',
      },
    });
  });

  test('the recorded 301 before it: a redirect the client did not follow', () => {
    expect(parseDoiCsl(recorded('doi-csl', 'citeproc-json.txt'))).toStrictEqual({
      outcome: 'unverified',
      reason: "doi.org answered HTTP 301 with an HTML page ('301 Moved Permanently')",
      status: 301,
      rateLimited: false,
    });
  });

  test("DataCite's item for an arXiv DOI", () => {
    const item = {
      type: 'article',
      id: 'https://doi.org/10.48550/arxiv.2209.04836',
      categories: ['Machine Learning (cs.LG)'],
      author: [{ family: 'Ainsworth', given: 'Samuel K.' }],
      issued: { 'date-parts': [['2022']] },
      DOI: '10.48550/ARXIV.2209.04836',
      publisher: 'arXiv',
      title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
      URL: 'https://arxiv.org/abs/2209.04836',
    };
    expect(parseDoiCsl({ status: 200, body: JSON.stringify(item) })).toStrictEqual({
      outcome: 'found',
      record: {
        source: 'doi',
        id: '10.48550/ARXIV.2209.04836',
        title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
        year: 2022,
        type: 'article',
        kind: 'preprint',
        ids: { doi: '10.48550/arxiv.2209.04836', arxiv: '2209.04836' },
        url: 'https://arxiv.org/abs/2209.04836',
      },
    });
  });

  test('404: the DOI resolves nowhere', () => {
    expect(parseDoiCsl({ status: 404, body: '<!DOCTYPE html><html><head><title>DOI Not Found</title></head></html>' })).toStrictEqual({
      outcome: 'not-found',
      reason: 'doi.org knows no such DOI',
    });
  });

  test('406: no CSL from that agency', () => {
    expect(parseDoiCsl({ status: 406, body: '' })).toMatchObject({ outcome: 'unverified', reason: "the DOI's registration agency offers no CSL-JSON for it (HTTP 406)" });
  });

  test('a landing page where CSL was expected', () => {
    expect(parseDoiCsl({ status: 200, body: '<html><head><title>Some Journal</title></head></html>' })).toMatchObject({
      outcome: 'unverified',
      reason: "doi.org answered with an HTML page ('Some Journal') instead of CSL-JSON",
    });
  });

  test('JSON that is not a CSL item', () => {
    expect(parseDoiCsl({ status: 200, body: '[1, 2, 3]' })).toMatchObject({ outcome: 'unverified', reason: "doi.org's answer is not a CSL-JSON item with a DOI" });
  });
});
