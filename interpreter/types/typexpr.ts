// Type expressions (cf. types2 typexpr.go, struct.go, interface.go, signature.go, union.go): the
// types that AST type expressions denote, and the objects that declare parameters and fields.
import { NoPos } from '../source/file.js';
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { M } from './errors.js';
import { expr, ident, evalConstInt, rawExpr } from './expr.js';
import { instantiateNamed, verifyInstance } from './instantiate.js';
import { newOperand } from './operand.js';
import type { Operand } from './operand.js';
import { comparable, isGeneric, under } from './predicates.js';
import { computeTypeSet } from './typeset.js';

import type { Func, Interface, Signature, Struct, Term, Tuple, Type, TypeParam, Union, Var } from './types.js';
import { Typ } from './universe.js';
import { unquoteBody } from './constant.js';
import { objDecl } from './decl.js';

type TypeFieldList = ast.FieldList;

/** The type denoted by e; reports an error and returns Typ.invalid if e is not a type. */
export function typ(c: Checker, e: ast.Expr): Type {
  return definedType(c, e, null);
}

/** Like typ but the type may be generic (uninstantiated): used for instantiation. */
export function genericType(c: Checker, e: ast.Expr): Type {
  const x = newOperand();
  typInternalOperand(c, x, e, true);
  if (x.mode === 'invalid') return Typ.invalid;
  if (x.mode !== 'typexpr') {
    c.error(e, M.notAType(c.e(e)));
    return Typ.invalid;
  }
  return x.type;
}

/** A type that may not be an interface with type terms (a "varType"): field, variable, parameter types. */
export function varType(c: Checker, e: ast.Expr): Type {
  const t = definedType(c, e, null);
  if (t.kind !== 'TypeParam') {
    const u = under(t);
    if (u.kind === 'Interface' && computeTypeSet(u).isConstraint) {
      c.later(() => {
        if (u.isComparable || (computeTypeSet(u).terms === null && computeTypeSet(u).comparable)) {
          c.error(e, `cannot use type ${c.e(e)} outside a type constraint: interface is (or embeds) comparable`);
        } else {
          c.error(e, `cannot use type ${c.e(e)} outside a type constraint: interface contains type constraints`);
        }
      });
    }
  }
  return t;
}

export function definedType(c: Checker, e: ast.Expr, def: null): Type {
  void def;
  const x = newOperand();
  typInternalOperand(c, x, e, false);
  if (x.mode === 'invalid') return Typ.invalid;
  if (x.mode !== 'typexpr') {
    if (x.mode !== 'novalue' || true) c.error(e, M.notAType(c.e(e)));
    return Typ.invalid;
  }
  if (isGeneric(x.type)) {
    c.error(e, `cannot use generic type ${c.t(x.type)}${tparamList(c, x.type)} without instantiation`);
    return Typ.invalid;
  }
  return x.type;
}

/** `[T any, K comparable]`, as gc prints an uninstantiated generic type. */
function tparamList(c: Checker, t: Type): string {
  if (t.kind !== 'Named') return '';
  return '[' + t.typeParams.map((p) => `${p.obj.name} ${c.t(p.constraint)}`).join(', ') + ']';
}

