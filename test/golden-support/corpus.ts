// The golden corpus on disk: its programs, their recipes and recorded outputs, and the PENDING list.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
// The recorder and the driver read recipes with the same code.
import { parseRecipe } from '../../scripts/golden-recipe.mjs';

export const goldenDir = new URL('../golden/', import.meta.url).pathname;

export type Recipe = { kind: 'run'; faketime: boolean; go119: boolean } | { kind: 'build'; gcflags: string };

export interface Program {
  /** Path relative to test/golden, e.g. "defer/order.go". */
  readonly rel: string;
  /** Absolute path without ".go": expected files are `${base}.out` and so on. */
  readonly base: string;
  /** The name golesson is told, as go run prints it: "./order.go". */
  readonly filename: string;
  readonly source: string;
  readonly recipe: Recipe;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.go')) out.push(relative(goldenDir, p));
  }
}

/** Every program, or those whose path contains one of FILTER's comma-separated parts. */
export function programs(filter = process.env.FILTER ?? ''): Program[] {
  const rels: string[] = [];
  walk(goldenDir, rels);
  const parts = filter.split(',').map((s) => s.trim()).filter(Boolean);
  return rels
    .filter((rel) => parts.length === 0 || parts.some((f) => rel.includes(f)))
    .map((rel) => {
      const path = join(goldenDir, rel);
      const source = readFileSync(path, 'utf8');
      return {
        rel,
        base: path.slice(0, -'.go'.length),
        filename: `./${rel.split('/').pop()}`,
        source,
        recipe: parseRecipe(source) as Recipe,
      };
    });
}

/** A recorded file as a byte string, or undefined when absent. */
export function readExpected(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path).toString('latin1') : undefined;
}

export const pendingPath = join(goldenDir, 'PENDING');

/** PENDING: program path -> reason. Lines are "path  reason"; '#' starts a comment line. */
export function pending(): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(pendingPath)) return map;
  for (const raw of readFileSync(pendingPath, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [path, ...reason] = line.split(/\s+/);
    map.set(path!, reason.join(' '));
  }
  return map;
}
