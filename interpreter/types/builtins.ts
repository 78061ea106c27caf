// The built-in functions (Go spec: Built-in functions; cf. types2 builtins.go): argument checks,
// result types and constant results (len of constant strings and arrays, min/max, complex/real/imag).
import type { Mode } from './operand.js';
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { compare, makeComplex, makeFloat, makeInt, ratZero, toFloat, toRat, unknownValue } from './constant.js';
import { M } from './errors.js';
import { convertUntyped, exclude, rawExpr, singleValue, updateExprType } from './expr.js';
import { checkIndex } from './index.js';
import type { Operand } from './operand.js';
import { newOperand } from './operand.js';
import { matchTypes } from './operators.js';
import { assignment, typesSummary, useExprs } from './assignments.js';
import { underTP, coreString, coreType, identical, isComplex, isFloat, isNumeric, isOrdered, isString, isTyped, isUntyped, under } from './predicates.js';
import { computeTypeSet } from './typeset.js';
import { varType } from './typexpr.js';
import type { BuiltinName, Signature, Type, Var } from './types.js';
import { Typ, anyType, byteType } from './universe.js';
import { alignof, fieldOffsets, sizeof } from './sizes.js';
import { lookupFieldOrMethod } from './lookup.js';

const spec: Record<BuiltinName, { nargs: number; variadic: boolean }> = {
  append: { nargs: 1, variadic: true }, cap: { nargs: 1, variadic: false }, clear: { nargs: 1, variadic: false },
  close: { nargs: 1, variadic: false }, complex: { nargs: 2, variadic: false }, copy: { nargs: 2, variadic: false },
  delete: { nargs: 2, variadic: false }, imag: { nargs: 1, variadic: false }, len: { nargs: 1, variadic: false },
  make: { nargs: 1, variadic: true }, max: { nargs: 1, variadic: true }, min: { nargs: 1, variadic: true },
  new: { nargs: 1, variadic: false }, panic: { nargs: 1, variadic: false }, print: { nargs: 0, variadic: true },
  println: { nargs: 0, variadic: true }, real: { nargs: 1, variadic: false }, recover: { nargs: 0, variadic: false },
  Alignof: { nargs: 1, variadic: false }, Offsetof: { nargs: 1, variadic: false }, Sizeof: { nargs: 1, variadic: false },
};

function makeSig(result: Type | null, params: readonly Type[], variadic = false): Signature {
  const v = (t: Type): Var => ({ kind: 'Var', name: '', pos: -1, pkg: '', type: t, isParam: true });
  return {
    kind: 'Signature', recv: null, typeParams: [], variadic,
    params: { kind: 'Tuple', vars: params.map(v) },
    results: { kind: 'Tuple', vars: result ? [v(result)] : [] },
  };
}

function recordBuiltinType(c: Checker, f: ast.Expr, sig: Signature): void {
  let e = f;
  for (;;) {
    c.recordType(e, 'builtin', sig, null);
    if (e.kind !== 'ParenExpr') break;
    e = e.X;
  }
}

function args(c: Checker, list: readonly ast.Expr[]): Operand[] {
  if (list.length === 1) {
    const x = newOperand();
    rawExpr(c, x, list[0]!, null, false);
    exclude(c, x, ['novalue', 'builtin', 'typexpr']);
    if (x.mode === 'value' && x.type.kind === 'Tuple') {
      return x.type.vars.map((v) => ({ mode: 'value', expr: list[0]!, type: v.type, val: null }));
    }
    return [x];
  }
  return list.map((e) => {
    const x = newOperand();
    rawExpr(c, x, e, null, false);
    exclude(c, x, ['novalue', 'builtin', 'typexpr']);
    singleValue(c, x);
    return x;
  });
}

/** The underlying types of t, or of each type in a type parameter's type set (null: none). */
function underTypes(t: Type): (Type | null)[] {
  if (t.kind !== 'TypeParam') return [under(t)];
  const ts = computeTypeSet(t.constraint);
  if (ts.terms === null || ts.terms.length === 0) return [null];
  return ts.terms.map((x) => under(x.type));
}

