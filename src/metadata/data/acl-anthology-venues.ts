/**
 * What ACL Anthology ids say about where a paper appeared.
 *
 * Source: the Anthology's own venue list, `github.com/acl-org/acl-anthology`, `data/yaml/venues.yaml`
 * (each venue's acronym, full name and, for old-style ids, its letter). A venue counts as a workshop
 * here when that list's name calls it one ("Workshop on Representation Learning for NLP"); SemEval is a
 * workshop too ("International Workshop on Semantic Evaluation", the title of its proceedings). A slug
 * that is in neither table below gives no venue: the reader says nothing rather than guess.
 *
 * New-style ids (2020 on, and events added later): `2023.acl-long.12` is year, venue slug, volume,
 * paper. `findings-<conf>` volumes are Findings of that conference; `<conf>-srw` volumes are the
 * conference's Student Research Workshop.
 *
 * Old-style ids (to 2019): `P19-1001` is letter (venue), two-digit year, volume digit, paper number.
 * Only volume 1 is read for conferences, because it is the main proceedings in every year, while the
 * other volumes vary from year to year (short papers, demos, tutorials, and in some years the Student
 * Research Workshop, e.g. P19-2; EMNLP 2019 workshops got D19-5… and D19-6… ids). Journals (J, Q) are
 * read in every volume; W ("Other Workshops and Events") is read as a workshop without a name, since
 * the id alone does not say which workshop.
 */

export type AclVenueKind = 'conference' | 'journal' | 'workshop';

export interface AclConference {
  /** Short name as lists write it. */
  acronym: string;
  /** Whether the Anthology has `findings-<slug>` volumes for this conference. */
  findings?: boolean;
}

/** New-style slugs of conferences (the Anthology's names: "… Conference", "Annual Meeting", "Chapter"). */
export const aclConferences: Readonly<Record<string, AclConference>> = {
  acl: { acronym: 'ACL', findings: true },
  emnlp: { acronym: 'EMNLP', findings: true },
  naacl: { acronym: 'NAACL', findings: true },
  eacl: { acronym: 'EACL', findings: true },
  aacl: { acronym: 'AACL', findings: true },
  ijcnlp: { acronym: 'IJCNLP', findings: true },
  coling: { acronym: 'COLING' },
  conll: { acronym: 'CoNLL' },
  lrec: { acronym: 'LREC' },
  starsem: { acronym: '*SEM' },
  sigdial: { acronym: 'SIGDIAL' },
  inlg: { acronym: 'INLG' },
  iwslt: { acronym: 'IWSLT' },
  iwcs: { acronym: 'IWCS' },
  iwpt: { acronym: 'IWPT' },
  // "Workshop on Statistical Machine Translation" until 2015; since 2016 its proceedings are those of
  // the "Conference on Machine Translation", and new-style WMT ids start in 2020.
  wmt: { acronym: 'WMT' },
};

/** Journals with new-style ids: `2023.tacl-1.2`, `2022.cl-4.1`. */
export const aclJournals: Readonly<Record<string, string>> = {
  tacl: 'TACL',
  cl: 'CL',
};

/**
 * New-style slugs of workshops, with their acronyms; all are named "… Workshop …" in the Anthology's
 * venue list, except BlackboxNLP, whose proceedings are titled "Proceedings of the … BlackboxNLP
 * Workshop on Analyzing and Interpreting Neural Networks for NLP", and SemEval (see above). Acronyms
 * are the list's own, except where it has only the lower-case slug (insights, sdp, spnlp, dialdoc,
 * newsum, sustainlp, loresmt, maiworkshop, nlppower): those are capitalised as the workshops write
 * their names.
 */
