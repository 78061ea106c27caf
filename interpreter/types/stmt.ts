// Statements (Go spec: Statements; cf. types2 stmt.go): function bodies, blocks, assignments,
// if/for/switch/type switch/select/range, returns, and the "declared and not used" bookkeeping.
import type { Mode } from './operand.js';
import type * as ast from '../syntax/ast.js';
import { tokenText, opOfAssign } from '../syntax/token.js';
import type { Checker, DeclInfo } from './check.js';
import { syntaxPos, usage } from './check.js';
import { M } from './errors.js';
import { assignment, assignVar, assignVars, initVars, shortVarDecl, useExprs } from './assignments.js';
import { declStmt, initVar } from './decl.js';
import { convertUntyped, expr, rawExpr, typeAssertion, exclude } from './expr.js';
import type { Scope } from './info.js';
import { labels } from './labels.js';
import type { Operand } from './operand.js';
import { newOperand } from './operand.js';
import { binary, comparison, matchTypes } from './operators.js';
import { hasNil, coreType, identical, isBoolean, isInteger, isNumeric, isString, isTypeParam, under, comparable, isInterface } from './predicates.js';
import { isTerminating } from './return.js';
import { varType } from './typexpr.js';
import type { Signature, Type, Var } from './types.js';
import { Typ, noType, runeType } from './universe.js';
import { constEqual } from './constant.js';

/** Checks a function body (cf. types2 funcBody); scope is the function's scope with parameters. */
export function funcBody(c: Checker, decl: DeclInfo | null, name: string, sig: Signature, body: ast.BlockStmt, scope: Scope): void {
  void name;
  const saved = c.ctx;
  c.ctx = { scope, decl, sig, iota: saved.iota && decl === saved.decl ? saved.iota : null, errPos: -1, hasLabel: false };
  try {
    c.recordScope(body, scope);
    stmtList(c, body.List);
    labels(c, body);
    if (sig.results.vars.length > 0 && !isTerminating(body, '', c.info)) {
      c.error(body.Rbrace, M.missingReturn);
    }
    usage(c, scope);
  } finally {
    c.ctx = saved;
  }
}

export function stmtList(c: Checker, list: readonly ast.Stmt[]): void {
  for (const s of list) stmt(c, s);
}

function simpleStmt(c: Checker, s: ast.Stmt | null): void {
  if (s) stmt(c, s);
}

function blockScope(c: Checker, node: ast.Node, f: () => void): void {
  c.openScope(node);
  try {
    f();
  } finally {
    c.closeScope();
  }
}

/** gc's version gate for language features (file-level //go:build goX.Y). Go 1.23 treats a file
 *  version older than go1.21 as go1.21. */
function allowVersion(c: Checker, minor: number): boolean {
  const v = c.ctx.decl?.file.GoVersion ?? '';
  const m = /^go1\.(\d+)/.exec(v);
  if (!m) return true;
  return Math.max(parseInt(m[1]!, 10), 21) >= minor;
}

/** The hint gc's driver appends to "requires go1.N or later" (cf. noder's version errors). */
function versionHint(c: Checker): string {
  const v = c.ctx.decl?.file.GoVersion ?? '';
  const m = /^go1\.(\d+)/.exec(v);
  if (m && parseInt(m[1]!, 10) >= 21) return ` (file declares //go:build ${v})`;
  return ' (-lang was set to go1.23; check go.mod)';
}

export function stmt(c: Checker, s: ast.Stmt): void {
  const top = c.delayed.length;
  try {
    stmtInner(c, s);
  } finally {
    // Function literals are checked before the enclosing scope changes (cf. types2 processDelayed).
    c.processDelayed(top);
  }
}

