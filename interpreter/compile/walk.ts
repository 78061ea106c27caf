// Walking function bodies: the one traversal the compiler's analyses share (blocking, boxing,
// read-only parameters, loop-counter ranges).
import * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Func, Var } from '../types/types.js';
import { unparen } from './expr.js';
import { isInterface, ptrRecv, under } from './gotypes.js';

/** What the walk does at a function literal: skip it, report it without entering its body, or
 *  report it and walk its body too. */
export type LitMode = 'skip' | 'visit' | 'enter';

/** Visits the nodes of a function body in source order. */
export function walkStmts(n: ast.Node, f: (n: ast.Node) => void, lits: LitMode = 'skip'): void {
  f(n);
  const visit = (c: ast.Node | null | undefined): void => {
    if (c === null || c === undefined) return;
    if (c.kind !== 'FuncLit') walkStmts(c, f, lits);
    else if (lits === 'visit') f(c);
    else if (lits === 'enter') walkStmts(c, f, lits);
  };
  const all = (cs: readonly (ast.Node | null)[]): void => cs.forEach(visit);
  switch (n.kind) {
    case 'FuncDecl': return visit(n.Body);
    case 'FuncLit': return visit(n.Body);
    case 'BlockStmt': return all(n.List);
    case 'ExprStmt': return visit(n.X);
    case 'AssignStmt': all(n.Lhs); return all(n.Rhs);
    case 'DeclStmt': return visit(n.Decl);
    case 'GenDecl': return all(n.Specs);
    case 'ValueSpec': return all(n.Values);
    case 'LabeledStmt': return visit(n.Stmt);
    case 'SendStmt': visit(n.Chan); return visit(n.Value);
    case 'IncDecStmt': return visit(n.X);
    case 'GoStmt': return visit(n.Call);
    case 'DeferStmt': return visit(n.Call);
    case 'ReturnStmt': return all(n.Results);
    case 'IfStmt': visit(n.Init); visit(n.Cond); visit(n.Body); return visit(n.Else);
    case 'CaseClause': all(n.List); return all(n.Body);
    case 'SwitchStmt': visit(n.Init); visit(n.Tag); return visit(n.Body);
    case 'TypeSwitchStmt': visit(n.Init); visit(n.Assign); return visit(n.Body);
    case 'CommClause': visit(n.Comm); return all(n.Body);
    case 'SelectStmt': return visit(n.Body);
    case 'ForStmt': visit(n.Init); visit(n.Cond); visit(n.Post); return visit(n.Body);
    case 'RangeStmt': visit(n.Key); visit(n.Value); visit(n.X); return visit(n.Body);
    case 'CallExpr': visit(n.Fun); return all(n.Args);
    case 'ParenExpr': return visit(n.X);
    case 'SelectorExpr': return visit(n.X);
    case 'IndexExpr': visit(n.X); return visit(n.Index);
    case 'IndexListExpr': visit(n.X); return all(n.Indices);
    case 'SliceExpr': visit(n.X); visit(n.Low); visit(n.High); return visit(n.Max);
    case 'TypeAssertExpr': return visit(n.X);
    case 'StarExpr': return visit(n.X);
    case 'UnaryExpr': return visit(n.X);
    case 'BinaryExpr': visit(n.X); return visit(n.Y);
    case 'KeyValueExpr': visit(n.Key); return visit(n.Value);
    case 'CompositeLit': return all(n.Elts);
    default: return;
  }
}

/** The local variable an lvalue writes into (`x`, `x.f`, `x[i]`, `*x`... all write through x's
 *  root), if it is one. */
export function rootVar(e0: ast.Expr, info: Info): Var | null {
  let e = unparen(e0);
  for (;;) {
    if (e.kind === 'SelectorExpr' || e.kind === 'IndexExpr' || e.kind === 'SliceExpr' || e.kind === 'StarExpr') e = unparen(e.X);
    else break;
  }
  if (e.kind !== 'Ident') return null;
  const o = info.uses.get(e) ?? info.defs.get(e);
  return o && o.kind === 'Var' ? o : null;
}

/** The variables a body (function literals included) assigns, increments, ranges into or takes
 *  the address of (explicitly, or by calling a pointer method on them), by their roots. */
export function writtenVars(body: ast.Node, info: Info): Set<Var> {
  const out = new Set<Var>();
  const add = (e: ast.Expr | null): void => {
    const v = e ? rootVar(e, info) : null;
    if (v) out.add(v);
  };
  walkStmts(body, (c) => {
    switch (c.kind) {
      case 'AssignStmt': c.Lhs.forEach(add); return;
      case 'IncDecStmt': add(c.X); return;
      case 'UnaryExpr': if (c.Op === 'AND') add(c.X); return;
      case 'RangeStmt': if (c.Tok !== 'DEFINE') { add(c.Key); add(c.Value); } return;
      case 'SelectorExpr': {
        // v.M with a pointer receiver takes &v implicitly.
        const sel = info.selections.get(c);
        const xt = info.types.get(c.X)?.type;
        if (sel?.kind === 'MethodVal' && ptrRecv(sel.obj as Func) && xt && under(xt).kind !== 'Pointer' && !isInterface(xt)) add(c.X);
        return;
      }
      default: return;
    }
  }, 'enter');
  return out;
}
