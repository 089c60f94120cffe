// Bundles each edge for Node (committed; CI checks dist/ is what the sources build):
// dist/cli.js for the command line, dist/index.js for the GitHub Action (action.yml's main).
// Code splitting puts what only some runs need (the link checker and undici, the diff printer) in
// chunks loaded on demand, so a plain lint starts small.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: start from an empty dist/ so no stale chunk stays behind.
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/action.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