function typInternalOperand(c: Checker, x: Operand, e: ast.Expr, allowGeneric: boolean): void {
  void allowGeneric;
  x.expr = e;
  switch (e.kind) {
    case 'Ident':
      ident(c, x, e, true);
      if (x.mode === 'typexpr') c.recordType(e, 'typexpr', x.type, null);
      else if (x.mode !== 'invalid') {
        if (x.mode === 'novalue' || x.mode === 'builtin') c.error(e, M.notAType(e.Name));
        else c.error(e, M.notAType(e.Name));
        x.mode = 'invalid';
      }
      return;
    case 'SelectorExpr':
      rawExpr(c, x, e, null, true);
      if (x.mode === 'typexpr') return;
      if (x.mode !== 'invalid') {
        c.error(e, M.notAType(c.e(e)));
        x.mode = 'invalid';
      }
      return;
    case 'IndexExpr': case 'IndexListExpr': {
      const base = genericType(c, e.X);
      if (base === Typ.invalid) { x.mode = 'invalid'; return; }
      const args = e.kind === 'IndexExpr' ? [e.Index] : e.Indices;
      if (base.kind !== 'Named' || base.typeParams.length === 0 || base.typeArgs.length > 0) {
        c.error(e.X, `${c.t(base)} is not a generic type`);
        x.mode = 'invalid';
        return;
      }
      const targs = args.map((a) => typ(c, a));
      if (targs.some((t) => t === Typ.invalid)) { x.mode = 'invalid'; return; }
      if (targs.length !== base.typeParams.length) {
        const msg = targs.length < base.typeParams.length ? 'not enough' : 'too many';
        c.error(e,
          `${msg} type arguments for type ${base.obj.name}: have ${targs.length}, want ${base.typeParams.length}`);
        x.mode = 'invalid';
        return;
      }
      const inst = instantiateNamed(base, targs);
      const id = e.X.kind === 'Ident' ? e.X : e.X.kind === 'SelectorExpr' ? e.X.Sel : null;
      if (id) c.recordInstance(id, { typeArgs: targs, type: inst });
      c.later(() => verifyInstance(c, base.typeParams, targs, args, base.obj.name));
      x.mode = 'typexpr';
      x.type = inst;
      c.recordType(e, 'typexpr', inst, null);
      return;
    }
    case 'ParenExpr':
      typInternalOperand(c, x, e.X, allowGeneric);
      if (x.mode === 'typexpr') c.recordType(e, 'typexpr', x.type, null);
      x.expr = e;
      return;
    case 'ArrayType': {
      let t: Type;
      if (e.Len === null) {
        t = { kind: 'Slice', elem: varType(c, e.Elt) };
      } else if (e.Len.kind === 'Ellipsis' && e.Len.Elt === null) {
        c.error(e.Len, 'invalid use of [...] array (outside a composite literal)');
        varType(c, e.Elt);
        x.mode = 'invalid';
        return;
      } else {
        const n = arrayLength(c, e.Len);
        t = { kind: 'Array', len: n < 0 ? 0 : n, elem: varType(c, e.Elt) };
      }
      setType(c, x, e, t);
      return;
    }
    case 'Ellipsis':
      c.error(e, "invalid use of '...'");
      x.mode = 'invalid';
      return;
    case 'StructType':
      setType(c, x, e, structType(c, e));
      return;
    case 'StarExpr': {
      const elem = typ(c, e.X);
      setType(c, x, e, elem === Typ.invalid ? Typ.invalid : { kind: 'Pointer', elem });
      if (elem === Typ.invalid) x.mode = 'invalid';
      return;
    }
    case 'FuncType':
      setType(c, x, e, funcType(c, null, null, e, false).sig);
      return;
    case 'InterfaceType':
      setType(c, x, e, interfaceType(c, e));
      return;
    case 'MapType': {
      const key = varType(c, e.Key);
      const elem = varType(c, e.Value);
      c.later(() => {
        if (key === Typ.invalid) return;
        if (key.kind === 'TypeParam') {
          if (!comparable(key, false)) c.error(e.Key, `invalid map key type ${c.t(key)} (missing comparable constraint)`);
          return;
        }
        if (!comparable(key, true)) c.error(e.Key, `invalid map key type ${c.t(key)}`);
      });
      setType(c, x, e, { kind: 'Map', key, elem });
      return;
    }
    case 'ChanType':
      setType(c, x, e, { kind: 'Chan', dir: e.Dir, elem: varType(c, e.Value) });
      return;
    case 'UnaryExpr': case 'BinaryExpr':
      if ((e.kind === 'UnaryExpr' && e.Op === 'TILDE') || (e.kind === 'BinaryExpr' && e.Op === 'OR')) {
        // A union outside an interface: only valid as a constraint, handled by the caller.
        const u = unionType(c, e);
        setType(c, x, e, u);
        return;
      }
      c.error(e, M.notAType(c.e(e)));
      x.mode = 'invalid';
      return;
    default:
      expr(c, x, e, true);
      if (x.mode !== 'typexpr' && x.mode !== 'invalid') {
        c.error(e, M.notAType(c.e(e)));
        x.mode = 'invalid';
      }
  }
}

