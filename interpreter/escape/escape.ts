// Escape analysis (cf. cmd/compile/internal/escape/escape.go).
//
// The analysis decides which Go variables (and implicit allocations: new, make, composite
// literals, closures, ...) can live on the stack. Two invariants must hold: (1) pointers to stack
// objects are never stored in the heap, and (2) pointers to a stack object never outlive it (its
// function returned, or a loop iteration reused its space for a distinct variable).
//
// It is a static data-flow analysis. Each allocating statement or expression becomes a "location";
// each assignment becomes a weighted edge between locations, the weight ("derefs") being the number
// of dereferences minus the number of address-of operations:
//
//     p = &q    // -1
//     p = q     //  0
//     p = *q    //  1
//     p = **q   //  2
//
// Every construct is lowered to this form without distinguishing fields or elements: `x.f = u[0]`
// is modelled as `x = *u`. Then the graph is walked for paths that would break the invariants; a
// variable whose address reaches the heap, or something that outlives it, is moved to the heap.
//
// To work across functions, each function's parameters get a summary ("tag") of how they flow to
// the heap and to the results; calls of analysed functions use the tags instead of the bodies.
// Functions are analysed bottom-up over the call graph, a strongly connected component ("batch")
// at a time.
import { fmtNode, type Func, Name, type Node } from './ir.js';
import { attrCalls, attrEscapes, attrMutates, attrPersists, Batch, type Hole, Location } from './graph.js';
import { Leaks, numEscResults } from './leaks.js';
import { escFuncPlanned, escFuncStarted, escFuncTagged, walkAll } from './solve.js';
import { heapAllocReason } from './heapalloc.js';
import { sizeof, hasPointers } from './sizes.js';
import { exprEsc } from './expr.js';
import { stmtEsc } from './stmt.js';
import { addrEsc } from './assign.js';
import type { Flags } from './flags.js';
import type { Output } from './graph.js';

type LabelState = 'looping' | 'nonlooping';

/** The analysis of one function within a batch (cf. escape.escape). */
export class Escape {
  labels: Map<string, LabelState> | null = null;
  /** Loop nesting depth in curfn: +1 in each for loop and at each label a goto jumps back to. */
  loopDepth = 1;
  constructor(
    readonly b: Batch,
    readonly curfn: Func,
  ) {}

  get flags(): Flags {
    return this.b.flags;
  }

  newLoc(n: Node | null, persists: boolean): Location {
    const loc = new Location(n, this.curfn, this.loopDepth);
    if (persists) loc.attrs |= attrPersists;
    this.b.allLocs.push(loc);
    if (n instanceof Name) n.opt = loc;
    return loc;
  }

  /** A hole that flows into each of ks (a temporary location wired to all of them). */
  teeHole(...ks: Hole[]): Hole {
    if (ks.length === 0) return this.b.discardHole();
    if (ks.length === 1) return ks[0]!;
    const loc = this.newLoc(null, false);
    for (const k of ks) {
      if (k.derefs < 0) throw new Error('internal error: teeHole: negative derefs');
      this.b.flow(k, loc);
    }
    return loc.asHole();
  }

  /** A hole that flows into k, but some time later (keeps temporaries from being reused). */
  later(k: Hole): Hole {
    const loc = this.newLoc(null, true);
    this.b.flow(k, loc);
    return loc.asHole();
  }

  /** Allocates a location for n, flows its address to k, and returns a hole into it. */
  spill(k: Hole, n: Node): Hole {
    const loc = this.newLoc(n, false);
    this.b.flow(this.b.addr(k, n, 'spill'), loc);
    return loc.asHole();
  }

  expr(k: Hole, n: Node | null): void {
    if (n === null) return;
    this.stmts(n.init);
    exprEsc(this, k, n);
  }

  discard(n: Node | null): void {
    this.expr(this.b.discardHole(), n);
  }

