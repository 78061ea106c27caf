// The data-flow graph of escape analysis (cf. escape/graph.go): locations (variables and
// allocations), holes (contexts an expression's value flows into, with a dereference count) and
// the batch that owns them.
//
// Invariants, as in gc: derefs never go below -1 (`&x` is not addressable, so `&&x` cannot occur);
// every expression is walked even when its value is discarded (it may have side effects):
//   do:      if (x) e.discard(n.x) else e.value(k, n.x)
//   do not:  if (!x) e.value(k, n.x)     // loses the side effects of n.x when x holds
import { fmtNode, type Func, Name, type Node } from './ir.js';
import { Leaks, numEscResults } from './leaks.js';
import type { Flags } from './flags.js';

export const attrEscapes = 1;
export const attrPersists = 2;
export const attrMutates = 4;
export const attrCalls = 8;

/** An incoming assignment edge: src flows here with derefs dereferences. */
export interface Edge {
  readonly src: Location;
  readonly derefs: number;
  readonly notes: Note | null;
}

/** Why a flow happened, for -m=2: a chain of (node, reason). */
export interface Note {
  readonly next: Note | null;
  readonly where: Node;
  readonly why: string;
}

/** An abstract location that stores a Go variable or an allocation. */
export class Location {
  edges: Edge[] = [];
  /** Tuple index (from 1) of a result parameter; 0 otherwise. */
  resultIndex = 0;
  derefs = 0;
  walkgen = 0;
  dst: Location | null = null;
  dstEdgeIdx = 0;
  queued = false;
  attrs = 0;
  paramEsc = new Leaks();
  captured = false;
  reassigned = false;
  addrtaken = false;
  constructor(
    readonly n: Node | null,
    readonly curfn: Func | null,
    public loopDepth: number,
  ) {}

  hasAttr(a: number): boolean {
    return (this.attrs & a) !== 0;
  }

  asHole(): Hole {
    return new Hole(this, 0, null, false);
  }

  isName(cls: 'PPARAM' | 'PPARAMOUT' | 'PAUTO'): boolean {
    return this.n instanceof Name && this.n.cls === cls;
  }

  /** Records that this parameter leaks to sink (cf. location.leakTo). */
  leakTo(sink: Location, derefs: number): void {
    if (!sink.hasAttr(attrEscapes) && sink.isName('PPARAMOUT') && sink.curfn === this.curfn) {
      const ri = sink.resultIndex - 1;
      if (ri < numEscResults) {
        this.paramEsc.addResult(ri, derefs);
        return;
      }
    }
    this.paramEsc.addHeap(derefs);
  }
}

/** A context for evaluating an expression: its value flows to dst after derefs dereferences. */
export class Hole {
  constructor(
    readonly dst: Location,
    readonly derefs: number,
    readonly notes: Note | null,
    /** Whether this context takes the expression's address. */
    readonly addrtaken: boolean,
  ) {}

  note(where: Node, why: string, flags: Flags): Hole {
    if (flags.m >= 2) return new Hole(this.dst, this.derefs, { next: this.notes, where, why }, this.addrtaken);
    return this;
  }

  shift(delta: number): Hole {
    const d = this.derefs + delta;
    if (d < -1) throw new Error(`internal error: derefs underflow: ${d}`);
    return new Hole(this.dst, d, this.notes, delta < 0);
  }
}

/** Escape analysis state shared by a batch of functions analysed together (cf. escape.batch). */
export class Batch {
  allLocs: Location[] = [];
  closures: { k: Hole; clo: Node }[] = [];
  readonly heapLoc = new Location(null, null, 0);
  readonly mutatorLoc = new Location(null, null, 0);
  readonly calleeLoc = new Location(null, null, 0);
  readonly blankLoc = new Location(null, null, 0);

  constructor(
    readonly flags: Flags,
    /** Where diagnostics go, in emission order: (position, message) or a raw -m=2 line. */
    readonly out: Output,
  ) {}

  heapHole(): Hole { return this.heapLoc.asHole(); }
  mutatorHole(): Hole { return this.mutatorLoc.asHole(); }
  calleeHole(): Hole { return this.calleeLoc.asHole(); }
  discardHole(): Hole { return this.blankLoc.asHole(); }

  deref(k: Hole, where: Node, why: string): Hole {
    return k.shift(1).note(where, why, this.flags);
  }

  addr(k: Hole, where: Node, why: string): Hole {
    return k.shift(-1).note(where, why, this.flags);
  }

  oldLoc(n: Name): Location {
    const loc = n.canonical().opt;
    if (!(loc instanceof Location)) throw new Error(`internal error: ${n.sym} has no location`);
    return loc;
  }

  /** Records that src's value flows into k (cf. batch.flow). */
  flow(k: Hole, src: Location): void {
    if (k.addrtaken) src.addrtaken = true;
    const dst = k.dst;
    if (dst === this.blankLoc) return;
    if (dst === src && k.derefs >= 0) return; // dst = dst, dst = *dst, ...
    if (dst.hasAttr(attrEscapes) && k.derefs < 0) {
      // dst = &src
      if (this.flags.m >= 2) {
        const pos = this.out.fmtPos(src.n!.pos);
        this.out.raw(src.n!.pos, `${pos}: ${fmtNode(src.n)} escapes to heap:`);
        this.explainFlow(src.n!.pos, dst, src, k.derefs, k.notes);
      }
      src.attrs |= attrEscapes | attrPersists | attrMutates | attrCalls;
      return;
    }
    dst.edges.push({ src, derefs: k.derefs, notes: k.notes });
  }

  explainFlow(at: number, dst: Location, srcloc: Location, derefs: number, notes: Note | null): void {
    const pos = this.out.fmtPos(at);
    const ops = derefs >= 0 ? '*'.repeat(derefs) : '&';
    this.out.raw(at, `${pos}:   flow: ${this.explainLoc(dst)} = ${ops}${this.explainLoc(srcloc)}:`);
    for (let note = notes; note !== null; note = note.next) {
      this.out.raw(at, `${pos}:     from ${fmtNode(note.where)} (${note.why}) at ${this.out.fmtPos(note.where.pos)}`);
    }
  }

  explainLoc(l: Location): string {
    if (l === this.heapLoc) return '{heap}';
    if (l.n === null) return '{temp}';
    if (l.n.op === 'NAME') return fmtNode(l.n);
    return `{storage for ${fmtNode(l.n)}}`;
  }
}

/** Sink for the analysis' messages. */
export interface Output {
  warn(pos: number, msg: string): void;
  /** A -m=2 explanation line about the node at pos (already formatted). */
  raw(pos: number, line: string): void;
  fmtPos(pos: number): string;
}
