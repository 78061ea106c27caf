// Package initialization order (Go spec: Package initialization; cf. types2 initorder.go):
// repeatedly initialize the earliest variable in declaration order whose dependencies (through
// functions, transitively) are initialized; report initialization cycles as gc does.
import type { Checker } from './check.js';
import type { Package } from './info.js';
import type { Obj, Var } from './types.js';

export function initOrder(c: Checker): Package['initOrder'] {
  // Variables in declaration order (objMap keeps insertion order = source order).
  const vars: Var[] = [];
  for (const o of c.objMap.keys()) if (o.kind === 'Var') vars.push(o);
  // Transitive variable dependencies of each variable (through functions and constants).
  const varDeps = new Map<Var, Set<Var>>();
  const paths = new Map<Var, Map<Var, Obj[]>>();
  for (const v of vars) {
    const deps = new Set<Var>();
    const pathTo = new Map<Var, Obj[]>();
    const seen = new Set<Obj>();
    const walk = (o: Obj, path: Obj[]) => {
      const d = c.objMap.get(o);
      if (!d) return;
      for (const dep of d.deps) {
        if (dep.kind === 'Var') {
          if (!deps.has(dep)) {
            deps.add(dep);
            pathTo.set(dep, [...path, dep]);
          }
          continue;
        }
        if (seen.has(dep)) continue;
        seen.add(dep);
        walk(dep, [...path, dep]);
      }
    };
    walk(v, [v]);
    varDeps.set(v, deps);
    paths.set(v, pathTo);
  }
  const order: { lhs: readonly Var[]; rhs: import('../syntax/ast.js').Expr | null }[] = [];
  const done = new Set<Var>();
  const emitted = new Set<unknown>();
  const reported = new Set<Var>();
  // Report cycles first: a variable that depends on itself, through variables and functions.
  for (const v of vars) {
    if (reported.has(v)) continue;
    const cycle = findPath(c, v, v);
    if (cycle) {
      for (const o of cycle) if (o.kind === 'Var') reported.add(o);
      reportCycle(c, cycle);
    }
  }
  let remaining = vars.filter((v) => !reported.has(v));
  while (remaining.length > 0) {
    const next = remaining.find((v) => [...varDeps.get(v)!].every((d) => done.has(d) || d === v || reported.has(d)));
    const v = next ?? remaining[0]!;
    const d = c.objMap.get(v)!;
    const lhs = d.lhs ?? [v];
    for (const x of lhs) done.add(x);
    remaining = remaining.filter((x) => !done.has(x));
    if (d.init && !emitted.has(d.init)) {
      emitted.add(d.init);
      order.push({ lhs, rhs: d.init });
    }
  }
  return order;
}

/** A dependency path from `from` back to `to` (objects in dependency order, starting at from). */
function findPath(c: Checker, from: Obj, to: Obj): Obj[] | null {
  const seen = new Set<Obj>();
  const dfs = (o: Obj, path: Obj[]): Obj[] | null => {
    const d = c.objMap.get(o);
    if (!d) return null;
    for (const dep of d.deps) {
      if (dep === to) return path;
      if (dep.kind !== 'Var' && dep.kind !== 'Func') continue;
      if (seen.has(dep)) continue;
      seen.add(dep);
      const r = dfs(dep, [...path, dep]);
      if (r) return r;
    }
    return null;
  };
  return dfs(from, [from]);
}

function reportCycle(c: Checker, cycle: Obj[]): void {
  const first = cycle[0]!;
  if (cycle.length === 1) {
    c.errorAt(first.pos, `initialization cycle: ${first.name} refers to itself`);
    return;
  }
  const details: [number, string][] = cycle.map((o) => [o.pos, `${o.name} refers to`]);
  details.push([first.pos, first.name]);
  c.errorAt(first.pos, `initialization cycle for ${first.name}`, details);
}
