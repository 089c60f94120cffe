import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/lint.js';
import type { Facts, PaperFact } from '../../src/facts.js';
import { formatJson } from '../../src/report/json.js';
import { answered, arxivRecord, corrHit, dblpHit, factsOf, found, unverifiedSearch } from '../evidence/records.js';

// missing-venue and missing-link with --metadata: what the sources found is named, suggested and, on
// strong evidence only, written (src/rules/evidence.ts). The traps of issue 14, each a row.

const md = (...rows: string[]) => `| Title | Venue |\n|---|---|\n${rows.join('\n')}\n`;

function messages(text: string, facts: Facts, ruleId: string) {
  return lintText('README.md', text, undefined, facts)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ line, message, fix, suggestion }) => ({ line, message, fixed: fix !== undefined, ...(suggestion && { suggestion }) }));
}

const titles = {
  shape: 'Generalized Shape Metrics on Neural Representations',
  grounding: 'Grounding Representation Similarity with Statistical Testing',
  cka: 'Reliability of CKA as a Similarity Measure in Deep Learning',
  stitching: 'Revisiting Model Stitching to Compare Neural Representations',
  insights: 'Insights on representational similarity in neural networks with canonical correlation',
  ntk: 'Neural Tangent Kernel',
  anti: 'Anti-Distillation: Improving reproducibility of deep networks',
  churn: 'Launch and Iterate: Reducing Prediction Churn',
};

/** A list in UniReps' style (`ICML 2019`, `arXiv [cs.LG]`), one row per case. */
const list = md(
  '| [Similarity of Neural Network Representations Revisited](https://arxiv.org/abs/1905.00414) | ICML 2019 |',
  '| [Transferred Discrepancy: Quantifying the Difference Between Representations](https://arxiv.org/abs/2007.12446) | arXiv [cs.LG] |',
  `| [${titles.shape}](https://arxiv.org/abs/2110.14739) | N/A |`,
  `| [${titles.grounding}](https://arxiv.org/abs/2108.01661) |  |`,
  `| [${titles.cka}](https://arxiv.org/abs/2210.16156) | - |`,
  `| [${titles.stitching}](https://arxiv.org/abs/2106.07682) | N/A |`,
  `| [${titles.insights}](https://arxiv.org/abs/1806.05759) | N/A |`,
  `| [${titles.ntk}](https://arxiv.org/abs/1806.07572) | N/A |`,
  `| [${titles.anti}](https://arxiv.org/abs/2010.09923) | N/A |`,
  `| [${titles.churn}](https://papers.nips.cc/paper_files/paper/2016/hash/dc5c768b5dc76a084531934b34601977-Abstract.html) | TBA |`,
);

const arxiv = (id: string, title: string): Record<string, PaperFact> => ({ [`arxiv:${id}`]: found(arxivRecord(id, title, { primaryCategory: 'cs.LG' })) });

const facts = factsOf({
  papers: {
    ...arxiv('2110.14739', titles.shape),
    ...arxiv('2108.01661', titles.grounding),
    ...arxiv('2210.16156', titles.cka),
    ...arxiv('2106.07682', titles.stitching),
    ...arxiv('1806.05759', titles.insights),
    ...arxiv('1806.07572', titles.ntk),
    // A source down: arXiv did not answer for this paper, nor DBLP for its title.
    'arxiv:2010.09923': { status: 'unverified', reason: 'arXiv answered HTTP 503' },
  },
  searches: {
    [titles.shape]: answered(dblpHit('conf/nips/WilliamsKLL21', titles.shape, 'NeurIPS', 2021, 'conference', { arxiv: '2110.14739' }), corrHit('2110.14739', titles.shape)),
    // The same title on a different paper, years before the preprint.
    [titles.grounding]: answered(dblpHit('conf/icml/Other15', titles.grounding, 'ICML', 2015, 'conference'), corrHit('2108.01661', titles.grounding)),
    // Only a CoRR record.
    [titles.cka]: answered(corrHit('2210.16156', titles.cka)),
    // A title one word away.
    [titles.stitching]: answered(dblpHit('conf/nips/BansalNB21', 'Revisiting Model Stitching to Compare Neural Network Representations', 'NeurIPS', 2021, 'conference')),
    // Two exact hits with different venues.
    [titles.insights]: answered(
      dblpHit('conf/nips/MorcosRB18', titles.insights, 'NeurIPS', 2018, 'conference'),
      dblpHit('conf/icml/Other19', titles.insights, 'ICML', 2019, 'conference'),
    ),
    // A three-word title.
    [titles.ntk]: answered(dblpHit('conf/nips/JacotHG18', titles.ntk, 'NeurIPS', 2018, 'conference')),
    [titles.anti]: unverifiedSearch,
    [titles.churn]: answered(),
  },
});

