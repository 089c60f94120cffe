// The shapes of input a hostile pull request can send lint-list (issue 11, "Unbounded time and
// memory"), as deterministic markdown: `makeShape(shape, { rows })` gives a list of that many table
// rows, `makeShape(shape, { bytes })` one of at most that many bytes (UTF-8), filled with such rows.
//
// Shapes (each row also holds a distinct, plainly linked title unless the shape is about titles):
//   fixable     rows with a repairable mistake each (--fix): no leading pipe, `[Title] (url)`, `arXiv [cs. LG]`
//   space       rows written `[Title] (url)` (a space between ']' and '(')
//   near        near-duplicate titles sharing their segments: `A study of … Part 000123`
//   directives  a `<!-- lint-list-disable-line missing-venue -->` on every row (each with an N/A venue)
//   emphasis    a cell of `*a_` × 100 on every row
//   comments    a cell of `<!--` × 75 on every row
//   brackets    a cell of `[a` × 50 then `](u)` × 50 on every row
// and the single pathological cells remark took minutes on, in one row (`cell`), or repeated to fill
// the bytes asked for:
//   emphasis-cell  `*a_` × 60,000 (180 KB)
//   comments-cell  `<!--` × 100,000 (400 KB)
//   brackets-cell  `[a` × 30,000 then `](u)` × 30,000 (180 KB)

const words = (
  'neural representation similarity alignment learning deep models networks geometry invariance ' +
  'symmetry contrastive transfer permutation merging linear mode connectivity kernel analysis ' +
  'convergent universal latent spaces stitching canonical correlation probing features emergent ' +
  'robust sparse attention transformers diffusion vision language brain cortex manifold topology'
).split(' ');

/** mulberry32: a small seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cells = {
  emphasis: '*a_'.repeat(100),
  comments: '<!--'.repeat(75),
  brackets: `${'[a'.repeat(50)}${'](u)'.repeat(50)}`,
  'emphasis-cell': '*a_'.repeat(60_000),
  'comments-cell': '<!--'.repeat(100_000),
  'brackets-cell': `${'[a'.repeat(30_000)}${'](u)'.repeat(30_000)}`,
};

export const shapes = ['fixable', 'space', 'near', 'directives', 'emphasis', 'comments', 'brackets', 'emphasis-cell', 'comments-cell', 'brackets-cell'];

/** Row `i` of a shape. `title()` gives a fresh random title. */
function row(shape, i, title) {
  // A valid arXiv id, distinct for every row (years 15–24, months 01–12).
  const id = `${15 + (i % 10)}${String(1 + (i % 12)).padStart(2, '0')}.${String((i % 99_999) + 1).padStart(5, '0')}`;
  const link = `https://arxiv.org/abs/${id}`;
  switch (shape) {
    case 'fixable': {
      const kind = i % 3;
      if (kind === 0) return `[${title()}](${link}) | NeurIPS 2021 |`;
      if (kind === 1) return `| [${title()}] (${link}) | NeurIPS 2021 |`;
      return `| [${title()}](${link}) | arXiv [cs. LG] |`;
    }
    case 'space':
      return `| [${title()}] (${link}) | NeurIPS 2021 |`;
    case 'near':
      return `| [A study of representation across model families Part ${String(i).padStart(6, '0')}](${link}) | NeurIPS 2021 |`;
    case 'directives':
      return `| [${title()}](${link}) | N/A <!-- lint-list-disable-line missing-venue --> |`;
    default:
      return `| [${title()}](${link}) | ${cells[shape]} |`;
  }
}

/** The list: `{ rows }` rows, or as many as fit in `{ bytes }` bytes. */
export function makeShape(shape, { rows, bytes }) {
  if (!shapes.includes(shape)) throw new Error(`unknown shape ${shape}: one of ${shapes.join(', ')}`);
  const random = prng(11);
  const title = () => {
    const t = Array.from({ length: 6 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]).join(' ');
    return `${t[0].toUpperCase()}${t.slice(1)} ${Math.floor(random() * 1e6)}`;
  };
  const lines = ['# A hostile list', '', '| Title | Venue |', '|---|---|'];
  let size = lines.join('\n').length + 1;
  for (let i = 0; rows === undefined ? true : i < rows; i += 1) {
    const line = row(shape, i, title);
    const lineBytes = Buffer.byteLength(line) + 1;
    if (bytes !== undefined && size + lineBytes + 1 > bytes) break;
    lines.push(line);
    size += lineBytes;
  }
  return `${lines.join('\n')}\n`;
}
