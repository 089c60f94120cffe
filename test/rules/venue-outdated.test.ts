import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/lint.js';
import type { Facts } from '../../src/facts.js';
import { answered, arxivRecord, corrHit, dblpHit, factsOf, found, openReviewRecord } from '../evidence/records.js';
import { onlyPreprint } from '../../src/rules/venue-outdated.js';
import { ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'venue-outdated';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...rows: string[]) => `| Title | Venue |\n|---|---|\n${rows.join('\n')}\n`;

function findings(text: string, facts: Facts) {
  return lintText('README.md', text, undefined, facts)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ severity, line, column, endColumn, message, fix, suggestion }) => ({ severity, line, column, endColumn, message, fix, suggestion }));
}

const rebasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';
const repair = 'REPAIR: REnormalizing Permuted Activations for Interpolation Repair';
const fusion = 'Model Fusion via Optimal Transport';
const transferred = 'Transferred Discrepancy: Quantifying the Difference Between Representations';
const mechanistic = 'Mechanistic Mode Connectivity in Neural Networks';

/** What the sources say about the fixtures' papers. */
const facts = factsOf({
  papers: {
    'arxiv:2209.04836': found(arxivRecord('2209.04836', rebasin, { primaryCategory: 'cs.LG' })),
    'arxiv:2211.08403': found(arxivRecord('2211.08403', repair, { journalRef: 'ICLR 2023', primaryCategory: 'cs.LG' })),
    'arxiv:1910.05653': found(arxivRecord('1910.05653', fusion, { primaryCategory: 'cs.LG' })),
    'openreview:6t0Kwf8-jrj': found(openReviewRecord('6t0Kwf8-jrj', 'Editing Models with Task Arithmetic', 'ICLR.cc/2023/Conference', 'ICLR 2023 notable top 25%', true, 'conference', 2023)),
    'arxiv:2007.12446': found(arxivRecord('2007.12446', transferred, { primaryCategory: 'cs.LG' })),
  },
  searches: {
    // DBLP ties the arXiv id to ICLR: the conference record's electronic edition is the arXiv page.
    [rebasin]: answered(dblpHit('conf/iclr/AinsworthHS23', rebasin, 'ICLR', 2023, 'conference', { arxiv: '2209.04836' }), corrHit('2209.04836', rebasin)),
    // Only the title ties this one: exact, unique, 5 words, 2020 for a 2019 preprint.
    [fusion]: answered(dblpHit('conf/nips/SinghJ20', fusion, 'NeurIPS', 2020, 'conference'), corrHit('1910.05653', fusion)),
    [transferred]: answered(corrHit('2007.12446', transferred)),
    [mechanistic]: answered(dblpHit('conf/iclr/LubanaBKDT23', 'Mechanistic Mode Connectivity', 'ICLR', 2023, 'conference')),
    'Deep Learning': answered(dblpHit('journals/nature/LeCunBH15', 'Deep Learning', 'Nat.', 2023, 'journal')),
  },
});

const dblp = (key: string) => `https://dblp.org/rec/${key}`;

