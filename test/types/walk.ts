// A generic walk over AST nodes for the checker's tests (visits every object with a `kind`).
import type * as ast from '../../interpreter/syntax/ast.js';

export function walk(n: unknown, f: (n: ast.Node) => void, seen = new Set<unknown>()): void {
  if (n === null || typeof n !== 'object' || seen.has(n)) return;
  seen.add(n);
  if (Array.isArray(n)) {
    for (const x of n) walk(x, f, seen);
    return;
  }
  const o = n as Record<string, unknown>;
  if (typeof o.kind === 'string') f(o as unknown as ast.Node);
  for (const k of Object.keys(o)) {
    if (k === 'source') continue;
    walk(o[k], f, seen);
  }
}
