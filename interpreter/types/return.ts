// Terminating statements (Go spec: Terminating statements; cf. types2 return.go), behind gc's
// "missing return".
import type * as ast from '../syntax/ast.js';
import type { Info } from './info.js';

/** `info` tells calls of the built-in panic from calls of other functions named panic. */
function isPanicCall(e: ast.Expr, info: Info): boolean {
  while (e.kind === 'ParenExpr') e = e.X;
  if (e.kind !== 'CallExpr') return false;
  let f = e.Fun;
  while (f.kind === 'ParenExpr') f = f.X;
  if (f.kind !== 'Ident') return false;
  const obj = info.uses.get(f);
  return obj?.kind === 'Builtin' && obj.name === 'panic';
}

export function isTerminating(s: ast.Stmt, label: string, info: Info): boolean {
  switch (s.kind) {
    case 'LabeledStmt':
      return isTerminating(s.Stmt, s.Label.Name, info);
    case 'ExprStmt':
      return isPanicCall(s.X, info);
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.Tok === 'GOTO' || s.Tok === 'FALLTHROUGH';
    case 'BlockStmt':
      return isTerminatingList(s.List, '', info);
    case 'IfStmt':
      return s.Else !== null && isTerminating(s.Body, '', info) && isTerminating(s.Else, '', info);
    case 'SwitchStmt': case 'TypeSwitchStmt': {
      let hasDefault = false;
      for (const cc of s.Body.List) {
        if (cc.kind !== 'CaseClause') continue;
        if (cc.List.length === 0) hasDefault = true;
        if (!isTerminatingList(cc.Body, '', info) || hasBreakList(cc.Body, label, true)) return false;
      }
      return hasDefault;
    }
    case 'SelectStmt':
      for (const cc of s.Body.List) {
        if (cc.kind !== 'CommClause') continue;
        if (!isTerminatingList(cc.Body, '', info) || hasBreakList(cc.Body, label, true)) return false;
      }
      return true;
    case 'ForStmt':
      return s.Cond === null && !hasBreak(s.Body, label, true);
    default:
      return false;
  }
}

function isTerminatingList(list: readonly ast.Stmt[], label: string, info: Info): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    const s = list[i]!;
    if (s.kind !== 'EmptyStmt') return isTerminating(s, label, info);
  }
  return false;
}

function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'LabeledStmt':
      return hasBreak(s.Stmt, label, implicit);
    case 'BranchStmt':
      if (s.Tok === 'BREAK') {
        if (s.Label === null) return implicit;
        if (s.Label.Name === label) return true;
      }
      return false;
    case 'BlockStmt':
      return hasBreakList(s.List, label, implicit);
    case 'IfStmt':
      return hasBreak(s.Body, label, implicit) || (s.Else !== null && hasBreak(s.Else, label, implicit));
    case 'CaseClause': case 'CommClause':
      return hasBreakList(s.Body, label, implicit);
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt':
      return label !== '' && s.Body.List.some((cc) => hasBreak(cc, label, false));
    case 'ForStmt': case 'RangeStmt':
      return label !== '' && hasBreak(s.Body, label, false);
    default:
      return false;
  }
}

function hasBreakList(list: readonly ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}