function setType(c: Checker, x: Operand, e: ast.Expr, t: Type): void {
  x.mode = t === Typ.invalid ? 'invalid' : 'typexpr';
  x.type = t;
  x.expr = e;
  if (t !== Typ.invalid) c.recordType(e, 'typexpr', t, null);
}

/** The constant length of an array type, or -1 after an error. */
export function arrayLength(c: Checker, e: ast.Expr): number {
  if (e.kind === 'Ident') {
    const obj = c.lookup(e.Name);
    if (!obj) {
      c.error(e, `undefined array length ${e.Name} or missing type constraint`);
      return -1;
    }
    if (obj.kind !== 'Const') {
      c.error(e, `invalid array length ${e.Name}`);
      return -1;
    }
  }
  const x = newOperand();
  expr(c, x, e, false);
  if (x.mode !== 'constant') {
    if (x.mode !== 'invalid') c.error(e, `array length ${c.e(e)} (value of type ${c.t(x.type)}) must be constant`);
    return -1;
  }
  const n = evalConstInt(c, x, e);
  if (n === null || n < 0n) {
    c.error(e, `invalid array length ${c.e(e)}`);
    return -1;
  }
  return Number(n);
}

// ---------------------------------------------------------------------------------------------
// Struct types

function structType(c: Checker, e: ast.StructType): Struct {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  for (const f of e.Fields.List) {
    const t = varType(c, f.Type);
    const tag = f.Tag ? (f.Tag.Value.startsWith('`') ? f.Tag.Value.slice(1, -1) : unquoteBody(f.Tag.Value.slice(1, -1), '"') ?? '') : '';
    const add = (id: ast.Ident | null, name: string, pos: number, embedded: boolean) => {
      const v: Var = { kind: 'Var', name, pos, pkg: c.path, type: t, isField: true, embedded };
      if (id) c.recordDef(id, v);
      else c.recordImplicit(f, v);
      if (name !== '_') {
        const prev = seen.get(name);
        if (prev) {
          c.errorAt(pos, `${name} redeclared`, [[prev.pos, M.otherDeclaration(name)]]);
        } else seen.set(name, v);
      }
      fields.push(v);
      tags.push(tag);
    };
    if (f.Names.length > 0) {
      for (const id of f.Names) add(id, id.Name, id.NamePos, false);
    } else {
      // Embedded field: T, *T, pkg.T, T[args]; its name is the type name.
      let te: ast.Expr = f.Type;
      if (te.kind === 'StarExpr') te = te.X;
      if (te.kind === 'IndexExpr' || te.kind === 'IndexListExpr') te = te.X;
      const nameId = te.kind === 'Ident' ? te : te.kind === 'SelectorExpr' ? te.Sel : null;
      const name = nameId ? nameId.Name : '_';
      add(null, name, nameId ? nameId.NamePos : NoPos, true);
      c.later(() => {
        if (t === Typ.invalid) return;
        const u = under(t);
        if (t.kind === 'Pointer') {
          const b = under(t.elem);
          if (b.kind === 'Pointer') c.error(f.Type, 'embedded field type cannot be a pointer');
          else if (b.kind === 'Interface') c.error(f.Type, 'embedded field type cannot be a pointer to an interface');
        } else if (u.kind === 'Pointer') {
          c.error(f.Type, 'embedded field type cannot be a pointer');
        }
      });
    }
  }
  return { kind: 'Struct', fields, tags };
}