const advice = "write where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.";

describe('missing-venue with --metadata', () => {
  it('names what was found: strong evidence written in the list’s style, weak evidence as "possibly", nothing when a source is down', () => {
    expect(messages(list, facts, 'missing-venue')).toEqual([
      {
        line: 5, fixed: true,
        message: "Venue is 'N/A': the paper appeared at NeurIPS 2021 (DBLP); write 'NeurIPS 2021'.",
        suggestion: { text: 'NeurIPS 2021', source: 'dblp', url: 'https://dblp.org/rec/conf/nips/WilliamsKLL21' },
      },
      {
        line: 6, fixed: false,
        message: 'Venue is empty: write where the paper appeared, possibly ICML 2015 (DBLP, the same title, 6 years before the preprint).',
        suggestion: { text: 'ICML 2015', source: 'dblp', url: 'https://dblp.org/rec/conf/icml/Other15' },
      },
      {
        // Only a CoRR record: the arXiv style, never a conference; suggested, not written (no record proves "nowhere else").
        line: 7, fixed: false,
        message: "Venue is '-': arXiv 2210.16156 is a preprint, and DBLP knows no published version; write 'arXiv [cs.LG]' if it still is only one.",
        suggestion: { text: 'arXiv [cs.LG]', source: 'arxiv', url: 'https://arxiv.org/abs/2210.16156' },
      },
      {
        line: 8, fixed: false,
        message: "Venue is 'N/A': write where the paper appeared, possibly NeurIPS 2021 (DBLP, a similar title).",
        suggestion: { text: 'NeurIPS 2021', source: 'dblp', url: 'https://dblp.org/rec/conf/nips/BansalNB21' },
      },
      {
        line: 9, fixed: false,
        message: "Venue is 'N/A': write where the paper appeared, possibly NeurIPS 2018 or ICML 2019 (DBLP, several papers with this title appeared at different venues).",
        suggestion: { text: 'NeurIPS 2018', source: 'dblp', url: 'https://dblp.org/rec/conf/nips/MorcosRB18' },
      },
      {
        line: 10, fixed: false,
        message: "Venue is 'N/A': write where the paper appeared, possibly NeurIPS 2018 (DBLP, a title of 3 words).",
        suggestion: { text: 'NeurIPS 2018', source: 'dblp', url: 'https://dblp.org/rec/conf/nips/JacotHG18' },
      },
      { line: 11, fixed: false, message: `Venue is 'N/A': ${advice}` },
      {
        line: 12, fixed: true,
        message: "Venue is 'TBA': the paper appeared at NeurIPS 2016 (its link: papers.nips.cc); write 'NeurIPS 2016'.",
        suggestion: { text: 'NeurIPS 2016', source: 'link', url: 'https://papers.nips.cc/paper_files/paper/2016/hash/dc5c768b5dc76a084531934b34601977-Abstract.html' },
      },
    ]);
  });

  it('without --metadata nothing changes: the messages of before, no suggestion, no repair, even on a proceedings link', () => {
    expect(messages(list, {}, 'missing-venue')).toEqual([
      { line: 5, fixed: false, message: `Venue is 'N/A': ${advice}` },
      { line: 6, fixed: false, message: `Venue is empty: ${advice}` },
      { line: 7, fixed: false, message: `Venue is '-': ${advice}` },
      { line: 8, fixed: false, message: `Venue is 'N/A': ${advice}` },
      { line: 9, fixed: false, message: `Venue is 'N/A': ${advice}` },
      { line: 10, fixed: false, message: `Venue is 'N/A': ${advice}` },
      { line: 11, fixed: false, message: `Venue is 'N/A': ${advice}` },
      { line: 12, fixed: false, message: `Venue is 'TBA': ${advice}` },
    ]);
  });

  it('--fix writes only the strong ones, changes no other line, and a second run changes nothing', async () => {
    const once = await fixText('README.md', list, defaultConfig(), { facts });
    const before = list.split('\n');
    const after = once.text.split('\n');
    const changed = after.map((line, i) => [i + 1, line] as const).filter(([i, line]) => line !== before[i - 1]);
    expect(changed).toEqual([
      [5, `| [${titles.shape}](https://arxiv.org/abs/2110.14739) | NeurIPS 2021 |`],
      [12, `| [${titles.churn}](https://papers.nips.cc/paper_files/paper/2016/hash/dc5c768b5dc76a084531934b34601977-Abstract.html) | NeurIPS 2016 |`],
    ]);
    expect(once.repaired).toBe(2);
    const twice = await fixText('README.md', once.text, defaultConfig(), { facts });
    expect(twice).toMatchObject({ text: once.text, repaired: 0 });
  });

  it('a source down: nothing changes, the rows keep their messages', async () => {
    const down = factsOf({
      papers: { 'arxiv:2110.14739': { status: 'unverified', reason: 'arXiv answered HTTP 503' } },
      searches: { [titles.shape]: unverifiedSearch },
    });
    const text = md(`| [${titles.shape}](https://arxiv.org/abs/2110.14739) | N/A |`);
    expect(messages(text, down, 'missing-venue')).toEqual([{ line: 3, fixed: false, message: `Venue is 'N/A': ${advice}` }]);
    expect((await fixText('README.md', text, defaultConfig(), { facts: down })).text).toBe(text);
  });

  it('only a CoRR record: the arXiv style, never a conference, suggested and not written; the list’s plain form when no category is known', async () => {
    const plain = md(
      '| [Similarity of Neural Network Representations Revisited](https://arxiv.org/abs/1905.00414) | arXiv |',
      `| [${titles.cka}](https://arxiv.org/abs/2210.16156) | N/A |`,
    );
    const onlyCorr = factsOf({ searches: { [titles.cka]: answered(corrHit('2210.16156', titles.cka)) } });
    expect(messages(plain, onlyCorr, 'missing-venue')).toEqual([
      {
        line: 4, fixed: false,
        message: "Venue is 'N/A': arXiv 2210.16156 is a preprint, and DBLP knows no published version; write 'arXiv' if it still is only one.",
        suggestion: { text: 'arXiv', source: 'dblp', url: 'https://dblp.org/rec/journals/corr/abs-2210-16156' },
      },
    ]);
    expect((await fixText('README.md', plain, defaultConfig(), { facts: onlyCorr })).text).toBe(plain);
  });

  it('a row without a venue cell: named and suggested, not repaired (the missing cell is row-format’s)', () => {
    const text = md(`| [${titles.shape}](https://arxiv.org/abs/2110.14739) |`);
    expect(messages(text, facts, 'missing-venue')).toEqual([
      {
        line: 3, fixed: false,
        message: "This row has no venue cell: the paper appeared at NeurIPS 2021 (DBLP); add '| venue |' with 'NeurIPS 2021'.",
        suggestion: { text: 'NeurIPS 2021', source: 'dblp', url: 'https://dblp.org/rec/conf/nips/WilliamsKLL21' },
      },
    ]);
  });
});

