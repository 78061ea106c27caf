// Assignability and assignments (Go spec: Assignability, Assignment statements, Short variable
// declarations; cf. types2 assignments.go, operand.go assignableTo): single and tuple assignments,
// :=, initialization of variables, and gc's mismatch messages.
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { M } from './errors.js';
import { expr, exprWithHint, implicitTypeAndValue, rawExpr, updateExprType, updateExprVal } from './expr.js';
import { implementsCause } from './instantiate.js';
import type { Operand } from './operand.js';
import { newOperand } from './operand.js';
import { defaultType, identical, isInterface, isNumeric, isTypeParam, isUntyped, under } from './predicates.js';
import { computeTypeSet } from './typeset.js';
import type { Type, Var } from './types.js';
import { Typ, noType } from './universe.js';
import { initVar } from './decl.js';
import { missingMethod } from './lookup.js';

export interface AssignResult { ok: boolean; cause: string }

function hasName(t: Type): boolean {
  return t.kind === 'Basic' || t.kind === 'Named' || t.kind === 'TypeParam';
}

/** Whether x is assignable to T (cf. types2 operand.assignableTo), with gc's cause if not. */
export function assignableTo(c: Checker, x: Operand, T: Type): AssignResult {
  const yes = { ok: true, cause: '' };
  if (x.mode === 'invalid' || T === Typ.invalid) return yes;
  const V = x.type;
  if (identical(V, T)) return yes;
  const Vu = under(V), Tu = under(T);
  const Vp = V.kind === 'TypeParam' ? V : null;
  const Tp = T.kind === 'TypeParam' ? T : null;
  if (isUntyped(Vu)) {
    if (Tp) {
      const ts = computeTypeSet(Tp.constraint);
      if (ts.terms === null || ts.terms.length === 0) return { ok: x.mode === 'nilvalue' && false, cause: '' };
      return { ok: ts.terms.every((t) => implicitTypeAndValue(c, x, t.type).type !== null), cause: '' };
    }
    return { ok: implicitTypeAndValue(c, x, T).type !== null, cause: '' };
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && !Vp && !Tp) return yes;
  if ((Tu.kind === 'Interface' && !Tp) || isInterfacePtrType(Tu)) {
    const cause = implementsCause(c, V, T, false);
    if (cause === null) return yes;
    if (!Vp) return { ok: false, cause };
  }
  if (Vu.kind === 'Interface' && !Vp) {
    if (missingMethod(T, V, false).method === null && implementsCause(c, T, V, false) === null) {
      return { ok: false, cause: 'need type assertion' };
    }
  }
  if (Vu.kind === 'Chan' && Vu.dir === 'BOTH' && Tu.kind === 'Chan' && identical(Vu.elem, Tu.elem)) {
    return { ok: !hasName(V) || !hasName(T), cause: '' };
  }
  if (!Vp && !Tp) return { ok: false, cause: '' };
  if (!hasName(V) && Tp) {
    const ts = computeTypeSet(Tp.constraint);
    if (ts.terms === null || ts.terms.length === 0) return { ok: false, cause: '' };
    for (const t of ts.terms) {
      const r = assignableTo(c, x, t.type);
      if (!r.ok) return { ok: false, cause: `cannot assign ${c.t(V)} to ${c.t(t.type)} (in ${c.t(Tp)})` };
    }
    return yes;
  }
  if (Vp && !hasName(T)) {
    const ts = computeTypeSet(Vp.constraint);
    if (ts.terms === null || ts.terms.length === 0) return { ok: false, cause: '' };
    for (const t of ts.terms) {
      const y = { ...x, type: t.type };
      const r = assignableTo(c, y, T);
      if (!r.ok) return { ok: false, cause: `cannot assign ${c.t(t.type)} (in ${c.t(Vp)}) to ${c.t(T)}` };
    }
    return yes;
  }
  return { ok: false, cause: '' };
}

function isInterfacePtrType(t: Type): boolean {
  return t.kind === 'Pointer' && isInterface(t.elem) && !isTypeParam(t.elem);
}

/** Checks that x can be assigned to T (T null: the blank identifier) in the given context
 *  ("assignment", "argument", "return statement", ...), converting untyped values (cf. types2 assignment). */
