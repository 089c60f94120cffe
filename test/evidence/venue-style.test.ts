import { describe, expect, it } from 'vitest';
import {
  knownVenue,
  listStyleOf,
  readVenue,
  sanitizeVenueText,
  writeArxivLink,
  writeListVenue,
  writePreprint,
  writeVenue,
} from '../../src/identity/venue-style.js';

// The list's own style, read from its venue cells and links (src/identity/venue-style.ts), and what
// lint-list writes in it.

describe('venue names as lists and metadata sources write them', () => {
  it.each([
    ['NIPS', 'NeurIPS', 'main'],
    ['NeurIPS Datasets and Benchmarks', 'NeurIPS', 'main'],
    ['Advances in Neural Information Processing Systems', 'NeurIPS', 'main'],
    ['ECCV (12)', 'ECCV', 'main'],
    ['ICLR (Poster)', 'ICLR', 'main'],
    ['ICLR 2023 poster', 'ICLR', 'main'],
    ['ACL (Findings)', 'ACL', 'findings'],
    ['Findings of EMNLP', 'EMNLP', 'findings'],
    ['CVPR Workshops', 'CVPR', 'workshop'],
    ['CVPR_W', 'CVPR', 'workshop'],
    ['Trans. Mach. Learn. Res.', 'TMLR', 'main'],
    ['IEEE Trans. Pattern Anal. Mach. Intell.', 'TPAMI', 'main'],
    ['2023 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)', 'CVPR', 'main'],
    ['Proceedings of the 40th International Conference on Machine Learning', 'ICML', 'main'],
  ])('%s → %s (%s)', (text, name, variant) => {
    expect(knownVenue(text)).toEqual({ name, variant });
  });

  it.each(['arXiv', 'CoRR', 'Tiny Papers @ ICLR', 'Mach. Learn.', 'ICLR | <img src=x>', ''])('%s: no venue lint-list knows', (text) => {
    expect(knownVenue(text)).toBeUndefined();
  });
});

describe('venue cells', () => {
  it.each([
    ['NeurIPS 2021', { venue: 'NeurIPS', year: 2021, yearFormat: 'space', preprint: false }],
    ["NIPS'21", { venue: 'NeurIPS', year: 2021, yearFormat: 'apostrophe', preprint: false }],
    ["CVPR '18", { venue: 'CVPR', year: 2018, yearFormat: 'spaceApostrophe', preprint: false }],
    ['ICCV2021', { venue: 'ICCV', year: 2021, yearFormat: 'joined', preprint: false }],
    ['CVPR', { venue: 'CVPR', year: undefined, yearFormat: 'none', preprint: false }],
    ['arXiv [cs.LG]', { venue: undefined, year: undefined, yearFormat: 'none', preprint: true }],
    ['Arxiv2024', { venue: undefined, year: 2024, yearFormat: 'joined', preprint: true }],
    ['CoRR', { venue: undefined, year: undefined, yearFormat: 'none', preprint: true }],
    ['Under review at ICLR 2024', { venue: 'ICLR', year: 2024, yearFormat: 'space', preprint: true }],
    ['ICLR 2023 (Spotlight)', { venue: 'ICLR', year: 2023, yearFormat: 'space', preprint: false }],
  ])('%s', (text, expected) => {
    const reading = readVenue(text);
    expect({ venue: reading.venue?.name, year: reading.year, yearFormat: reading.yearFormat, preprint: reading.preprint }).toEqual(expected);
  });

  it('a cell naming several venues names them all', () => {
    expect(readVenue('ICML 2021, NeurIPS 2021').venues).toEqual([{ name: 'ICML', variant: 'main' }, { name: 'NeurIPS', variant: 'main' }]);
  });
});

