// Labels (Go spec: Label scopes): records a Label object for each labeled statement and resolves
// the labels of break/continue/goto. Misplaced branches and unused or undefined labels are
// syntax errors reported by the parser's branch check (as gc does), so none are reported here.
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import type { Label } from './types.js';
import { Typ } from './universe.js';

export function labels(c: Checker, body: ast.BlockStmt): void {
  const all = new Map<string, Label>();
  const branches: ast.BranchStmt[] = [];
  const visit = (s: ast.Stmt): void => {
    switch (s.kind) {
      case 'LabeledStmt': {
        const l: Label = { kind: 'Label', name: s.Label.Name, pos: s.Label.NamePos, pkg: c.path, type: Typ.invalid };
        if (s.Label.Name !== '_' && !all.has(s.Label.Name)) all.set(s.Label.Name, l);
        c.recordDef(s.Label, l);
        visit(s.Stmt);
        return;
      }
      case 'BranchStmt':
        if (s.Label) branches.push(s);
        return;
      case 'BlockStmt':
        s.List.forEach(visit);
        return;
      case 'IfStmt':
        visit(s.Body);
        if (s.Else) visit(s.Else);
        return;
      case 'CaseClause': case 'CommClause':
        s.Body.forEach(visit);
        return;
      case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt':
        s.Body.List.forEach(visit);
        return;
      case 'ForStmt': case 'RangeStmt':
        visit(s.Body);
        return;
      default:
        return;
    }
  };
  body.List.forEach(visit);
  for (const b of branches) {
    const l = all.get(b.Label!.Name);
    if (l) c.recordUse(b.Label!, l);
  }
}
