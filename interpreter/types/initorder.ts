// Package initialization order (Go spec: Package initialization; cf. types2 initorder.go): a
// dependency graph of package-level constants, variables and functions, functions removed by
// connecting their callers to their callees, then variables emitted by a priority queue (fewest
// outstanding dependencies first, then source order); a node still waiting on others when it
// comes up is part of an initialization cycle, reported as gc does.
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import type { Package } from './info.js';
import type { Obj, Var } from './types.js';

interface GraphNode {
  obj: Obj;
  order: number;
  pred: Set<GraphNode>;
  succ: Set<GraphNode>;
  ndeps: number;
}

function dependencyGraph(c: Checker): GraphNode[] {
  const nodes = new Map<Obj, GraphNode>();
  let order = 0;
  for (const obj of c.objMap.keys()) {
    if (obj.kind === 'Const' || obj.kind === 'Var' || obj.kind === 'Func') {
      nodes.set(obj, { obj, order: order++, pred: new Set(), succ: new Set(), ndeps: 0 });
    }
  }
  for (const n of nodes.values()) {
    for (const d of c.objMap.get(n.obj)!.deps) {
      const s = nodes.get(d);
      if (!s) continue;
      n.succ.add(s);
      s.pred.add(n);
    }
  }
  // Remove function nodes, connecting their predecessors directly to their successors.
  const result: GraphNode[] = [];
  for (const n of nodes.values()) {
    if (n.obj.kind !== 'Func') {
      result.push(n);
      continue;
    }
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
  }
  for (const n of result) n.ndeps = n.succ.size;
  return result;
}

export function initOrder(c: Checker): Package['initOrder'] {
  const queue = dependencyGraph(c);
  const order: { lhs: readonly Var[]; rhs: ast.Expr | null }[] = [];
  const emitted = new Set<unknown>();
  while (queue.length > 0) {
    // The node with the fewest outstanding dependencies, earliest in the source on ties.
    let best = 0;
    for (let i = 1; i < queue.length; i++) {
      const a = queue[i]!, b = queue[best]!;
      if (a.ndeps < b.ndeps || (a.ndeps === b.ndeps && a.order < b.order)) best = i;
    }
    const n = queue.splice(best, 1)[0]!;
    if (n.ndeps > 0) {
      const cycle = findPath(c, n.obj, n.obj, new Set());
      if (cycle) reportCycle(c, cycle);
    }
    for (const p of n.pred) p.ndeps--;
    if (n.obj.kind !== 'Var') continue;
    const d = c.objMap.get(n.obj)!;
    if (!d.init || emitted.has(d.init)) continue;
    emitted.add(d.init);
    order.push({ lhs: d.lhs ?? [n.obj], rhs: d.init });
  }
  return order;
}

/** A dependency path from `from` to `to`, in reverse (cf. types2 findPath). */
function findPath(c: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | null {
  if (seen.has(from)) return null;
  seen.add(from);
  const d = c.objMap.get(from);
  if (!d) return null;
  for (const dep of d.deps) {
    if (dep === to) return [dep];
    const p = findPath(c, dep, to, seen);
    if (p) return [...p, dep];
  }
  return null;
}

function reportCycle(c: Checker, cycle: Obj[]): void {
  let obj = cycle[0]!;
  if (cycle.length === 1) {
    c.errorAt(obj.pos, `initialization cycle: ${obj.name} refers to itself`);
    return;
  }
  const first = obj;
  const details: [number, string][] = [];
  for (let i = cycle.length - 1; i >= 0; i--) {
    details.push([obj.pos, `${obj.name} refers to`]);
    obj = cycle[i]!;
  }
  details.push([obj.pos, obj.name]);
  c.errorAt(first.pos, `initialization cycle for ${first.name}`, details);
}
