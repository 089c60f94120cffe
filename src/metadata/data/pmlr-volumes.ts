/**
 * Which meeting each volume of the Proceedings of Machine Learning Research (proceedings.mlr.press,
 * formerly JMLR W&CP) holds, and the year the meeting took place.
 *
 * Only volumes whose meeting was checked against a source are listed; a volume that is not here reads
 * as unknown (no venue), never as a guess. `year` is the year the meeting was held, which is not always
 * the `year` field of the volume's own configuration: that one is sometimes the year of publication
 * (ACML 2024 in v260, published January 2025; ML4H 2019 in v116, published 2020), and then the
 * configuration's `id` and meeting dates decide. Where a configuration contradicts itself, `note` says so.
 *
 * `source` says where each entry was checked:
 * - `config`: the volume's own repository, `github.com/mlresearch/v<N>`, file `_config.yml`
 *   (its `booktitle`, `shortname`, `id` and conference dates).
 * - `citations`: the volume's configuration was not available, so the entry rests on several
 *   independent citations in PMLR's own format ("…, volume N of Proceedings of Machine Learning
 *   Research, … PMLR, <dates>"), which name both the meeting and its dates.
 * - `site`: pages of proceedings.mlr.press itself (the volume's RSS feed, BibTeX or citeproc file), or
 *   PMLR's repository page for the volume.
 * - `index`: the PMLR site's own list of early volumes, `github.com/mlresearch/mlresearch.github.io`,
 *   file `_data/proceedings.csv` ("27th October 2007,2,AISTATS 2007", …).
 *
 * Deliberately left out: v219 (sources disagree on what it is), MIDL 2025 and volumes of other series
 * that were not checked. UAI appears from 2019 only: earlier UAI proceedings were published by AUAI
 * Press, not PMLR. NeurIPS competition-track volumes are left out (neither main conference nor workshop).
 */

export type PmlrVolumeKind = 'conference' | 'workshop';

export interface PmlrVolume {
  volume: number;
  /** Short name of the meeting as lists write it: `ICML`, `AISTATS`, `UniReps`. */
  venue: string;
  /** Year the meeting was held. */
  year: number;
  kind: PmlrVolumeKind;
  /** The volume's title (its `booktitle`), shortened only by dropping "Proceedings of". */
  name: string;
  /**
   * For workshops: the conference the workshop was held at, as the volume's title says (NeurReps, ML4H,
   * ICBINB) or as its place and date show (UniReps: the NeurIPS venues on the NeurIPS workshop days).
   */
  colocatedWith?: string;
  source: 'config' | 'citations' | 'site' | 'index';
  note?: string;
}