describe('missing-link with --metadata', () => {
  const rebasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';
  const fusion = 'Model Fusion via Optimal Transport';
  const rebasinFacts = factsOf({
    searches: {
      [rebasin]: answered(dblpHit('conf/iclr/AinsworthHS23', rebasin, 'ICLR', 2023, 'conference'), corrHit('2209.04836', rebasin)),
      'Model Fusion via Optimal Transports': answered(corrHit('1910.05653', fusion)),
      'Git Re-Basin Merging': answered(corrHit('2209.04836', 'Git Re-Basin Merging')),
    },
  });

  it('an exact title of 4+ words on one arXiv paper: named, suggested and linked in the list’s form; the venue follows', async () => {
    const text = md('| [Similarity of Neural Network Representations Revisited](https://arxiv.org/abs/1905.00414) | ICML 2019 |', `| ${rebasin} | N/A |`);
    expect(messages(text, rebasinFacts, 'missing-link')).toEqual([
      {
        line: 4, fixed: true,
        message: `'Git Re-Basin: Merging Models modulo Permutation Symmetries' has no link: arXiv 2209.04836 has this exact title (DBLP); link it: https://arxiv.org/abs/2209.04836.`,
        suggestion: { text: 'https://arxiv.org/abs/2209.04836', source: 'dblp', url: 'https://dblp.org/rec/journals/corr/abs-2209-04836' },
      },
    ]);
    // The title's arXiv paper dates the ICLR record found by the same exact title.
    expect(messages(text, rebasinFacts, 'missing-venue').map((m) => [m.message, m.fixed])).toEqual([
      ["Venue is 'N/A': the paper appeared at ICLR 2023 (DBLP); write 'ICLR 2023'.", true],
    ]);
    const once = await fixText('README.md', text, defaultConfig(), { facts: rebasinFacts });
    expect(once.text.split('\n')[3]).toBe(`| [${rebasin}](https://arxiv.org/abs/2209.04836) | ICLR 2023 |`);
    expect((await fixText('README.md', once.text, defaultConfig(), { facts: rebasinFacts })).text).toBe(once.text);
  });

  it('links in the list’s form: pdf links where the list links PDFs, inside a bold title, or in its link column', async () => {
    const pdf = md('| [Similarity of Neural Network Representations Revisited](https://arxiv.org/pdf/1905.00414.pdf) | ICML 2019 |', `| **${rebasin}** | ICLR 2023 |`);
    expect((await fixText('README.md', pdf, defaultConfig(), { facts: rebasinFacts })).text.split('\n')[3]).toBe(`| **[${rebasin}](https://arxiv.org/pdf/2209.04836.pdf)** | ICLR 2023 |`);
    const column = [
      '| Title | Paper | Venue |',
      '|---|---|---|',
      '| Similarity of Neural Network Representations Revisited | [arXiv](https://arxiv.org/abs/1905.00414) | ICML 2019 |',
      `| ${rebasin} |  | ICLR 2023 |`,
      '',
    ].join('\n');
    expect((await fixText('README.md', column, defaultConfig(), { facts: rebasinFacts })).text.split('\n')[3]).toBe(`| ${rebasin} | [arXiv](https://arxiv.org/abs/2209.04836) | ICLR 2023 |`);
  });

  it('a similar title or a three-word one: "possibly", never linked', () => {
    const text = md('| Model Fusion via Optimal Transports | NeurIPS 2020 |', '| Git Re-Basin Merging | ICLR 2023 |');
    expect(messages(text, rebasinFacts, 'missing-link')).toEqual([
      {
        line: 3, fixed: false,
        message: "'Model Fusion via Optimal Transports' has no link: make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…); possibly arXiv 1910.05653 (DBLP, a similar title).",
        suggestion: { text: 'https://arxiv.org/abs/1910.05653', source: 'dblp', url: 'https://dblp.org/rec/journals/corr/abs-1910-05653' },
      },
      {
        line: 4, fixed: false,
        message: "'Git Re-Basin Merging' has no link: make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…); possibly arXiv 2209.04836 (DBLP, a title of 3 words).",
        suggestion: { text: 'https://arxiv.org/abs/2209.04836', source: 'dblp', url: 'https://dblp.org/rec/journals/corr/abs-2209-04836' },
      },
    ]);
  });
});