export function assignment(c: Checker, x: Operand, T: Type | null, context: string): void {
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    c.error(x, `multiple-value ${c.op(x)} in single-value context`);
    x.mode = 'invalid';
    return;
  }
  switch (x.mode) {
    case 'invalid':
      return;
    case 'nilvalue': case 'constant': case 'variable': case 'mapindex': case 'value': case 'commaok': case 'commaerr':
      break;
    default:
      c.error(x, `cannot assign ${c.op(x)} to ${T ? c.t(T) : '_'} in ${context}`);
      x.mode = 'invalid';
      return;
  }
  if (isUntyped(x.type)) {
    let target: Type | null = T;
    if (x.mode === 'nilvalue' || x.type === Typ.untypedNil) {
      if (T === null) {
        c.error(x, `use of untyped nil in ${context}`);
        x.mode = 'invalid';
        return;
      }
    } else if (T === null || (under(T).kind === 'Interface' && T.kind !== 'TypeParam')) {
      target = defaultType(x.type);
    }
    const r = implicitTypeAndValue(c, x, target!);
    if (r.code !== null) {
      let msg = M.cannotUseAs(c.op(x), c.t(target!), context);
      if (r.code === 'TruncatedFloat') msg += ' (truncated)';
      else if (r.code === 'NumericOverflow') msg += ' (overflows)';
      c.error(x, msg);
      x.mode = 'invalid';
      return;
    }
    if (r.val) {
      x.val = r.val;
      if (x.expr) updateExprVal(c, x.expr, r.val);
    }
    if (r.type !== x.type) {
      x.type = r.type!;
      if (x.expr) updateExprType(c, x.expr, r.type!, false);
    }
  }
  const u = under(x.type);
  if (u.kind === 'Signature' && u.typeParams.length > 0) {
    c.error(x, `cannot use generic function ${c.e(x.expr!)} without instantiation in ${context}`);
    x.mode = 'invalid';
    return;
  }
  if (T === null) return;
  const r = assignableTo(c, x, T);
  if (!r.ok) {
    const base = M.cannotUseAs(c.op(x), c.t(T), context);
    c.error(x, r.cause ? `${base}: ${r.cause}` : base);
    x.mode = 'invalid';
  }
}

/** The type of an assignment's left-hand side (null for _), without counting it as a use. */
export function lhsVar(c: Checker, lhs: ast.Expr): Type | null {
  let e = lhs;
  while (e.kind === 'ParenExpr') e = e.X;
  if (e.kind === 'Ident' && e.Name === '_') {
    c.recordDef(e, null);
    return null;
  }
  let v: Var | null = null;
  let wasUsed = false;
  if (e.kind === 'Ident') {
    const obj = c.lookup(e.Name);
    if (obj && obj.kind === 'Var' && obj.pkg === c.path) {
      v = obj;
      wasUsed = c.usedVars.has(obj);
    }
  }
  const x = newOperand();
  expr(c, x, lhs, false);
  if (v && !wasUsed) c.usedVars.delete(v);
  if (x.mode === 'invalid' || x.type === Typ.invalid) return Typ.invalid;
  if (x.mode === 'variable' || x.mode === 'mapindex') return x.type;
  if (e.kind === 'SelectorExpr') {
    const y = newOperand();
    rawExpr(c, y, e.X, null, false);
    if (y.mode === 'mapindex') {
      c.error(x, `cannot assign to struct field ${c.e(e)} in map`);
      return Typ.invalid;
    }
  }
  c.error(x, M.cannotAssign(c.e(x.expr!), ' (neither addressable nor a map index expression)'));
  return Typ.invalid;
}