  discards(l: readonly (Node | null)[]): void {
    for (const n of l) this.discard(n);
  }

  stmts(l: readonly Node[]): void {
    for (const n of l) stmtEsc(this, n);
  }

  /** Like stmts, but restores loopDepth afterwards. */
  block(l: readonly Node[]): void {
    const old = this.loopDepth;
    this.stmts(l);
    this.loopDepth = old;
  }

  /** Records a variable's declaration depth. */
  dcl(n: Name): Hole {
    const loc = this.b.oldLoc(n);
    loc.loopDepth = this.loopDepth;
    return loc.asHole();
  }

  addrOf(n: Node | null): Hole {
    return addrEsc(this, n);
  }

  /** Walks a function's body (cf. batch.walkFunc). */
  walkFunc(fn: Func): void {
    const e = new Escape(this.b, fn);
    fn.esc = escFuncStarted;
    // Labels that a later goto jumps back to mark unstructured loops.
    const visit = (l: readonly Node[]): void => {
      for (const n of l) {
        if (n === null) continue;
        if (n.op === 'LABEL' && n.text !== '_') {
          if (e.labels === null) e.labels = new Map();
          e.labels.set(n.text, 'nonlooping');
        } else if (n.op === 'GOTO') {
          if (e.labels?.get(n.text) === 'nonlooping') e.labels.set(n.text, 'looping');
        }
        visit(n.init);
        visit(n.body);
        visit(n.els);
        if (n.op === 'BLOCK' || n.op === 'SWITCH' || n.op === 'SELECT') visit(n.list);
        if (n.op === 'CASE') visit(n.x !== null && n.x.op !== 'NAME' ? [n.x] : []);
      }
    };
    visit(fn.body);
    e.block(fn.body);
  }
}

/** Analyses a batch of functions: a strongly connected component of the call graph (cf. Batch). */
export function runBatch(fns: Func[], flags: Flags, out: Output): void {
  const b = new Batch(flags, out);
  b.heapLoc.attrs = attrEscapes | attrPersists | attrMutates | attrCalls;
  b.mutatorLoc.attrs = attrMutates;
  b.calleeLoc.attrs = attrCalls;

  for (const fn of fns) initFunc(b, fn);
  for (const fn of fns) if (!fn.isHiddenClosure) new Escape(b, fn).walkFunc(fn);

  // Every reassignment and address-of is known now: decide how closures capture.
  for (const c of b.closures) flowClosure(b, c.k, c.clo);
  b.closures = [];

  for (const loc of b.allLocs) {
    const why = heapAllocReason(loc.n);
    if (why !== '') b.flow(b.addr(b.heapHole(), loc.n!, why), loc);
  }
  walkAll(b);
  finish(b, fns);
}

function initFunc(b: Batch, fn: Func): void {
  const e = new Escape(b, fn);
  fn.esc = escFuncPlanned;
  for (const n of fn.dcl) e.newLoc(n, true);
  fn.results.forEach((r, i) => {
    b.oldLoc(r).resultIndex = 1 + i;
  });
}

function flowClosure(b: Batch, k: Hole, clo: Node): void {
  const fn = clo.func!;
  for (const cv of fn.closureVars) {
    const n = cv.canonical();
    const loc = b.oldLoc(cv);
    if (!loc.captured) throw new Error(`internal error: closure variable never captured: ${cv.sym}`);
    // Capture by value for variables <= 128 bytes that are never reassigned.
    n.byval = !loc.addrtaken && !loc.reassigned && sizeof(n.type!) <= 128;
    cv.byval = n.byval;
    if (!n.byval) n.addrtaken = true;
    if (b.flags.m > 1) {
      const how = n.byval ? 'value' : 'ref';
      b.out.warn(n.pos, `${n.curfn!.nname.sym} capturing by ${how}: ${n.sym} (addr=${loc.addrtaken} assign=${loc.reassigned} width=${sizeof(n.type!)})`);
    }
    let kk = k;
    if (!cv.byval) kk = b.addr(kk, cv, 'reference');
    b.flow(kk.note(cv, 'captured by a closure', b.flags), loc);
  }
}