function arrayPtrDeref(t: Type): Type {
  if (t.kind === 'Pointer') {
    const a = under(t.elem);
    if (a.kind === 'Array') return a;
  }
  return t;
}

/** Checks a call of built-in `id`; x receives the result. Returns false after an error. */
export function builtin(c: Checker, x: Operand, call: ast.CallExpr, id: BuiltinName): boolean {
  const argList = call.Args;
  const bin = spec[id];
  if (call.Ellipsis >= 0 && id !== 'append') {
    c.error(call, `invalid operation: invalid use of ... with built-in ${id}`);
    useExprs(c, argList);
    return false;
  }
  let savedHasCall: boolean | undefined;
  if (id === 'len' || id === 'cap') {
    savedHasCall = c.ctx.hasCallOrRecv;
    c.ctx.hasCallOrRecv = false;
  }
  try {
    let as: Operand[] = [];
    let nargs: number;
    if (id === 'make' || id === 'new' || id === 'Offsetof') {
      nargs = argList.length;
    } else {
      as = args(c, argList);
      nargs = as.length;
      if (as.some((a) => a.mode === 'invalid')) return false;
      if (nargs > 0) Object.assign(x, as[0]!);
    }
    let msg = '';
    if (nargs < bin.nargs) msg = 'not enough';
    else if (!bin.variadic && nargs > bin.nargs) msg = 'too many';
    if (msg) {
      c.error(call, `invalid operation: ${msg} arguments for ${c.e(call)} (expected ${bin.nargs}, found ${nargs})`);
      return false;
    }
    return builtinBody(c, x, call, id, as, nargs);
  } finally {
    if (savedHasCall !== undefined) c.ctx.hasCallOrRecv = savedHasCall || !!c.ctx.hasCallOrRecv;
  }
}

