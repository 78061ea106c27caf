// Checks break, continue, goto, fallthrough and labels in a function body, as gc's syntax package does
// right after parsing a body (cf. cmd/compile/internal/syntax/branches.go): undefined and unused
// labels, jumps into blocks or over variable declarations, misplaced break/continue/fallthrough.
import type { Pos, SourceFile } from '../source/file.js';
import type * as ast from './ast.js';
import { exprString } from './printer.js';

export interface BranchError {
  readonly pos: Pos;
  readonly msg: string;
}

interface Block {
  readonly parent: Block | null;
  readonly start: Pos;
  readonly lstmt: ast.LabeledStmt | null;
}

interface Label {
  readonly parent: Block;
  readonly lstmt: ast.LabeledStmt;
  used: boolean;
}

type BreakTarget = ast.ForStmt | ast.RangeStmt | ast.SwitchStmt | ast.TypeSwitchStmt | ast.SelectStmt;

interface Targets {
  readonly breaks: BreakTarget | null;
  readonly continues: ast.ForStmt | ast.RangeStmt | null;
  readonly caseIndex: number; // index of the case in the immediately enclosing switch, or -1
}

const invalid = Symbol('invalid target');

/** Checks a function body (its statement list and the position of its `{`); errors in gc's wording. */
export function checkBranches(body: readonly ast.Stmt[], start: Pos, file: SourceFile): BranchError[] {
  const errs: BranchError[] = [];
  const labels = new Map<string, Label>();
  const posString = (p: Pos): string => {
    const q = file.position(p);
    return `${q.filename}:${q.line}:${q.column}`;
  };
  const err = (pos: Pos, msg: string): void => {
    errs.push({ pos, msg });
  };

  const declare = (b: Block, s: ast.LabeledStmt): Label => {
    const name = s.Label.Name;
    const alt = labels.get(name);
    if (alt !== undefined) {
      err(s.Label.NamePos, `label ${name} already defined at ${posString(alt.lstmt.Label.NamePos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    labels.set(name, l);
    return l;
  };

  const gotoTarget = (b: Block | null, name: string): ast.LabeledStmt | null => {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true;
      for (; b !== null; b = b.parent) if (l.parent === b) return l.lstmt;
    }
    return null;
  };

  const enclosingTarget = (b: Block | null, name: string): ast.LabeledStmt | typeof invalid | null => {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true;
      for (; b !== null; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
      return invalid;
    }
    return null;
  };

  const blockBranches = (
    parent: Block | null, ctxt: Targets, lstmt: ast.LabeledStmt | null, bstart: Pos, body: readonly ast.Stmt[],
  ): ast.BranchStmt[] => {
    const b: Block = { parent, start: bstart, lstmt };
    let varPos = -1;
    let varName = '';
    let fwdGotos: ast.BranchStmt[] = [];
    let badGotos: ast.BranchStmt[] = [];

    const recordVarDecl = (pos: Pos, name: string): void => {
      varPos = pos;
      varName = name;
      badGotos = [...fwdGotos];
    };
    const jumpsOverVarDecl = (fwd: ast.BranchStmt): boolean => varPos >= 0 && badGotos.includes(fwd);
    const innerBlock = (c: Targets, s: Pos, list: readonly ast.Stmt[]): void => {
      fwdGotos.push(...blockBranches(b, c, lstmt, s, list));
    };

    const list = trimTrailingEmptyStmts(body);
    list.forEach((stmt0, stmtIndex) => {
      lstmt = null;
      let stmt: ast.Stmt = stmt0;
      for (;;) {
        if (stmt.kind !== 'LabeledStmt') break;
        const s = stmt;
        const name = s.Label.Name;
        if (name !== '_') {
          const l = declare(b, s);
          const keep: ast.BranchStmt[] = [];
          for (const fwd of fwdGotos) {
            if (fwd.Label!.Name === name) {
              l.used = true;
              if (jumpsOverVarDecl(fwd)) {
                err(fwd.Label!.NamePos, `goto ${name} jumps over declaration of ${varName} at ${posString(varPos)}`);
              }
            } else keep.push(fwd);
          }
          fwdGotos = keep;
          lstmt = s;
        }
        stmt = s.Stmt;
      }
      const s = stmt;
      switch (s.kind) {
        case 'DeclStmt':
          if (s.Decl.Tok === 'VAR' && s.Decl.Specs.length > 0) {
            const v = s.Decl.Specs[0] as ast.ValueSpec;
            recordVarDecl(v.Names[0]!.NamePos, v.Names[0]!.Name);
          }
          break;
        case 'BranchStmt': {
          if (s.Label === null) {
            switch (s.Tok) {
              case 'BREAK':
                if (ctxt.breaks === null) err(s.TokPos, 'break is not in a loop, switch, or select');
                break;
              case 'CONTINUE':
                if (ctxt.continues === null) err(s.TokPos, 'continue is not in a loop');
                break;
              case 'FALLTHROUGH': {
                let msg: string | null = 'fallthrough statement out of place';
                const t = ctxt.breaks;
                if (t !== null && (t.kind === 'SwitchStmt' || t.kind === 'TypeSwitchStmt')) {
                  if (t.kind === 'TypeSwitchStmt') msg = 'cannot fallthrough in type switch';
                  else if (ctxt.caseIndex < 0 || stmtIndex + 1 < list.length) {
                    // fallthrough not at the end of a case: out of place
                  } else if (ctxt.caseIndex + 1 === t.Body.List.length) msg = 'cannot fallthrough final case in switch';
                  else msg = null;
                }
                if (msg !== null) err(s.TokPos, msg);
                break;
              }
              case 'GOTO':
                break;
            }
            break;
          }
          const name = s.Label.Name;
          switch (s.Tok) {
            case 'BREAK': {
              const t = enclosingTarget(b, name);
              if (t === null) err(s.Label.NamePos, `break label not defined: ${name}`);
              else if (t === invalid || !isBreakable(t.Stmt)) err(s.Label.NamePos, `invalid break label ${name}`);
              break;
            }
            case 'CONTINUE': {
              const t = enclosingTarget(b, name);
              if (t === null) err(s.Label.NamePos, `continue label not defined: ${name}`);
              else if (t === invalid || (t.Stmt.kind !== 'ForStmt' && t.Stmt.kind !== 'RangeStmt')) {
                err(s.Label.NamePos, `invalid continue label ${name}`);
              }
              break;
            }
            case 'GOTO':
              if (gotoTarget(b, name) === null) fwdGotos.push(s);
              break;
            case 'FALLTHROUGH':
              break;
          }
          break;
        }
        case 'AssignStmt':
          if (s.Tok === 'DEFINE') recordVarDecl(s.TokPos, s.Lhs.map(exprString).join(', '));
          break;
        case 'BlockStmt':
          innerBlock({ breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 }, s.Lbrace, s.List);
          break;
        case 'IfStmt': {
          const inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
          innerBlock(inner, s.Body.Lbrace, s.Body.List);
          if (s.Else !== null) innerBlock(inner, s.Else.kind === 'BlockStmt' ? s.Else.Lbrace : s.Else.If, [s.Else]);
          break;
        }
        case 'ForStmt': case 'RangeStmt':
          innerBlock({ breaks: s, continues: s, caseIndex: -1 }, s.Body.Lbrace, s.Body.List);
          break;
        case 'SwitchStmt': case 'TypeSwitchStmt':
          s.Body.List.forEach((cc, i) => {
            const c = cc as ast.CaseClause;
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: i }, c.Case, c.Body);
          });
          break;
        case 'SelectStmt':
          for (const cc of s.Body.List) {
            const c = cc as ast.CommClause;
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: -1 }, c.Case, c.Body);
          }
          break;
        default:
          break;
      }
    });
    return fwdGotos;
  };

  const fwdGotos = blockBranches(null, { breaks: null, continues: null, caseIndex: -1 }, null, start, body);
  for (const fwd of fwdGotos) {
    const name = fwd.Label!.Name;
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true;
      err(fwd.Label!.NamePos, `goto ${name} jumps into block starting at ${posString(l.parent.start)}`);
    } else {
      err(fwd.Label!.NamePos, `label ${name} not defined`);
    }
  }
  for (const l of labels.values()) {
    if (!l.used) err(l.lstmt.Label.NamePos, `label ${l.lstmt.Label.Name} defined and not used`);
  }
  return errs;
}

function isBreakable(s: ast.Stmt): boolean {
  switch (s.kind) {
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': case 'ForStmt': case 'RangeStmt':
      return true;
    default:
      return false;
  }
}

function trimTrailingEmptyStmts(list: readonly ast.Stmt[]): readonly ast.Stmt[] {
  for (let i = list.length; i > 0; i--) if (list[i - 1]!.kind !== 'EmptyStmt') return list.slice(0, i);
  return [];
}
