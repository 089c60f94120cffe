import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import type { Facts } from '../../src/facts.js';
import { answered, arxivRecord, corrHit, dblpHit, factsOf, found, openReviewRecord } from '../evidence/records.js';
import { repoRoot } from '../helpers/paths.js';
import { ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'venue-mismatch';
const wildDir = `${repoRoot}../shared/fixtures/wild/`;
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...rows: string[]) => `| Title | Venue |\n|---|---|\n${rows.join('\n')}\n`;

function findings(text: string, facts: Facts = {}) {
  return lintText('README.md', text, undefined, facts)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ severity, line, column, endColumn, message, fix, suggestion }) => ({ severity, line, column, endColumn, message, fix, suggestion }));
}

const warning = (line: number, column: number, endColumn: number, message: string) =>
  ({ severity: 'warning', line, column, endColumn, message, fix: undefined, suggestion: undefined });

describe('venue-mismatch', () => {
  it('bad.md: each link proves another venue or year than the cell says; no repair (which is wrong is for a person)', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      warning(7, 154, 163, "This row links to the NeurIPS 2021 proceedings (proceedings.neurips.cc), but the venue says 'ICML 2021': correct whichever is wrong."),
      warning(8, 120, 129, "This row links to the ICML 2023 proceedings (proceedings.mlr.press), but the venue says 'ICML 2022': correct whichever is wrong."),
      warning(9, 211, 220, "This row links to the WACV 2024 proceedings (openaccess.thecvf.com), but the venue says 'CVPR 2024': correct whichever is wrong."),
      warning(10, 236, 245, "This row links to the CVPR 2021 Workshop proceedings (openaccess.thecvf.com), but the venue says 'CVPR 2021': correct whichever is wrong."),
      warning(11, 178, 186, "This row links to the Findings of ACL 2025 (aclanthology.org), but the venue says 'ACL 2025': correct whichever is wrong."),
      warning(12, 141, 148, "This row links to the NeurIPS 2020 proceedings (papers.nips.cc), but the venue says 'NIPS'21': correct whichever is wrong."),
    ]);
  });

  it('good.md: no venue-mismatch finding, and no finding at all (a venue without a year, an unknown name, several venues, a workshop)', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  it('a preprint venue on a proceedings link is venue-outdated’s to report (with --metadata), not a contradiction', () => {
    const text = md('| [Generalized Shape Metrics on Neural Representations](https://proceedings.neurips.cc/paper/2021/hash/252a3dbaeb32e7690242ad3b556e626b-Abstract.html) | arXiv [cs.LG] |');
    expect(findings(text)).toEqual([]);
  });

  it('with --metadata, a record tied to the row by its identifier contradicts the cell too', () => {
    const text = md('| [Editing Models with Task Arithmetic](https://openreview.net/forum?id=6t0Kwf8-jrj) | NeurIPS 2022 |');
    const record = openReviewRecord('6t0Kwf8-jrj', 'Editing Models with Task Arithmetic', 'ICLR.cc/2023/Conference', 'ICLR 2023 poster', true, 'conference', 2023);
    expect(findings(text, factsOf({ papers: { 'openreview:6t0Kwf8-jrj': found(record) } }))).toEqual([
      warning(3, 88, 100, "OpenReview says this paper appeared at ICLR 2023, but the venue says 'NeurIPS 2022': correct whichever is wrong."),
    ]);
    const rebasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';
    const arxivRow = md(`| [${rebasin}](https://arxiv.org/abs/2209.04836) | NeurIPS 2022 |`);
    const tied = dblpHit('conf/iclr/AinsworthHS23', rebasin, 'ICLR', 2023, 'conference', { arxiv: '2209.04836' });
    expect(findings(arxivRow, factsOf({ searches: { [rebasin]: answered(tied) } })).map((f) => f.message)).toEqual([
      "DBLP says this paper appeared at ICLR 2023, but the venue says 'NeurIPS 2022': correct whichever is wrong.",
    ]);
    const journalRef = arxivRecord('2209.04836', rebasin, { journalRef: 'ICLR 2023' });
    expect(findings(arxivRow, factsOf({ papers: { 'arxiv:2209.04836': found(journalRef) } })).map((f) => f.message)).toEqual([
      "arXiv's journal reference says this paper appeared at ICLR 2023, but the venue says 'NeurIPS 2022': correct whichever is wrong.",
    ]);
  });

  it('a title alone never contradicts a person, however exact', () => {
    const rebasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';
    const text = md(`| [${rebasin}](https://arxiv.org/abs/2209.04836) | NeurIPS 2022 |`);
    const byTitle = dblpHit('conf/iclr/AinsworthHS23', rebasin, 'ICLR', 2023, 'conference');
    expect(findings(text, factsOf({ searches: { [rebasin]: answered(byTitle, corrHit('2209.04836', rebasin)) } }))).toEqual([]);
  });

  it('a name lint-list does not know contradicts nothing; nor does a journal’s year from a record', () => {
    const text = md('| [Deep Learning for Protein Folding](https://doi.org/10.1109/tpami.2022.0001) | TPAMI 2021 |');
    const tpami = { source: 'crossref' as const, id: '10.1109/tpami.2022.0001', title: 'Deep Learning for Protein Folding', venue: 'IEEE Transactions on Pattern Analysis and Machine Intelligence', year: 2022, kind: 'journal' as const, ids: { doi: '10.1109/tpami.2022.0001' } };
    expect(findings(text, factsOf({ papers: { 'doi:10.1109/tpami.2022.0001': found(tpami) } }))).toEqual([]);
    const lncs = { ...tpami, venue: 'Lecture Notes in Computer Science', kind: 'conference' as const };
    expect(findings(md('| [Deep Learning for Protein Folding](https://doi.org/10.1109/tpami.2022.0001) | ECCV 2022 |'), factsOf({ papers: { 'doi:10.1109/tpami.2022.0001': found(lncs) } }))).toEqual([]);
  });
});

