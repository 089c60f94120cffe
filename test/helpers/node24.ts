import { execFileSync } from 'node:child_process';

/**
 * The path of a Node 24 binary, from the npm package `node@24` (GitHub runs actions on Node 24; this
 * machine has Node 20). npx caches it, so only the first run downloads it from the npm registry.
 */
export function node24Path(): string {
  const path = execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-e', 'process.stdout.write(process.execPath)'], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`expected Node 24 from node@24, got ${version}`);
  return path;
}
