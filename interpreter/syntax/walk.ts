// Tree traversal (cf. go/ast.Inspect): children of a node in source order, and a depth-first walk.
import { assertNever, type Node } from './ast.js';

/** The direct children of n, in source order (absent optional parts are skipped). */
export function children(n: Node): Node[] {
  const out: Node[] = [];
  const add = (...xs: (Node | null | undefined | readonly Node[])[]): void => {
    for (const x of xs) {
      if (x === null || x === undefined) continue;
      if (Array.isArray(x)) out.push(...(x as readonly Node[]));
      else out.push(x as Node);
    }
  };
  switch (n.kind) {
    case 'Comment': case 'BadExpr': case 'Ident': case 'BasicLit': case 'BadStmt': case 'EmptyStmt': case 'BadDecl':
      break;
    case 'CommentGroup': add(n.List); break;
    case 'Ellipsis': add(n.Elt); break;
    case 'FuncLit': add(n.Type, n.Body); break;
    case 'CompositeLit': add(n.Type, n.Elts); break;
    case 'ParenExpr': add(n.X); break;
    case 'SelectorExpr': add(n.X, n.Sel); break;
    case 'IndexExpr': add(n.X, n.Index); break;
    case 'IndexListExpr': add(n.X, n.Indices); break;
    case 'SliceExpr': add(n.X, n.Low, n.High, n.Max); break;
    case 'TypeAssertExpr': add(n.X, n.Type); break;
    case 'CallExpr': add(n.Fun, n.Args); break;
    case 'StarExpr': add(n.X); break;
    case 'UnaryExpr': add(n.X); break;
    case 'BinaryExpr': add(n.X, n.Y); break;
    case 'KeyValueExpr': add(n.Key, n.Value); break;
    case 'ArrayType': add(n.Len, n.Elt); break;
    case 'StructType': add(n.Fields); break;
    case 'FuncType': add(n.TypeParams, n.Params, n.Results); break;
    case 'InterfaceType': add(n.Methods); break;
    case 'MapType': add(n.Key, n.Value); break;
    case 'ChanType': add(n.Value); break;
    case 'Field': add(n.Doc, n.Names, n.Type, n.Tag, n.Comment); break;
    case 'FieldList': add(n.List); break;
    case 'DeclStmt': add(n.Decl); break;
    case 'LabeledStmt': add(n.Label, n.Stmt); break;
    case 'ExprStmt': add(n.X); break;
    case 'SendStmt': add(n.Chan, n.Value); break;
    case 'IncDecStmt': add(n.X); break;
    case 'AssignStmt': add(n.Lhs, n.Rhs); break;
    case 'GoStmt': add(n.Call); break;
    case 'DeferStmt': add(n.Call); break;
    case 'ReturnStmt': add(n.Results); break;
    case 'BranchStmt': add(n.Label); break;
    case 'BlockStmt': add(n.List); break;
    case 'IfStmt': add(n.Init, n.Cond, n.Body, n.Else); break;
    case 'CaseClause': add(n.List, n.Body); break;
    case 'SwitchStmt': add(n.Init, n.Tag, n.Body); break;
    case 'TypeSwitchStmt': add(n.Init, n.Assign, n.Body); break;
    case 'CommClause': add(n.Comm, n.Body); break;
    case 'SelectStmt': add(n.Body); break;
    case 'ForStmt': add(n.Init, n.Cond, n.Post, n.Body); break;
    case 'RangeStmt': add(n.Key, n.Value, n.ExtraLhs, n.X, n.Body); break;
    case 'ImportSpec': add(n.Doc, n.Name, n.Path, n.Comment); break;
    case 'ValueSpec': add(n.Doc, n.Names, n.Type, n.Values, n.Comment); break;
    case 'TypeSpec': add(n.Doc, n.Name, n.TypeParams, n.Type, n.Comment); break;
    case 'GenDecl': add(n.Doc, n.Specs); break;
    case 'FuncDecl': add(n.Doc, n.Recv, n.Name, n.Type, n.Body); break;
    case 'File': add(n.Doc, n.Name, n.Decls); break;
    default: assertNever(n);
  }
  return out;
}

/**
 * Walks the tree depth-first in source order, calling f(node) on the way down; if f returns false,
 * the node's children are skipped. Like go/ast.Inspect, f(null) is called after a node's children.
 */
export function inspect(node: Node, f: (n: Node | null) => boolean): void {
  if (!f(node)) return;
  for (const c of children(node)) inspect(c, f);
  f(null);
}
