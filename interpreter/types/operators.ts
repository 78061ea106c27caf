// Unary and binary operators (Go spec: Operators; cf. types2 expr.go unary, binary, shift,
// comparison, matchTypes): operand matching, untyped conversion, constant folding.
import type { Mode } from './operand.js';
import type * as ast from '../syntax/ast.js';
import { tokenText } from '../syntax/token.js';
import type { Token } from '../syntax/token.js';
import type { Checker } from './check.js';
import { binaryOp, compare, isZero, makeBool, shift as constShift, sign, toInt, unaryOp, unknownValue } from './constant.js';
import { expr, convertUntyped, updateExprType } from './expr.js';
import type { Operand } from './operand.js';
import { newOperand } from './operand.js';
import { assignableTo } from './assignments.js';
import {
  isNumericOrString, comparable, coreType, defaultType, hasNil, identical, intSize, isBoolean, isComplex, isInteger, isNonTypeParamInterface,
  isNumeric, isOrdered, isString, isTyped, isUnsigned, isUntyped, under,
} from './predicates.js';
import { overflow, representable } from './representable.js';
import type { Type } from './types.js';
import { Typ } from './universe.js';

const isComparisonOp = (op: Token) => op === 'EQL' || op === 'NEQ' || op === 'LSS' || op === 'LEQ' || op === 'GTR' || op === 'GEQ';

const binaryPreds: Partial<Record<Token, (t: Type) => boolean>> = {
  ADD: isNumericOrString,
  SUB: isNumeric, MUL: isNumeric, QUO: isNumeric, REM: isInteger,
  AND: isInteger, OR: isInteger, XOR: isInteger, AND_NOT: isInteger,
  LAND: isBoolean, LOR: isBoolean,
};
const unaryPreds: Partial<Record<Token, (t: Type) => boolean>> = {
  ADD: isNumeric, SUB: isNumeric, XOR: isInteger, NOT: isBoolean,
};

function opCheck(c: Checker, preds: Partial<Record<Token, (t: Type) => boolean>>, x: Operand, op: Token): boolean {
  const p = preds[op];
  if (!p) {
    c.error(x, `unknown operator ${tokenText[op]}`);
    return false;
  }
  if (!p(x.type)) {
    c.error(x, `invalid operation: operator ${tokenText[op]} not defined on ${c.op(x)}`);
    return false;
  }
  return true;
}

export function unary(c: Checker, x: Operand, e: ast.UnaryExpr): void {
  expr(c, x, e.X, false);
  if (x.mode === 'invalid') return;
  let op = e.Op;
  switch (op) {
    case 'AND': {
      let inner = e.X;
      while (inner.kind === 'ParenExpr') inner = inner.X;
      if (inner.kind !== 'CompositeLit' && x.mode !== 'variable') {
        c.error(x, `invalid operation: cannot take address of ${c.op(x)}`);
        x.mode = 'invalid';
        return;
      }
      x.mode = 'value';
      x.type = { kind: 'Pointer', elem: x.type };
      x.val = null;
      return;
    }
    case 'ARROW': {
      const u = coreType(x.type);
      if (!u) {
        c.error(x, `invalid operation: cannot receive from ${c.op(x)} (no core type)`);
        x.mode = 'invalid';
        return;
      }
      if (u.kind !== 'Chan') {
        c.error(x, `invalid operation: cannot receive from non-channel ${c.op(x)}`);
        x.mode = 'invalid';
        return;
      }
      if (u.dir === 'SEND') {
        c.error(x, `invalid operation: cannot receive from send-only channel ${c.op(x)}`);
        x.mode = 'invalid';
        return;
      }
      x.mode = 'commaok';
      x.type = u.elem;
      x.val = null;
      c.ctx.hasCallOrRecv = true;
      return;
    }
    case 'TILDE':
      if (!isInteger(x.type)) {
        c.error(e, 'cannot use ~ outside of interface or type constraint');
        x.mode = 'invalid';
        return;
      }
      c.error(e, 'cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)');
      op = 'XOR';
      break;
    default:
      break;
  }
  if (!opCheck(c, unaryPreds, x, op)) {
    x.mode = 'invalid';
    return;
  }
  if (x.mode === 'constant' && x.val) {
    if (x.val.kind === 'unknown') return;
    let prec = 0;
    if (isUnsigned(x.type)) {
      const u = under(x.type);
      prec = u.kind === 'Basic' ? intSize(u.name) : 64;
    }
    x.val = unaryOp(op, x.val, prec);
    x.expr = e;
    overflow(c, x, e.OpPos);
    return;
  }
  x.mode = 'value';
  x.val = null;
}

