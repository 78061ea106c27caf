// Start and end positions of syntax nodes (cf. go/ast's Pos/End methods).
import type { Pos } from '../source/file.js';
import { assertNever, type Node } from './ast.js';

/** The position of the first byte of n (go/ast's n.Pos()). */
export function startPos(n: Node): Pos {
  switch (n.kind) {
    case 'Comment': return n.Slash;
    case 'CommentGroup': return n.List.length > 0 ? startPos(n.List[0]!) : -1;
    case 'BadExpr': return n.From;
    case 'Ident': return n.NamePos;
    case 'Ellipsis': return n.Ellipsis;
    case 'BasicLit': return n.ValuePos;
    case 'FuncLit': return startPos(n.Type);
    case 'CompositeLit': return n.Type !== null ? startPos(n.Type) : n.Lbrace;
    case 'ParenExpr': return n.Lparen;
    case 'SelectorExpr': return startPos(n.X);
    case 'IndexExpr': return startPos(n.X);
    case 'IndexListExpr': return startPos(n.X);
    case 'SliceExpr': return startPos(n.X);
    case 'TypeAssertExpr': return startPos(n.X);
    case 'CallExpr': return startPos(n.Fun);
    case 'StarExpr': return n.Star;
    case 'UnaryExpr': return n.OpPos;
    case 'BinaryExpr': return startPos(n.X);
    case 'KeyValueExpr': return startPos(n.Key);
    case 'ArrayType': return n.Lbrack;
    case 'StructType': return n.Struct;
    case 'FuncType':
      if (n.Func >= 0) return n.Func;
      if (n.TypeParams !== null && n.TypeParams.Opening >= 0) return n.TypeParams.Opening;
      return startPos(n.Params);
    case 'InterfaceType': return n.Interface;
    case 'MapType': return n.Map;
    case 'ChanType': return n.Begin;
    case 'Field':
      if (n.Names.length > 0) return n.Names[0]!.NamePos;
      return startPos(n.Type);
    case 'FieldList':
      if (n.Opening >= 0) return n.Opening;
      return n.List.length > 0 ? startPos(n.List[0]!) : -1;
    case 'BadStmt': return n.From;
    case 'DeclStmt': return startPos(n.Decl);
    case 'EmptyStmt': return n.Semicolon;
    case 'LabeledStmt': return n.Label.NamePos;
    case 'ExprStmt': return startPos(n.X);
    case 'SendStmt': return startPos(n.Chan);
    case 'IncDecStmt': return startPos(n.X);
    case 'AssignStmt': return startPos(n.Lhs[0]!);
    case 'GoStmt': return n.Go;
    case 'DeferStmt': return n.Defer;
    case 'ReturnStmt': return n.Return;
    case 'BranchStmt': return n.TokPos;
    case 'BlockStmt': return n.Lbrace;
    case 'IfStmt': return n.If;
    case 'CaseClause': return n.Case;
    case 'SwitchStmt': return n.Switch;
    case 'TypeSwitchStmt': return n.Switch;
    case 'CommClause': return n.Case;
    case 'SelectStmt': return n.Select;
    case 'ForStmt': return n.For;
    case 'RangeStmt': return n.For;
    case 'ImportSpec': return n.Name !== null ? n.Name.NamePos : n.Path.ValuePos;
    case 'ValueSpec': return n.Names[0]!.NamePos;
    case 'TypeSpec': return n.Name.NamePos;
    case 'BadDecl': return n.From;
    case 'GenDecl': return n.TokPos;
    case 'FuncDecl': return n.Type.Func;
    case 'File': return n.Package;
    default: return assertNever(n);
  }
}