/** Assigns x (or rhs, checked here) to lhs. */
export function assignVar(c: Checker, lhs: ast.Expr, rhs: ast.Expr | null, x: Operand | null, context: string): void {
  const T = lhsVar(c, lhs);
  if (T === Typ.invalid) {
    if (x) x.mode = 'invalid';
    else if (rhs) useExprs(c, [rhs]);
    return;
  }
  if (!x) {
    x = newOperand();
    exprWithHint(c, x, rhs!, T !== null && under(T).kind === 'Signature' ? T : null);
  }
  assignment(c, x, T, T === null && context === 'assignment' ? 'assignment to _ identifier' : context);
}

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n !== 1 ? 's' : ''}`;
}

export function assignError(c: Checker, rhs: readonly ast.Expr[], l: number, r: number): void {
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  let r0 = rhs[0]!;
  if (rhs.length === 1) {
    while (r0.kind === 'ParenExpr') r0 = r0.X;
    if (r0.kind === 'CallExpr') {
      c.error(rhs[0]!, `assignment mismatch: ${vars} but ${c.e(r0.Fun)} returns ${vals}`);
      return;
    }
  }
  c.error(rhs[0]!, `assignment mismatch: ${vars} but ${vals}`);
}

/** gc's summary of a list of types in have/want lines: untyped numbers print as "number". */
export function typesSummary(c: Checker, list: readonly Type[], variadic: boolean): string {
  const res = list.map((t, i) => {
    if (t === Typ.invalid) return 'unknown type';
    if (isUntyped(t)) return isNumeric(t) ? 'number' : (t as { name: string }).name.replace('untyped ', '');
    if (variadic && i === list.length - 1 && t.kind === 'Slice') return '...' + c.t(t.elem);
    return c.t(t);
  });
  return '(' + res.join(', ') + ')';
}

export function returnError(c: Checker, at: ast.Node, lhs: readonly Var[], rhs: readonly Operand[]): void {
  const l = lhs.length, r = rhs.length;
  let qualifier = 'not enough';
  let pos = c.posOf(at);
  if (r > l) {
    pos = c.posOf(rhs[l]!);
    qualifier = 'too many';
  } else if (r > 0) {
    pos = c.posOf(rhs[r - 1]!);
  }
  c.errorAt(pos, `${qualifier} return values`, [
    [-1, `have ${typesSummary(c, rhs.map((x) => x.type), false)}`],
    [-1, `want ${typesSummary(c, lhs.map((v) => v.type), false)}`],
  ]);
}

/** Evaluates expressions only to record them (after an error); returns false if any was invalid. */
export function useExprs(c: Checker, es: readonly ast.Expr[]): boolean {
  let ok = true;
  for (const e of es) {
    const x = newOperand();
    rawExpr(c, x, e, null, false);
    if (x.mode === 'invalid') ok = false;
  }
  return ok;
}

function useLHS(c: Checker, es: readonly ast.Expr[]): boolean {
  let ok = true;
  for (const e of es) {
    let id = e;
    while (id.kind === 'ParenExpr') id = id.X;
    if (id.kind === 'Ident') {
      if (id.Name === '_') continue;
      const obj = c.lookup(id.Name);
      if (obj && obj.kind === 'Var') {
        const was = c.usedVars.has(obj);
        const x = newOperand();
        rawExpr(c, x, e, null, false);
        if (!was) c.usedVars.delete(obj);
        if (x.mode === 'invalid') ok = false;
        continue;
      }
    }
    const x = newOperand();
    rawExpr(c, x, e, null, false);
    if (x.mode === 'invalid') ok = false;
  }
  return ok;
}

/** The operands of a possibly multi-valued expression: a call's results, or (allowCommaOk) the
 *  value and boolean of a map index, type assertion or receive. */
export function multiExpr(c: Checker, e: ast.Expr, allowCommaOk: boolean): { list: Operand[]; commaOk: boolean } {
  const x = newOperand();
  rawExpr(c, x, e, null, false);
  if (x.mode === 'novalue') {
    c.error(x, `${c.op(x)} used as value`);
    x.mode = 'invalid';
  } else if (x.mode === 'builtin') {
    c.error(x, `${c.op(x)} must be called`);
    x.mode = 'invalid';
  } else if (x.mode === 'typexpr') {
    c.error(x, M.notAnExpr(c.op(x)));
    x.mode = 'invalid';
  }
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    return {
      list: x.type.vars.map((v) => ({ mode: 'value', expr: e, type: v.type, val: null })),
      commaOk: false,
    };
  }
  if (allowCommaOk && (x.mode === 'mapindex' || x.mode === 'commaok' || x.mode === 'commaerr')) {
    const y: Operand = { mode: 'value', expr: e, type: Typ.untypedBool, val: null };
    if (x.mode === 'commaerr') y.type = Typ.invalid;
    return { list: [x, y], commaOk: true };
  }
  return { list: [x], commaOk: false };
}

function recordCommaOkTypes(c: Checker, e: ast.Expr, list: Operand[]): void {
  const t0 = list[0]!.type, t1 = list[1]!.type === Typ.untypedBool ? Typ.bool : list[1]!.type;
  const tuple: Type = {
    kind: 'Tuple',
    vars: [
      { kind: 'Var', name: '', pos: -1, pkg: c.path, type: t0 },
      { kind: 'Var', name: '', pos: -1, pkg: c.path, type: t1 },
    ],
  };
  let x: ast.Expr = e;
  for (;;) {
    const tv = c.info.types.get(x);
    if (tv) c.info.types.set(x, { mode: 'commaok', type: tuple });
    if (x.kind !== 'ParenExpr') break;
    x = x.X;
  }
}

/** Initializes new variables lhs from rhs (declarations and return statements). */
export function initVars(c: Checker, lhs: Var[], rhs: readonly ast.Expr[], returnStmt: ast.ReturnStmt | null): void {
  const context = returnStmt ? 'return statement' : 'assignment';
  const l = lhs.length;
  let r = rhs.length;
  let isCall = false;
  if (r === 1) {
    let e = rhs[0]!;
    while (e.kind === 'ParenExpr') e = e.X;
    isCall = e.kind === 'CallExpr';
  }
  if (l === r && !isCall) {
    lhs.forEach((v, i) => {
      const x = newOperand();
      exprWithHint(c, x, rhs[i]!, v.type === noType || v.type === Typ.invalid ? null : v.type);
      initVar(c, v, x, returnStmt ? 'return statement' : 'assignment');
    });
    return;
  }
  if (r !== 1) {
    if (useExprs(c, rhs)) {
      if (returnStmt) {
        const ops = rhs.map((e) => {
          const x = newOperand();
          rawExpr(c, x, e, null, false);
          return x;
        });
        returnError(c, returnStmt, lhs, ops);
      } else {
        assignError(c, rhs, l, r);
      }
    }
    return;
  }
  const { list, commaOk } = multiExpr(c, rhs[0]!, l === 2 && !returnStmt);
  r = list.length;
  if (l === r) {
    lhs.forEach((v, i) => initVar(c, v, list[i]!, context));
    if (commaOk && list[0]!.mode !== 'invalid') recordCommaOkTypes(c, rhs[0]!, list);
    return;
  }
  if (list[0]!.mode !== 'invalid') {
    if (returnStmt) returnError(c, returnStmt, lhs, list);
    else assignError(c, rhs, l, r);
  }
}

/** A tuple assignment lhs = rhs. */
export function assignVars(c: Checker, lhs: readonly ast.Expr[], rhs: readonly ast.Expr[]): void {
  const l = lhs.length;
  let r = rhs.length;
  let isCall = false;
  if (r === 1) {
    let e = rhs[0]!;
    while (e.kind === 'ParenExpr') e = e.X;
    isCall = e.kind === 'CallExpr';
  }
  if (l === r && !isCall) {
    lhs.forEach((e, i) => assignVar(c, e, rhs[i]!, null, 'assignment'));
    return;
  }
  if (r !== 1) {
    const okL = useLHS(c, lhs);
    const okR = useExprs(c, rhs);
    if (okL && okR) assignError(c, rhs, l, r);
    return;
  }
  const { list, commaOk } = multiExpr(c, rhs[0]!, l === 2);
  r = list.length;
  if (l === r) {
    lhs.forEach((e, i) => assignVar(c, e, null, list[i]!, 'assignment'));
    if (commaOk && list[0]!.mode !== 'invalid') recordCommaOkTypes(c, rhs[0]!, list);
    return;
  }
  if (list[0]!.mode !== 'invalid') assignError(c, rhs, l, r);
  useLHS(c, lhs);
}

/** `lhs := rhs` (cf. types2 shortVarDecl). */
export function shortVarDecl(c: Checker, s: ast.AssignStmt): void {
  const scope = c.ctx.scope;
  const seen = new Set<string>();
  const lhsVars: (Var | null)[] = [];
  const newVars: { v: Var; id: ast.Ident }[] = [];
  let hasErr = false;
  for (const l of s.Lhs) {
    if (l.kind !== 'Ident') {
      useLHS(c, [l]);
      c.error(l, M.nonName(c.e(l)));
      hasErr = true;
      lhsVars.push(null);
      continue;
    }
    const name = l.Name;
    if (name !== '_') {
      if (seen.has(name)) {
        c.error(l, `${name} repeated on left side of :=`);
        hasErr = true;
        lhsVars.push(null);
        continue;
      }
      seen.add(name);
    }
    const alt = scope.names.get(name);
    if (alt) {
      c.recordUse(l, alt);
      if (alt.kind === 'Var') lhsVars.push(alt);
      else {
        c.error(l, `cannot assign to ${l.Name}`);
        hasErr = true;
        lhsVars.push(null);
      }
      continue;
    }
    const v: Var = { kind: 'Var', name, pos: l.NamePos, pkg: c.path, type: noType };
    lhsVars.push(v);
    if (name !== '_') newVars.push({ v, id: l });
    c.recordDef(l, v);
  }
  const vars = lhsVars.map((v, i) => v ?? ({ kind: 'Var', name: '_', pos: c.posOf(s.Lhs[i]!), pkg: c.path, type: noType } as Var));
  // Existing variables keep their types; initVar assigns to them.
  const top = c.delayed.length;
  initVars(c, vars, s.Rhs, null);
  for (const v of vars) if (v.type === noType) v.type = Typ.invalid;
  c.processDelayed(top);
  if (newVars.length === 0 && !hasErr) {
    c.softError(s.TokPos, M.noNewVariables);
    return;
  }
  for (const { v } of newVars) {
    scope.names.set(v.name, v);
    c.localVars.add(v);
  }
}
