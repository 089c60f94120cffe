// Deterministic paper lists in the shapes real awesome lists have, for the lint benchmark.
//
// generateList(rows, seed) returns markdown with exactly `rows` table data rows spread over sections
// (## and ### headings, a paragraph and a bullet list here and there), tables with
// `| Title | Venue | Code |` and `| Paper | Link | Conference |` headers, bold linked titles, star
// badges, `<br>` in cells, about 3 % N/A venues, about 1 % duplicate papers and about 0.5 % broken
// rows (no leading pipe, an extra cell, a space between ']' and '('). The same (rows, seed) always
// gives the same text.

/** mulberry32: a small seeded PRNG, good enough to vary shapes reproducibly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'neural representation similarity alignment learning deep models networks geometry invariance ' +
  'symmetry contrastive transfer permutation merging linear mode connectivity kernel analysis ' +
  'convergent universal latent spaces stitching canonical correlation probing features emergent ' +
  'robust sparse attention transformers diffusion vision language brain cortex manifold topology'
).split(' ');
const venues = ['NeurIPS 2023', 'ICML 2022', 'ICLR 2024', 'CVPR 2023', 'TMLR', 'JMLR 2021', 'Nature Neuroscience', 'arXiv [cs.LG]', 'ACL 2023', 'AAAI 2022'];
const owners = ['openai', 'facebookresearch', 'google-research', 'unireps', 'mlfoundations', 'huggingface'];

export function generateList(rows, seed = 1) {
  const random = prng(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  const title = () => {
    const n = int(4, 11);
    const t = Array.from({ length: n }, () => pick(words)).join(' ');
    return t[0].toUpperCase() + t.slice(1);
  };
  const arxivId = (i) => `${int(15, 24)}${String(int(1, 12)).padStart(2, '0')}.${String(10000 + ((i * 7919) % 89999)).padStart(5, '0')}`;
  const seen = []; // earlier papers, for duplicates

  const out = ['# Awesome Representation Papers', '', '[![Awesome](https://awesome.re/badge.svg)](https://awesome.re) A curated list of papers.', ''];
  let made = 0;
  let section = 0;
  while (made < rows) {
    section += 1;
    out.push(`## ${title()} (${section})`, '');
    if (random() < 0.5) out.push(`Papers about ${pick(words)} and ${pick(words)}. Pull requests welcome.`, '');
    if (random() < 0.2) out.push(`- [${title()}](https://example.org/${section})`, `- ${title()}`, '');
    const subsections = int(1, 3);
    for (let s = 0; s < subsections && made < rows; s += 1) {
      out.push(`### ${title()}`, '');
      const shape = random() < 0.6 ? 'tvc' : 'plc';
      out.push(shape === 'tvc' ? '| Title | Venue | Code |' : '| Paper | Link | Conference |');
      out.push(shape === 'tvc' ? '|-------|-------|------|' : '| :--- | :---: | ---: |');
      const tableRows = Math.min(int(15, 60), rows - made);
      for (let r = 0; r < tableRows; r += 1) {
        made += 1;
        let paper;
        if (seen.length > 10 && random() < 0.01) paper = pick(seen);
        else {
          paper = { title: title(), id: arxivId(made), venue: random() < 0.03 ? 'N/A' : pick(venues) };
          seen.push(paper);
        }
        const owner = pick(owners);
        const repo = paper.title.split(' ').slice(0, 2).join('-').toLowerCase();
        const badge = `[![Stars](https://img.shields.io/github/stars/${owner}/${repo}?style=social)](https://github.com/${owner}/${repo})`;
        let line;
        if (shape === 'tvc') {
          const code = random() < 0.7 ? badge : '';
          line = `| **[${paper.title}](https://arxiv.org/abs/${paper.id})** | ${paper.venue} | ${code} |`;
        } else {
          const authors = `${pick(['A. Smith', 'B. Chen', 'C. Okafor', 'D. Müller', 'E. Rossi'])} et al.`;
          line = `| ${paper.title}<br>*${authors}* | [arXiv](https://arxiv.org/abs/${paper.id}) ${random() < 0.3 ? badge : ''} | ${paper.venue} |`;
        }
        const broken = random();
        if (broken < 0.002) line = line.slice(2); // no leading pipe
        else if (broken < 0.004) line = `${line} Spotlight |`; // a cell more than the header
        else if (broken < 0.005) line = line.replace('](', '] ('); // a space breaks the link
        out.push(line);
      }
      out.push('');
    }
  }
  out.push('## Contributing', '', 'Open a pull request with one row per paper.', '');
  return out.join('\n');
}

/**
 * A list whose titles differ only in a number, as lists of numbered parts and versions are written:
 * `rows` rows of "A study of representation number N across model families" (N = 1 … rows) in
 * tables of 50 under their sections, each linked to its own arXiv id, with a venue.
 */
export function generateTemplatedList(rows) {
  const out = ['# Numbered studies', ''];
  for (let i = 0; i < rows; i += 1) {
    if (i % 50 === 0) out.push('', `## Studies ${i + 1}–${Math.min(rows, i + 50)}`, '', '| Title | Venue |', '|---|---|');
    const id = `${15 + (i % 10)}${String(1 + (i % 12)).padStart(2, '0')}.${String((i % 99_999) + 1).padStart(5, '0')}`;
    out.push(`| [A study of representation number ${i + 1} across model families](https://arxiv.org/abs/${id}) | ${venues[i % venues.length]} |`);
  }
  out.push('');
  return out.join('\n');
}