function builtinBody(c: Checker, x: Operand, call: ast.CallExpr, id: BuiltinName, as: Operand[], nargs: number): boolean {
  const argList = call.Args;
  switch (id) {
    case 'append': {
      const S = x.type;
      const s = coreType(S);
      if (!s || s.kind !== 'Slice') {
        let cause: string;
        if (x.mode === 'nilvalue') cause = 'have untyped nil';
        else if (S.kind === 'TypeParam') cause = s ? `${c.op(x)} has core type ${c.t(s)}` : `${c.op(x)} has no core type`;
        else cause = `have ${c.op(x)}`;
        c.error(x, `first argument to append must be a slice; ${cause}`);
        return false;
      }
      const T = s.elem;
      if (nargs === 2 && call.Ellipsis >= 0) {
        const bytes: Type = { kind: 'Slice', elem: byteType };
        if (identical(under(S), bytes) || identical(s, bytes)) {
          const y = as[1]!;
          const t = coreString(y.type);
          if (t && isString(t)) {
            const sig = makeSig(S, [S, y.type], true);
            recordBuiltinType(c, call.Fun, sig);
            x.mode = 'value';
            x.type = S;
            x.val = null;
            return true;
          }
        }
      }
      const sig = makeSig(S, [S, { kind: 'Slice', elem: T }], true);
      // Check the remaining arguments like a call of func(S, ...T).
      const rest = as.slice(1);
      if (call.Ellipsis >= 0) {
        if (rest.length > 1) {
          c.errorAt(c.posOf(rest[1]!), 'too many arguments in call to append', [[-1, `have ${typesSummary(c, as.map((a) => a.type), false)}`], [-1, `want (${c.t(S)}, ...${c.t(T)})`]]);
          return false;
        }
        if (rest.length === 1) assignment(c, rest[0]!, { kind: 'Slice', elem: T }, 'argument to append');
        else if (rest.length === 0) {
          c.errorAt(call.Rparen, 'not enough arguments in call to append', [[-1, `have ${typesSummary(c, as.map((a) => a.type), false)}`], [-1, `want (${c.t(S)}, ...${c.t(T)})`]]);
          return false;
        }
      } else {
        for (const a of rest) assignment(c, a, T, 'argument to append');
      }
      x.mode = 'value';
      x.type = S;
      x.val = null;
      recordBuiltinType(c, call.Fun, sig);
      return true;
    }
    case 'cap': case 'len': {
      let mode: Operand['mode'] = 'invalid';
      let val = null;
      const t = arrayPtrDeref(underTP(x.type));
      switch (t.kind) {
        case 'Basic':
          if (isString(t) && id === 'len') {
            if (x.mode === 'constant' && x.val && x.val.kind === 'string') {
              mode = 'constant';
              val = makeInt(BigInt(x.val.value.length));
            } else mode = 'value';
          }
          break;
        case 'Array':
          mode = 'value';
          if (!c.ctx.hasCallOrRecv) {
            mode = 'constant';
            val = makeInt(BigInt(t.len));
          }
          break;
        case 'Slice': case 'Chan':
          mode = 'value';
          break;
        case 'Map':
          if (id === 'len') mode = 'value';
          break;
        case 'Interface': {
          if (x.type.kind !== 'TypeParam') break;
          const ts = computeTypeSet(t);
          if (ts.terms && ts.terms.length > 0 && ts.terms.every((term) => {
            const u = arrayPtrDeref(under(term.type));
            return (u.kind === 'Basic' && isString(u) && id === 'len') || u.kind === 'Array' || u.kind === 'Slice' || u.kind === 'Chan' || (u.kind === 'Map' && id === 'len');
          })) mode = 'value';
          break;
        }
        default:
          break;
      }
      if (mode === 'invalid') {
        if (under(x.type) !== Typ.invalid) c.error(x, `invalid argument: ${c.op(x)} for built-in ${id}`);
        return false;
      }
      if (mode !== 'constant') recordBuiltinType(c, call.Fun, makeSig(Typ.int, [x.type]));
      if (isUntyped(x.type) && x.expr) updateExprType(c, x.expr, Typ.string, true);
      x.mode = mode;
      x.type = Typ.int;
      x.val = val;
      return true;
    }
    case 'clear': {
      const ok = (u: Type | null) => !!u && (u.kind === 'Map' || u.kind === 'Slice');
      let good: boolean;
      if (x.type.kind === 'TypeParam') {
        const ts = computeTypeSet(x.type.constraint);
        good = !!ts.terms && ts.terms.length > 0 && ts.terms.every((t) => ok(under(t.type)));
      } else good = ok(under(x.type));
      if (!good) {
        c.error(x, `invalid argument: cannot clear ${c.op(x)}: argument must be (or constrained by) map or slice`);
        return false;
      }
      x.mode = 'novalue';
      recordBuiltinType(c, call.Fun, makeSig(null, [x.type]));
      return true;
    }
    case 'close': {
      for (const u of underTypes(x.type)) {
        if (!u || u.kind !== 'Chan') {
          c.error(x, `invalid operation: cannot close non-channel ${c.op(x)}`);
          return false;
        }
        if (u.dir === 'RECV') {
          c.error(x, `invalid operation: cannot close receive-only channel ${c.op(x)}`);
          return false;
        }
      }
      x.mode = 'novalue';
      recordBuiltinType(c, call.Fun, makeSig(null, [x.type]));
      return true;
    }
    case 'complex': {
      const y = as[1]!;
      // Untyped arguments: convert to the other argument's type, or to floating point (cf. types2).
      const d = (isUntyped(x.type) ? 1 : 0) | (isUntyped(y.type) ? 2 : 0);
      if (d === 1) convertUntyped(c, x, y.type);
      else if (d === 2) convertUntyped(c, y, x.type);
      else if (d === 3) {
        if (x.mode === 'constant' && y.mode === 'constant') {
          const toFloatOp = (o: Operand) => {
            if (isNumeric(o.type) && o.val && (o.val.kind !== 'complex' || o.val.im.num === 0n)) o.type = Typ.untypedFloat;
          };
          toFloatOp(x);
          toFloatOp(y);
        } else {
          convertUntyped(c, x, Typ.float64);
          convertUntyped(c, y, Typ.float64);
        }
      }
      if ((x.mode as Mode) === 'invalid' || (y.mode as Mode) === 'invalid') return false;
      matchTypes(c, x, y);
      if (x.mode === 'invalid' || y.mode === 'invalid') return false;
      if (!identical(x.type, y.type)) {
        c.error(x, `invalid operation: ${c.e(call)} (mismatched types ${c.t(x.type)} and ${c.t(y.type)})`);
        return false;
      }
      let res: Type;
      const u = under(x.type);
      if (u.kind === 'Basic' && u.name === 'float32') res = Typ.complex64;
      else if (u.kind === 'Basic' && u.name === 'float64') res = Typ.complex128;
      else if (u.kind === 'Basic' && u.name === 'untyped float') res = Typ.untypedComplex;
      else {
        c.error(x, `invalid argument: arguments have type ${c.t(x.type)}, expected floating-point`);
        return false;
      }
      if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val) {
        const re = toRat(toFloat(x.val)), im = toRat(toFloat(y.val));
        x.val = re && im ? makeComplex(re, im) : unknownValue;
      } else {
        x.mode = 'value';
        x.val = null;
      }
      if (x.expr && isTyped(res)) updateExprType(c, x.expr, res === Typ.complex64 ? Typ.float32 : Typ.float64, true);
      if (y.expr && isTyped(res)) updateExprType(c, y.expr, res === Typ.complex64 ? Typ.float32 : Typ.float64, true);
      x.type = res;
      if (x.mode !== 'constant') recordBuiltinType(c, call.Fun, makeSig(res, [under(res).kind === 'Basic' && res === Typ.complex64 ? Typ.float32 : Typ.float64, res === Typ.complex64 ? Typ.float32 : Typ.float64]));
      return true;
    }
    case 'copy': {
      const y = as[1]!;
      const dst0 = coreType(x.type);
      const src0 = coreString(y.type);
      const src = src0 && isString(src0) ? ({ kind: 'Slice', elem: byteType } as Type) : src0;
      if (!dst0 || dst0.kind !== 'Slice' || !src || src.kind !== 'Slice') {
        c.error(x, `invalid argument: copy expects slice arguments; found ${c.op(x)} and ${c.op(y)}`);
        return false;
      }
      if (!identical(dst0.elem, src.elem)) {
        c.error(x, `invalid argument: arguments to copy ${c.op(x)} and ${c.op(y)} have different element types ${c.t(dst0.elem)} and ${c.t(src.elem)}`);
        return false;
      }
      if (isUntyped(y.type) && y.expr) updateExprType(c, y.expr, Typ.string, true);
      recordBuiltinType(c, call.Fun, makeSig(Typ.int, [x.type, isUntyped(y.type) ? Typ.string : y.type]));
      x.mode = 'value';
      x.type = Typ.int;
      x.val = null;
      return true;
    }
    case 'delete': {
      let key: Type | null = null;
      for (const m of underTypes(x.type)) {
        if (!m || m.kind !== 'Map') {
          c.error(x, `invalid argument: ${c.op(x)} is not a map`);
          return false;
        }
        if (key && !identical(key, m.key)) {
          c.error(x, `invalid argument: maps of ${c.op(x)} must have identical key types`);
          return false;
        }
        key = m.key;
      }
      const m = { key: key! };
      const k = as[1]!;
      assignment(c, k, m.key, 'argument to delete');
      if (k.mode === 'invalid') return false;
      x.mode = 'novalue';
      recordBuiltinType(c, call.Fun, makeSig(null, [x.type, m.key]));
      return true;
    }
    case 'imag': case 'real': {
      if (x.mode === 'constant' && isUntyped(x.type) && isNumeric(x.type)) x.type = Typ.untypedComplex;
      const u = under(x.type);
      let res: Type;
      if (u.kind === 'Basic' && u.name === 'complex64') res = Typ.float32;
      else if (u.kind === 'Basic' && u.name === 'complex128') res = Typ.float64;
      else if (u.kind === 'Basic' && u.name === 'untyped complex') res = Typ.untypedFloat;
      else {
        c.error(x, `invalid argument: argument has type ${c.t(x.type)}, expected complex type`);
        return false;
      }
      if (x.mode === 'constant' && x.val) {
        const v = x.val;
        if (v.kind === 'complex') x.val = makeFloat(id === 'real' ? v.re : v.im);
        else {
          const r = toRat(v);
          x.val = r ? makeFloat(id === 'real' ? r : ratZero) : unknownValue;
        }
      } else {
        x.mode = 'value';
        x.val = null;
        recordBuiltinType(c, call.Fun, makeSig(res, [x.type]));
      }
      x.type = res;
      return true;
    }
    case 'make': {
      const arg0 = argList[0]!;
      const T = varType(c, arg0);
      if (T === Typ.invalid) return false;
      const ct = coreType(T);
      let min: number;
      if (ct === null) {
        c.error(arg0, `invalid argument: cannot make ${c.e(arg0)}: no core type`);
        return false;
      }
      if (ct.kind === 'Slice') min = 2;
      else if (ct.kind === 'Map' || ct.kind === 'Chan') min = 1;
      else {
        c.error(arg0, `invalid argument: cannot make ${c.e(arg0)}; type must be slice, map, or channel`);
        return false;
      }
      if (nargs < min || min + 1 < nargs) {
        c.error(call, `invalid operation: ${c.e(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        return false;
      }
      const types: Type[] = [T];
      const sizes: number[] = [];
      for (const a of argList.slice(1)) {
        const s = checkIndex(c, a, -1);
        const tv = c.info.types.get(a) ?? c.untyped.get(a);
        types.push(tv ? tv.type : Typ.int);
        if (s >= 0) sizes.push(s);
      }
      if (sizes.length === 2 && sizes[0]! > sizes[1]!) c.error(argList[1]!, 'invalid argument: length and capacity swapped');
      x.mode = 'value';
      x.type = T;
      x.val = null;
      recordBuiltinType(c, call.Fun, makeSig(T, types));
      return true;
    }
    case 'max': case 'min': {
      const op = id === 'max' ? 'GTR' : 'LSS';
      for (let i = 0; i < as.length; i++) {
        const a = as[i]!;
        if (!isOrdered(a.type)) {
          c.error(a, `invalid argument: ${c.op(a)} cannot be ordered`);
          return false;
        }
        if (i > 0) {
          matchTypes(c, x, a);
          if (x.mode === 'invalid') return false;
          if (!identical(x.type, a.type)) {
            c.error(a, `invalid argument: mismatched types ${c.t(x.type)} (previous argument) and ${c.t(a.type)} (type of ${c.e(a.expr!)})`);
            return false;
          }
          if (x.mode === 'constant' && a.mode === 'constant' && x.val && a.val) {
            if (compare(a.val, op, x.val)) Object.assign(x, a);
          } else {
            x.mode = 'value';
            x.val = null;
          }
        }
      }
      if (x.mode !== 'constant') {
        x.mode = 'value';
        x.val = null;
        assignment(c, x, anyType, `argument to built-in ${id}`);
        if ((x.mode as Mode) === 'invalid') return false;
      }
      for (const a of as) if (a.expr) updateExprType(c, a.expr, x.type, true);
      if (x.mode !== 'constant') recordBuiltinType(c, call.Fun, makeSig(x.type, as.map(() => x.type)));
      x.expr = call;
      return true;
    }
    case 'new': {
      const T = varType(c, argList[0]!);
      if (T === Typ.invalid) return false;
      x.mode = 'value';
      x.type = { kind: 'Pointer', elem: T };
      x.val = null;
      recordBuiltinType(c, call.Fun, makeSig(x.type, [T]));
      return true;
    }
    case 'panic': {
      assignment(c, x, anyType, 'argument to panic');
      if (x.mode === 'invalid') return false;
      x.mode = 'novalue';
      recordBuiltinType(c, call.Fun, makeSig(null, [anyType]));
      return true;
    }
    case 'print': case 'println': {
      const params: Type[] = [];
      for (const a of as) {
        assignment(c, a, null, `argument to built-in${id}`);
        if (a.mode === 'invalid') return false;
        params.push(a.type);
      }
      x.mode = 'novalue';
      recordBuiltinType(c, call.Fun, makeSig(null, params));
      return true;
    }
    case 'Alignof': case 'Sizeof': {
      assignment(c, x, null, `argument to unsafe.${id}`);
      if (x.mode === 'invalid') return false;
      if (containsTypeParam(x.type)) {
        c.error(call, `unsafe.${id} of a value whose type has type parameters is not supported by golesson`);
        return false;
      }
      const n = id === 'Sizeof' ? sizeof(x.type) : alignof(x.type);
      recordBuiltinType(c, call.Fun, makeSig(Typ.uintptr, [x.type]));
      x.mode = 'constant';
      x.val = makeInt(BigInt(n));
      x.type = Typ.uintptr;
      return true;
    }
    case 'Offsetof': return offsetof(c, x, call);
    case 'recover':
      x.mode = 'value';
      x.type = anyType;
      x.val = null;
      recordBuiltinType(c, call.Fun, makeSig(anyType, []));
      return true;
  }
}

/** unsafe.Offsetof(x.f): the offset of field f within the struct x (or *x) denotes, through
 *  embedded structs but not through embedded pointers (cf. types2 builtins.go _Offsetof). */
function offsetof(c: Checker, x: Operand, call: ast.CallExpr): boolean {
  let arg = call.Args[0]!;
  while (arg.kind === 'ParenExpr') arg = arg.X;
  if (arg.kind !== 'SelectorExpr') {
    c.error(arg, `invalid argument: ${c.e(arg)} is not a selector expression`);
    useExprs(c, [arg]);
    return false;
  }
  rawExpr(c, x, arg.X, null, false);
  exclude(c, x, ['novalue', 'builtin', 'typexpr']);
  if (x.mode === 'invalid') return false;
  let base: Type = x.type;
  if (base.kind === 'Pointer' && under(base.elem).kind === 'Struct') base = base.elem;
  const r = lookupFieldOrMethod(base, false, arg.Sel.Name, c.path);
  if (r.obj === null) {
    c.error(arg.Sel, `invalid argument: ${c.e(arg)} has no single field ${arg.Sel.Name}`);
    return false;
  }
  if (r.obj.kind === 'Func') {
    c.error(arg, `invalid argument: ${c.e(arg)} is a method value`);
    return false;
  }
  if (r.indirect) {
    c.error(arg, `invalid argument: field ${arg.Sel.Name} is embedded via a pointer in ${c.t(base)}`);
    return false;
  }
  c.recordSelection(arg, { kind: 'FieldVal', recv: base, obj: r.obj, index: r.index!, indirect: false });
  c.recordUse(arg.Sel, r.obj);
  c.recordType(arg, 'variable', r.obj.type, null);
  let off = 0;
  let t: Type = base;
  for (const i of r.index!) {
    off += fieldOffsets(t)[i]!;
    t = (under(t) as { fields: readonly Var[] }).fields[i]!.type;
  }
  recordBuiltinType(c, call.Fun, makeSig(Typ.uintptr, [r.obj.type]));
  x.mode = 'constant';
  x.val = makeInt(BigInt(off));
  x.type = Typ.uintptr;
  return true;
}

function containsTypeParam(t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'TypeParam': return true;
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return containsTypeParam(t.elem, seen);
    case 'Map': return containsTypeParam(t.key, seen) || containsTypeParam(t.elem, seen);
    case 'Struct': return t.fields.some((f) => containsTypeParam(f.type, seen));
    case 'Named': return t.typeArgs.some((a) => containsTypeParam(a, seen));
    default: return false;
  }
}

export { convertUntyped, M, isComplex, isFloat };