/** Checks `lhs op rhs`; e is the BinaryExpr, or null for an op-assignment `lhs op= rhs`. */
export function binary(c: Checker, x: Operand, e: ast.BinaryExpr | null, lhs: ast.Expr, rhs: ast.Expr, op: Token, opPos: number): void {
  const y = newOperand();
  expr(c, x, lhs, false);
  expr(c, y, rhs, false);
  if (x.mode === 'invalid') return;
  if (y.mode === 'invalid') {
    x.mode = 'invalid';
    x.expr = y.expr;
    return;
  }
  if (op === 'SHL' || op === 'SHR') {
    shift(c, x, y, e, op, opPos);
    return;
  }
  matchTypes(c, x, y);
  if ((x.mode as Mode) === 'invalid') return;
  if (isComparisonOp(op)) {
    comparison(c, x, y, op, false, e);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (x.type !== Typ.invalid && y.type !== Typ.invalid) {
      if (e) c.error(x, `invalid operation: ${c.e(e)} (mismatched types ${c.t(x.type)} and ${c.t(y.type)})`);
      else c.error(x, `invalid operation: ${c.e(lhs)} ${tokenText[op]}= ${c.e(rhs)} (mismatched types ${c.t(x.type)} and ${c.t(y.type)})`);
    }
    x.mode = 'invalid';
    return;
  }
  if (!opCheck(c, binaryPreds, x, op)) {
    x.mode = 'invalid';
    return;
  }
  if (op === 'QUO' || op === 'REM') {
    if ((x.mode === 'constant' || isInteger(x.type)) && y.mode === 'constant' && y.val && sign(y.val) === 0 && y.val.kind !== 'unknown') {
      c.error(y, 'invalid operation: division by zero');
      x.mode = 'invalid';
      return;
    }
    if (x.mode === 'constant' && y.mode === 'constant' && isComplex(x.type) && y.val && isZero(y.val)) {
      c.error(y, 'invalid operation: division by zero');
      x.mode = 'invalid';
      return;
    }
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val) {
    if (x.val.kind === 'unknown' || y.val.kind === 'unknown') {
      x.val = unknownValue;
      return;
    }
    x.val = binaryOp(x.val, op, y.val, op === 'QUO' && isInteger(x.type));
    x.expr = e ?? x.expr;
    overflow(c, x, opPos);
    return;
  }
  x.mode = 'value';
  x.val = null;
}

/** Converts untyped operands to each other's types where the spec allows (cf. types2 matchTypes). */
export function matchTypes(c: Checker, x: Operand, y: Operand): void {
  const mayConvert = (): boolean => {
    if (isTyped(x.type) && isTyped(y.type)) return false;
    if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) return true;
    if (isBoolean(x.type) !== isBoolean(y.type)) return false;
    if (isString(x.type) !== isString(y.type)) return false;
    if (x.mode === 'nilvalue') return hasNil(y.type);
    if (y.mode === 'nilvalue') return hasNil(x.type);
    if (under(x.type).kind === 'Pointer' || under(y.type).kind === 'Pointer') return false;
    return true;
  };
  if (mayConvert()) {
    convertUntyped(c, x, y.type);
    if (x.mode === 'invalid') return;
    convertUntyped(c, y, x.type);
    if (y.mode === 'invalid') x.mode = 'invalid';
  }
}

export function kindString(c: Checker, t: Type): string {
  const u = under(t);
  switch (u.kind) {
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return t.kind === 'TypeParam' ? `type parameter ${c.t(t)}` : 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    default: return c.t(t);
  }
}

export function incomparableCause(c: Checker, t: Type): string {
  const u = under(t);
  if (u.kind === 'Slice' || u.kind === 'Signature' || u.kind === 'Map') return kindString(c, t) + ' can only be compared to nil';
  let cause = '';
  comparable(t, true, new Set(), (m) => {
    cause = m;
  });
  return cause;
}

