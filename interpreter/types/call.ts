// Calls and selectors (Go spec: Calls, Selectors, Method values/expressions; cf. types2 call.go):
// function and method calls with argument checking, conversions and built-ins dispatched from a
// call, explicit and inferred instantiation of generic functions, and x.f resolution.
import type { Mode } from './operand.js';
import type * as ast from '../syntax/ast.js';
import { builtin } from './builtins.js';
import type { Checker } from './check.js';
import { syntaxPos } from './check.js';
import { M } from './errors.js';
import { conversion } from './conversions.js';
import { expr, rawExpr, exclude, singleValue, instantiateFuncValue } from './expr.js';
import { indexExprFunc } from './index.js';
import { infer, isParameterized } from './infer.js';
import { unsupportedUnsafe, unsupportedUnsafeMessage } from './unsafe.js';
import { instantiateSignature, makeSubstMap, subst, verifyInstance } from './instantiate.js';
import { isInterfacePtr, lookupFieldOrMethod } from './lookup.js';
import type { Operand } from './operand.js';
import { newOperand } from './operand.js';
import { assignment, typesSummary, useExprs } from './assignments.js';
import { coreType, under } from './predicates.js';
import { computeTypeSet } from './typeset.js';
import { typ } from './typexpr.js';
import type { Func, Signature, Tuple, Type, TypeParam, Var } from './types.js';
import { Typ } from './universe.js';
import { objDecl } from './decl.js';

export function callExpr(c: Checker, x: Operand, call: ast.CallExpr): void {
  let instTargs: Type[] | null = null;
  let instExprs: readonly ast.Expr[] | null = null;
  const fun = call.Fun;
  if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') {
    // f[T](args): a (partially) instantiated generic function, or an index expression.
    const r = indexExprFunc(c, x, fun);
    if (r) {
      instTargs = r.targs;
      instExprs = r.exprs;
    }
    x.expr = fun;
    if (!r) c.record(x);
  } else {
    rawExpr(c, x, fun, null, true);
  }
  switch (x.mode) {
    case 'invalid':
      useExprs(c, call.Args);
      x.expr = call;
      c.callKind = 'statement';
      return;
    case 'typexpr': {
      const T = x.type;
      c.callKind = 'conversion';
      x.mode = 'invalid';
      if (call.Args.length === 0) {
        c.error(call, `missing argument in conversion to ${c.t(T)}`);
      } else if (call.Args.length === 1) {
        expr(c, x, call.Args[0]!, false);
        if (x.mode !== 'invalid') {
          const u = under(T);
          if (u.kind === 'Interface' && T.kind !== 'TypeParam' && computeTypeSet(u).isConstraint) {
            c.error(call, `cannot use interface ${c.t(T)} in conversion (contains specific type constraints or is comparable)`);
            x.mode = 'invalid';
          } else if (call.Ellipsis >= 0) {
            c.error(call.Args[0]!, `invalid use of ... in conversion to ${c.t(T)}`);
            x.mode = 'invalid';
          } else {
            conversion(c, x, T);
          }
        }
      } else {
        useExprs(c, call.Args);
        c.error(call.Args[call.Args.length - 1]!, `too many arguments in conversion to ${c.t(T)}`);
      }
      x.expr = call;
      c.callKind = 'conversion';
      return;
    }
    case 'builtin': {
      const name = x.builtin!;
      const ok = builtin(c, x, call, name);
      c.callKind = ['append', 'cap', 'complex', 'imag', 'len', 'make', 'max', 'min', 'new', 'real', 'Alignof', 'Offsetof', 'Sizeof'].includes(name) ? 'expression' : 'statement';
      if (!ok) x.mode = 'invalid';
      x.expr = call;
      if ((x.mode as Mode) !== 'invalid' && (x.mode as Mode) !== 'constant') c.ctx.hasCallOrRecv = true;
      return;
    }
    default:
      break;
  }
  const ct = coreType(x.type);
  if (!ct || ct.kind !== 'Signature') {
    c.error(x, `invalid operation: cannot call non-function ${c.op(x)}`);
    x.mode = 'invalid';
    x.expr = call;
    useExprs(c, call.Args);
    c.callKind = 'statement';
    return;
  }
  let sig: Signature = ct;
  const wasGeneric = sig.typeParams.length > 0;
  let targs: (Type | null)[] = [];
  if (instTargs) {
    const got = instTargs.length, want = sig.typeParams.length;
    if (got > want) {
      c.error(instExprs![want]!, `got ${got} type arguments but want ${want}`);
      useExprs(c, call.Args);
      x.mode = 'invalid';
      x.expr = call;
      return;
    }
    if (got === want && want > 0) {
      const tparams = sig.typeParams;
      const targs0 = instTargs;
      c.later(() => verifyInstance(c, tparams, targs0, instExprs, c.e(fun)));
      sig = instantiateSignature(sig, instTargs);
      recordInstanceFor(c, fun, instTargs, sig);
    } else {
      targs = [...instTargs];
    }
  }
  const args = argList(c, call.Args, sig);
  const rsig = arguments_(c, call, sig, targs, args, instExprs);
  if (wasGeneric && rsig.typeParams.length === 0) {
    c.recordType(call.Fun, 'value', rsig, null);
  }
  const n = rsig.results.vars.length;
  if (n === 0) {
    x.mode = 'novalue';
    x.type = { kind: 'Tuple', vars: [] };
  } else if (n === 1) {
    x.mode = 'value';
    x.type = rsig.results.vars[0]!.type;
  } else {
    x.mode = 'value';
    x.type = rsig.results;
  }
  x.val = null;
  x.expr = call;
  c.ctx.hasCallOrRecv = true;
  c.callKind = 'statement';
  if (x.mode === 'value' && rsig.typeParams.length > 0 && isParameterized(rsig.typeParams, x.type)) x.mode = 'invalid';
}

