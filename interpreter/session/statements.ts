// A statement cell runs as the body of the program's main function, checked twice:
//  1. as written, in a function (so Go's own rules and messages apply), with its top-level `:=`
//     names marked used and a final bare expression assigned to `_`, to learn the types of the
//     variables it defines and whether its last statement has a value;
//  2. rewritten so those variables are the session's package-level variables (they outlive the
//     cell) and the final value goes to golesson/session.Result for the execute_result.
import type * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Var } from '../types/types.js';
import { assign, call, ident, selector } from './synth.js';
import { startPos } from '../syntax/positions.js';
import type { Diagnostic } from '../source/diagnostic.js';

/** The local name under which session cells see golesson/session. */
export const sessionPkg = 'golesson_session';

function unparen(x: ast.Expr): ast.Expr {
  return x.kind === 'ParenExpr' ? unparen(x.X) : x;
}

/** Whether a final expression statement is one Go accepts as a statement on its own. */
function isStatementExpr(x: ast.Expr): boolean {
  const u = unparen(x);
  return u.kind === 'CallExpr' || (u.kind === 'UnaryExpr' && u.Op === 'ARROW');
}

/** The identifiers a top-level statement defines with `:=`. */
function defines(s: ast.Stmt): ast.Ident[] {
  if (s.kind !== 'AssignStmt' || s.Tok !== 'DEFINE') return [];
  return s.Lhs.filter((x): x is ast.Ident => x.kind === 'Ident' && x.Name !== '_');
}

/** Whether the cell's last statement is a call Go refuses as a statement (len(s), cap(s), a
 *  conversion): the check of pass 1 said it "is not used". */
export function endsInValueCall(stmts: readonly ast.Stmt[], diagnostics: readonly Diagnostic[]): boolean {
  const last = stmts[stmts.length - 1];
  if (last?.kind !== 'ExprStmt' || !isStatementExpr(last.X)) return false;
  const at = startPos(last.X);
  return diagnostics.some((d) => d.pos === at && d.msg.endsWith(' is not used'));
}

/** Pass 1: the body as written, plus uses of its top-level variables; a final expression that is
 *  not a statement (or, with `valueCall`, any final call) is assigned to _ so it checks. */
export function firstPassBody(stmts: readonly ast.Stmt[], valueCall = false): ast.Stmt[] {
  const body = [...stmts];
  const last = body[body.length - 1];
  if (last?.kind === 'ExprStmt' && (valueCall || !isStatementExpr(last.X))) {
    body[body.length - 1] = assign([ident('_', startPos(last.X))], 'ASSIGN', [last.X], startPos(last.X));
  }
  const names = new Map<string, ast.Ident>();
  for (const s of stmts) for (const id of defines(s)) names.set(id.Name, id);
  for (const id of names.values()) body.push(assign([ident('_', id.NamePos)], 'ASSIGN', [ident(id.Name, id.NamePos)], id.NamePos));
  return body;
}

export interface CellVariables {
  /** The variables the cell defines at top level, by name (the last definition wins). */
  readonly vars: Map<string, Var>;
  /** Whether the last statement is an expression with a value to show. */
  readonly hasValue: boolean;
}

/** What pass 1's check says about the cell's variables and final value. */
export function cellVariables(stmts: readonly ast.Stmt[], info: Info): CellVariables {
  const vars = new Map<string, Var>();
  for (const s of stmts)
    for (const id of defines(s)) {
      const obj = info.defs.get(id);
      if (obj?.kind === 'Var') vars.set(id.Name, obj);
    }
  const last = stmts[stmts.length - 1];
  let hasValue = false;
  if (last?.kind === 'ExprStmt') {
    const tv = info.types.get(last.X);
    hasValue = !!tv && tv.mode !== 'novalue' && !(tv.type.kind === 'Tuple' && tv.type.vars.length === 0) && !printsOnly(last.X, info);
  }
  return { vars, hasValue };
}

/** A call of one of fmt's printing functions: what it prints is the point, not the byte count and
 *  error it returns (a cell ending in fmt.Println(x) shows x once, not also "2 <nil>"). */
function printsOnly(x: ast.Expr, info: Info): boolean {
  const u = unparen(x);
  if (u.kind !== 'CallExpr') return false;
  const f = unparen(u.Fun);
  if (f.kind !== 'SelectorExpr') return false;
  const o = info.uses.get(f.Sel);
  return o?.kind === 'Func' && o.pkg === 'fmt' && /^F?Print(f|ln)?$/.test(o.name);
}

/** Pass 2: top-level `:=` become assignments to the session's variables; the final value is shown. */
export function secondPassBody(stmts: readonly ast.Stmt[], hasValue: boolean): ast.Stmt[] {
  const body = stmts.map((s): ast.Stmt => (s.kind === 'AssignStmt' && s.Tok === 'DEFINE' ? { ...s, Tok: 'ASSIGN' } : s));
  const last = body[body.length - 1];
  if (hasValue && last?.kind === 'ExprStmt') {
    const p = startPos(last.X);
    body[body.length - 1] = { kind: 'ExprStmt', X: call(selector(sessionPkg, 'Result', p), [last.X], p) };
  }
  return body;
}
