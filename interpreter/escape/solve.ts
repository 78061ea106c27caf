// Solving the flow graph (cf. escape/solve.go): from every location, the fewest dereferences to
// every location that flows into it (Bellman-Ford with derefs bounded below by 0), marking what
// must live on the heap and recording parameters' leaks, until nothing changes.
import { fmtNode, type Func } from './ir.js';
import { attrCalls, attrEscapes, attrMutates, attrPersists, type Batch, type Location } from './graph.js';

/** Computes the minimal dereferences between all pairs of locations (cf. batch.walkAll). */
export function walkAll(b: Batch): void {
  const todo: Location[] = [];
  const enqueue = (loc: Location): void => {
    if (!loc.queued) {
      todo.push(loc);
      loc.queued = true;
    }
  };
  for (const loc of b.allLocs) enqueue(loc);
  enqueue(b.mutatorLoc);
  enqueue(b.calleeLoc);
  enqueue(b.heapLoc);
  let walkgen = 0;
  while (todo.length > 0) {
    const root = todo.pop()!;
    root.queued = false;
    walkgen++;
    walkOne(b, root, walkgen, enqueue);
  }
}

function walkOne(b: Batch, root: Location, walkgen: number, enqueue: (l: Location) => void): void {
  root.walkgen = walkgen;
  root.derefs = 0;
  root.dst = null;

  if (root.hasAttr(attrCalls) && root.n !== null && root.n.op === 'CLOSURE') {
    const fn = root.n.func!;
    if (inMutualBatch(fn) && !fn.closureResultsLost) {
      fn.closureResultsLost = true;
      // Re-flow from the closure's results, now that we know we lost track of them.
      for (const r of fn.results) enqueue(b.oldLoc(r));
    }
  }

  const todo: Location[] = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    let newAttrs = 0;

    // If l.derefs < 0, then l's address flows to root.
    const addressOf = derefs < 0;
    if (addressOf) {
      // For a flow path like "root = &l; l = x", l's address flows to root but x's does not.
      derefs = 0;
      if (outlives(b, root, l)) {
        if (!l.hasAttr(attrEscapes) && b.flags.m >= 2) {
          b.out.raw(l.n!.pos, `${b.out.fmtPos(l.n!.pos)}: ${fmtNode(l.n)} escapes to heap:`);
          explainPath(b, root, l);
        }
        newAttrs |= attrEscapes | attrPersists | attrMutates | attrCalls;
      } else if (root.hasAttr(attrPersists)) {
        newAttrs |= attrPersists;
      }
    }

    if (derefs === 0) newAttrs |= root.attrs & (attrMutates | attrCalls);

    // l's value flows to root: if l is a parameter and root the heap or a result, record it.
    if (l.isName('PPARAM')) {
      if (outlives(b, root, l)) {
        if (!l.hasAttr(attrEscapes) && b.flags.m >= 2) {
          b.out.raw(l.n!.pos, `${b.out.fmtPos(l.n!.pos)}: parameter ${fmtNode(l.n)} leaks to ${b.explainLoc(root)} with derefs=${derefs}:`);
          explainPath(b, root, l);
        }
        l.leakTo(root, derefs);
      }
      if (root.hasAttr(attrMutates)) l.paramEsc.addMutator(derefs);
      if (root.hasAttr(attrCalls)) l.paramEsc.addCallee(derefs);
    }

    if ((newAttrs & ~l.attrs) !== 0) {
      l.attrs |= newAttrs;
      enqueue(l);
      if ((l.attrs & attrEscapes) !== 0) continue;
    }

    l.edges.forEach((edge, i) => {
      if (edge.src.hasAttr(attrEscapes)) return;
      const d = derefs + edge.derefs;
      if (edge.src.walkgen !== walkgen || edge.src.derefs > d) {
        edge.src.walkgen = walkgen;
        edge.src.derefs = d;
        edge.src.dst = l;
        edge.src.dstEdgeIdx = i;
        todo.push(edge.src);
      }
    });
  }
}

/** Prints how src flows to the walk root (cf. batch.explainPath). */
function explainPath(b: Batch, root: Location, src: Location): void {
  const visited = new Set<Location>();
  const at = src.n!.pos;
  const pos = b.out.fmtPos(at);
  for (;;) {
    if (visited.has(src)) {
      b.out.raw(at, `${pos}:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518`);
      break;
    }
    visited.add(src);
    const dst = src.dst!;
    const edge = dst.edges[src.dstEdgeIdx]!;
    b.explainFlow(at, dst, src, edge.derefs, edge.notes);
    if (dst === root) break;
    src = dst;
  }
}

/** Whether values stored in l may survive beyond other's lifetime if stack allocated. */
export function outlives(b: Batch, l: Location, other: Location): boolean {
  if (l.hasAttr(attrEscapes)) return true; // the heap outlives everything
  if (l === b.mutatorLoc || l === b.calleeLoc) return false;
  // Callers may do anything with returned values, unless all calls of a closure are known.
  if (l.isName('PPARAMOUT')) {
    if (containsClosure(other.curfn, l.curfn) && !l.curfn!.closureResultsLost) return false;
    return true;
  }
  // Declared outside other's loop in the same function: l outlives other.
  if (l.curfn === other.curfn && l.loopDepth < other.loopDepth) return true;
  // other is declared within a closure nested in l's function.
  if (containsClosure(l.curfn, other.curfn)) return true;
  return false;
}

/** Whether c is a closure contained within f. */
export function containsClosure(f: Func | null, c: Func | null): boolean {
  if (f === null || c === null || f === c || c.oclosure === null) return false;
  for (let p = c.closureParent; p !== null; p = p.closureParent) if (p === f) return true;
  return false;
}

export const escFuncUnknown = 0;
export const escFuncPlanned = 1;
export const escFuncStarted = 2;
export const escFuncTagged = 3;

/** Whether fn is in the batch being analysed (not yet tagged): its flows join the graph directly. */
export function inMutualBatch(fn: Func | null): boolean {
  return fn !== null && fn.esc > escFuncUnknown && fn.esc < escFuncTagged;
}