/** Checks a comparison (cf. types2 comparison); switchCase reports as an invalid case. */
export function comparison(c: Checker, x: Operand, y: Operand, op: Token, switchCase: boolean, e: ast.BinaryExpr | null): void {
  if (x.type === Typ.invalid || y.type === Typ.invalid) {
    x.mode = 'invalid';
    return;
  }
  if (switchCase) op = 'EQL';
  let errOp = x;
  let cause = '';
  const fail = () => {
    if (cause === '') {
      if (x.type.kind === 'TypeParam' || y.type.kind === 'TypeParam') {
        if (x.type.kind !== 'TypeParam') errOp = y;
        cause = `type parameter ${c.t(errOp.type)} is not comparable with ${tokenText[op]}`;
      } else {
        cause = `operator ${tokenText[op]} not defined on ${kindString(c, errOp.type)}`;
      }
    }
    if (switchCase) c.error(x, `invalid case ${c.e(x.expr!)} in switch on ${c.e(y.expr!)} (${cause})`);
    else c.error(errOp, `invalid operation: ${c.e(x.expr!)} ${tokenText[op]} ${c.e(y.expr!)} (${cause})`);
    x.mode = 'invalid';
  };
  void e;
  let ok = assignableTo(c, x, y.type).ok;
  if (!ok) ok = assignableTo(c, y, x.type).ok;
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${c.t(x.type)} and ${c.t(y.type)}`;
    return fail();
  }
  if (op === 'EQL' || op === 'NEQ') {
    if (x.mode === 'nilvalue' || y.mode === 'nilvalue') {
      const t = x.mode === 'nilvalue' ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = y;
        return fail();
      }
    } else if (!comparable(x.type, true)) {
      errOp = x;
      cause = incomparableCause(c, x.type);
      return fail();
    } else if (!comparable(y.type, true)) {
      errOp = y;
      cause = incomparableCause(c, y.type);
      return fail();
    }
  } else {
    if (!isOrdered(x.type)) {
      errOp = x;
      return fail();
    }
    if (!isOrdered(y.type)) {
      errOp = y;
      return fail();
    }
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val) {
    x.val = x.val.kind === 'unknown' || y.val.kind === 'unknown' ? unknownValue : makeBool(compare(x.val, op, y.val));
  } else {
    x.mode = 'value';
    x.val = null;
    if (x.expr) updateExprType(c, x.expr, defaultType(x.type), true);
    if (y.expr) updateExprType(c, y.expr, defaultType(y.type), true);
  }
  x.type = Typ.untypedBool;
}

function shift(c: Checker, x: Operand, y: Operand, e: ast.BinaryExpr | null, op: 'SHL' | 'SHR', opPos: number): void {
  let xval = null;
  if (x.mode === 'constant' && x.val) xval = toInt(x.val);
  if (!(isInteger(x.type) || (isUntyped(x.type) && xval !== null && xval.kind === 'int'))) {
    c.error(x, `invalid operation: shifted operand ${c.op(x)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  let yval = null;
  if (y.mode === 'constant' && y.val) {
    yval = toInt(y.val);
    if (yval.kind === 'int' && yval.value < 0n) {
      c.error(y, `invalid operation: negative shift count ${c.op(y)}`);
      x.mode = 'invalid';
      return;
    }
    if (isUntyped(y.type)) {
      representable(c, y, Typ.uint);
      if ((y.mode as Mode) === 'invalid') {
        x.mode = 'invalid';
        return;
      }
    }
  } else if (isInteger(y.type)) {
    // signed shift counts are fine since Go 1.13
  } else if (isUntyped(y.type)) {
    convertUntyped(c, y, Typ.uint);
    if (y.mode === 'invalid') {
      x.mode = 'invalid';
      return;
    }
  } else {
    c.error(y, `invalid operation: shift count ${c.op(y)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant') {
      if (x.val!.kind === 'unknown' || y.val!.kind === 'unknown') {
        x.val = unknownValue;
        if (!isInteger(x.type)) x.type = Typ.untypedInt;
        return;
      }
      const s = yval && yval.kind === 'int' ? yval.value : -1n;
      if (s < 0n || s > 1074n) {
        c.error(y, `invalid operation: invalid shift count ${c.op(y)}`);
        x.mode = 'invalid';
        return;
      }
      if (!isInteger(x.type)) x.type = Typ.untypedInt;
      x.val = constShift(xval!, op, Number(s));
      if (e) x.expr = e;
      overflow(c, x, opPos);
      return;
    }
    if (isUntyped(x.type)) {
      // A non-constant shift of an untyped constant: its type comes from the context.
      x.mode = 'value';
      x.val = null;
      return;
    }
  }
  if (!isInteger(x.type)) {
    c.error(x, `invalid operation: shifted operand ${c.op(x)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  x.mode = 'value';
  x.val = null;
}
