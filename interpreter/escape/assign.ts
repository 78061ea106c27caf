// Assignments (cf. escape/assign.go): the hole for storing into an addressable expression, and
// flowing right-hand sides into left-hand sides.
import type { Escape } from './escape.js';
import type { Hole } from './graph.js';
import { Name, type Node } from './ir.js';
import { isSelfAssign } from './selfassign.js';
import { under } from '../types/predicates.js';

/** Evaluates addressable n and returns the hole for storing into it (cf. escape.addr). */
export function addrEsc(e: Escape, n: Node | null): Hole {
  const b = e.b;
  if (n === null || (n instanceof Name && n.sym === '_')) return b.discardHole();
  let k = b.heapHole();
  switch (n.op) {
    case 'NAME': {
      const nm = n as Name;
      if (nm.cls === 'PEXTERN') break;
      k = b.oldLoc(nm).asHole();
      break;
    }
    case 'DOT':
      k = addrEsc(e, n.x);
      break;
    case 'INDEX':
      e.discard(n.y);
      if (n.x!.type !== null && under(n.x!.type).kind === 'Array') k = addrEsc(e, n.x);
      else mutate(e, n.x);
      break;
    case 'DEREF': case 'DOTPTR':
      mutate(e, n.x);
      break;
    case 'INDEXMAP':
      e.discard(n.x);
      e.expr(b.heapHole().note(n, 'key of map put', b.flags), n.y);
      break;
    default:
      e.discard(n);
  }
  return k;
}

export function mutate(e: Escape, n: Node | null): void {
  e.expr(e.b.mutatorHole(), n);
}

export function addrsEsc(e: Escape, l: readonly (Node | null)[]): Hole[] {
  return l.map((n) => addrEsc(e, n));
}

export function assignHeap(e: Escape, src: Node | null, why: string, where: Node): void {
  e.expr(e.b.heapHole().note(where, why, e.b.flags), src);
}

/** dsts... = srcs... (cf. escape.assignList). */
export function assignList(e: Escape, dsts: readonly (Node | null)[], srcs: readonly (Node | null)[], why: string, where: Node): void {
  const ks = addrsEsc(e, dsts);
  ks.forEach((k0, i) => {
    let k = k0;
    const src = srcs[i] ?? null;
    const dst = dsts[i] ?? null;
    if (dst !== null && src !== null && isSelfAssign(dst, src)) {
      if (e.flags.m !== 0) e.b.out.warn(where.pos, `${e.curfn.nname.sym} ignoring self-assignment in ${fmtStmt(where)}`);
      k = e.b.discardHole();
    }
    e.expr(k.note(where, why, e.b.flags), src);
  });
  reassigned(e, ks, where);
}

import { fmtNode } from './ir.js';
function fmtStmt(n: Node): string {
  return fmtNode(n);
}

/** Marks the locations of ks as reassigned, unless where declares and assigns them once. */
export function reassigned(e: Escape, ks: readonly Hole[], where: Node): void {
  if (where.op === 'AS' && where.y === null && where.x instanceof Name && where.x.defn === null) {
    // The zero-value initialization of a variable declared without a value.
    return;
  }
  for (const k of ks) {
    const loc = k.dst;
    if (loc.n instanceof Name && loc.n.defn === where && where.op !== 'RANGE') continue;
    loc.reassigned = true;
  }
}