export const aclWorkshops: Readonly<Record<string, string>> = {
  adaptnlp: 'AdaptNLP',
  akbc: 'AKBC',
  alnlp: 'ALNLP',
  alvr: 'ALVR',
  alw: 'ALW',
  americasnlp: 'AmericasNLP',
  argmining: 'ArgMining',
  autosimtrans: 'AutoSimTrans',
  bea: 'BEA',
  bioasq: 'BioASQ',
  bionlp: 'BioNLP',
  blackboxnlp: 'BlackboxNLP',
  bsnlp: 'BSNLP',
  bucc: 'BUCC',
  calcs: 'CALCS',
  clinicalnlp: 'ClinicalNLP',
  clpsych: 'CLPsych',
  cmcl: 'CMCL',
  codi: 'CODI',
  crac: 'CRAC',
  dadc: 'DADC',
  deelio: 'DeeLIO',
  deeplo: 'DeepLo',
  dialdoc: 'DialDoc',
  discomt: 'DiscoMT',
  dravidianlangtech: 'DravidianLangTech',
  ecnlp: 'ECNLP',
  eval4nlp: 'Eval4NLP',
  fever: 'FEVER',
  figlang: 'Fig-Lang',
  fl4nlp: 'FL4NLP',
  fnp: 'FNP',
  gebnlp: 'GeBNLP',
  gem: 'GEM',
  hcinlp: 'HCINLP',
  humeval: 'HumEval',
  in2writing: 'In2Writing',
  insights: 'Insights',
  internlp: 'InterNLP',
  latechclfl: 'LaTeCHCLfL',
  law: 'LAW',
  lchange: 'LChange',
  lnls: 'LNLS',
  loresmt: 'LoResMT',
  louhi: 'Louhi',
  ltedi: 'LTEDI',
  maiworkshop: 'MAI',
  metanlp: 'MetaNLP',
  mia: 'MIA',
  mml: 'MML',
  mrl: 'MRL',
  mrqa: 'MRQA',
  mwe: 'MWE',
  newsum: 'NewSum',
  ngt: 'NGT',
  nllp: 'NLLP',
  nlp4convai: 'NLP4ConvAI',
  nlp4if: 'NLP4IF',
  nlp4posimpact: 'NLP4PosImpact',
  nlp4prog: 'NLP4Prog',
  nlpcovid19: 'NLP-COVID19',
  nlpcss: 'NLP+CSS',
  nlposs: 'NLPOSS',
  nlppower: 'NLP Power',
  nuse: 'NUSE',
  privatenlp: 'PrivateNLP',
  repl4nlp: 'RepL4NLP',
  sdp: 'SDP',
  semeval: 'SemEval',
  socialnlp: 'SocialNLP',
  spanlp: 'SpaNLP',
  splurobonlp: 'SpLU-RoboNLP',
  spnlp: 'SPNLP',
  srw: 'SRW',
  sustainlp: 'SustaiNLP',
  teachingnlp: 'TeachingNLP',
  trustnlp: 'TrustNLP',
  udw: 'UDW',
  vardial: 'VarDial',
  wanlp: 'WANLP',
  wassa: 'WASSA',
  wat: 'WAT',
  wnu: 'WNU',
  wnut: 'WNUT',
  woah: 'WOAH',
};

export interface AclOldStyleLetter {
  acronym: string;
  kind: AclVenueKind;
  /** Read only volume 1 (the main proceedings) of this letter's ids. */
  mainVolumeOnly: boolean;
}

/** Old-style letters, from the Anthology's venue list (`oldstyle_letter`). */
export const aclOldStyleLetters: Readonly<Record<string, AclOldStyleLetter>> = {
  P: { acronym: 'ACL', kind: 'conference', mainVolumeOnly: true },
  D: { acronym: 'EMNLP', kind: 'conference', mainVolumeOnly: true },
  N: { acronym: 'NAACL', kind: 'conference', mainVolumeOnly: true },
  E: { acronym: 'EACL', kind: 'conference', mainVolumeOnly: true },
  C: { acronym: 'COLING', kind: 'conference', mainVolumeOnly: true },
  K: { acronym: 'CoNLL', kind: 'conference', mainVolumeOnly: true },
  I: { acronym: 'IJCNLP', kind: 'conference', mainVolumeOnly: true },
  L: { acronym: 'LREC', kind: 'conference', mainVolumeOnly: true },
  Q: { acronym: 'TACL', kind: 'journal', mainVolumeOnly: false },
  J: { acronym: 'CL', kind: 'journal', mainVolumeOnly: false },
  W: { acronym: 'ACL Anthology workshop', kind: 'workshop', mainVolumeOnly: false },
};
