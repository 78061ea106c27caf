// Expressions (cf. types2 expr.go, literals.go): the dispatcher over expression kinds, identifiers,
// literals, function literals, composite literals, type assertions and indirections, plus the
// bookkeeping of untyped expressions whose final type is only known from their context.
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { startPos } from './check.js';
import type { ConstValue } from './constant.js';
import { constEqual, constString, toInt, valueOfLiteral } from './constant.js';
import { M } from './errors.js';
import { binary, unary } from './operators.js';
import { indexExpr, isValidIndex, sliceExpr } from './index.js';
import { callExpr, selector } from './call.js';
import { assignment } from './assignments.js';
import type { Mode, Operand } from './operand.js';
import { newOperand } from './operand.js';
import { coreType, defaultType, hasNil, identical, isInteger, isNumeric, isString, isBoolean, isTyped, isUntyped, under, isNonTypeParamInterface } from './predicates.js';
import { representation, invalidConversion } from './representable.js';
import { funcBody } from './stmt.js';
import { funcType, typ, varType } from './typexpr.js';
import { implementsCause, instantiateSignature, verifyInstance } from './instantiate.js';
import { inferFromTarget } from './infer.js';
import type { Basic, Signature, Type, Var } from './types.js';
import { Typ, universeIota } from './universe.js';
import { objDecl } from './decl.js';
import { computeTypeSet } from './typeset.js';
import { lookupFieldOrMethod } from './lookup.js';

/** Checks e as a single value (types are errors unless allowType). */
export function expr(c: Checker, x: Operand, e: ast.Expr, allowType: boolean): void {
  rawExpr(c, x, e, null, false);
  if (!allowType) exclude(c, x, ['novalue', 'builtin', 'typexpr']);
  else exclude(c, x, ['novalue', 'builtin']);
  singleValue(c, x);
}

/** Like expr, with a type hint for composite literals whose type is elided. */
export function exprWithHint(c: Checker, x: Operand, e: ast.Expr, hint: Type | null): void {
  c.target = hint;
  rawExpr(c, x, e, hint, false);
  exclude(c, x, ['novalue', 'builtin', 'typexpr']);
  singleValue(c, x);
}

/** Checks e, which may be a call with no result or several results (statement context). */
export function exprOrMulti(c: Checker, x: Operand, e: ast.Expr): void {
  rawExpr(c, x, e, null, false);
  exclude(c, x, ['builtin', 'typexpr']);
}

export function exclude(c: Checker, x: Operand, modes: Operand['mode'][]): void {
  if (!modes.includes(x.mode)) return;
  switch (x.mode) {
    case 'novalue':
      c.error(x, modes.includes('typexpr') ? `${c.op(x)} used as value` : `${c.op(x)} used as value or type`);
      break;
    case 'builtin':
      c.error(x, `${c.op(x)} must be called`);
      break;
    case 'typexpr':
      c.error(x, M.notAnExpr(c.op(x)));
      break;
    default:
      return;
  }
  x.mode = 'invalid';
}

export function singleValue(c: Checker, x: Operand): void {
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    c.error(x, `multiple-value ${c.op(x)} in single-value context`);
    x.mode = 'invalid';
  }
}

/** Checks e and records its type (cf. types2 rawExpr). */
export function rawExpr(c: Checker, x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean): void {
  const target = c.target;
  c.target = null;
  exprInternal(c, x, e, hint, allowGeneric);
  x.expr = e;
  if (!allowGeneric) nonGeneric(c, x, target);
  c.record(x);
}

/** A generic function value instantiated with inferred type arguments: the instance recorded at
 *  its name, its constraints checked (reported at pos) once the package's types are complete. */
export function instantiateFuncValue(c: Checker, x: Operand, sig: Signature, targs: Type[], pos: number): void {
  const inst = instantiateSignature(sig, targs);
  let id: ast.Expr = x.expr!;
  while (id.kind === 'ParenExpr') id = id.X;
  const ident = id.kind === 'Ident' ? id : id.kind === 'SelectorExpr' ? id.Sel : null;
  if (ident) c.recordInstance(ident, { typeArgs: targs, type: inst });
  const tparams = sig.typeParams;
  c.later(() => verifyInstance(c, tparams, targs, null, c.e(x.expr!), pos));
  x.type = inst;
}

