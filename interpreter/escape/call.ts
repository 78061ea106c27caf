// Calls (cf. escape/call.go): arguments flow to the callee's parameters as its tags say (or, within
// the batch, straight into its parameter locations), results flow to the call's holes; go and
// defer statements; built-ins.
import type { Escape } from './escape.js';
import type { Hole } from './graph.js';
import { Name, type Func, type Node } from './ir.js';
import { Leaks, numEscResults } from './leaks.js';
import { inMutualBatch } from './solve.js';
import { hasPointers } from './sizes.js';
import { stdTags } from './stdtags.js';
import { under } from '../types/predicates.js';
import type { Signature } from '../types/types.js';

/** The value a local variable always holds, if it is assigned once (cf. ir.StaticValue). */
export function staticValue(n: Node): Node {
  let v: Node = n;
  for (let i = 0; i < 10; i++) {
    while (v.op === 'CONVNOP' && v.x !== null) v = v.x;
    if (!(v instanceof Name)) break;
    const c = v.canonical();
    if (c.cls !== 'PAUTO' || c.defn === null || c.reassignedAnywhere) break;
    const d = c.defn;
    let rhs: Node | null = null;
    if (d.op === 'AS' && d.x === c) rhs = d.y;
    else if (d.op === 'AS2') {
      const i2 = d.list.indexOf(c);
      rhs = i2 >= 0 ? d.rlist[i2] ?? null : null;
    }
    if (rhs === null) break;
    v = rhs;
  }
  return v;
}

/** The statically known callee of a call's function operand, if any (cf. ir.StaticCalleeName). */
export function staticCallee(n: Node): Name | null {
  const v = staticValue(n);
  if (v instanceof Name && v.cls === 'PFUNC') return v;
  if (v.op === 'CLOSURE') return v.func!.nname;
  if (v.op === 'METHEXPR') return v.callee;
  return null;
}

function sigOf(n: Node | null): Signature | null {
  if (n === null || n.type === null) return null;
  const u = under(n.type);
  return u.kind === 'Signature' ? u : null;
}