// ---------------------------------------------------------------------------------------------
// Interface types

export function interfaceType(c: Checker, e: ast.InterfaceType): Interface {
  const methods: Func[] = [];
  const embeddeds: Type[] = [];
  const iface: Interface = { kind: 'Interface', methods, embeddeds, allMethods: [] };
  for (const f of e.Methods.List) {
    if (f.Names.length > 0 && f.Type.kind === 'FuncType') {
      const id = f.Names[0]!;
      const { sig } = funcType(c, null, null, f.Type, false);
      const recv: Var = { kind: 'Var', name: '', pos: NoPos, pkg: c.path, type: iface, isParam: true };
      const m: Func = { kind: 'Func', name: id.Name, pos: id.NamePos, pkg: c.path, decl: f, type: { ...sig, recv } };
      c.recordDef(id, m);
      if (id.Name === '_') {
        c.error(id, 'methods must have a unique non-blank name');
        continue;
      }
      const dup = methods.find((x) => x.name === id.Name);
      if (dup) {
        c.errorAt(id.NamePos, `duplicate method ${id.Name}`, [[dup.pos, `other declaration of method ${id.Name}`]]);
        continue;
      }
      methods.push(m);
    } else {
      const t = embeddedElem(c, f.Type);
      if (t !== Typ.invalid) embeddeds.push(t);
    }
  }
  const ts = computeTypeSetLater(c, iface);
  void ts;
  return iface;
}

function computeTypeSetLater(c: Checker, iface: Interface): void {
  c.later(() => {
    const ts = computeTypeSet(iface);
    iface.allMethods = ts.methods;
    iface.isConstraint = ts.isConstraint;
  });
}

function embeddedElem(c: Checker, e: ast.Expr): Type {
  if ((e.kind === 'BinaryExpr' && e.Op === 'OR') || (e.kind === 'UnaryExpr' && e.Op === 'TILDE')) return unionType(c, e);
  return typ(c, e);
}

function unionType(c: Checker, e: ast.Expr): Union | Type {
  const terms: Term[] = [];
  const collect = (x: ast.Expr) => {
    if (x.kind === 'BinaryExpr' && x.Op === 'OR') {
      collect(x.X);
      collect(x.Y);
      return;
    }
    let tilde = false;
    let te = x;
    if (x.kind === 'UnaryExpr' && x.Op === 'TILDE') {
      tilde = true;
      te = x.X;
    }
    const t = typ(c, te);
    if (t === Typ.invalid) return;
    if (tilde && under(t) !== t) {
      c.error(x, `invalid use of ~ (underlying type of ${c.t(t)} is ${c.t(under(t))})`);
      return;
    }
    terms.push({ tilde, type: t });
  };
  collect(e);
  if (terms.length === 1 && !terms[0]!.tilde) return terms[0]!.type;
  const u: Union = { kind: 'Union', terms };
  c.recordType(e, 'typexpr', u, null);
  return u;
}

// ---------------------------------------------------------------------------------------------
// Signatures

export interface FuncTypeResult {
  sig: Signature;
  scope: import('./info.js').Scope;
}

/** The signature of a function type; declares type parameters, receiver, parameters and results
 *  in a new function scope (recorded for the FuncType). */