/** Records the instance for the identifier naming a generic function (f or pkg.f). */
function recordInstanceFor(c: Checker, fun: ast.Expr, targs: readonly Type[], sig: Signature): void {
  let e = fun;
  while (e.kind === 'ParenExpr') e = e.X;
  if (e.kind === 'IndexExpr' || e.kind === 'IndexListExpr') e = e.X;
  while (e.kind === 'ParenExpr') e = e.X;
  const id = e.kind === 'Ident' ? e : e.kind === 'SelectorExpr' ? e.Sel : null;
  if (id) c.recordInstance(id, { typeArgs: targs, type: sig });
}

/** Evaluates call arguments; a single multi-valued call expands to its results. */
function argList(c: Checker, elist: readonly ast.Expr[], sig: Signature | null = null): Operand[] {
  // A generic function passed to a parameter of function type is instantiated from it.
  const paramType = (i: number): Type | null => {
    if (!sig) return null;
    const n = sig.params.vars.length;
    let t: Type | undefined = i < n ? sig.params.vars[i]!.type : undefined;
    if (sig.variadic && i >= n - 1) {
      const last = sig.params.vars[n - 1]?.type;
      t = last && last.kind === 'Slice' ? last.elem : undefined;
    }
    return t && under(t).kind === 'Signature' ? t : null;
  };
  // A generic function passed where a generic callee's parameter mentions its type parameters
  // stays generic: its type parameters join the callee's in inference (Go 1.21).
  const staysGeneric = (i: number): boolean => {
    const t = sig && sig.typeParams.length > 0 ? paramType(i) : null;
    return t !== null && isParameterized(sig!.typeParams, t);
  };
  if (elist.length === 1) {
    const x = newOperand();
    const generic = staysGeneric(0);
    c.target = generic ? null : paramType(0);
    rawExpr(c, x, elist[0]!, null, generic);
    exclude(c, x, ['novalue', 'builtin', 'typexpr']);
    if (x.mode === 'value' && x.type.kind === 'Tuple') {
      return x.type.vars.map((v) => ({ mode: 'value', expr: elist[0]!, type: v.type, val: null }));
    }
    return [x];
  }
  return elist.map((e, i) => {
    const x = newOperand();
    const generic = staysGeneric(i);
    c.target = generic ? null : paramType(i);
    rawExpr(c, x, e, null, generic);
    exclude(c, x, ['novalue', 'builtin', 'typexpr']);
    singleValue(c, x);
    return x;
  });
}