/** Evaluates a call; ks are the holes its results flow into (cf. escape.call). */
export function callEsc(e: Escape, ks: Hole[] | null, call: Node): void {
  const b = e.b;
  const argument = (k: Hole, arg: Node | null): void => {
    e.expr(k.note(call, 'call parameter', b.flags), arg);
  };
  switch (call.op) {
    case 'CALLFUNC': case 'CALLINTER': {
      // The call's init statements (argument temporaries) were evaluated with the call.
      let fn: Name | null = null;
      if (call.op === 'CALLFUNC') fn = call.callee ?? staticCallee(call.x!);
      const fnfunc = fn?.fn ?? null;
      if (ks !== null && fn !== null && fnfunc !== null && inMutualBatch(fnfunc)) {
        fnfunc.results.forEach((r, i) => {
          if (i < ks.length) e.expr(ks[i]!, r);
        });
      }
      let recvArg: Node | null = null;
      if (call.op === 'CALLFUNC' && call.callee === null) {
        let calleeK = b.discardHole();
        if (fn === null) {
          for (const k of ks ?? []) {
            if (k.dst !== b.blankLoc) {
              // The results flow somewhere but the callee is unknown: a closure flowing here may
              // have its results go anywhere.
              calleeK = b.calleeHole().note(call, 'callee operand', b.flags);
              break;
            }
          }
        }
        e.expr(calleeK, call.x);
      } else {
        recvArg = call.op === 'CALLINTER' ? call.x!.x : call.y;
      }
      const fsig = fnfunc !== null ? fnfunc.sig : sigOf(call.x) ?? (fn !== null ? sigOf(fn) : null);
      let idx = 0;
      if (recvArg !== null) {
        argument(tagHole(e, ks, fn, idx), recvArg);
        idx++;
      } else if (fsig !== null && fsig.recv !== null && call.callee !== null) {
        idx++;
      }
      call.list.forEach((arg) => {
        argument(tagHole(e, ks, fn, idx), arg);
        idx++;
      });
      void fsig;
      return;
    }
    case 'APPEND': {
      const args = call.list;
      let appendeeK = e.teeHole(ks![0]!, b.mutatorHole());
      const st = args[0]!.type;
      const elem = st !== null ? (under(st) as { elem?: import('../types/types.js').Type }).elem : undefined;
      if (elem !== undefined && hasPointers(elem)) appendeeK = e.teeHole(appendeeK, b.deref(b.heapHole(), call, 'appendee slice'));
      argument(appendeeK, args[0]!);
      if (call.isDDD) {
        let appendedK = b.discardHole();
        const t1 = args[1]!.type;
        const u1 = t1 !== null ? under(t1) : null;
        if (u1 !== null && u1.kind === 'Slice' && hasPointers(u1.elem)) appendedK = b.deref(b.heapHole(), call, 'appended slice...');
        argument(appendedK, args[1]!);
      } else {
        for (let i = 1; i < args.length; i++) argument(b.heapHole(), args[i]!);
      }
      return;
    }
    case 'COPY': {
      argument(b.mutatorHole(), call.x);
      let copiedK = b.discardHole();
      const t = call.y!.type;
      const u = t !== null ? under(t) : null;
      if (u !== null && u.kind === 'Slice' && hasPointers(u.elem)) copiedK = b.deref(b.heapHole(), call, 'copied slice');
      argument(copiedK, call.y);
      return;
    }
    case 'PANIC':
      argument(b.heapHole(), call.x);
      return;
    case 'COMPLEX':
      e.discard(call.x);
      e.discard(call.y);
      return;
    case 'DELETE': case 'PRINT': case 'PRINTLN': case 'RECOVER':
      for (const a of call.list) e.discard(a);
      return;
    case 'MIN': case 'MAX':
      for (const a of call.list) argument(ks![0]!, a);
      return;
    case 'LEN': case 'CAP': case 'REAL': case 'IMAG': case 'CLOSE':
      e.discard(call.x);
      return;
    case 'CLEAR':
      argument(b.mutatorHole(), call.x);
      return;
    default:
      return;
  }
}

/** A go or defer statement (cf. escape.goDeferStmt). */
export function goDeferStmt(e: Escape, n: Node): void {
  let k = e.b.heapHole();
  if (n.op === 'DEFER' && e.loopDepth === 1) {
    // Top-level defer arguments do not escape, but they must last until the call runs.
    k = e.later(e.b.discardHole());
    n.label = 'stack';
  }
  const call = n.x!;
  e.expr(k, call.x);
}

/** The hole an argument for parameter index i of fn flows into (cf. escape.tagHole). */
export function tagHole(e: Escape, ks: Hole[] | null, fn: Name | null, i: number): Hole {
  const b = e.b;
  if (fn === null) return b.heapHole();
  const f: Func | null = fn.fn;
  if (f !== null && inMutualBatch(f)) {
    const p = f.params[i];
    if (p === undefined || p.sym === '_' || p.sym.startsWith('~p')) return b.discardHole();
    return e.addrOf(p);
  }
  let esc: Leaks | null;
  if (f !== null) {
    const tags = f.tags;
    if (tags === null) return b.heapHole();
    esc = tags[i] ?? null;
    if (esc === null) esc = new Leaks();
  } else {
    const tag = stdTags[fn.pkgPath]?.[i];
    if (tag === undefined) esc = Leaks.unknown();
    else esc = tag === '' ? new Leaks() : Leaks.fromStdTag(tag);
  }
  const tagKs: Hole[] = [];
  let x = esc.heap();
  if (x >= 0) tagKs.push(b.heapHole().shift(x));
  x = esc.mutator();
  if (x >= 0) tagKs.push(b.mutatorHole().shift(x));
  x = esc.callee();
  if (x >= 0) tagKs.push(b.calleeHole().shift(x));
  if (ks !== null) {
    for (let r = 0; r < numEscResults; r++) {
      const y = esc.result(r);
      if (y >= 0 && r < ks.length) tagKs.push(ks[r]!.shift(y));
    }
  }
  return e.teeHole(...tagKs);
}