export const pmlrVolumes: readonly PmlrVolume[] = [
  // AISTATS, COLT and ACML volumes before 2013 (JMLR W&CP), from PMLR's own list of early volumes.
  { volume: 2, venue: 'AISTATS', year: 2007, kind: 'conference', name: 'AISTATS 2007', source: 'index' },
  { volume: 5, venue: 'AISTATS', year: 2009, kind: 'conference', name: 'AISTATS 2009', source: 'index' },
  { volume: 9, venue: 'AISTATS', year: 2010, kind: 'conference', name: 'AISTATS 2010', source: 'index' },
  { volume: 13, venue: 'ACML', year: 2010, kind: 'conference', name: 'ACML 2010', source: 'index' },
  { volume: 15, venue: 'AISTATS', year: 2011, kind: 'conference', name: 'AISTATS 2011', source: 'index' },
  { volume: 19, venue: 'COLT', year: 2011, kind: 'conference', name: 'COLT 2011', source: 'index' },
  { volume: 20, venue: 'ACML', year: 2011, kind: 'conference', name: 'ACML 2011', source: 'index' },
  { volume: 22, venue: 'AISTATS', year: 2012, kind: 'conference', name: 'AISTATS 2012', source: 'index' },
  { volume: 23, venue: 'COLT', year: 2012, kind: 'conference', name: 'The 25th Annual Conference on Learning Theory', source: 'config' },
  { volume: 25, venue: 'ACML', year: 2012, kind: 'conference', name: 'ACML 2012', source: 'index' },

  // ICML
  { volume: 28, venue: 'ICML', year: 2013, kind: 'conference', name: 'The 30th International Conference on Machine Learning', source: 'config' },
  { volume: 32, venue: 'ICML', year: 2014, kind: 'conference', name: 'The 31st International Conference on Machine Learning', source: 'config' },
  { volume: 37, venue: 'ICML', year: 2015, kind: 'conference', name: 'The 32nd International Conference on Machine Learning', source: 'config' },
  { volume: 48, venue: 'ICML', year: 2016, kind: 'conference', name: 'The 33rd International Conference on Machine Learning', source: 'config' },
  { volume: 70, venue: 'ICML', year: 2017, kind: 'conference', name: 'The 34th International Conference on Machine Learning', source: 'config' },
  { volume: 80, venue: 'ICML', year: 2018, kind: 'conference', name: 'The 35th International Conference on Machine Learning', source: 'config' },
  { volume: 97, venue: 'ICML', year: 2019, kind: 'conference', name: 'The 36th International Conference on Machine Learning', source: 'config' },
  { volume: 119, venue: 'ICML', year: 2020, kind: 'conference', name: 'The 37th International Conference on Machine Learning', source: 'config' },
  { volume: 139, venue: 'ICML', year: 2021, kind: 'conference', name: 'The 38th International Conference on Machine Learning', source: 'config' },
  { volume: 162, venue: 'ICML', year: 2022, kind: 'conference', name: 'The 39th International Conference on Machine Learning', source: 'config' },
  { volume: 202, venue: 'ICML', year: 2023, kind: 'conference', name: 'The 40th International Conference on Machine Learning', source: 'config' },
  { volume: 235, venue: 'ICML', year: 2024, kind: 'conference', name: 'The 41st International Conference on Machine Learning', source: 'config' },
  { volume: 267, venue: 'ICML', year: 2025, kind: 'conference', name: 'The 42nd International Conference on Machine Learning', source: 'config' },

  // AISTATS
  { volume: 31, venue: 'AISTATS', year: 2013, kind: 'conference', name: 'The Sixteenth International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 33, venue: 'AISTATS', year: 2014, kind: 'conference', name: 'The Seventeenth International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 38, venue: 'AISTATS', year: 2015, kind: 'conference', name: 'The Eighteenth International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 51, venue: 'AISTATS', year: 2016, kind: 'conference', name: 'The 19th International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 54, venue: 'AISTATS', year: 2017, kind: 'conference', name: 'The 20th International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 84, venue: 'AISTATS', year: 2018, kind: 'conference', name: 'The Twenty-First International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 89, venue: 'AISTATS', year: 2019, kind: 'conference', name: 'The 22nd International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 108, venue: 'AISTATS', year: 2020, kind: 'conference', name: 'The Twenty Third International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 130, venue: 'AISTATS', year: 2021, kind: 'conference', name: 'The 24th International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 151, venue: 'AISTATS', year: 2022, kind: 'conference', name: 'The 25th International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 206, venue: 'AISTATS', year: 2023, kind: 'conference', name: 'The 26th International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 238, venue: 'AISTATS', year: 2024, kind: 'conference', name: 'The 27th International Conference on Artificial Intelligence and Statistics', source: 'config' },
  { volume: 258, venue: 'AISTATS', year: 2025, kind: 'conference', name: 'The 28th International Conference on Artificial Intelligence and Statistics', source: 'config' },

  // COLT
  { volume: 30, venue: 'COLT', year: 2013, kind: 'conference', name: 'The 26th Annual Conference on Learning Theory', source: 'config' },
  { volume: 35, venue: 'COLT', year: 2014, kind: 'conference', name: 'The 27th Conference on Learning Theory', source: 'config' },
  { volume: 40, venue: 'COLT', year: 2015, kind: 'conference', name: 'The 28th Conference on Learning Theory', source: 'config' },
  { volume: 49, venue: 'COLT', year: 2016, kind: 'conference', name: '29th Annual Conference on Learning Theory', source: 'config' },
  { volume: 65, venue: 'COLT', year: 2017, kind: 'conference', name: 'The 2017 Conference on Learning Theory', source: 'config' },
  { volume: 75, venue: 'COLT', year: 2018, kind: 'conference', name: 'The 31st Conference On Learning Theory', source: 'config' },
  { volume: 99, venue: 'COLT', year: 2019, kind: 'conference', name: 'The Thirty-Second Conference on Learning Theory', source: 'config' },
  { volume: 125, venue: 'COLT', year: 2020, kind: 'conference', name: 'Thirty Third Conference on Learning Theory', source: 'config' },
  { volume: 134, venue: 'COLT', year: 2021, kind: 'conference', name: 'Thirty Fourth Conference on Learning Theory', source: 'config' },
  { volume: 178, venue: 'COLT', year: 2022, kind: 'conference', name: 'Thirty Fifth Conference on Learning Theory', source: 'config' },
  {
    volume: 195, venue: 'COLT', year: 2023, kind: 'conference', name: 'Thirty Sixth Conference on Learning Theory', source: 'citations',
    note: 'Cited as "Proceedings of Thirty Sixth Conference on Learning Theory, G. Neu and L. Rosasco, Eds., vol. 195, PMLR, July 2023" and "COLT 2023, 12-15 July 2023, Bangalore, India, volume 195".',
  },
  {
    volume: 247, venue: 'COLT', year: 2024, kind: 'conference', name: 'Thirty Seventh Conference on Learning Theory', source: 'config',
    note: 'The configuration says year 2024 and id COLT2024 (37th COLT, colt2024 site) but start date 2023-06-30, a slip.',
  },
  { volume: 291, venue: 'COLT', year: 2025, kind: 'conference', name: 'Thirty Eighth Conference on Learning Theory', source: 'config' },
  { volume: 336, venue: 'COLT', year: 2026, kind: 'conference', name: 'Thirty Ninth Conference on Learning Theory', source: 'site' },

  // UAI (in PMLR from 2019)
  { volume: 115, venue: 'UAI', year: 2019, kind: 'conference', name: 'The 35th Uncertainty in Artificial Intelligence Conference', source: 'config' },
  { volume: 124, venue: 'UAI', year: 2020, kind: 'conference', name: 'The 36th Conference on Uncertainty in Artificial Intelligence (UAI)', source: 'config' },
  { volume: 161, venue: 'UAI', year: 2021, kind: 'conference', name: 'The Thirty-Seventh Conference on Uncertainty in Artificial Intelligence', source: 'config' },
  { volume: 180, venue: 'UAI', year: 2022, kind: 'conference', name: 'The Thirty-Eighth Conference on Uncertainty in Artificial Intelligence', source: 'config' },
  { volume: 216, venue: 'UAI', year: 2023, kind: 'conference', name: 'The Thirty-Ninth Conference on Uncertainty in Artificial Intelligence', source: 'citations' },
  { volume: 244, venue: 'UAI', year: 2024, kind: 'conference', name: 'The Fortieth Conference on Uncertainty in Artificial Intelligence', source: 'config' },
  { volume: 286, venue: 'UAI', year: 2025, kind: 'conference', name: 'The Forty-first Conference on Uncertainty in Artificial Intelligence', source: 'config' },

  // CoRL (first held 2017)
  { volume: 78, venue: 'CoRL', year: 2017, kind: 'conference', name: 'The 1st Annual Conference on Robot Learning', source: 'citations' },
  { volume: 87, venue: 'CoRL', year: 2018, kind: 'conference', name: 'The 2nd Conference on Robot Learning', source: 'config' },
  { volume: 100, venue: 'CoRL', year: 2019, kind: 'conference', name: 'The Conference on Robot Learning', source: 'config', note: 'Held 30 Oct-1 Nov 2019, published 2020.' },
  { volume: 155, venue: 'CoRL', year: 2020, kind: 'conference', name: 'The 2020 Conference on Robot Learning', source: 'config', note: 'Held November 2020, published 2021.' },
  { volume: 164, venue: 'CoRL', year: 2021, kind: 'conference', name: 'The 5th Conference on Robot Learning', source: 'config' },
  { volume: 205, venue: 'CoRL', year: 2022, kind: 'conference', name: 'The 6th Conference on Robot Learning', source: 'config', note: 'Held December 2022, published 2023.' },
  { volume: 229, venue: 'CoRL', year: 2023, kind: 'conference', name: 'The 7th Conference on Robot Learning', source: 'citations' },
  { volume: 270, venue: 'CoRL', year: 2024, kind: 'conference', name: 'The 8th Conference on Robot Learning', source: 'config', note: 'Held November 2024, published 2025.' },
  { volume: 305, venue: 'CoRL', year: 2025, kind: 'conference', name: 'The 9th Conference on Robot Learning', source: 'config' },

  // ACML
  { volume: 29, venue: 'ACML', year: 2013, kind: 'conference', name: 'The 5th Asian Conference on Machine Learning', source: 'config' },
  { volume: 39, venue: 'ACML', year: 2014, kind: 'conference', name: 'The Sixth Asian Conference on Machine Learning', source: 'config', note: 'Held November 2014, published 2015.' },
  { volume: 45, venue: 'ACML', year: 2015, kind: 'conference', name: 'The 7th Asian Conference on Machine Learning', source: 'config', note: 'Held November 2015, published 2016.' },
  { volume: 63, venue: 'ACML', year: 2016, kind: 'conference', name: 'The 8th Asian Conference on Machine Learning', source: 'config' },
  { volume: 77, venue: 'ACML', year: 2017, kind: 'conference', name: 'The Ninth Asian Conference on Machine Learning', source: 'config' },
  { volume: 95, venue: 'ACML', year: 2018, kind: 'conference', name: 'The 10th Asian Conference on Machine Learning', source: 'config' },
  { volume: 101, venue: 'ACML', year: 2019, kind: 'conference', name: 'The Eleventh Asian Conference on Machine Learning', source: 'config' },
  { volume: 129, venue: 'ACML', year: 2020, kind: 'conference', name: 'The 12th Asian Conference on Machine Learning', source: 'config' },
  { volume: 157, venue: 'ACML', year: 2021, kind: 'conference', name: 'The 13th Asian Conference on Machine Learning', source: 'config' },
  { volume: 189, venue: 'ACML', year: 2022, kind: 'conference', name: 'The 14th Asian Conference on Machine Learning', source: 'config', note: 'Held December 2022, published 2023.' },
  { volume: 222, venue: 'ACML', year: 2023, kind: 'conference', name: 'The 15th Asian Conference on Machine Learning', source: 'config', note: 'Held November 2023, published 2024.' },
  {
    volume: 260, venue: 'ACML', year: 2024, kind: 'conference', name: 'The 16th Asian Conference on Machine Learning', source: 'config',
    note: 'Held 5-8 December 2024 (id ACML2024); the configuration\'s year field says 2025, the year of publication.',
  },

  // ALT
  { volume: 76, venue: 'ALT', year: 2017, kind: 'conference', name: 'The 28th International Conference on Algorithmic Learning Theory', source: 'config' },
  { volume: 83, venue: 'ALT', year: 2018, kind: 'conference', name: 'Algorithmic Learning Theory', source: 'config' },
  { volume: 98, venue: 'ALT', year: 2019, kind: 'conference', name: 'ALT 2019', source: 'site' },
  { volume: 117, venue: 'ALT', year: 2020, kind: 'conference', name: 'The 31st International Conference on Algorithmic Learning Theory', source: 'config' },
  { volume: 132, venue: 'ALT', year: 2021, kind: 'conference', name: 'The 32nd International Conference on Algorithmic Learning Theory', source: 'config' },
  { volume: 167, venue: 'ALT', year: 2022, kind: 'conference', name: 'The 33rd International Conference on Algorithmic Learning Theory', source: 'config' },
  { volume: 201, venue: 'ALT', year: 2023, kind: 'conference', name: 'The 34th International Conference on Algorithmic Learning Theory', source: 'site' },
  { volume: 237, venue: 'ALT', year: 2024, kind: 'conference', name: 'The 35th International Conference on Algorithmic Learning Theory', source: 'site' },
  { volume: 272, venue: 'ALT', year: 2025, kind: 'conference', name: 'The 36th International Conference on Algorithmic Learning Theory', source: 'config' },
  { volume: 313, venue: 'ALT', year: 2026, kind: 'conference', name: 'The 37th International Conference on Algorithmic Learning Theory', source: 'site' },

  // L4DC
  { volume: 120, venue: 'L4DC', year: 2020, kind: 'conference', name: 'The 2nd Conference on Learning for Dynamics and Control', source: 'config' },
  { volume: 144, venue: 'L4DC', year: 2021, kind: 'conference', name: 'The 3rd Conference on Learning for Dynamics and Control', source: 'config' },
  { volume: 168, venue: 'L4DC', year: 2022, kind: 'conference', name: 'The 4th Annual Learning for Dynamics and Control Conference', source: 'config' },
  { volume: 211, venue: 'L4DC', year: 2023, kind: 'conference', name: 'The 5th Annual Learning for Dynamics and Control Conference', source: 'config' },
  { volume: 242, venue: 'L4DC', year: 2024, kind: 'conference', name: 'The 6th Annual Learning for Dynamics & Control Conference', source: 'config' },
  { volume: 283, venue: 'L4DC', year: 2025, kind: 'conference', name: 'The 7th Annual Learning for Dynamics & Control Conference', source: 'config' },

  // MIDL (MIDL 2018 was not published in PMLR)
  { volume: 102, venue: 'MIDL', year: 2019, kind: 'conference', name: 'The 2nd International Conference on Medical Imaging with Deep Learning', source: 'config' },
  { volume: 121, venue: 'MIDL', year: 2020, kind: 'conference', name: 'The Third Conference on Medical Imaging with Deep Learning', source: 'config' },
  { volume: 143, venue: 'MIDL', year: 2021, kind: 'conference', name: 'The Fourth Conference on Medical Imaging with Deep Learning', source: 'config' },
  { volume: 172, venue: 'MIDL', year: 2022, kind: 'conference', name: 'The 5th International Conference on Medical Imaging with Deep Learning', source: 'config' },
  { volume: 227, venue: 'MIDL', year: 2023, kind: 'conference', name: 'Medical Imaging with Deep Learning', source: 'config', note: 'Held July 2023 (id MIDL-2023), published 2024.' },
  { volume: 250, venue: 'MIDL', year: 2024, kind: 'conference', name: 'The 7th International Conference on Medical Imaging with Deep Learning', source: 'config' },

  // CLeaR
  { volume: 177, venue: 'CLeaR', year: 2022, kind: 'conference', name: 'The First Conference on Causal Learning and Reasoning', source: 'config' },
  { volume: 213, venue: 'CLeaR', year: 2023, kind: 'conference', name: 'The Second Conference on Causal Learning and Reasoning', source: 'config' },
  { volume: 236, venue: 'CLeaR', year: 2024, kind: 'conference', name: 'The Third Conference on Causal Learning and Reasoning', source: 'citations' },
  { volume: 275, venue: 'CLeaR', year: 2025, kind: 'conference', name: 'The Fourth Conference on Causal Learning and Reasoning', source: 'config' },

  // LoG
  { volume: 198, venue: 'LoG', year: 2022, kind: 'conference', name: 'The First Learning on Graphs Conference', source: 'config' },
  { volume: 231, venue: 'LoG', year: 2023, kind: 'conference', name: 'The Second Learning on Graphs Conference', source: 'config' },
  { volume: 269, venue: 'LoG', year: 2024, kind: 'conference', name: 'The Third Learning on Graphs Conference', source: 'config', note: 'Held November 2024, published 2025.' },

  // CoLLAs
  { volume: 199, venue: 'CoLLAs', year: 2022, kind: 'conference', name: 'The 1st Conference on Lifelong Learning Agents', source: 'config' },
  { volume: 232, venue: 'CoLLAs', year: 2023, kind: 'conference', name: 'The 2nd Conference on Lifelong Learning Agents', source: 'config' },
  { volume: 274, venue: 'CoLLAs', year: 2024, kind: 'conference', name: 'The 3rd Conference on Lifelong Learning Agents', source: 'config' },

  // MLHC
  { volume: 56, venue: 'MLHC', year: 2016, kind: 'conference', name: 'The 1st Machine Learning for Healthcare Conference', source: 'config' },
  { volume: 68, venue: 'MLHC', year: 2017, kind: 'conference', name: 'The 2nd Machine Learning for Healthcare Conference', source: 'config' },
  { volume: 85, venue: 'MLHC', year: 2018, kind: 'conference', name: 'The 3rd Machine Learning for Healthcare Conference', source: 'config' },
  { volume: 106, venue: 'MLHC', year: 2019, kind: 'conference', name: 'The 4th Machine Learning for Healthcare Conference', source: 'config' },
  { volume: 126, venue: 'MLHC', year: 2020, kind: 'conference', name: 'The 5th Machine Learning for Healthcare Conference', source: 'config' },
  { volume: 149, venue: 'MLHC', year: 2021, kind: 'conference', name: 'The 6th Machine Learning for Healthcare Conference', source: 'config' },
  { volume: 182, venue: 'MLHC', year: 2022, kind: 'conference', name: 'The 7th Machine Learning for Healthcare Conference', source: 'citations' },
  { volume: 252, venue: 'MLHC', year: 2024, kind: 'conference', name: 'The 9th Machine Learning for Healthcare Conference', source: 'config' },

  // CHIL
  { volume: 174, venue: 'CHIL', year: 2022, kind: 'conference', name: 'The Conference on Health, Inference, and Learning', source: 'config' },
  {
    volume: 209, venue: 'CHIL', year: 2023, kind: 'conference', name: 'The Conference on Health, Inference, and Learning', source: 'config',
    note: 'id CHIL-2023, year 2023, start 2023-06-22; its description says "June 2022", a slip.',
  },
  { volume: 248, venue: 'CHIL', year: 2024, kind: 'conference', name: 'The fifth Conference on Health, Inference, and Learning', source: 'config' },

  // Workshops: named as workshops (kind 'workshop').
  {
    volume: 116, venue: 'ML4H', year: 2019, kind: 'workshop', name: 'The Machine Learning for Health NeurIPS Workshop', colocatedWith: 'NeurIPS', source: 'config',
    note: 'Held 13 December 2019 (id ML4H-2019); the configuration\'s year field says 2020, the year of publication.',
  },
  { volume: 136, venue: 'ML4H', year: 2020, kind: 'workshop', name: 'The Machine Learning for Health NeurIPS Workshop', colocatedWith: 'NeurIPS', source: 'config' },
  { volume: 137, venue: 'ICBINB', year: 2020, kind: 'workshop', name: '"I Can\'t Believe It\'s Not Better!" at NeurIPS Workshop', colocatedWith: 'NeurIPS', source: 'config' },
  { volume: 197, venue: 'NeurReps', year: 2022, kind: 'workshop', name: 'The 1st NeurIPS Workshop on Symmetry and Geometry in Neural Representations', colocatedWith: 'NeurIPS', source: 'config' },
  { volume: 228, venue: 'NeurReps', year: 2023, kind: 'workshop', name: 'The 2nd NeurIPS Workshop on Symmetry and Geometry in Neural Representations', colocatedWith: 'NeurIPS', source: 'config' },
  { volume: 243, venue: 'UniReps', year: 2023, kind: 'workshop', name: 'UniReps: the First Workshop on Unifying Representations in Neural Models', colocatedWith: 'NeurIPS', source: 'config' },
  { volume: 285, venue: 'UniReps', year: 2024, kind: 'workshop', name: 'UniReps: the Second Edition of the Workshop on Unifying Representations in Neural Models', colocatedWith: 'NeurIPS', source: 'config' },
];