export function funcType(c: Checker, recvList: TypeFieldList | null, recvType: ((id: ast.Ident) => void) | null, ft: ast.FuncType, isDecl: boolean, typeParams: TypeParam[] = [], pre: ReadonlyMap<string, import('./types.js').Obj> | null = null): FuncTypeResult {
  void recvType;
  const outer = c.ctx.scope;
  const scope = c.openScope(ft, true);
  if (pre) for (const [n, o] of pre) scope.names.set(n, o);
  void isDecl;
  try {
    if (ft.TypeParams) typeParams.push(...collectTypeParams(c, ft.TypeParams));
    let recv: Var | null = null;
    if (recvList) {
      const rv = params(c, recvList, false, scope).vars;
      recv = rv[0] ?? null;
    }
    const p = params(c, ft.Params, true, scope);
    const r = ft.Results ? params(c, ft.Results, false, scope) : { vars: [], variadic: false };
    const sig: Signature = {
      kind: 'Signature', recv, typeParams, params: { kind: 'Tuple', vars: p.vars }, results: { kind: 'Tuple', vars: r.vars },
      variadic: p.variadic,
    };
    return { sig, scope };
  } finally {
    c.ctx.scope = outer;
  }
}

function params(c: Checker, list: ast.FieldList, variadicOk: boolean, scope: import('./info.js').Scope): { vars: Var[]; variadic: boolean } {
  const vars: Var[] = [];
  let variadic = false;
  list.List.forEach((f: ast.Field, i: number) => {
    let te = f.Type;
    let isVariadic = false;
    if (te.kind === 'Ellipsis' && te.Elt) {
      if (variadicOk && i === list.List.length - 1 && f.Names.length <= 1) {
        isVariadic = true;
        variadic = true;
      } else {
        c.error(te, variadicOk ? 'can only use ... with final parameter in list' : 'invalid use of ...');
      }
      te = te.Elt;
    }
    let t = varType(c, te);
    if (isVariadic) {
      t = { kind: 'Slice', elem: t };
      c.recordType(f.Type, 'typexpr', t, null);
    }
    if (f.Names.length > 0) {
      for (const id of f.Names) {
        const v: Var = { kind: 'Var', name: id.Name, pos: id.NamePos, pkg: c.path, type: t, isParam: true };
        c.declare(scope, id, v);
        vars.push(v);
      }
    } else {
      const v: Var = { kind: 'Var', name: '', pos: f.Type.kind === 'Ident' ? f.Type.NamePos : NoPos, pkg: c.path, type: t, isParam: true };
      c.recordImplicit(f, v);
      vars.push(v);
    }
  });
  return { vars, variadic };
}

/** Declares the type parameters of a generic function or type in the current scope. */
export function collectTypeParams(c: Checker, list: ast.FieldList): TypeParam[] {
  const tparams: TypeParam[] = [];
  const scope = c.ctx.scope;
  // Declare all names first: constraints may refer to any of them.
  for (const f of list.List) {
    for (const id of f.Names) {
      const obj = { kind: 'TypeName' as const, name: id.Name, pos: id.NamePos, pkg: c.path, type: Typ.invalid as Type };
      const tp: TypeParam = { kind: 'TypeParam', obj, index: tparams.length, constraint: Typ.invalid };
      obj.type = tp;
      c.declare(scope, id, obj);
      tparams.push(tp);
    }
  }
  let k = 0;
  for (const f of list.List) {
    const bound = boundType(c, f.Type);
    for (let j = 0; j < f.Names.length; j++) tparams[k++]!.constraint = bound;
  }
  return tparams;
}

function boundType(c: Checker, e: ast.Expr): Type {
  const t = embeddedElem(c, e);
  if (t === Typ.invalid) return Typ.invalid;
  if (t.kind === 'TypeParam') {
    c.error(e, 'cannot use a type parameter as constraint');
    return Typ.invalid;
  }
  const u = under(t);
  if (u.kind === 'Interface') return t;
  // An implicit interface wrapping the term(s): `[T ~int | string]` or `[T int]`.
  const iface: Interface = { kind: 'Interface', methods: [], embeddeds: [t], allMethods: [], implicit: true, isConstraint: true };
  return iface;
}

/** Resolves an object used in a type position before its declaration is complete. */
export function ensureDeclared(c: Checker, obj: import('./types.js').Obj): void {
  if (c.objMap.has(obj) && !c.resolved.has(obj)) objDecl(c, obj);
}

export type { Tuple };
