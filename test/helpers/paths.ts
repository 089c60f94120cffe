import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const unirepsDir = fileURLToPath(new URL('../../../shared/fixtures/unireps/', import.meta.url));
export const unirepsReadme = `${unirepsDir}README.md`;
export const historyFile = (commit: string) => `${unirepsDir}history/README.${commit}.md`;
export const cliPath = `${repoRoot}dist/cli.js`;
