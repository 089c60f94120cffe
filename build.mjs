// Bundles each edge into one self-contained ESM file in dist/ (committed; CI checks it is fresh):
// dist/cli.js for the command line, dist/index.js for the GitHub Action (action.yml's main).
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/action.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
