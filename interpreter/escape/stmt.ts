// Statements (cf. escape/stmt.go).
import type { Escape } from './escape.js';
import type { Hole } from './graph.js';
import { Name, type Node } from './ir.js';
import { addrsEsc, assignHeap, assignList, reassigned } from './assign.js';
import { callEsc, goDeferStmt } from './call.js';
import { hasPointers, isDirectIface, isInterfaceType } from './sizes.js';
import { under } from '../types/predicates.js';

export function stmtEsc(e: Escape, n: Node): void {
  const b = e.b;
  e.stmts(n.init);
  switch (n.op) {
    case 'FALL': case 'BREAK': case 'CONTINUE': case 'GOTO':
      return;
    case 'BLOCK':
      e.stmts(n.list);
      return;
    case 'DCL':
      if (n.x instanceof Name && n.x.sym !== '_') {
        e.dcl(n.x);
        // Go 1.22 three-clause loop variables live in each iteration: declared one level deeper.
        if (n.label === 'loopvar') b.oldLoc(n.x).loopDepth = e.loopDepth + 1;
      }
      return;
    case 'LABEL': {
      if (n.text === '_') return;
      const st = e.labels?.get(n.text);
      if (st === 'looping') e.loopDepth++;
      e.labels?.delete(n.text);
      return;
    }
    case 'IF':
      e.discard(n.x);
      e.block(n.body);
      e.block(n.els);
      return;
    case 'CHECKNIL':
      e.discard(n.x);
      return;
    case 'FOR':
      e.loopDepth++;
      e.discard(n.x);
      if (n.post !== null) stmtEsc(e, n.post);
      e.block(n.body);
      e.loopDepth--;
      return;
    case 'RANGE': {
      // X is evaluated outside the loop and persists until it ends.
      const tmp = e.newLoc(null, true);
      e.expr(tmp.asHole(), n.x);
      e.loopDepth++;
      for (const s of n.init) {
        // per-iteration declarations of the iteration variables
        if (s.op === 'DCL' && s.x instanceof Name) b.oldLoc(s.x).loopDepth = e.loopDepth;
      }
      const ks = addrsEsc(e, [n.rlist[0] ?? null, n.rlist[1] ?? null]);
      const xt = n.x!.type !== null ? under(n.x!.type) : null;
      if (xt !== null && xt.kind === 'Array') b.flow(ks[1]!.note(n, 'range', b.flags), tmp);
      else b.flow(b.deref(ks[1]!, n, 'range-deref'), tmp);
      reassigned(e, ks, n);
      e.block(n.body);
      e.loopDepth--;
      return;
    }
    case 'SWITCH':
      if (n.isTypeSwitch) {
        const ks: Hole[] = [];
        if (n.text === 'bound') {
          for (const cas of n.list) {
            const cv = cas.x as Name | null;
            if (cv === null) continue;
            const k = e.dcl(cv);
            if (cv.type !== null && hasPointers(cv.type)) {
              let kk = k;
              if (!isInterfaceType(cv.type) && !isDirectIface(cv.type)) kk = kk.shift(1);
              ks.push(kk.note(cas, 'switch case', b.flags));
            }
          }
        }
        e.expr(e.teeHole(...ks), n.x);
      } else {
        e.discard(n.x);
      }
      for (const cas of n.list) {
        e.discards(cas.list);
        e.block(cas.body);
      }
      return;
    case 'SELECT':
      for (const cas of n.list) {
        e.stmts(cas.init);
        if (cas.x !== null) stmtEsc(e, cas.x);
        e.block(cas.body);
      }
      return;
    case 'RECV':
      e.discard(n.x);
      return;
    case 'SEND':
      e.discard(n.x);
      assignHeap(e, n.y, 'send', n);
      return;
    case 'AS':
      assignList(e, [n.x], [n.y], 'assign', n);
      return;
    case 'ASOP':
      assignList(e, [n.x], [n.y], 'assign', n);
      return;
    case 'AS2':
      assignList(e, n.list, n.rlist, 'assign-pair', n);
      return;
    case 'AS2DOTTYPE':
      assignList(e, n.list, n.rlist, 'assign-pair-dot-type', n);
      return;
    case 'AS2MAPR':
      assignList(e, n.list, n.rlist, 'assign-pair-mapr', n);
      return;
    case 'AS2RECV':
      assignList(e, n.list, n.rlist, 'assign-pair-receive', n);
      return;
    case 'AS2FUNC': {
      const call = n.rlist[0]!;
      e.stmts(call.init);
      call.init = [];
      const ks = addrsEsc(e, n.list);
      callEsc(e, ks, call);
      reassigned(e, ks, n);
      return;
    }
    case 'RETURN': {
      const dsts = e.curfn.results;
      assignList(e, dsts, n.list, 'return', n);
      return;
    }
    case 'CALLFUNC': case 'CALLINTER': case 'CLEAR': case 'CLOSE': case 'COPY': case 'DELETE': case 'PANIC':
    case 'PRINT': case 'PRINTLN': case 'RECOVER': case 'APPEND':
      callEsc(e, n.op === 'APPEND' ? [b.discardHole()] : null, n);
      return;
    case 'GO': case 'DEFER':
      goDeferStmt(e, n);
      return;
    default:
      // other expression statements (e.g. a bare receive or conversion)
      e.discard(n);
      return;
  }
}