function stmtInner(c: Checker, s: ast.Stmt): void {
  switch (s.kind) {
    case 'BadStmt': case 'EmptyStmt':
      return;
    case 'DeclStmt':
      declStmt(c, s.Decl);
      return;
    case 'LabeledStmt':
      c.ctx.hasLabel = true;
      stmt(c, s.Stmt);
      return;
    case 'ExprStmt': {
      const x = newOperand();
      rawExpr(c, x, s.X, null, false);
      let inner = s.X;
      while (inner.kind === 'ParenExpr') inner = inner.X;
      let msg: string;
      switch (x.mode) {
        case 'builtin': msg = 'must be called'; break;
        case 'typexpr': msg = 'is not an expression'; break;
        default: {
          if (inner.kind === 'UnaryExpr' && inner.Op === 'ARROW') return;
          if (inner.kind === 'CallExpr' && c.callKind === 'statement') return;
          if (x.mode === 'invalid') return;
          msg = 'is not used';
        }
      }
      c.error(x, `${c.op(x)} ${msg}`);
      return;
    }
    case 'SendStmt': {
      const ch = newOperand(), val = newOperand();
      expr(c, ch, s.Chan, false);
      expr(c, val, s.Value, false);
      if (ch.mode === 'invalid' || val.mode === 'invalid') return;
      const u = coreType(ch.type);
      if (!u) {
        c.error(s, `invalid operation: cannot send to ${c.op(ch)}: no core type`);
        return;
      }
      if (u.kind !== 'Chan') {
        c.error(s, `invalid operation: cannot send to non-channel ${c.op(ch)}`);
        return;
      }
      if (u.dir === 'RECV') {
        c.error(s, `invalid operation: cannot send to receive-only channel ${c.op(ch)}`);
        return;
      }
      assignment(c, val, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = newOperand();
      expr(c, x, s.X, false);
      if (x.mode === 'invalid') return;
      if (!isNumeric(x.type)) {
        const op = s.Tok === 'INC' ? '++' : '--';
        c.error(s.X, `invalid operation: ${c.e(s.X)}${op} (non-numeric type ${c.t(x.type)})`);
        return;
      }
      assignVar(c, s.X, null, x, 'assignment');
      return;
    }
    case 'AssignStmt': {
      if (s.Tok === 'ASSIGN') {
        assignVars(c, s.Lhs, s.Rhs);
        return;
      }
      if (s.Tok === 'DEFINE') {
        shortVarDecl(c, s);
        return;
      }
      const op = opOfAssign(s.Tok)!;
      if (s.Lhs.length !== 1 || s.Rhs.length !== 1) {
        c.error(s, `assignment operation ${tokenText[s.Tok]} requires single-valued expressions`);
        return;
      }
      const x = newOperand();
      binary(c, x, null, s.Lhs[0]!, s.Rhs[0]!, op, s.TokPos);
      assignVar(c, s.Lhs[0]!, null, x, 'assignment');
      return;
    }
    case 'GoStmt': case 'DeferStmt': {
      const keyword = s.kind === 'GoStmt' ? 'go' : 'defer';
      if (s.Call.Lparen < 0) {
        // The parser wraps a non-call operand; gc rejects it here.
        c.error(s.Call.Fun, `expression in ${keyword} must be function call`);
        useExprs(c, [s.Call.Fun]);
        return;
      }
      const x = newOperand();
      rawExpr(c, x, s.Call, null, false);
      if (c.callKind === 'statement') return;
      const msg = c.callKind === 'conversion' ? 'requires function call, not conversion' : 'discards result of';
      c.error(x, `${keyword} ${msg} ${c.op(x)}`);
      return;
    }
    case 'ReturnStmt': {
      const res = c.ctx.sig!.results;
      if (s.Results.length === 0 && res.vars.length > 0 && res.vars[0]!.name !== '') {
        for (const obj of res.vars) {
          const alt = c.lookup(obj.name);
          if (alt && alt !== obj) {
            c.errorAt(s.Return, `result parameter ${obj.name} not in scope at return`, [[alt.pos, `inner declaration of var ${obj.name} ${c.t(alt.type)}`]]);
          }
        }
      } else if (s.Results.length > 0 || res.vars.length > 0) {
        initVars(c, [...res.vars], s.Results, s);
      }
      return;
    }
    case 'BranchStmt':
      if (s.Label) c.ctx.hasLabel = true;
      return;
    case 'BlockStmt':
      blockScope(c, s, () => stmtList(c, s.List));
      return;
    case 'IfStmt':
      blockScope(c, s, () => {
        simpleStmt(c, s.Init);
        const x = newOperand();
        expr(c, x, s.Cond, false);
        if (x.mode !== 'invalid' && !isBoolean(x.type)) c.error(s.Cond, M.nonBoolCond('if'));
        stmt(c, s.Body);
        if (s.Else) stmt(c, s.Else);
      });
      return;
    case 'SwitchStmt':
      blockScope(c, s, () => {
        simpleStmt(c, s.Init);
        switchStmt(c, s);
      });
      return;
    case 'TypeSwitchStmt':
      blockScope(c, s, () => {
        simpleStmt(c, s.Init);
        typeSwitchStmt(c, s);
      });
      return;
    case 'SelectStmt':
      for (const cl of s.Body.List) {
        if (cl.kind !== 'CommClause') continue;
        let valid = false;
        let rhs: ast.Expr | null = null;
        const comm = cl.Comm;
        if (comm === null || comm.kind === 'SendStmt') valid = true;
        else if (comm.kind === 'AssignStmt') rhs = comm.Rhs.length === 1 ? comm.Rhs[0]! : null;
        else if (comm.kind === 'ExprStmt') rhs = comm.X;
        if (rhs) {
          let r = rhs;
          while (r.kind === 'ParenExpr') r = r.X;
          if (r.kind === 'UnaryExpr' && r.Op === 'ARROW') valid = true;
        }
        if (!valid) {
          c.errorAt(comm!.kind === 'ExprStmt' ? syntaxPos(comm!.X) : c.posOf(comm!), 'select case must be send or receive (possibly with assignment)');
          continue;
        }
        blockScope(c, cl, () => {
          if (comm) stmt(c, comm);
          stmtList(c, cl.Body);
        });
      }
      return;
    case 'ForStmt':
      blockScope(c, s, () => {
        simpleStmt(c, s.Init);
        if (s.Cond) {
          const x = newOperand();
          expr(c, x, s.Cond, false);
          if (x.mode !== 'invalid' && !isBoolean(x.type)) c.error(s.Cond, M.nonBoolCond('for'));
        }
        simpleStmt(c, s.Post);
        stmt(c, s.Body);
      });
      return;
    case 'RangeStmt':
      rangeStmt(c, s);
      return;
    case 'CaseClause': case 'CommClause':
      c.error(s, 'invalid statement');
      return;
    default: {
      const never: never = s;
      void never;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Switches

function switchStmt(c: Checker, s: ast.SwitchStmt): void {
  const x = newOperand();
  if (s.Tag) {
    expr(c, x, s.Tag, false);
    assignment(c, x, null, 'switch expression');
    if (x.mode !== 'invalid' && !comparable(x.type, true) && !isTypeParamComparable(x.type) && !hasNil(x.type)) {
      c.error(x, `cannot switch on ${c.op(x)} (${c.t(x.type)} is not comparable)`);
      x.mode = 'invalid';
    }
  } else {
    x.mode = 'constant';
    x.type = Typ.bool;
    x.val = { kind: 'bool', value: true };
    // The implicit "true" is positioned at the first case (as gc does).
    const first = s.Body.List[0];
    x.expr = { kind: 'Ident', NamePos: first ? c.posOf(first) : s.Body.Rbrace, Name: 'true' };
  }
  multipleDefaults(c, s.Body.List);
  const seen: { val: import('./constant.js').ConstValue; type: Type; pos: number }[] = [];
  s.Body.List.forEach((cl) => {
    if (cl.kind !== 'CaseClause') return;
    caseValues(c, x, cl.List, seen);
    blockScope(c, cl, () => stmtList(c, cl.Body));
  });
}

function isTypeParamComparable(t: Type): boolean {
  return isTypeParam(t) && comparable(t, false);
}

function multipleDefaults(c: Checker, list: readonly ast.Stmt[]): void {
  let first: ast.Stmt | null = null;
  for (const cl of list) {
    const isDefault = (cl.kind === 'CaseClause' && cl.List.length === 0) || (cl.kind === 'CommClause' && cl.Comm === null);
    if (!isDefault) continue;
    if (first) {
      const p = c.fileOf((first as ast.CaseClause).Case)!.position((first as ast.CaseClause).Case);
      c.error(cl, `multiple defaults (first at ${p.filename}:${p.line}:${p.column})`);
    } else first = cl;
  }
}

function caseValues(c: Checker, x: Operand, values: readonly ast.Expr[], seen: { val: import('./constant.js').ConstValue; type: Type; pos: number }[]): void {
  for (const e of values) {
    const v = newOperand();
    expr(c, v, e, false);
    if (x.mode === 'invalid' || v.mode === 'invalid') continue;
    convertUntyped(c, v, x.type);
    if ((v.mode as Mode) === 'invalid') continue;
    // Compare v against x so that errors are reported at the case values.
    const res: Operand = { ...v };
    comparison(c, res, { ...x }, 'EQL', true, null);
    if ((res.mode as Mode) === 'invalid') continue;
    if (v.mode !== 'constant' || !v.val) continue;
    // gc only looks for duplicate integer, floating-point and string cases.
    if (v.val.kind !== 'int' && v.val.kind !== 'float' && v.val.kind !== 'string') continue;
    const val = v.val;
    const dup = seen.find((s) => constEqual(s.val, val) && identical(s.type, v.type));
    if (dup) {
      c.error(v, `duplicate case ${c.op(v)} in expression switch`, [[dup.pos, 'previous case']]);
      continue;
    }
    seen.push({ val, type: v.type, pos: c.posOf(v) });
  }
}

function typeSwitchStmt(c: Checker, s: ast.TypeSwitchStmt): void {
  let lhs: ast.Ident | null = null;
  let guardX: ast.Expr;
  if (s.Assign.kind === 'AssignStmt') {
    const l = s.Assign.Lhs[0];
    lhs = l && l.kind === 'Ident' ? l : null;
    guardX = (s.Assign.Rhs[0] as ast.TypeAssertExpr).X;
  } else {
    guardX = (s.Assign.X as ast.TypeAssertExpr).X;
  }
  if (lhs) {
    if (lhs.Name === '_') {
      c.softError(lhs, 'no new variable on left side of :=');
      lhs = null;
    } else {
      c.recordDef(lhs, null);
    }
  }
  let sx: Operand | null = null;
  const x = newOperand();
  expr(c, x, guardX, false);
  const guardE = s.Assign.kind === 'AssignStmt' ? s.Assign.Rhs[0]! : s.Assign.X;
  if (x.mode !== 'invalid') {
    if (isTypeParam(x.type)) c.error(x, `cannot use type switch on type parameter value ${c.op(x)}`);
    else if (isInterface(x.type)) sx = x;
    else c.error(x, `${c.op(x)} is not an interface`);
  }
  if (sx) c.recordType(guardE, 'value', sx.type, null);
  multipleDefaults(c, s.Body.List);
  const lhsVars: Var[] = [];
  const seen: { t: Type | null; e: ast.Expr }[] = [];
  for (const cl of s.Body.List) {
    if (cl.kind !== 'CaseClause') continue;
    let T = caseTypes(c, sx, cl.List, seen);
    blockScope(c, cl, () => {
      if (lhs) {
        if (cl.List.length !== 1 || T === null) T = sx ? sx.type : Typ.invalid;
        const obj: Var = { kind: 'Var', name: lhs.Name, pos: lhs.NamePos, pkg: c.path, type: T };
        c.ctx.scope.names.set(obj.name, obj);
        c.recordImplicit(cl, obj);
        lhsVars.push(obj);
      }
      stmtList(c, cl.Body);
    });
  }
  if (lhs) {
    const used = lhsVars.some((v) => c.usedVars.has(v));
    for (const v of lhsVars) c.usedVars.add(v);
    if (!used) c.softError(lhs, `${lhs.Name} declared and not used`);
  }
}

function caseTypes(c: Checker, x: Operand | null, types: readonly ast.Expr[], seen: { t: Type | null; e: ast.Expr }[]): Type | null {
  let T: Type | null = null;
  for (const e of types) {
    let ee = e;
    while (ee.kind === 'ParenExpr') ee = ee.X;
    if (ee.kind === 'Ident' && ee.Name === 'nil' && c.lookup('nil')?.kind === 'Nil') {
      T = null;
      c.recordUse(ee, c.lookup('nil')!);
      c.recordType(e, 'value', Typ.untypedNil, null);
    } else {
      T = varType(c, e);
      if (T === Typ.invalid) continue;
    }
    const dup = seen.find((s) => (s.t === null && T === null) || (s.t && T && identical(s.t, T)));
    if (dup) {
      const ts = T === null ? 'nil' : c.t(T);
      c.errorAt(c.posOf(e), `duplicate case ${ts} in type switch`, [[c.posOf(dup.e), 'previous case']]);
      continue;
    }
    seen.push({ t: T, e });
    if (x && T) typeAssertion(c, e, x, T, true);
  }
  return T;
}

// ---------------------------------------------------------------------------------------------
// Range

function rangeKeyVal(c: Checker, typ: Type): { key: Type | null; val: Type | null; cause: string; ok: boolean } {
  const bad = (cause: string) => ({ key: Typ.invalid as Type | null, val: Typ.invalid as Type | null, cause, ok: false });
  const core = coreType(typ);
  if (!core) return bad('no core type');
  let t = core;
  if (t.kind === 'Pointer' && under(t.elem).kind === 'Array') t = under(t.elem);
  switch (t.kind) {
    case 'Basic':
      if (isString(t)) return { key: Typ.int, val: runeType, cause: '', ok: true };
      if (isInteger(t)) {
        if (!allowVersion(c, 22)) return bad('requires go1.22 or later');
        return { key: typ, val: null, cause: '', ok: true };
      }
      break;
    case 'Array': case 'Slice':
      return { key: Typ.int, val: t.elem, cause: '', ok: true };
    case 'Map':
      return { key: t.key, val: t.elem, cause: '', ok: true };
    case 'Chan':
      if (t.dir === 'SEND') return bad('receive from send-only channel');
      return { key: t.elem, val: null, cause: '', ok: true };
    case 'Signature': {
      if (!allowVersion(c, 23)) return bad('requires go1.23 or later');
      if (t.params.vars.length !== 1) return bad('func must be func(yield func(...) bool): wrong argument count');
      const cb = coreType(t.params.vars[0]!.type);
      if (!cb || cb.kind !== 'Signature') return bad('func must be func(yield func(...) bool): argument is not func');
      if (t.results.vars.length !== 0) return bad('func must be func(yield func(...) bool): unexpected results');
      if (cb.params.vars.length > 2) return bad('func must be func(yield func(...) bool): yield func has too many parameters');
      if (cb.results.vars.length !== 1 || !isBoolean(cb.results.vars[0]!.type)) return bad('func must be func(yield func(...) bool): yield func does not return bool');
      return { key: cb.params.vars[0]?.type ?? null, val: cb.params.vars[1]?.type ?? null, cause: '', ok: true };
    }
    default:
      break;
  }
  return { key: null, val: null, cause: '', ok: false };
}

function rangeStmt(c: Checker, s: ast.RangeStmt): void {
  const sKey = s.Key, sValue = s.Value;
  const isDef = s.Tok === 'DEFINE';
  const x = newOperand();
  expr(c, x, s.X, false);
  let key: Type | null = null, val: Type | null = null;
  if (x.mode !== 'invalid') {
    const r = rangeKeyVal(c, x.type);
    if (!r.ok && r.cause) c.softError(x, `cannot range over ${c.op(x)}: ${r.cause}${/^requires go1\.\d+ or later$/.test(r.cause) ? versionHint(c) : ''}`);
    else if (!r.ok) c.softError(x, `cannot range over ${c.op(x)}`);
    else if (r.key === null && sKey) c.softError(sKey, `range over ${c.op(x)} permits no iteration variables`);
    else if (r.val === null && sValue) c.softError(sValue, `range over ${c.op(x)} permits only one iteration variable`);
    else if (s.ExtraLhs !== undefined && s.ExtraLhs.length > 0) c.softError(s.ExtraLhs[0]!, 'range clause permits at most two iteration variables');
    key = r.key;
    val = r.val;
  }
  blockScope(c, s, () => {
    const lhs = [sKey, sValue];
    const rhs = [key, val];
    const rangeOverInt = x.mode !== 'invalid' && isInteger(x.type);
    if (isDef) {
      const vars: Var[] = [];
      lhs.forEach((l, i) => {
        if (!l) return;
        let obj: Var;
        if (l.kind === 'Ident') {
          obj = { kind: 'Var', name: l.Name, pos: l.NamePos, pkg: c.path, type: noType };
          c.recordDef(l, obj);
          if (l.Name !== '_') vars.push(obj);
        } else {
          c.error(l, `cannot declare ${c.e(l)}`);
          obj = { kind: 'Var', name: '_', pos: c.posOf(l), pkg: c.path, type: noType };
        }
        const t = rhs[i];
        if (!t || t === Typ.invalid) {
          obj.type = Typ.invalid;
          c.usedVars.add(obj);
          return;
        }
        if (rangeOverInt) {
          initVar(c, obj, x, 'range clause');
        } else {
          const y: Operand = { mode: 'value', expr: l, type: t, val: null };
          initVar(c, obj, y, 'assignment');
        }
        if (obj.type === noType) obj.type = Typ.invalid;
      });
      if (vars.length > 0) {
        for (const v of vars) {
          c.declare(c.ctx.scope, null, v);
          c.localVars.add(v);
        }
      } else {
        c.error(s, M.noNewVariables);
      }
    } else if (sKey) {
      lhs.forEach((l, i) => {
        if (!l) return;
        const t = rhs[i];
        if (!t || t === Typ.invalid) return;
        if (rangeOverInt) {
          assignVar(c, l, null, x, 'range clause');
          if (x.mode !== 'invalid' && !isInteger(x.type)) c.softError(l, `cannot use iteration variable of type ${c.t(x.type)}`);
        } else {
          const y: Operand = { mode: 'value', expr: l, type: t, val: null };
          assignVar(c, l, null, y, 'assignment');
        }
      });
    } else if (rangeOverInt) {
      assignment(c, x, null, 'range clause');
    }
    stmt(c, s.Body);
  });
}

export { useExprs, exclude, varType };
