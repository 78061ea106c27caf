// Expressions printed as gc quotes them in messages (cf. syntax.String in short form): literal
// bodies elided as "…", binary operators spaced, types written as in the source.
import { assertNever } from '../syntax/ast.js';
import type * as ast from '../syntax/ast.js';
import { tokenText } from '../syntax/token.js';
import { encodeUTF8 } from '../source/file.js';

// Messages are byte strings, like the source they quote (a literal's bytes go out unchanged).
const elided = encodeUTF8('{…}');

export function exprString(e: ast.Expr): string {
  const out: string[] = [];
  writeExpr(out, e);
  return out.join('');
}

function writeExpr(o: string[], e: ast.Expr): void {
  switch (e.kind) {
    case 'BadExpr': o.push('<bad expr>'); return;
    case 'Ident': o.push(e.Name); return;
    case 'BasicLit': o.push(e.Value); return;
    case 'Ellipsis':
      o.push('...');
      if (e.Elt) writeExpr(o, e.Elt);
      return;
    case 'FuncLit':
      writeExpr(o, e.Type);
      o.push(e.Body.List.length > 0 ? ' ' + elided : ' {}');
      return;
    case 'CompositeLit':
      if (e.Type) writeExpr(o, e.Type);
      o.push(e.Elts.length > 0 ? elided : '{}');
      return;
    case 'ParenExpr':
      o.push('(');
      writeExpr(o, e.X);
      o.push(')');
      return;
    case 'SelectorExpr':
      writeExpr(o, e.X);
      o.push('.', e.Sel.Name);
      return;
    case 'IndexExpr':
      writeExpr(o, e.X);
      o.push('[');
      writeExpr(o, e.Index);
      o.push(']');
      return;
    case 'IndexListExpr':
      writeExpr(o, e.X);
      o.push('[');
      e.Indices.forEach((x, i) => {
        if (i > 0) o.push(', ');
        writeExpr(o, x);
      });
      o.push(']');
      return;
    case 'SliceExpr':
      writeExpr(o, e.X);
      o.push('[');
      if (e.Low) writeExpr(o, e.Low);
      o.push(':');
      if (e.High) writeExpr(o, e.High);
      if (e.Max) {
        o.push(':');
        writeExpr(o, e.Max);
      }
      o.push(']');
      return;
    case 'TypeAssertExpr':
      writeExpr(o, e.X);
      o.push('.(');
      if (e.Type) writeExpr(o, e.Type);
      else o.push('type');
      o.push(')');
      return;
    case 'CallExpr':
      writeExpr(o, e.Fun);
      o.push('(');
      e.Args.forEach((x, i) => {
        if (i > 0) o.push(', ');
        writeExpr(o, x);
      });
      if (e.Ellipsis >= 0) o.push('...');
      o.push(')');
      return;
    case 'StarExpr':
      o.push('*');
      writeExpr(o, e.X);
      return;
    case 'UnaryExpr':
      o.push(tokenText[e.Op]);
      writeExpr(o, e.X);
      return;
    case 'BinaryExpr':
      writeExpr(o, e.X);
      o.push(' ', tokenText[e.Op], ' ');
      writeExpr(o, e.Y);
      return;
    case 'KeyValueExpr':
      writeExpr(o, e.Key);
      o.push(': ');
      writeExpr(o, e.Value);
      return;
    case 'ArrayType':
      o.push('[');
      if (e.Len) writeExpr(o, e.Len);
      o.push(']');
      writeExpr(o, e.Elt);
      return;
    case 'StructType': {
      o.push('struct{');
      e.Fields.List.forEach((f, i) => {
        if (i > 0) o.push('; ');
        writeNames(o, f.Names);
        if (f.Names.length > 0) o.push(' ');
        writeExpr(o, f.Type);
        if (f.Tag) o.push(' ', f.Tag.Value);
      });
      o.push('}');
      return;
    }
    case 'FuncType':
      o.push('func');
      writeSignature(o, e);
      return;
    case 'InterfaceType':
      o.push('interface{');
      e.Methods.List.forEach((f, i) => {
        if (i > 0) o.push('; ');
        if (f.Names.length > 0 && f.Type.kind === 'FuncType') {
          o.push(f.Names[0]!.Name);
          writeSignature(o, f.Type);
        } else {
          writeExpr(o, f.Type);
        }
      });
      o.push('}');
      return;
    case 'MapType':
      o.push('map[');
      writeExpr(o, e.Key);
      o.push(']');
      writeExpr(o, e.Value);
      return;
    case 'ChanType':
      o.push(e.Dir === 'RECV' ? '<-chan ' : e.Dir === 'SEND' ? 'chan<- ' : 'chan ');
      if (e.Dir === 'BOTH' && e.Value.kind === 'ChanType' && e.Value.Dir === 'RECV') {
        o.push('(');
        writeExpr(o, e.Value);
        o.push(')');
      } else {
        writeExpr(o, e.Value);
      }
      return;
    default:
      assertNever(e);
  }
}

function writeNames(o: string[], names: readonly ast.Ident[]): void {
  names.forEach((n, i) => {
    if (i > 0) o.push(', ');
    o.push(n.Name);
  });
}

function writeParams(o: string[], list: readonly ast.Field[]): void {
  o.push('(');
  list.forEach((f, i) => {
    if (i > 0) o.push(', ');
    if (f.Names.length > 0) {
      writeNames(o, f.Names);
      o.push(' ');
    }
    let t = f.Type;
    while (t.kind === 'ParenExpr') t = t.X;
    writeExpr(o, t);
  });
  o.push(')');
}

function writeSignature(o: string[], t: ast.FuncType): void {
  writeParams(o, t.Params.List);
  const res = t.Results;
  if (res && res.List.length > 0) {
    o.push(' ');
    if (res.List.length === 1 && res.List[0]!.Names.length === 0) writeExpr(o, res.List[0]!.Type);
    else writeParams(o, res.List);
  }
}