describe('venue-outdated', () => {
  it('bad.md: preprint venues of papers that have appeared, each named with its source, suggested and repaired in the list’s style', () => {
    expect(findings(fixture('bad.md'), facts)).toEqual([
      {
        severity: 'warning', line: 8, column: 100, endColumn: 105,
        message: "The venue says 'arXiv', but the paper appeared at ICLR 2023 (DBLP): write 'ICLR 2023'.",
        fix: [{ offset: expect.any(Number), length: 5, text: 'ICLR 2023' }],
        suggestion: { text: 'ICLR 2023', source: 'dblp', url: dblp('conf/iclr/AinsworthHS23') },
      },
      {
        severity: 'warning', line: 9, column: 154, endColumn: 167,
        message: "The venue says 'arXiv [cs.LG]', but the paper appeared at NeurIPS 2021 (its link: proceedings.neurips.cc): write 'NeurIPS 2021'.",
        fix: [{ offset: expect.any(Number), length: 13, text: 'NeurIPS 2021' }],
        suggestion: { text: 'NeurIPS 2021', source: 'link', url: 'https://proceedings.neurips.cc/paper/2021/hash/252a3dbaeb32e7690242ad3b556e626b-Abstract.html' },
      },
      {
        severity: 'warning', line: 10, column: 88, endColumn: 100,
        message: "The venue says 'Under review', but the paper appeared at ICLR 2023 (OpenReview): write 'ICLR 2023'.",
        fix: [{ offset: expect.any(Number), length: 12, text: 'ICLR 2023' }],
        suggestion: { text: 'ICLR 2023', source: 'openreview', url: 'https://openreview.net/forum?id=6t0Kwf8-jrj' },
      },
      {
        severity: 'warning', line: 11, column: 109, endColumn: 113,
        message: "The venue says 'CoRR', but the paper appeared at ICLR 2023 (arXiv's journal reference): write 'ICLR 2023'.",
        fix: [{ offset: expect.any(Number), length: 4, text: 'ICLR 2023' }],
        suggestion: { text: 'ICLR 2023', source: 'arxiv', url: 'https://arxiv.org/abs/2211.08403' },
      },
      {
        severity: 'warning', line: 12, column: 76, endColumn: 84,
        message: "The venue says 'preprint', but the paper appeared at NeurIPS 2020 (DBLP): write 'NeurIPS 2020'.",
        fix: [{ offset: expect.any(Number), length: 8, text: 'NeurIPS 2020' }],
        suggestion: { text: 'NeurIPS 2020', source: 'dblp', url: dblp('conf/nips/SinghJ20') },
      },
    ]);
  });

  it('good.md: nothing, also where only a CoRR record, a similar title or a two-word title is found', () => {
    const text = fixture('good.md');
    expect(findings(text, facts)).toEqual([]);
    expect(lintText('README.md', text, undefined, facts).messages).toEqual([]);
  });

  it('finds nothing without --metadata, even on a proceedings link', () => {
    expect(findings(fixture('bad.md'), {})).toEqual([]);
  });

  it('--fix writes the venues, and only those lines change; a second run changes nothing', async () => {
    const bad = fixture('bad.md');
    const once = await fixText('README.md', bad, defaultConfig(), { facts });
    const expectedTable = fixture('good.md').split('\n').slice(4, 12);
    expect(once.text.split('\n').slice(4, 12)).toEqual(expectedTable);
    expect(once.text.split('\n').slice(0, 4)).toEqual(bad.split('\n').slice(0, 4));
    expect(once.repaired).toBe(5);
    const twice = await fixText('README.md', once.text, defaultConfig(), { facts });
    expect(twice.text).toBe(once.text);
    expect(twice.repaired).toBe(0);
  });

  it("writes in the list's vocabulary: NIPS'22 in a list that writes NIPS'21", () => {
    const text = md(
      "| [Similarity of Neural Network Representations Revisited](https://arxiv.org/abs/1905.00414) | ICML'19 |",
      "| [Generalized Shape Metrics on Neural Representations](https://arxiv.org/abs/2110.14739) | NIPS'21 |",
      '| [Git Re-Basin: Merging Models modulo Permutation Symmetries](https://proceedings.neurips.cc/paper_files/paper/2022/hash/252a3dbaeb32e7690242ad3b556e626b-Abstract-Conference.html) | arXiv |',
    );
    expect(findings(text, factsOf()).map((f) => [f.message, f.suggestion?.text])).toEqual([
      ["The venue says 'arXiv', but the paper appeared at NeurIPS 2022 (its link: proceedings.neurips.cc): write 'NIPS'22'.", "NIPS'22"],
    ]);
  });

  it('a venue cell with markup is suggested, not rewritten', () => {
    const text = md(`| [${rebasin}](https://arxiv.org/abs/2209.04836) | [arXiv](https://arxiv.org/abs/2209.04836) |`);
    const [finding] = findings(text, facts);
    expect(finding?.suggestion?.text).toBe('ICLR 2023');
    expect(finding?.fix).toBeUndefined();
  });

  it('a venue no source names the way lint-list writes venues is named (sanitized), never written', () => {
    const hostile = dblpHit('journals/x/Y23', rebasin, 'Nature</td><script>alert(1)</script> | [x](javascript:y)', 2023, 'journal', { arxiv: '2209.04836' });
    const [finding] = findings(md(`| [${rebasin}](https://arxiv.org/abs/2209.04836) | arXiv |`), factsOf({ searches: { [rebasin]: answered(hostile) } }));
    expect(finding?.message).toBe("The venue says 'arXiv', but the paper appeared in 'Nature /td script alert(1) /script x (javascript:y)' 2023 (DBLP): write where it appeared.");
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestion).toBeUndefined();
  });
});

describe('which preprint cells are rewritten', () => {
  it.each([
    ['arXiv', true], ['arXiv [cs.LG]', true], ['Arxiv2024', true], ['arXiv 2110.14633', true], ['CoRR abs/2110.14633', true],
    ['ArXiv preprint', true], ['Under review at ICLR 2024', true], ['Submitted to NeurIPS', true], ['in submission', true],
    ['arXiv (Oral at a workshop)', false], ['arXiv, code released', false],
  ])('%s: %s', (text, rewritten) => {
    expect(onlyPreprint(text)).toBe(rewritten);
  });
});