describe('venue-mismatch on the wild lists (../shared/fixtures/wild/), each finding read as the list’s maintainer would', () => {
  it('8 warnings, three rows in their versions, each right', () => {
    const found: string[] = [];
    for (const dir of readdirSync(wildDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(`${wildDir}${dir.name}`).filter((file) => /^README\..+\.md$/.test(file)).sort()) {
        const text = readFileSync(`${wildDir}${dir.name}/${name}`, 'utf8');
        for (const m of lintText(name, text).messages) if (m.ruleId === ruleId) found.push(`${dir.name}/${name}:${m.line} ${m.message}`);
      }
    }
    const wacv = "This row links to the WACV 2024 proceedings (openaccess.thecvf.com), but the venue says 'CVPR': correct whichever is wrong.";
    const workshop = "This row links to the CVPR 2021 Workshop proceedings (openaccess.thecvf.com), but the venue says 'CVPR': correct whichever is wrong.";
    const findings = "This row links to the Findings of ACL 2025 (aclanthology.org), but the venue says 'ACL 2025': correct whichever is wrong.";
    expect(found.sort()).toEqual([
      // MLCapsule appeared at a CVPR 2021 workshop (TCV), not the main conference.
      `HongshengHu__membership-inference-machine-learning-literature/README.2271581.md:271 ${workshop}`,
      `HongshengHu__membership-inference-machine-learning-literature/README.3f25c61.md:233 ${workshop}`,
      `HongshengHu__membership-inference-machine-learning-literature/README.7b01f83.md:282 ${workshop}`,
      // A WACV 2024 paper listed as CVPR.
      `KwanWaiPang__Awesome-Transformer-based-SLAM/README.0425758.md:244 ${wacv}`,
      `KwanWaiPang__Awesome-Transformer-based-SLAM/README.552d60f.md:243 ${wacv}`,
      `KwanWaiPang__Awesome-Transformer-based-SLAM/README.808abf8.md:244 ${wacv}`,
      // Fraud-R1 is in the Findings of ACL 2025 (2025.findings-acl.226), not the main proceedings.
      `safe-graph__graph-fraud-detection-papers/README.199c5a8.md:37 ${findings}`,
      `safe-graph__graph-fraud-detection-papers/README.d5aec6e.md:58 ${findings}`,
    ]);
  });
});
