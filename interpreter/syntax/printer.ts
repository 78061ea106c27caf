// One-line source text of expressions and simple statements, as gc prints them inside messages
// (cf. cmd/compile/internal/syntax/printer.go in ShortForm: function bodies and composite literal
// elements shrink to `{…}`). types2 messages quote expressions this way, e.g. `cannot use x := 3 as value`.
import { assertNever, type Expr, type Field, type FieldList, type FuncType, type Stmt } from './ast.js';
import { tokenText } from './token.js';
import { encodeUTF8 } from '../source/file.js';

// Messages are byte strings, like the source they quote.
const elided = encodeUTF8('{…}');

/** gc's ShortForm text of an expression or type. */
export function exprString(x: Expr): string {
  switch (x.kind) {
    case 'BadExpr': return '<bad expr>';
    case 'Ident': return x.Name;
    case 'BasicLit': return x.Value;
    case 'FuncLit':
      return exprString(x.Type) + ' ' + (x.Body.List.length > 0 ? elided : '{}');
    case 'CompositeLit':
      return (x.Type !== null ? exprString(x.Type) : '') + (x.Elts.length > 0 ? elided : '{}');
    case 'ParenExpr': return '(' + exprString(x.X) + ')';
    case 'SelectorExpr': return exprString(x.X) + '.' + x.Sel.Name;
    case 'IndexExpr': return exprString(x.X) + '[' + exprString(x.Index) + ']';
    case 'IndexListExpr': return exprString(x.X) + '[' + x.Indices.map(exprString).join(', ') + ']';
    case 'SliceExpr': {
      let s = exprString(x.X) + '[';
      if (x.Low !== null) s += exprString(x.Low);
      s += ':';
      if (x.High !== null) s += exprString(x.High);
      if (x.Max !== null) s += ':' + exprString(x.Max);
      return s + ']';
    }
    case 'TypeAssertExpr':
      return exprString(x.X) + '.(' + (x.Type !== null ? exprString(x.Type) : 'type') + ')';
    case 'CallExpr':
      return exprString(x.Fun) + '(' + x.Args.map(exprString).join(', ') + (x.Ellipsis >= 0 ? '...' : '') + ')';
    case 'StarExpr': return '*' + exprString(x.X);
    case 'UnaryExpr': return tokenText[x.Op] + exprString(x.X);
    case 'BinaryExpr': return exprString(x.X) + ' ' + tokenText[x.Op] + ' ' + exprString(x.Y);
    case 'KeyValueExpr': return exprString(x.Key) + ': ' + exprString(x.Value);
    case 'Ellipsis': return '...' + (x.Elt !== null ? exprString(x.Elt) : '');
    case 'ArrayType':
      if (x.Len === null) return '[]' + exprString(x.Elt);
      return '[' + (x.Len.kind === 'Ellipsis' && x.Len.Elt === null ? '...' : exprString(x.Len)) + ']' + exprString(x.Elt);
    case 'StructType':
      return 'struct{' + fieldGroups(x.Fields).join('; ') + '}';
    case 'FuncType': return 'func' + signature(x);
    case 'InterfaceType':
      return 'interface{' + x.Methods.List.map((m) =>
        m.Names.length > 0 && m.Type.kind === 'FuncType' ? m.Names[0]!.Name + signature(m.Type) : exprString(m.Type),
      ).join('; ') + '}';
    case 'MapType': return 'map[' + exprString(x.Key) + ']' + exprString(x.Value);
    case 'ChanType': {
      let s = x.Dir === 'RECV' ? '<-chan' : x.Dir === 'SEND' ? 'chan<-' : 'chan';
      s += ' ';
      if (x.Dir === 'BOTH' && x.Value.kind === 'ChanType' && x.Value.Dir === 'RECV') s += '(' + exprString(x.Value) + ')';
      else s += exprString(x.Value);
      return s;
    }
    default: return assertNever(x);
  }
}

/** gc's ShortForm text of a simple statement (others print their keyword only). */
export function stmtString(s: Stmt | { kind: 'RangeClause'; X: Expr }): string {
  switch (s.kind) {
    case 'ExprStmt': return exprString(s.X);
    case 'SendStmt': return exprString(s.Chan) + ' <- ' + exprString(s.Value);
    case 'IncDecStmt': return exprString(s.X) + tokenText[s.Tok];
    case 'AssignStmt':
      return s.Lhs.map(exprString).join(', ') + ' ' + tokenText[s.Tok] + ' ' + s.Rhs.map(exprString).join(', ');
    case 'RangeClause': return 'range ' + exprString(s.X);
    default: return s.kind;
  }
}

function fieldText(f: Field): string {
  let s = f.Names.length > 0 ? f.Names.map((n) => n.Name).join(', ') + ' ' + exprString(f.Type) : exprString(f.Type);
  if (f.Tag !== null) s += ' ' + f.Tag.Value;
  return s;
}

function fieldGroups(l: FieldList): string[] {
  return l.List.map(fieldText);
}

function unparenType(x: Expr): Expr {
  while (x.kind === 'ParenExpr') x = x.X;
  return x;
}

function paramList(l: FieldList, open: string, close: string): string {
  const parts = l.List.map((f) =>
    f.Names.length > 0 ? f.Names.map((n) => n.Name).join(', ') + ' ' + exprString(unparenType(f.Type)) : exprString(unparenType(f.Type)),
  );
  return open + parts.join(', ') + close;
}

function signature(t: FuncType): string {
  let s = paramList(t.Params, '(', ')');
  const r = t.Results;
  if (r !== null) {
    if (r.List.length === 1 && r.List[0]!.Names.length === 0) s += ' ' + exprString(r.List[0]!.Type);
    else s += ' ' + paramList(r, '(', ')');
  }
  return s;
}