describe("writing in the list's style", () => {
  const neurips2022 = { name: 'NeurIPS', variant: 'main' as const, year: 2022 };

  it("a NIPS'21 list gets NIPS'22; a NeurIPS 2021 list NeurIPS 2022; a NeurIPS'21 list NeurIPS'22", () => {
    expect(writeVenue(listStyleOf(["NIPS'21", "NIPS'20", "ICML'19"], []), neurips2022)).toBe("NIPS'22");
    expect(writeVenue(listStyleOf(['NeurIPS 2021', 'ICML 2019'], []), neurips2022)).toBe('NeurIPS 2022');
    expect(writeVenue(listStyleOf(["NeurIPS'21", "ICML'19"], []), neurips2022)).toBe("NeurIPS'22");
  });

  it("a venue the list has not written yet: the short name in the list's year format", () => {
    expect(writeVenue(listStyleOf(["NIPS'21", "ICML'19"], []), { name: 'ICLR', variant: 'main', year: 2023 })).toBe("ICLR'23");
    expect(writeVenue(listStyleOf(['ICCV2021', 'CVPR2022'], []), { name: 'ECCV', variant: 'main', year: 2022 })).toBe('ECCV2022');
    // A list that writes the year in its own column writes venues without one.
    expect(writeVenue(listStyleOf(['CVPR', 'ICCV', 'TOG'], []), { name: 'ECCV', variant: 'main', year: 2022 })).toBe('ECCV');
    expect(writeVenue(listStyleOf([], []), { name: 'ICLR', variant: 'main', year: 2023 })).toBe('ICLR 2023');
  });

  it('workshops and findings: the list’s own form, else named as such', () => {
    expect(writeVenue(listStyleOf(['CVPRW2021', 'CVPR2022'], []), { name: 'CVPR', variant: 'workshop', year: 2023 })).toBe('CVPRW2023');
    expect(writeVenue(listStyleOf(['CVPR 2022'], []), { name: 'CVPR', variant: 'workshop', year: 2023 })).toBe('CVPR 2023 Workshop');
    expect(writeVenue(listStyleOf(['EMNLP 2025 Findings'], []), { name: 'EMNLP', variant: 'findings', year: 2023 })).toBe('EMNLP 2023 Findings');
    expect(writeVenue(listStyleOf([], []), { name: 'ACL', variant: 'findings', year: 2025 })).toBe('Findings of ACL 2025');
  });

  it('names lint-list does not know are written only in the list’s own spelling', () => {
    expect(writeVenue(listStyleOf([], []), { name: 'Nature Machine Intelligence', variant: 'main', year: 2021 })).toBeUndefined();
    expect(writeVenue(listStyleOf([], []), { name: 'NLLP', variant: 'workshop', year: 2025, fromOwnData: true })).toBe('NLLP 2025 Workshop');
    const style = listStyleOf(['Nature Machine Intelligence 2020', 'ICML 2019'], []);
    expect(writeListVenue(style, 'Nature machine intelligence', 2021)).toBe('Nature Machine Intelligence 2021');
    expect(writeListVenue(style, 'Nature Machine Intelligence</td><script>', 2021)).toBeUndefined();
    expect(writeListVenue(style, 'Science', 2021)).toBeUndefined();
  });

  it('preprints: arXiv [cs.LG] where the list writes categories, else its plain form', () => {
    const categories = listStyleOf(['arXiv [cs.LG]', 'arXiv [cs.CV]', 'arXiv', 'ICML 2019'], []);
    expect(writePreprint(categories, { year: 2021, category: 'cs.LG' })).toBe('arXiv [cs.LG]');
    expect(writePreprint(categories, { year: 2021 })).toBe('arXiv');
    expect(writePreprint(listStyleOf(['arXiv [cs.LG]'], []), { year: 2021 })).toBeUndefined();
    expect(writePreprint(listStyleOf(['arXiv 2023', 'Arxiv'], []), { year: 2021 })).toBe('arXiv 2021');
    expect(writePreprint(listStyleOf(['Arxiv2024', 'CVPR2023'], []), { year: 2021 })).toBe('Arxiv2021');
    expect(writePreprint(listStyleOf([], []), { year: 2021, category: 'cs.LG' })).toBe('arXiv');
    expect(writePreprint(listStyleOf(['arXiv [cs.LG]'], []), { category: 'cs.LG]|x' })).toBeUndefined();
  });

  it('arXiv links in the form the list uses: abs, pdf, or pdf with .pdf', () => {
    expect(writeArxivLink(listStyleOf([], ['https://arxiv.org/abs/2101.00001', 'https://arxiv.org/pdf/2101.00002']), '2110.14739')).toBe('https://arxiv.org/abs/2110.14739');
    expect(writeArxivLink(listStyleOf([], ['https://arxiv.org/pdf/2101.00001', 'https://arxiv.org/pdf/2101.00002v2']), '2110.14739')).toBe('https://arxiv.org/pdf/2110.14739');
    expect(writeArxivLink(listStyleOf([], ['https://arxiv.org/pdf/2101.00001.pdf', 'http://arxiv.org/pdf/2101.00002v1.pdf']), '2110.14739')).toBe('https://arxiv.org/pdf/2110.14739.pdf');
    expect(writeArxivLink(listStyleOf([], []), '2110.14739)](javascript:x)')).toBeUndefined();
  });

  it('what is written holds no markdown, HTML or line breaks', () => {
    expect(sanitizeVenueText('ICLR | <img src=x onerror=alert(1)> [x](javascript:y) `code`\n{{ liquid }} \\*')).toBe('ICLR img src=x onerror=alert(1) x (javascript:y) code liquid');
  });
});