describe('what servers send never reaches the list unchecked', () => {
  it('hostile venue strings, ids and URLs: nothing of them is written, and the venue written is lint-list’s own', async () => {
    const rebasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';
    const cka = titles.cka;
    const text = md(`| [${rebasin}](https://arxiv.org/abs/2209.04836) | N/A |`, `| [${cka}](https://arxiv.org/abs/2210.16156) | N/A |`, `| ${titles.shape} | N/A |`);
    const hostile = factsOf({
      papers: {
        'arxiv:2210.16156': found(arxivRecord('2210.16156', cka, { primaryCategory: 'cs.LG]|<b>', journalRef: 'ICLR 2023 <script>alert(1)</script>' })),
      },
      searches: {
        // A venue that spells ICLR between markup: read as ICLR, written as lint-list writes ICLR.
        [rebasin]: answered(dblpHit('conf/iclr/X23', rebasin, 'I|C|L|R', 2023, 'conference', { arxiv: '2209.04836' }, 'javascript:alert(1)')),
        [cka]: answered(dblpHit('journals/x/Y23', cka, 'Nature</td><script>alert(1)</script> | [x](javascript:y)', 2023, 'journal', { arxiv: '2210.16156' })),
        [titles.shape]: answered({ ...corrHit('2110.14739', titles.shape), ids: { arxiv: '2110.14739)](javascript:alert(1)) [x' } }),
      },
    });
    const once = await fixText('README.md', text, defaultConfig(), { facts: hostile });
    expect(once.text).toBe(md(`| [${rebasin}](https://arxiv.org/abs/2209.04836) | ICLR 2023 |`, `| [${cka}](https://arxiv.org/abs/2210.16156) | N/A |`, `| ${titles.shape} | N/A |`));
    const report = lintText('README.md', once.text, undefined, hostile).messages;
    // Messages may name what a server said, without its markup; suggestions hold only lint-list's own text.
    for (const finding of report) {
      expect(finding.message.replace('e.g. [Title](https://arxiv.org/abs/…)', '')).not.toMatch(/<|>|\||\]\(/);
      for (const text of [finding.suggestion?.text ?? '', finding.suggestion?.url ?? '']) expect(text).not.toMatch(/<|>|\||javascript:|\]\(/);
    }
    expect(report.find((m) => m.ruleId === 'missing-venue' && m.line === 4)?.message).toBe(
      "Venue is 'N/A': the paper appeared in 'Nature /td script alert(1) /script x (javascript:y)' 2023 (DBLP); write where it appeared.",
    );
  });
});

