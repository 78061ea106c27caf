// Type inference for generic function calls (Go spec: Type inference; cf. types2 infer.go,
// unify.go): unify parameter and argument types, then use core types of constraints, then the
// default types of untyped constant arguments.
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { maxType } from './expr.js';
import { missingCause, subst, makeSubstMap } from './instantiate.js';
import { missingMethod } from './lookup.js';
import type { Operand } from './operand.js';
import { coreType, defaultType, identical, isUntyped, under } from './predicates.js';
import { computeTypeSet } from './typeset.js';
import type { Signature, Tuple, Type, TypeParam } from './types.js';

class Unifier {
  readonly map = new Map<TypeParam, Type>();
  constructor(readonly tparams: readonly TypeParam[]) {}

  has(t: Type): boolean {
    return t.kind === 'TypeParam' && this.tparams.includes(t);
  }

  at(p: TypeParam): Type | undefined {
    return this.map.get(p);
  }

  /** Where p's chain of joined inference variables ends: a type, or an unbound variable. */
  root(p: TypeParam): Type {
    let t: Type = p;
    for (let n = 0; n < 64 && this.has(t); n++) {
      const b = this.map.get(t as TypeParam);
      if (b === undefined) break;
      t = b;
    }
    return t;
  }

  /** Unifies x and y; `exact` requires identical structure (no named/unnamed mixing). */
  unify(x: Type, y: Type, exact: boolean, depth = 0): boolean {
    if (depth > 64) return false;
    if (x === y) return true;
    if (this.has(x) && this.has(y)) {
      // Two inference variables: join them (the root of one points at the other's root).
      const rx = this.root(x as TypeParam), ry = this.root(y as TypeParam);
      if (rx === ry) return true;
      if (this.has(rx)) { this.map.set(rx as TypeParam, ry); return true; }
      if (this.has(ry)) { this.map.set(ry as TypeParam, rx); return true; }
      return this.unify(rx, ry, exact, depth + 1);
    }
    if (this.has(y)) [x, y] = [y, x];
    if (this.has(x)) {
      const b = this.map.get(x as TypeParam);
      if (b) {
        if (this.unify(b, y, exact, depth + 1)) {
          // Prefer a named type over an unnamed one when both match (inexact unification).
          if (!exact && b.kind !== 'Named' && y.kind === 'Named') this.map.set(x as TypeParam, y);
          return true;
        }
        return false;
      }
      this.map.set(x as TypeParam, y);
      return true;
    }
    if (!exact) {
      // A bound type parameter (of an enclosing function) unifies through its core type.
      if (x.kind === 'TypeParam' && y.kind !== 'Named' && y.kind !== 'TypeParam') {
        const cx = coreType(x);
        if (cx) return this.unify(cx, y, exact, depth + 1);
      }
      if (y.kind === 'TypeParam' && x.kind !== 'Named' && x.kind !== 'TypeParam') {
        const cy = coreType(y);
        if (cy) return this.unify(x, cy, exact, depth + 1);
      }
      // A defined type unifies with a type literal through its underlying type.
      if (x.kind === 'Named' && y.kind !== 'Named' && y.kind !== 'TypeParam') return this.unify(under(x), y, exact, depth + 1);
      if (y.kind === 'Named' && x.kind !== 'Named' && x.kind !== 'TypeParam') return this.unify(x, under(y), exact, depth + 1);
    }
    switch (x.kind) {
      case 'Basic': return y.kind === 'Basic' && x.name === y.name;
      case 'Pointer': return y.kind === 'Pointer' && this.unify(x.elem, y.elem, exact, depth + 1);
      case 'Slice': return y.kind === 'Slice' && this.unify(x.elem, y.elem, exact, depth + 1);
      case 'Array': return y.kind === 'Array' && x.len === y.len && this.unify(x.elem, y.elem, exact, depth + 1);
      case 'Map': return y.kind === 'Map' && this.unify(x.key, y.key, exact, depth + 1) && this.unify(x.elem, y.elem, exact, depth + 1);
      case 'Chan':
        return y.kind === 'Chan' && (exact ? x.dir === y.dir : true) && this.unify(x.elem, y.elem, exact, depth + 1);
      case 'Struct':
        return y.kind === 'Struct' && x.fields.length === y.fields.length &&
          x.fields.every((f, i) => f.name === y.fields[i]!.name && !!f.embedded === !!y.fields[i]!.embedded && this.unify(f.type, y.fields[i]!.type, exact, depth + 1));
      case 'Tuple':
        return y.kind === 'Tuple' && x.vars.length === y.vars.length && x.vars.every((v, i) => this.unify(v.type, y.vars[i]!.type, exact, depth + 1));
      case 'Signature':
        return y.kind === 'Signature' && x.variadic === y.variadic && this.unify(x.params, y.params, exact, depth + 1) && this.unify(x.results, y.results, exact, depth + 1);
      case 'Named':
        if (y.kind !== 'Named') return false;
        if (x.origin && y.origin && x.origin === y.origin) {
          return x.typeArgs.every((a, i) => this.unify(a, y.typeArgs[i]!, exact, depth + 1));
        }
        return identical(x, y);
      case 'Interface': case 'Union':
        return identical(x, y);
      case 'TypeParam':
        return false;
    }
  }
}