function finish(b: Batch, fns: Func[]): void {
  for (const fn of fns) {
    fn.esc = escFuncTagged;
    fn.tags = fn.params.map((p) => paramTag(b, fn, p));
  }
  for (const loc of b.allLocs) {
    const n = loc.n;
    if (n === null) continue;
    const goDeferWrapper = n.op === 'CLOSURE' && n.func!.wrapper;
    if (loc.hasAttr(attrEscapes)) {
      if (n.op === 'NAME') {
        if (b.flags.m !== 0) b.out.warn(n.pos, `moved to heap: ${(n as Name).sym}`);
        (n as Name).escapes = true;
      } else if (b.flags.m !== 0 && !goDeferWrapper) {
        b.out.warn(n.pos, `${fmtNode(n)} escapes to heap`);
      }
    } else if (b.flags.m !== 0 && n.op !== 'NAME' && !goDeferWrapper) {
      b.out.warn(n.pos, `${fmtNode(n)} does not escape`);
    }
    if (b.flags.m !== 0 && n.op === 'STR2BYTES' && !loc.hasAttr(attrMutates) && !loc.hasAttr(attrEscapes)) {
      b.out.warn(n.pos, 'zero-copy string->[]byte conversion');
    }
  }
}

/** A parameter's tag, reporting its leaks with -m (cf. batch.paramTag). */
function paramTag(b: Batch, fn: Func, p: Name): Leaks | null {
  const diagnose = b.flags.m !== 0 && !fn.wrapper && !fn.dupok;
  if (fn.external) {
    // Assume uintptr arguments are kept alive and everything else leaks (cf. paramTag).
    const named = p.sym !== '_' && !p.sym.startsWith('~p');
    if (p.type!.kind === 'Basic' && p.type!.name === 'uintptr') {
      if (diagnose) b.out.warn(p.pos, `assuming ${named ? p.sym : 'arg'} is unsafe uintptr`);
      return null;
    }
    if (!hasPointers(p.type!)) return null;
    if (diagnose && named) b.out.warn(p.pos, `leaking param: ${p.sym}`);
    return Leaks.unknown();
  }
  if (!hasPointers(p.type!)) return null;
  if (p.sym === '_' || p.sym.startsWith('~p')) return new Leaks();
  const loc = b.oldLoc(p);
  const esc = loc.paramEsc.copy();
  esc.optimize();
  if (diagnose && !loc.hasAttr(attrEscapes)) reportLeaks(b, p.pos, p.sym, esc, fn);
  return esc;
}

function reportLeaks(b: Batch, pos: number, name: string, esc: Leaks, fn: Func): void {
  let warned = false;
  const x = esc.heap();
  if (x >= 0) {
    b.out.warn(pos, x === 0 ? `leaking param: ${name}` : `leaking param content: ${name}`);
    warned = true;
  }
  for (let i = 0; i < numEscResults; i++) {
    const r = esc.result(i);
    if (r >= 0) {
      b.out.warn(pos, `leaking param: ${name} to result ${fn.results[i]!.sym} level=${r}`);
      warned = true;
    }
  }
  if (!warned) b.out.warn(pos, `${name} does not escape`);
}

/** Marks closure variables as captured when the closure expression is reached (cf. OCLOSURE). */
export function captureVars(e: Escape, fn: Func): void {
  for (const cv of fn.closureVars) {
    const loc = e.b.oldLoc(cv);
    if (!loc.captured) {
      loc.captured = true;
      // Reassignments in straight-line code before the first capture do not count.
      if (loc.loopDepth === e.loopDepth) loc.reassigned = false;
    }
  }
}

export { escFuncTagged };