/** The position just after the last byte of n (go/ast's n.End()). */
export function endPos(n: Node): Pos {
  switch (n.kind) {
    case 'Comment': return n.Slash + n.Text.length;
    case 'CommentGroup': return n.List.length > 0 ? endPos(n.List[n.List.length - 1]!) : -1;
    case 'BadExpr': return n.To;
    case 'Ident': return n.NamePos + n.Name.length;
    case 'Ellipsis': return n.Elt !== null ? endPos(n.Elt) : n.Ellipsis + 3;
    case 'BasicLit': return n.ValuePos + n.Value.length;
    case 'FuncLit': return endPos(n.Body);
    case 'CompositeLit': return n.Rbrace + 1;
    case 'ParenExpr': return n.Rparen + 1;
    case 'SelectorExpr': return endPos(n.Sel);
    case 'IndexExpr': return n.Rbrack + 1;
    case 'IndexListExpr': return n.Rbrack + 1;
    case 'SliceExpr': return n.Rbrack + 1;
    case 'TypeAssertExpr': return n.Rparen + 1;
    case 'CallExpr': return n.Rparen + 1;
    case 'StarExpr': return endPos(n.X);
    case 'UnaryExpr': return endPos(n.X);
    case 'BinaryExpr': return endPos(n.Y);
    case 'KeyValueExpr': return endPos(n.Value);
    case 'ArrayType': return endPos(n.Elt);
    case 'StructType': return endPos(n.Fields);
    case 'FuncType': return n.Results !== null ? endPos(n.Results) : endPos(n.Params);
    case 'InterfaceType': return endPos(n.Methods);
    case 'MapType': return endPos(n.Value);
    case 'ChanType': return endPos(n.Value);
    case 'Field':
      if (n.Tag !== null) return endPos(n.Tag);
      return endPos(n.Type);
    case 'FieldList':
      if (n.Closing >= 0) return n.Closing + 1;
      return n.List.length > 0 ? endPos(n.List[n.List.length - 1]!) : -1;
    case 'BadStmt': return n.To;
    case 'DeclStmt': return endPos(n.Decl);
    case 'EmptyStmt': return n.Implicit ? n.Semicolon : n.Semicolon + 1;
    case 'LabeledStmt': return endPos(n.Stmt);
    case 'ExprStmt': return endPos(n.X);
    case 'SendStmt': return endPos(n.Value);
    case 'IncDecStmt': return n.TokPos + 2;
    case 'AssignStmt': return endPos(n.Rhs[n.Rhs.length - 1]!);
    case 'GoStmt': return endPos(n.Call);
    case 'DeferStmt': return endPos(n.Call);
    case 'ReturnStmt':
      return n.Results.length > 0 ? endPos(n.Results[n.Results.length - 1]!) : n.Return + 6;
    case 'BranchStmt': return n.Label !== null ? endPos(n.Label) : n.TokPos + branchLen[n.Tok];
    case 'BlockStmt': return n.Rbrace + 1;
    case 'IfStmt': return n.Else !== null ? endPos(n.Else) : endPos(n.Body);
    case 'CaseClause':
      return n.Body.length > 0 ? endPos(n.Body[n.Body.length - 1]!) : n.Colon + 1;
    case 'SwitchStmt': return endPos(n.Body);
    case 'TypeSwitchStmt': return endPos(n.Body);
    case 'CommClause':
      return n.Body.length > 0 ? endPos(n.Body[n.Body.length - 1]!) : n.Colon + 1;
    case 'SelectStmt': return endPos(n.Body);
    case 'ForStmt': return endPos(n.Body);
    case 'RangeStmt': return endPos(n.Body);
    case 'ImportSpec': return n.EndPos >= 0 ? n.EndPos : endPos(n.Path);
    case 'ValueSpec':
      if (n.Values.length > 0) return endPos(n.Values[n.Values.length - 1]!);
      if (n.Type !== null) return endPos(n.Type);
      return endPos(n.Names[n.Names.length - 1]!);
    case 'TypeSpec': return endPos(n.Type);
    case 'BadDecl': return n.To;
    case 'GenDecl':
      if (n.Rparen >= 0) return n.Rparen + 1;
      return n.Specs.length > 0 ? endPos(n.Specs[0]!) : n.TokPos;
    case 'FuncDecl': return n.Body !== null ? endPos(n.Body) : endPos(n.Type);
    case 'File': return n.FileEnd;
    default: return assertNever(n);
  }
}

const branchLen = { BREAK: 5, CONTINUE: 8, GOTO: 4, FALLTHROUGH: 11 } as const;
