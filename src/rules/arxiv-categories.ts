/**
 * The arXiv category taxonomy (https://arxiv.org/category_taxonomy): archive → subject classes.
 * Archives without subject classes (`quant-ph`, `hep-th`…) map to an empty list.
 */
const taxonomy: Record<string, string[]> = {
  cs: ['AI', 'AR', 'CC', 'CE', 'CG', 'CL', 'CR', 'CV', 'CY', 'DB', 'DC', 'DL', 'DM', 'DS', 'ET', 'FL', 'GL', 'GR', 'GT', 'HC', 'IR', 'IT', 'LG', 'LO', 'MA', 'MM', 'MS', 'NA', 'NE', 'NI', 'OH', 'OS', 'PF', 'PL', 'RO', 'SC', 'SD', 'SE', 'SI', 'SY'],
  econ: ['EM', 'GN', 'TH'],
  eess: ['AS', 'IV', 'SP', 'SY'],
  math: ['AC', 'AG', 'AP', 'AT', 'CA', 'CO', 'CT', 'CV', 'DG', 'DS', 'FA', 'GM', 'GN', 'GR', 'GT', 'HO', 'IT', 'KT', 'LO', 'MG', 'MP', 'NA', 'NT', 'OA', 'OC', 'PR', 'QA', 'RA', 'RT', 'SG', 'SP', 'ST'],
  'astro-ph': ['CO', 'EP', 'GA', 'HE', 'IM', 'SR'],
  'cond-mat': ['dis-nn', 'mes-hall', 'mtrl-sci', 'other', 'quant-gas', 'soft', 'stat-mech', 'str-el', 'supr-con'],
  'gr-qc': [],
  'hep-ex': [],
  'hep-lat': [],
  'hep-ph': [],
  'hep-th': [],
  'math-ph': [],
  nlin: ['AO', 'CD', 'CG', 'PS', 'SI'],
  'nucl-ex': [],
  'nucl-th': [],
  physics: ['acc-ph', 'ao-ph', 'app-ph', 'atm-clus', 'atom-ph', 'bio-ph', 'chem-ph', 'class-ph', 'comp-ph', 'data-an', 'ed-ph', 'flu-dyn', 'gen-ph', 'geo-ph', 'hist-ph', 'ins-det', 'med-ph', 'optics', 'plasm-ph', 'pop-ph', 'soc-ph', 'space-ph'],
  'q-bio': ['BM', 'CB', 'GN', 'MN', 'NC', 'OT', 'PE', 'QM', 'SC', 'TO'],
  'q-fin': ['CP', 'EC', 'GN', 'MF', 'PM', 'PR', 'RM', 'ST', 'TR'],
  'quant-ph': [],
  stat: ['AP', 'CO', 'ME', 'ML', 'OT', 'TH'],
};

export const arxivCategories: ReadonlySet<string> = new Set(
  Object.entries(taxonomy).flatMap(([archive, classes]) =>
    classes.length === 0 ? [archive] : [archive, ...classes.map((c) => `${archive}.${c}`)],
  ),
);

export const arxivArchives: ReadonlySet<string> = new Set(Object.keys(taxonomy));

/** Categories people mean when they write one that does not exist. */
const usualMeaning: Record<string, string[]> = {
  'cs.ML': ['cs.LG', 'stat.ML'],
  'stat.LG': ['stat.ML', 'cs.LG'],
  'cs.NLP': ['cs.CL'],
  'cs.NN': ['cs.NE', 'cs.LG'],
};

/** The real categories a wrong one most likely meant: case fixed, the usual mix-ups, same class elsewhere. */
export function suggestCategories(written: string): string[] {
  const byCase = [...arxivCategories].filter((c) => c.toLowerCase() === written.toLowerCase());
  if (byCase.length > 0) return byCase;
  const [archive = '', subject = ''] = written.split('.');
  const key = `${archive.toLowerCase()}.${subject.toUpperCase()}`;
  const usual = Object.entries(usualMeaning).find(([wrong]) => wrong.toLowerCase() === key.toLowerCase())?.[1];
  if (usual) return usual;
  return [...arxivCategories].filter((c) => c.split('.')[1]?.toLowerCase() === subject.toLowerCase()).slice(0, 3);
}
