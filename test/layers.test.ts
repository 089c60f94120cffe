import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/paths.js';

/**
 * The layers of src/, lowest first: a module may import from its own layer and the ones below,
 * never from above, and no two folders may import each other, directly or round a loop. Edges
 * (the CLI and the Action, with their folders and file reading) are the top.
 */
const layers: Array<{ name: string; units: string[] }> = [
  { name: 'leaves', units: ['meta.ts', 'facts.ts', 'errors.ts', 'atomic-write.ts'] },
  { name: 'identity', units: ['identity'] },
  { name: 'parse', units: ['parse'] },
  { name: 'fact gatherers', units: ['http', 'links', 'metadata'] },
  { name: 'rules', units: ['rules'] },
  { name: 'fix', units: ['fix'] },
  { name: 'config', units: ['config'] },
  { name: 'engine', units: ['engine'] },
  { name: 'reports', units: ['report'] },
  { name: 'edges', units: ['cli.ts', 'cli', 'action.ts', 'action', 'read-input.ts'] },
];

const src = join(repoRoot, 'src');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

/** The unit of a file: its top-level folder under src/, or the file itself when it stands at the top. */
const unitOf = (file: string) => relative(src, file).split('/')[0] as string;
const layerOf = (unit: string) => layers.findIndex((layer) => layer.units.includes(unit));

/** Every relative import of every module: static, dynamic and re-exports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] as string);
  return specifiers.map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

const edges = filesUnder(src).flatMap((file) => importsOf(file).map((target) => ({ file, target, from: unitOf(file), to: unitOf(target) })));

describe('imports point one way', () => {
  it('every module of src/ belongs to a layer', () => {
    expect(filesUnder(src).map(unitOf).filter((unit) => layerOf(unit) < 0)).toEqual([]);
  });

  it('no module imports from a layer above its own', () => {
    const upward = edges
      .filter(({ from, to }) => layerOf(to) > layerOf(from))
      .map(({ file, target }) => `${relative(src, file)} → ${relative(src, target)}`);
    expect(upward).toEqual([]);
  });

  it('no import cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of edges) if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    const cycles: string[] = [];
    const visit = (unit: string, path: string[]) => {
      for (const next of graph.get(unit) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const unit of graph.keys()) visit(unit, [unit]);
    expect(cycles).toEqual([]);
  });

  it('the checker sees the imports it is meant to judge', () => {
    // A guard against a pattern that silently matches nothing.
    expect(edges.some(({ from, to }) => from === 'rules' && to === 'parse')).toBe(true);
    expect(edges.some(({ from, to }) => from === 'engine' && to === 'links')).toBe(true);
  });
});