describe('the JSON report', () => {
  it('a message gains suggestion {text, source, url} when it has one, and nothing otherwise', () => {
    const result = lintText('README.md', list, undefined, facts);
    const report = JSON.parse(formatJson([result]));
    const messages = report.files[0].messages as Array<Record<string, unknown>>;
    expect(messages.find((m) => m.line === 5 && m.ruleId === 'missing-venue')).toEqual({
      ruleId: 'missing-venue', severity: 'error', line: 5, column: 93, endLine: 5, endColumn: 96,
      message: "Venue is 'N/A': the paper appeared at NeurIPS 2021 (DBLP); write 'NeurIPS 2021'.",
      fixable: true,
      suggestion: { text: 'NeurIPS 2021', source: 'dblp', url: 'https://dblp.org/rec/conf/nips/WilliamsKLL21' },
    });
    expect(Object.keys(messages.find((m) => m.line === 11) ?? {})).toEqual(['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'fixable']);
    const noUrl = JSON.parse(formatJson([{ path: 'x.md', messages: [{ ...result.messages[0]!, suggestion: { text: 'ICLR 2023', source: 'link' } }] }]));
    expect(noUrl.files[0].messages[0].suggestion).toEqual({ text: 'ICLR 2023', source: 'link', url: null });
  });
});