/** Whether t mentions any of the type parameters. */
export function isParameterized(tparams: readonly TypeParam[], t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'TypeParam': return tparams.includes(t);
    case 'Basic': return false;
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return isParameterized(tparams, t.elem, seen);
    case 'Map': return isParameterized(tparams, t.key, seen) || isParameterized(tparams, t.elem, seen);
    case 'Struct': return t.fields.some((f) => isParameterized(tparams, f.type, seen));
    case 'Tuple': return t.vars.some((v) => isParameterized(tparams, v.type, seen));
    case 'Signature': return isParameterized(tparams, t.params, seen) || isParameterized(tparams, t.results, seen);
    case 'Interface': return t.methods.some((m) => isParameterized(tparams, m.type, seen)) || t.embeddeds.some((e) => isParameterized(tparams, e, seen));
    case 'Union': return t.terms.some((x) => isParameterized(tparams, x.type, seen));
    case 'Named': return t.typeArgs.some((a) => isParameterized(tparams, a, seen));
  }
}

/** Infers the missing type arguments (targs[i] null) of a call; reports and returns null on failure. */
/** `extra` are the type parameters of generic function arguments (already fresh, and already in
 *  those arguments' types): inferred alongside, their results appended to the callee's. */
export function infer(
  c: Checker, call: ast.CallExpr | { Fun: ast.Expr; Lparen: number }, tparams0: readonly TypeParam[], targs: readonly (Type | null)[], params0: Tuple, args: readonly Operand[],
  extra: readonly TypeParam[] = [],
): Type[] | null {
  const fun = c.e(call.Fun);
  // Fresh type parameters, so a recursive call (whose arguments mention the callee's own type
  // parameters) is not confused with them (cf. types2 renameTParams).
  const tparams: TypeParam[] = tparams0.map((p) => ({ kind: 'TypeParam', obj: p.obj, index: p.index, constraint: p.constraint }));
  const rename = makeSubstMap(tparams0, tparams);
  for (const p of tparams) p.constraint = subst(p.constraint, rename);
  const params = subst(params0, rename) as Tuple;
  const u = new Unifier([...tparams, ...extra]);
  targs.forEach((t, i) => {
    if (t) u.map.set(tparams[i]!, t);
  });
  const fail = (at: ast.Node | Operand | number, msg: string): null => {
    c.error(at, `in call to ${fun}, ${msg}`);
    return null;
  };
  const untypedIdx: number[] = [];
  for (let i = 0; i < args.length && i < params.vars.length; i++) {
    const arg = args[i]!;
    if (arg.mode === 'invalid') return null;
    const par = params.vars[i]!.type;
    if (!isParameterized(tparams, par)) continue;
    if (isUntyped(arg.type)) {
      if (par.kind === 'TypeParam' && tparams.includes(par)) untypedIdx.push(i);
      continue;
    }
    if (!u.unify(par, arg.type, false)) {
      const inferred = tparams.map((p) => u.at(p) ?? null);
      if (inferred.every((x) => x === null)) {
        return fail(arg, `type ${c.t(arg.type)} of ${c.e(arg.expr!)} does not match ${c.t(par)} (cannot infer ${tparams.map((p) => p.obj.name).join(', ')})`);
      }
      const m = makeSubstMap(tparams, inferred.map((x, k) => x ?? tparams[k]!));
      const inf = subst(par, m);
      if (inf !== par) return fail(arg, `type ${c.t(arg.type)} of ${c.e(arg.expr!)} does not match inferred type ${c.t(inf)} for ${c.t(par)}`);
      return fail(arg, `type ${c.t(arg.type)} of ${c.e(arg.expr!)} does not match ${c.t(par)}`);
    }
  }
  // Core types of constraints; type arguments must have the constraint's methods.
  for (let round = 0; round < tparams.length + 1; round++) {
    let progress = false;
    for (const p of tparams) {
      const ts = computeTypeSet(p.constraint);
      const cur = u.at(p);
      if (ts.terms !== null && ts.terms.length === 1) {
        const term = ts.terms[0]!;
        if (cur) {
          const before = u.map.size;
          if (!u.unify(cur, term.type, false)) {
            return fail(call.Lparen, `${p.obj.name} (type ${c.t(cur)}) does not satisfy ${c.t(p.constraint)}`);
          }
          if (u.map.size !== before) progress = true;
        } else if (!term.tilde) {
          u.map.set(p, term.type);
          progress = true;
        }
      } else if (cur && ts.methods.length > 0 && !isParameterized(tparams, cur)) {
        const known = makeSubstMap(tparams, tparams.map((q) => u.at(q) ?? q));
        const bound = subst(p.constraint, known);
        if (!isParameterized(tparams, bound)) {
          const mm = missingMethod(cur, bound, true);
          if (mm.method) {
            return fail(call.Lparen, `${p.obj.name} (type ${c.t(cur)}) does not satisfy ${c.t(bound)} ${missingCause(c, cur, bound, mm)}`);
          }
        }
      }
    }
    if (!progress) break;
  }
  // Untyped constant arguments: the default type of the "largest" kind per parameter.
  const maxU = new Map<TypeParam, Type>();
  for (const i of untypedIdx) {
    const p = params.vars[i]!.type as TypeParam;
    if (u.at(p)) continue;
    const arg = args[i]!;
    const prev = maxU.get(p);
    if (!prev) maxU.set(p, arg.type);
    else {
      const m = maxType(prev, arg.type);
      if (!m) return fail(arg, `mismatched types ${c.t(prev)} and ${c.t(arg.type)} (cannot infer ${p.obj.name})`);
      maxU.set(p, m);
    }
  }
  for (const [p, t] of maxU) {
    if (t.kind === 'Basic' && t.name === 'untyped nil') continue;
    u.map.set(p, defaultType(t));
  }
  // Resolve references among inferred types (e.g. S = []E with E known).
  const every = [...tparams, ...extra];
  let result: (Type | null)[] = every.map((p) => u.at(p) ?? null);
  for (let k = 0; k < every.length; k++) {
    const m = makeSubstMap(every, result.map((x, i) => x ?? every[i]!));
    result = result.map((x) => (x ? subst(x, m) : null));
  }
  for (let i = 0; i < every.length; i++) {
    const t = result[i];
    if (!t || isParameterized(every, t)) {
      const p = every[i]!;
      const f = c.fileOf(p.obj.pos);
      const ps = f ? f.position(p.obj.pos) : null;
      return fail(call.Lparen, `cannot infer ${p.obj.name} (${ps ? `${ps.filename}:${ps.line}:${ps.column}` : '?'})`);
    }
  }
  return result as Type[];
}

/** Type arguments for a generic function assigned to a variable of function type T (reverse
 *  inference, Go 1.21): unify the signature with T; null if some type parameter stays unknown. */
export function inferFromTarget(sig: Signature, target: Signature): Type[] | null {
  const u = new Unifier(sig.typeParams);
  const plain: Signature = { ...sig, typeParams: [], recv: null };
  if (!u.unify(plain, { ...target, recv: null }, false)) return null;
  const out: Type[] = [];
  for (const p of sig.typeParams) {
    const t = u.at(p);
    if (!t || isParameterized(sig.typeParams, t)) return null;
    out.push(t);
  }
  return out;
}