/** A generic function or type used without instantiation (cf. types2 nonGeneric); a generic
 *  function assigned to a function-typed target is instantiated from it. */
function nonGeneric(c: Checker, x: Operand, target: Type | null): void {
  if (x.mode === 'invalid' || x.mode === 'novalue') return;
  let what = '';
  const t = x.type;
  if (t.kind === 'Named' && t.typeParams.length > 0 && t.typeArgs.length === 0) what = 'type';
  else if (t.kind === 'Signature' && t.typeParams.length > 0) {
    const tu = target ? under(target) : null;
    if (tu && tu.kind === 'Signature') {
      const targs = inferFromTarget(t, tu);
      if (targs) {
        instantiateFuncValue(c, x, t, targs, c.posOf(x.expr!));
        return;
      }
    }
    what = 'function';
  }
  if (what) {
    c.error(x.expr!, `cannot use generic ${what} ${c.e(x.expr!)} without instantiation`);
    x.mode = 'invalid';
    x.type = Typ.invalid;
  }
}

function invalid(x: Operand, e: ast.Expr): void {
  x.mode = 'invalid';
  x.type = Typ.invalid;
  x.val = null;
  x.expr = e;
}

function exprInternal(c: Checker, x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean): void {
  x.mode = 'invalid';
  x.type = Typ.invalid;
  x.val = null;
  x.expr = e;
  switch (e.kind) {
    case 'BadExpr':
      return;
    case 'Ident':
      ident(c, x, e, false);
      return;
    case 'Ellipsis':
      c.error(e, "invalid use of '...'");
      return;
    case 'BasicLit': {
      if (e.Bad) return;
      const v = valueOfLiteral(e.Kind, e.Value);
      if (v.kind === 'unknown' && !/[eEpP][+-]?\d{4,}/.test(e.Value)) {
        c.error(e, `malformed constant: ${e.Value}`);
        return;
      }
      x.mode = 'constant';
      x.val = v;
      x.type = e.Kind === 'INT' ? Typ.untypedInt : e.Kind === 'FLOAT' ? Typ.untypedFloat : e.Kind === 'IMAG' ? Typ.untypedComplex : e.Kind === 'CHAR' ? Typ.untypedRune : Typ.untypedString;
      return;
    }
    case 'FuncLit': {
      const { sig, scope } = funcType(c, null, null, e.Type, false);
      const ctx = c.ctx;
      const decl = ctx.decl, iota = ctx.iota;
      c.later(() => {
        const saved = c.ctx;
        c.ctx = { ...saved, decl, iota };
        try {
          funcBody(c, decl, '<function literal>', sig, e.Body, scope);
        } finally {
          c.ctx = saved;
        }
      });
      x.mode = 'value';
      x.type = sig;
      return;
    }
    case 'CompositeLit':
      compositeLit(c, x, e, hint);
      return;
    case 'ParenExpr': {
      rawExpr(c, x, e.X, null, true);
      x.expr = e;
      return;
    }
    case 'SelectorExpr':
      selector(c, x, e, allowGeneric);
      return;
    case 'IndexExpr': case 'IndexListExpr':
      indexExpr(c, x, e);
      return;
    case 'SliceExpr':
      sliceExpr(c, x, e);
      return;
    case 'TypeAssertExpr': {
      expr(c, x, e.X, false);
      if (x.mode === 'invalid') return;
      if (e.Type === null) {
        c.error(e, 'use of .(type) outside type switch');
        invalid(x, e);
        return;
      }
      if ((x.type as Type).kind === 'TypeParam') {
        c.error(x, `invalid operation: cannot use type assertion on type parameter value ${c.op(x)}`);
        invalid(x, e);
        return;
      }
      if (under(x.type).kind !== 'Interface') {
        c.error(x, `invalid operation: ${c.op(x)} is not an interface`);
        invalid(x, e);
        return;
      }
      const T = varType(c, e.Type);
      if (T === Typ.invalid) {
        invalid(x, e);
        return;
      }
      typeAssertion(c, e, x, T, false);
      x.mode = 'commaok';
      x.type = T;
      return;
    }
    case 'CallExpr':
      callExpr(c, x, e);
      return;
    case 'StarExpr': {
      rawExpr(c, x, e.X, null, false);
      switch (x.mode as Mode) {
        case 'invalid':
          return;
        case 'typexpr': {
          const t = x.type;
          x.type = { kind: 'Pointer', elem: t };
          x.expr = e;
          return;
        }
        default: {
          if ((x.mode as Mode) === 'nilvalue') {
            c.error(x, 'invalid operation: cannot indirect nil');
            invalid(x, e);
            return;
          }
          const ct = coreType(x.type);
          if (!ct || ct.kind !== 'Pointer') {
            c.error(x, `invalid operation: cannot indirect ${c.op(x)}`);
            invalid(x, e);
            return;
          }
          if (under(ct.elem) === Typ.invalid) {
            invalid(x, e);
            return;
          }
          x.mode = 'variable';
          x.type = ct.elem;
          x.val = null;
          return;
        }
      }
    }
    case 'UnaryExpr':
      unary(c, x, e);
      return;
    case 'BinaryExpr':
      binary(c, x, e, e.X, e.Y, e.Op, e.OpPos);
      return;
    case 'KeyValueExpr':
      c.error(e, 'no key:value expected');
      return;
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType': {
      const t = typ(c, e);
      x.mode = t === Typ.invalid ? 'invalid' : 'typexpr';
      x.type = t;
      return;
    }
    default: {
      const never: never = e;
      void never;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers

/** Resolves an identifier (cf. types2 ident). `wantType` is set in type positions. */
export function ident(c: Checker, x: Operand, e: ast.Ident, wantType: boolean): void {
  x.mode = 'invalid';
  x.expr = e;
  x.type = Typ.invalid;
  x.val = null;
  const obj = c.lookup(e.Name);
  if (!obj) {
    const tp = e.Name === '_' ? c.recvBlankTParams.get(e) : undefined;
    if (tp) {
      x.mode = 'typexpr';
      x.type = tp;
      return;
    }
    if (e.Name === '_') c.error(e, 'cannot use _ as value or type');
    else c.error(e, M.undefined(e.Name));
    return;
  }
  c.recordUse(e, obj);
  if (wantType && obj.kind !== 'TypeName') {
    c.error(e, M.notAType(obj.name));
    if (obj.kind === 'Var') c.usedVars.add(obj);
    return;
  }
  // Package-level objects are resolved on first use.
  if (c.objMap.has(obj) && !c.resolved.has(obj)) objDecl(c, obj);
  const decl = c.ctx.decl;
  if (decl && (obj.kind === 'Var' || obj.kind === 'Func' || obj.kind === 'Const') && c.objMap.has(obj)) decl.deps.add(obj);
  switch (obj.kind) {
    case 'PkgName':
      c.error(e, `use of package ${obj.name} not in selector`);
      c.usedImports.add(obj);
      return;
    case 'Const':
      if (obj === universeIota) {
        if (c.ctx.iota === null) {
          c.error(e, 'cannot use iota outside constant declaration');
          return;
        }
        x.val = c.ctx.iota;
      } else {
        x.val = obj.value;
      }
      if (obj.type === Typ.invalid) return;
      x.mode = 'constant';
      x.type = obj.type;
      return;
    case 'TypeName':
      x.mode = 'typexpr';
      x.type = obj.type;
      return;
    case 'Var':
      if (obj.pkg === c.path || obj.pkg === '') c.usedVars.add(obj);
      if (obj.type === Typ.invalid) return;
      x.mode = 'variable';
      x.type = obj.type;
      return;
    case 'Func':
      x.mode = 'value';
      x.type = obj.type;
      return;
    case 'Builtin':
      x.mode = 'builtin';
      x.type = Typ.invalid;
      x.builtin = obj.name;
      return;
    case 'Nil':
      x.mode = 'nilvalue';
      x.type = Typ.untypedNil;
      return;
    case 'Label':
      c.error(e, M.undefined(e.Name));
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Composite literals

function compositeLit(c: Checker, x: Operand, e: ast.CompositeLit, hint: Type | null): void {
  let t: Type;
  let base: Type;
  if (e.Type) {
    const at = e.Type;
    if (at.kind === 'ArrayType' && at.Len && at.Len.kind === 'Ellipsis' && at.Len.Elt === null) {
      // [...]T{...}: the length comes from the literal.
      const elem = varType(c, at.Elt);
      const n = indexedElts(c, e.Elts, elem, -1);
      t = { kind: 'Array', len: n, elem };
      c.recordType(at, 'typexpr', t, null);
      x.mode = 'value';
      x.type = t;
      return;
    }
    t = typ(c, e.Type);
    base = t;
  } else if (hint) {
    t = hint;
    const ct = coreType(t);
    base = ct && ct.kind === 'Pointer' ? ct.elem : t;
  } else {
    c.error(e, 'missing type in composite literal');
    for (const el of e.Elts) useExpr(c, el);
    return;
  }
  if (t === Typ.invalid) {
    for (const el of e.Elts) useExpr(c, el);
    return;
  }
  const ut = coreType(base);
  switch (ut?.kind) {
    case 'Struct': {
      const fields = ut.fields;
      if (e.Elts.length === 0) break;
      if (e.Elts[0]!.kind === 'KeyValueExpr') {
        const visited = new Set<number>();
        for (const el of e.Elts) {
          if (el.kind !== 'KeyValueExpr') {
            c.error(el, 'mixture of field:value and value elements in struct literal');
            continue;
          }
          const y = newOperand();
          const key = el.Key.kind === 'Ident' ? el.Key : null;
          if (!key) {
            expr(c, y, el.Value, false);
            c.error(el, `invalid field name ${c.e(el.Key)} in struct literal`);
            continue;
          }
          const i = fields.findIndex((f) => f.name === key.Name);
          if (i < 0) {
            expr(c, y, el.Value, false);
            c.error(el.Key, `unknown field ${key.Name} in struct literal of type ${c.t(base)}`);
            continue;
          }
          const fld = fields[i]!;
          c.recordUse(key, fld);
          expr(c, y, el.Value, false);
          assignment(c, y, fld.type, 'struct literal');
          if (visited.has(i)) {
            c.error(el, `duplicate field name ${key.Name} in struct literal`);
            continue;
          }
          visited.add(i);
        }
      } else {
        let i = 0;
        for (const el of e.Elts) {
          if (el.kind === 'KeyValueExpr') {
            c.error(el, 'mixture of field:value and value elements in struct literal');
            continue;
          }
          const y = newOperand();
          const fld = fields[i];
          expr(c, y, el, false);
          if (!fld) {
            c.error(y, `too many values in struct literal of type ${c.t(base)}`);
            break;
          }
          if (!/^[A-Z]/.test(fld.name) && fld.pkg !== c.path) {
            c.error(y, `implicit assignment to unexported field ${fld.name} in struct literal of type ${c.t(base)}`);
            i++;
            continue;
          }
          assignment(c, y, fld.type, 'struct literal');
          i++;
        }
        if (e.Elts.length < fields.length) c.error(e.Rbrace, `too few values in struct literal of type ${c.t(base)}`);
      }
      break;
    }
    case 'Array': {
      const n = indexedElts(c, e.Elts, ut.elem, ut.len);
      void n;
      break;
    }
    case 'Slice':
      indexedElts(c, e.Elts, ut.elem, -1);
      break;
    case 'Map': {
      const seen: { v: ConstValue; t: Type }[] = [];
      for (const el of e.Elts) {
        if (el.kind !== 'KeyValueExpr') {
          c.error(el, 'missing key in map literal');
          useExpr(c, el);
          continue;
        }
        const k = newOperand();
        exprWithHint(c, k, el.Key, ut.key);
        assignment(c, k, ut.key, 'map literal');
        if (k.mode === 'constant' && k.val) {
          const dup = seen.find((s) => constEqual(s.v, k.val!) && identical(s.t, k.type));
          if (dup) c.error(k, `duplicate key ${c.e(el.Key)} in map literal`);
          else seen.push({ v: k.val, t: k.type });
        }
        const v = newOperand();
        exprWithHint(c, v, el.Value, ut.elem);
        assignment(c, v, ut.elem, 'map literal');
      }
      break;
    }
    default: {
      for (const el of e.Elts) useExpr(c, el.kind === 'KeyValueExpr' ? el.Value : el);
      if (ut === null) c.error(e, `invalid composite literal type ${c.t(t)} (no core type)`);
      else if (ut !== Typ.invalid) c.error(e, `invalid composite literal type ${c.t(t)}`);
      return;
    }
  }
  x.mode = 'value';
  x.type = t;
}

/** Checks array/slice literal elements; returns the literal's length (cf. types2 indexedElts). */
function indexedElts(c: Checker, elts: readonly ast.Expr[], elem: Type, length: number): number {
  const visited = new Set<number>();
  let index = 0;
  let max = 0;
  for (const el of elts) {
    let validIndex = false;
    let ve = el;
    if (el.kind === 'KeyValueExpr') {
      // The key must be a constant index (cf. types2 indexedElts, which uses check.index).
      const k = newOperand();
      expr(c, k, el.Key, false);
      if (isValidIndex(c, k, 'index', false)) {
        if (k.mode === 'constant' && k.val && k.val.kind === 'int') {
          const v = k.val.value;
          if (length >= 0 && v >= BigInt(length)) c.error(k, `invalid argument: index ${v} out of bounds [0:${length}]`);
          else { index = Number(v); validIndex = true; }
        } else if (k.mode !== 'constant') {
          c.error(el, `index ${c.e(el.Key)} must be integer constant`);
        }
      }
      ve = el.Value;
    } else if (length >= 0 && index >= length) {
      c.error(el, `index ${index} is out of bounds (>= ${length})`);
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited.has(index)) c.error(el, `duplicate index ${index} in array or slice literal`);
      visited.add(index);
    }
    index++;
    if (index > max) max = index;
    const x = newOperand();
    exprWithHint(c, x, ve, elem);
    assignment(c, x, elem, 'array or slice literal');
  }
  return max;
}

/** Evaluates an expression only for its side effects on the tables (after an error). */
export function useExpr(c: Checker, e: ast.Expr): void {
  const x = newOperand();
  const saved = c.firstErr;
  rawExpr(c, x, e, null, true);
  void saved;
}

// ---------------------------------------------------------------------------------------------
// Type assertions

/** Reports an impossible type assertion x.(T) (cf. types2 typeAssertion). */
export function typeAssertion(c: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  // No static check when the target is an interface (type parameters included, as in types2).
  if (T.kind === 'TypeParam' || under(T).kind === 'Interface') return;
  const cause = implementsCause(c, T, x.type, false);
  if (cause === null) return;
  // Only a missing or wrongly-typed method makes an assertion impossible.
  const mm = missingMethodCause(c, T, x.type);
  if (mm === null) return;
  if (typeSwitch) {
    c.error(e, `impossible type switch case: ${c.e(e)}\n\t${c.op(x)} cannot have dynamic type ${c.t(T)} ${mm}`);
    return;
  }
  c.error(e, `impossible type assertion: ${c.e(e)}\n\t${c.t(T)} does not implement ${c.t(x.type)} ${mm}`);
}

import { missingMethod } from './lookup.js';
import { missingCause } from './instantiate.js';
function missingMethodCause(c: Checker, T: Type, iface: Type): string | null {
  const mm = missingMethod(T, iface, false);
  if (!mm.method) return null;
  return missingCause(c, T, iface, mm);
}

// ---------------------------------------------------------------------------------------------
// Untyped expressions

/** Gives an untyped expression (and its untyped operands) its final type (cf. types2 updateExprType). */
export function updateExprType(c: Checker, e: ast.Expr, t: Type, final: boolean): void {
  const old = c.untyped.get(e);
  if (!old) return;
  switch (e.kind) {
    case 'ParenExpr':
      updateExprType(c, e.X, t, final);
      break;
    case 'UnaryExpr':
      if (old.val === null) updateExprType(c, e.X, t, final);
      break;
    case 'BinaryExpr':
      if (old.val === null) {
        if (['EQL', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ'].includes(e.Op)) {
          // The result type is independent of the operand types.
        } else if (e.Op === 'SHL' || e.Op === 'SHR') {
          updateExprType(c, e.X, t, final);
        } else {
          updateExprType(c, e.X, t, final);
          updateExprType(c, e.Y, t, final);
        }
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(t)) {
    old.type = under(t);
    return;
  }
  c.untyped.delete(e);
  // A non-constant shift whose operand turned out not to be an integer (e.g. 1.0 << s as float64).
  if (old.mode !== 'constant' && e.kind === 'BinaryExpr' && (e.Op === 'SHL' || e.Op === 'SHR') && !isInteger(t) && t.kind !== 'TypeParam') {
    c.error(e, `invalid operation: shifted operand ${c.e(e.X)} (type ${c.t(t)}) must be integer`);
    return;
  }
  c.recordType(e, old.mode, t, old.val);
}

export function updateExprVal(c: Checker, e: ast.Expr, v: ConstValue): void {
  const old = c.untyped.get(e);
  if (old) old.val = v;
}

/** Converts an untyped operand to the target type in place (cf. types2 convertUntyped). */
export function convertUntyped(c: Checker, x: Operand, target: Type): void {
  const r = implicitTypeAndValue(c, x, target);
  if (r.code !== null) {
    let t = target;
    if (t.kind !== 'TypeParam') t = under(t);
    invalidConversion(c, r.code, x, t);
    x.mode = 'invalid';
    return;
  }
  if (r.val) {
    x.val = r.val;
    if (x.expr) updateExprVal(c, x.expr, r.val);
  }
  if (r.type !== x.type) {
    x.type = r.type!;
    if (x.expr) updateExprType(c, x.expr, r.type!, false);
  }
}

export type ConvCode = 'TruncatedFloat' | 'NumericOverflow' | 'InvalidConstVal' | 'InvalidUntypedConversion';

/** The type (and rounded value) an untyped operand takes in the context of target. */
export function implicitTypeAndValue(c: Checker, x: Operand, target: Type): { type: Type | null; val: ConstValue | null; code: ConvCode | null } {
  if (x.mode === 'invalid' || isTyped(x.type) || target === Typ.invalid) return { type: x.type, val: null, code: null };
  if (isUntyped(target)) {
    const m = maxType(x.type, target);
    return m ? { type: m, val: null, code: null } : { type: null, val: null, code: 'InvalidUntypedConversion' };
  }
  if (x.mode === 'nilvalue' || x.type === Typ.untypedNil) {
    return hasNil(target) ? { type: target, val: null, code: null } : { type: null, val: null, code: 'InvalidUntypedConversion' };
  }
  const u = under(target);
  if (target.kind === 'TypeParam') {
    const ts = computeTypeSet(target.constraint);
    if (ts.terms === null || ts.terms.length === 0) return { type: null, val: null, code: 'InvalidUntypedConversion' };
    for (const term of ts.terms) {
      const r = implicitTypeAndValue(c, x, under(term.type));
      if (r.type === null) return { type: null, val: null, code: 'InvalidUntypedConversion' };
    }
    return { type: target, val: null, code: null };
  }
  switch (u.kind) {
    case 'Basic':
      if (x.mode === 'constant') {
        const r = representation(c, x, u);
        if (r.code) return { type: null, val: null, code: r.code };
        return { type: target, val: r.val, code: null };
      }
      switch ((x.type as Basic).name) {
        case 'untyped bool':
          if (!isBoolean(target)) return { type: null, val: null, code: 'InvalidUntypedConversion' };
          break;
        case 'untyped int': case 'untyped rune': case 'untyped float': case 'untyped complex':
          if (!isNumeric(target)) return { type: null, val: null, code: 'InvalidUntypedConversion' };
          break;
        case 'untyped string':
          if (!isString(target)) return { type: null, val: null, code: 'InvalidUntypedConversion' };
          break;
        default:
          return { type: null, val: null, code: 'InvalidUntypedConversion' };
      }
      return { type: target, val: null, code: null };
    case 'Interface': {
      const ts = computeTypeSet(u);
      if (ts.methods.length > 0 || ts.terms !== null || ts.comparable) return { type: null, val: null, code: 'InvalidUntypedConversion' };
      return { type: defaultType(x.type), val: null, code: null };
    }
    default:
      return { type: null, val: null, code: 'InvalidUntypedConversion' };
  }
}

const untypedRank: Record<string, number> = { 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3, 'untyped complex': 4 };

/** The "larger" of two untyped numeric types (int < rune < float < complex), or null. */
export function maxType(x: Type, y: Type): Type | null {
  if (x.kind === 'Basic' && y.kind === 'Basic') {
    const a = untypedRank[x.name], b = untypedRank[y.name];
    if (a && b) return a >= b ? x : y;
  }
  if (identical(x, y)) return x;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Constant helpers

/** The integer value of a constant operand, or null. */
export function evalConstInt(c: Checker, x: Operand, e: ast.Expr): bigint | null {
  void c; void e;
  if (x.mode !== 'constant' || !x.val) return null;
  const v = toInt(x.val);
  return v.kind === 'int' ? v.value : null;
}

export { constString, startPos, lookupFieldOrMethod };
export type { Var };
