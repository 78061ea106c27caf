// Syntax the session makes itself: the nodes it adds around a cell's own (imports it infers, the
// function a statement cell runs as, the calls that keep variables and show a final value). They
// carry the position of the cell code they stand for, so diagnostics still point into the cell.
import { NoPos, type Pos } from '../source/file.js';
import type * as ast from '../syntax/ast.js';

export function ident(name: string, pos: Pos = NoPos): ast.Ident {
  return { kind: 'Ident', NamePos: pos, Name: name };
}

export function stringLit(value: string, pos: Pos = NoPos): ast.BasicLit {
  return { kind: 'BasicLit', ValuePos: pos, Kind: 'STRING', Value: JSON.stringify(value) };
}

export function call(fun: ast.Expr, args: readonly ast.Expr[], pos: Pos = NoPos): ast.CallExpr {
  return { kind: 'CallExpr', Fun: fun, Lparen: pos, Args: args, Ellipsis: NoPos, Rparen: pos };
}

export function selector(pkg: string, name: string, pos: Pos = NoPos): ast.SelectorExpr {
  return { kind: 'SelectorExpr', X: ident(pkg, pos), Sel: ident(name, pos) };
}

export function assign(lhs: readonly ast.Expr[], tok: 'ASSIGN' | 'DEFINE', rhs: readonly ast.Expr[], pos: Pos): ast.AssignStmt {
  return { kind: 'AssignStmt', Lhs: lhs, TokPos: pos, Tok: tok, Rhs: rhs };
}

export function importSpec(name: string | null, path: string, pos: Pos = NoPos): ast.ImportSpec {
  return {
    kind: 'ImportSpec', Doc: null, Name: name === null ? null : ident(name, pos),
    Path: stringLit(path, pos), Comment: null, EndPos: pos,
  };
}

export function importDecl(specs: readonly ast.ImportSpec[]): ast.GenDecl {
  return { kind: 'GenDecl', Doc: null, TokPos: NoPos, Tok: 'IMPORT', Lparen: NoPos, Specs: specs, Rparen: NoPos };
}

/** `func name() { body }`, placed at `pos`. */
export function funcDecl(name: string, body: readonly ast.Stmt[], pos: Pos, end: Pos): ast.FuncDecl {
  return {
    kind: 'FuncDecl', Doc: null, Recv: null, Name: ident(name, pos),
    Type: {
      kind: 'FuncType', Func: pos, TypeParams: null,
      Params: { kind: 'FieldList', Opening: NoPos, List: [], Closing: NoPos }, Results: null,
    },
    Body: { kind: 'BlockStmt', Lbrace: pos, List: body, Rbrace: end },
  };
}
