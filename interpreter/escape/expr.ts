// Expressions (cf. escape/expr.go): how evaluating each kind of expression flows its value into a hole.
import { type Escape, captureVars } from './escape.js';
import { Hole } from './graph.js';
import { Name, type Node } from './ir.js';
import { hasPointers, isDirectIface, isInterfaceType } from './sizes.js';
import { callEsc } from './call.js';
import { under } from '../types/predicates.js';
import type { Type } from '../types/types.js';

function isUntyped(t: Type | null): boolean {
  return t !== null && t.kind === 'Basic' && t.name.startsWith('untyped');
}

/** Models evaluating n and flowing its result into k (cf. escape.exprSkipInit). */
export function exprEsc(e: Escape, k: Hole, n: Node): void {
  const b = e.b;
  if (k.derefs >= 0 && n.type !== null && !isUntyped(n.type) && !hasPointers(n.type)) {
    k = new Hole(b.blankLoc, k.derefs, k.notes, k.addrtaken); // a scalar: nothing to track
  }
  switch (n.op) {
    case 'LITERAL': case 'NIL': case 'TYPE': case 'METHEXPR':
      return;
    case 'NAME': {
      const nm = n as Name;
      if (nm.sym === '_') return;
      if (nm.cls === 'PFUNC' || nm.cls === 'PEXTERN') return;
      b.flow(k, b.oldLoc(nm));
      return;
    }
    case 'PLUS': case 'NEG': case 'BITNOT': case 'NOT':
      e.discard(n.x);
      return;
    case 'ADD': case 'SUB': case 'OR': case 'XOR': case 'MUL': case 'DIV': case 'MOD': case 'LSH': case 'RSH':
    case 'AND': case 'ANDNOT': case 'EQ': case 'NE': case 'LT': case 'LE': case 'GT': case 'GE':
    case 'ANDAND': case 'OROR':
      e.discard(n.x);
      e.discard(n.y);
      return;
    case 'ADDR':
      e.expr(b.addr(k, n, 'address-of'), n.x);
      return;
    case 'DEREF':
      e.expr(b.deref(k, n, 'indirection'), n.x);
      return;
    case 'DOT': case 'DOTINTER':
      e.expr(k.note(n, 'dot', b.flags), n.x);
      return;
    case 'DOTPTR':
      e.expr(b.deref(k, n, 'dot of pointer'), n.x);
      return;
    case 'DOTTYPE': case 'DOTTYPE2': {
      let kk = k;
      if (!isInterfaceType(n.type!) && !isDirectIface(n.type!)) kk = kk.shift(1);
      e.expr(kk.note(n, 'dot', b.flags), n.x);
      return;
    }
    case 'INDEX':
      if (n.x!.type !== null && under(n.x!.type).kind === 'Array') e.expr(k.note(n, 'fixed-array-index-of', b.flags), n.x);
      else e.expr(b.deref(k, n, 'dot of pointer'), n.x);
      e.discard(n.y);
      return;
    case 'INDEXMAP':
      e.discard(n.x);
      e.discard(n.y);
      return;
    case 'SLICE': case 'SLICEARR': case 'SLICE3': case 'SLICE3ARR': case 'SLICESTR':
      e.expr(k.note(n, 'slice', b.flags), n.x);
      e.discards(n.list);
      return;
    case 'CONV': case 'CONVNOP':
      e.expr(k, n.x);
      return;
    case 'CONVIFACE': {
      let kk = k;
      if (!isInterfaceType(n.x!.type!) && !isDirectIface(n.x!.type!)) kk = e.spill(kk, n);
      e.expr(kk.note(n, 'interface-converted', b.flags), n.x);
      return;
    }
    case 'SLICE2ARR':
      e.expr(b.deref(k, n, 'slice-to-array'), n.x);
      return;
    case 'SLICE2ARRPTR':
      e.expr(k, n.x);
      return;
    case 'RECV':
      e.discard(n.x);
      return;
    case 'CALLFUNC': case 'CALLINTER': case 'LEN': case 'CAP': case 'MIN': case 'MAX': case 'COMPLEX':
    case 'REAL': case 'IMAG': case 'APPEND': case 'COPY': case 'RECOVER':
      callEsc(e, [k], n);
      return;
    case 'NEW':
      e.spill(k, n);
      return;
    case 'MAKESLICE':
      e.spill(k, n);
      e.discards(n.list);
      return;
    case 'MAKECHAN':
      e.discards(n.list);
      return;
    case 'MAKEMAP':
      e.spill(k, n);
      e.discards(n.list);
      return;
    case 'METHVALUE': {
      // The receiver flows both to the closure and to the method's receiver parameter.
      const closureK = e.spill(k, n);
      const sig = n.type !== null ? under(n.type) : null;
      const nres = sig !== null && sig.kind === 'Signature' ? sig.results.vars.length : 0;
      const ks: Hole[] = [];
      for (let i = nres; i > 0; i--) ks.push(b.heapHole());
      const paramK = n.callee !== null ? tagHoleRecv(e, ks, n.callee) : b.heapHole();
      e.expr(e.teeHole(paramK, closureK), n.x);
      return;
    }
    case 'PTRLIT':
      e.expr(e.spill(k, n), n.x);
      return;
    case 'ARRAYLIT':
      for (let elt of n.list) {
        if (elt.op === 'KEY') elt = elt.y!;
        e.expr(k.note(n, 'array literal element', b.flags), elt);
      }
      return;
    case 'SLICELIT': {
      const kk = e.spill(k, n);
      for (let elt of n.list) {
        if (elt.op === 'KEY') elt = elt.y!;
        e.expr(kk.note(n, 'slice-literal-element', b.flags), elt);
      }
      return;
    }
    case 'STRUCTLIT':
      for (const elt of n.list) e.expr(k.note(n, 'struct literal element', b.flags), elt);
      return;
    case 'MAPLIT':
      e.spill(k, n);
      // Map keys and values are always stored in the heap.
      for (const elt of n.list) {
        e.expr(b.heapHole().note(n, 'map literal key', b.flags), elt.x);
        e.expr(b.heapHole().note(n, 'map literal value', b.flags), elt.y);
      }
      return;
    case 'CLOSURE': {
      const kk = e.spill(k, n);
      b.closures.push({ k: kk, clo: n });
      const fn = n.func!;
      captureVars(e, fn);
      e.walkFunc(fn);
      return;
    }
    case 'RUNES2STR': case 'BYTES2STR': case 'STR2RUNES': case 'STR2BYTES': case 'RUNESTR':
      e.spill(k, n);
      e.discard(n.x);
      return;
    case 'ADDSTR':
      e.spill(k, n);
      // Operands of a string concatenation never escape.
      e.discards(n.list);
      return;
    case 'PANIC': case 'CLOSE': case 'CLEAR': case 'DELETE': case 'PRINT': case 'PRINTLN':
      callEsc(e, null, n);
      return;
    default:
      return;
  }
}

/** The hole for a method value's receiver flowing to the method's receiver parameter. */
function tagHoleRecv(e: Escape, ks: Hole[], callee: Name): Hole {
  return tagHole(e, ks, callee, 0);
}

import { tagHole } from './call.js';