/** Checks arguments against the signature (cf. types2 arguments); returns the (instantiated) signature. */
function arguments_(c: Checker, call: ast.CallExpr, sig: Signature, targs: (Type | null)[], args: Operand[], instExprs: readonly ast.Expr[] | null): Signature {
  void instExprs;
  const nargs = args.length;
  let npars = sig.params.vars.length;
  const ddd = call.Ellipsis >= 0;
  let sigParams: Tuple = sig.params;
  let adjusted = false;
  if (sig.variadic) {
    if (ddd) {
      if (call.Args.length === 1 && nargs > 1) {
        c.error(call, `cannot use ... with ${nargs}-valued ${c.e(call.Args[0]!)}`);
        return sig;
      }
    } else if (nargs >= npars - 1) {
      const vars: Var[] = sig.params.vars.slice(0, npars - 1);
      const last = sig.params.vars[npars - 1]!;
      const elem = (last.type as { elem: Type }).elem;
      while (vars.length < nargs) vars.push({ ...last, type: elem });
      sigParams = { kind: 'Tuple', vars };
      adjusted = true;
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    c.error(call, `cannot use ... in call to non-variadic ${c.e(call.Fun)}`);
    return sig;
  }
  if (nargs !== npars) {
    let at: ast.Node | Operand = call;
    let qualifier = 'not enough';
    if (nargs > npars) {
      at = args[npars]!;
      qualifier = 'too many';
    } else if (nargs > 0) {
      at = args[nargs - 1]!;
    }
    const pos = c.posOf(at);
    c.errorAt(pos, `${qualifier} arguments in call to ${c.e(call.Fun)}`, [
      [-1, `have ${typesSummary(c, args.map((a) => a.type), false)}`],
      [-1, `want ${typesSummary(c, sig.params.vars.map((v) => v.type), sig.variadic)}`],
    ]);
    return sig;
  }
  let rsig = sig;
  const n = sig.typeParams.length;
  if (n > 0) {
    while (targs.length < n) targs.push(null);
    if (args.some((a) => a.mode === 'invalid')) return sig;
    // Generic function arguments: fresh copies of their type parameters are inferred too.
    const generics: { arg: Operand; sig: Signature; tparams: TypeParam[] }[] = [];
    const inferArgs = args.map((a) => {
      if (a.type.kind !== 'Signature' || a.type.typeParams.length === 0) return a;
      const tparams: TypeParam[] = a.type.typeParams.map((p) => ({ ...p }));
      const rename = makeSubstMap(a.type.typeParams, tparams);
      for (const p of tparams) p.constraint = subst(p.constraint, rename);
      generics.push({ arg: a, sig: a.type, tparams });
      return { ...a, type: subst({ ...a.type, typeParams: [] }, rename) };
    });
    const extra = generics.flatMap((g) => g.tparams);
    const all = infer(c, call, sig.typeParams, targs, sigParams, inferArgs, extra);
    if (!all) {
      for (const a of args) a.mode = 'invalid';
      return sig;
    }
    const inferred = all.slice(0, n);
    let k = n;
    for (const g of generics) {
      const gargs = all.slice(k, k + g.tparams.length);
      k += g.tparams.length;
      // Constraints are reported at the call's parenthesis, as gc does.
      instantiateFuncValue(c, g.arg, g.sig, gargs, call.Lparen);
      c.record(g.arg);
    }
    const tparams = sig.typeParams;
    c.later(() => verifyInstance(c, tparams, inferred, null, c.e(call.Fun), call.Lparen));
    rsig = instantiateSignature(sig, inferred);
    recordInstanceFor(c, call.Fun, inferred, rsig);
    if (adjusted) {
      const m = instantiateSignature({ ...sig, params: sigParams }, inferred);
      sigParams = m.params;
    } else {
      sigParams = rsig.params;
    }
  }
  if (args.length > 0) {
    const context = `argument to ${c.e(call.Fun)}`;
    args.forEach((a, i) => assignment(c, a, sigParams.vars[i]!.type, context));
  }
  return rsig;
}

// ---------------------------------------------------------------------------------------------
// Selectors

export function selector(c: Checker, x: Operand, e: ast.SelectorExpr, wantType: boolean): void {
  void wantType;
  const sel = e.Sel.Name;
  if (e.X.kind === 'Ident') {
    const obj = c.lookup(e.X.Name);
    if (obj && obj.kind === 'PkgName') {
      c.recordUse(e.X, obj);
      c.usedImports.add(obj);
      const pkg = c.imports.get(obj.imported);
      const exp = pkg?.scope.names.get(sel);
      if (pkg?.path === 'unsafe' && unsupportedUnsafe.has(sel)) {
        c.error(e.Sel, unsupportedUnsafeMessage(sel));
        x.mode = 'invalid';
        x.expr = e;
        return;
      }
      if (!pkg || !exp) {
        if (!c.fakeImports.has(obj.imported)) c.error(e.Sel, M.undefined(`${e.X.Name}.${sel}`));
        x.mode = 'invalid';
        x.expr = e;
        return;
      }
      if (!/^[A-Z]/.test(sel)) {
        c.error(e.Sel, `name ${sel} not exported by package ${pkg.name}`);
      }
      c.recordUse(e.Sel, exp);
      x.expr = e;
      x.val = null;
      switch (exp.kind) {
        case 'Const': x.mode = 'constant'; x.type = exp.type; x.val = exp.value; break;
        case 'TypeName': x.mode = 'typexpr'; x.type = exp.type; break;
        case 'Var': x.mode = 'variable'; x.type = exp.type; break;
        case 'Func': x.mode = 'value'; x.type = exp.type; break;
        case 'Builtin': x.mode = 'builtin'; x.builtin = exp.name; break;
        default: x.mode = 'invalid';
      }
      return;
    }
  }
  rawExpr(c, x, e.X, null, false);
  switch (x.mode) {
    case 'builtin':
      c.errorAt(syntaxPos(e), `cannot select on ${c.op(x)}`);
      x.mode = 'invalid';
      x.expr = e;
      return;
    case 'invalid':
      x.expr = e;
      return;
    case 'novalue':
      c.error(x, `${c.op(x)} used as value or type`);
      x.mode = 'invalid';
      x.expr = e;
      return;
    default:
      break;
  }
  singleValue(c, x);
  if ((x.mode as Mode) === 'invalid') {
    x.expr = e;
    return;
  }
  if (x.mode === 'nilvalue') {
    c.error(e.Sel, `${c.e(e)} undefined (type untyped nil has no field or method ${sel})`);
    x.mode = 'invalid';
    x.expr = e;
    return;
  }
  const r = lookupFieldOrMethod(x.type, x.mode === 'variable', sel, c.path);
  if (!r.obj) {
    x.expr = e;
    if (under(x.type) === Typ.invalid) {
      x.mode = 'invalid';
      return;
    }
    if (r.ambiguous) {
      c.error(e.Sel, `ambiguous selector ${c.e(e.X)}.${sel}`);
    } else if (r.indirect) {
      if (x.mode === 'typexpr') {
        c.error(e.Sel, `invalid method expression ${c.t(x.type)}.${sel} (needs pointer receiver (*${c.t(x.type)}).${sel})`);
      } else {
        c.error(e.Sel, `cannot call pointer method ${sel} on ${c.t(x.type)}`);
      }
    } else {
      let why: string;
      if (isInterfacePtr(x.type)) {
        why = `type ${c.t(x.type)} is pointer to interface, not interface`;
      } else {
        const alt = lookupFieldOrMethod(x.type, x.mode === 'variable', sel, c.path, true).obj;
        why = lookupError(c, x.type, sel, alt);
      }
      c.error(e.Sel, `${c.e(e.X)}.${sel} undefined (${why})`);
    }
    x.mode = 'invalid';
    return;
  }
  if (r.obj.kind === 'Func' && c.objMap.has(r.obj) && !c.resolved.has(r.obj)) objDecl(c, r.obj);
  c.recordUse(e.Sel, r.obj);
  if (x.mode === 'typexpr') {
    if (r.obj.kind !== 'Func') {
      c.error(e.Sel, `${c.e(e.X)}.${sel} undefined (type ${c.t(x.type)} has no method ${sel})`);
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    const m: Func = r.obj;
    c.recordSelection(e, { kind: 'MethodExpr', recv: x.type, obj: m, index: r.index!, indirect: r.indirect });
    const sig = m.type;
    const params = sig.params.vars;
    let name = '';
    if (params.length > 0 && params[0]!.name !== '') name = sig.recv?.name || '_';
    const recvParam: Var = { kind: 'Var', name, pos: sig.recv?.pos ?? -1, pkg: c.path, type: x.type, isParam: true };
    x.mode = 'value';
    x.type = { kind: 'Signature', recv: null, typeParams: sig.typeParams, params: { kind: 'Tuple', vars: [recvParam, ...params] }, results: sig.results, variadic: sig.variadic };
    x.expr = e;
    addDep(c, m);
    return;
  }
  if (r.obj.kind === 'Var') {
    c.recordSelection(e, { kind: 'FieldVal', recv: x.type, obj: r.obj, index: r.index!, indirect: r.indirect });
    x.mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    x.type = r.obj.type;
  } else {
    c.recordSelection(e, { kind: 'MethodVal', recv: x.type, obj: r.obj, index: r.index!, indirect: r.indirect });
    x.mode = 'value';
    x.type = { ...r.obj.type, recv: null };
    addDep(c, r.obj);
  }
  x.val = null;
  x.expr = e;
}

function addDep(c: Checker, f: Func): void {
  const d = c.ctx.decl;
  if (d && c.objMap.has(f)) d.deps.add(f);
}

function lookupError(c: Checker, t: Type, sel: string, obj: Var | Func | null): string {
  const isExp = (s: string) => /^[A-Z]/.test(s);
  const tail = (s: string) => s.slice(1);
  let e: 'missing' | 'misspelled' | 'unexported' | 'inaccessible' = 'missing';
  let alt = '';
  if (obj) {
    alt = obj.name;
    if (obj.pkg === c.path) e = 'misspelled';
    else if (isExp(sel)) {
      if (isExp(alt)) e = 'misspelled';
      else if (tail(sel) === tail(alt)) e = 'unexported';
    } else if (isExp(alt)) {
      if (tail(sel) === tail(alt)) e = 'misspelled';
    } else if (sel === alt) e = 'inaccessible';
  }
  const what = obj?.kind === 'Var' ? 'field' : obj?.kind === 'Func' ? 'method' : 'object';
  switch (e) {
    case 'missing': return `type ${c.t(t)} has no field or method ${sel}`;
    case 'misspelled': return `type ${c.t(t)} has no field or method ${sel}, but does have ${what} ${alt}`;
    case 'unexported': return `type ${c.t(t)} has no field or method ${sel}, but does have unexported ${what} ${alt}`;
    case 'inaccessible': return `cannot refer to unexported ${what} ${alt}`;
  }
}

export { typ };
