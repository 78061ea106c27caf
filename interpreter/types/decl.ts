// Declarations (cf. types2 resolver.go and decl.go): collecting package-level objects, resolving
// them on demand with cycle detection, constant/variable/type/function declarations, methods, local
// declarations, and unused imports.
import type { Mode } from './operand.js';
import { unsafePackage } from './unsafe.js';
import { NoPos } from '../source/file.js';
import type * as ast from '../syntax/ast.js';
import type { Checker, DeclInfo } from './check.js';
import { assignVars, initVars } from './assignments.js';
import { makeInt, unknownValue, valueOfLiteral } from './constant.js';
import { M } from './errors.js';
import { expr, exprWithHint } from './expr.js';
import type { Scope } from './info.js';
import { instantiateNamed } from './instantiate.js';
import { newOperand } from './operand.js';
import { assignment } from './assignments.js';
import { isConstType, under } from './predicates.js';
import { funcBody } from './stmt.js';
import { collectTypeParams, funcType, typ, varType } from './typexpr.js';
import { pkgNameOf, setAliasName } from './typestring.js';
import type { Const, Func, Named, Obj, PkgName, Signature, Type, TypeName, TypeParam, Var } from './types.js';
import { Typ, noType } from './universe.js';
import { validType } from './validtype.js';

// ---------------------------------------------------------------------------------------------
// Collecting package-level objects

export function collectObjects(c: Checker): void {
  const pkgScope = c.pkgScope;
  for (const file of c.opts.files) {
    const fileScope: Scope = { parent: pkgScope, names: new Map(), node: file, children: [] };
    c.recordScope(file, fileScope);
    for (const d of file.Decls) {
      switch (d.kind) {
        case 'BadDecl':
          break;
        case 'GenDecl':
          collectGenDecl(c, file, fileScope, d);
          break;
        case 'FuncDecl':
          collectFunc(c, file, fileScope, d);
          break;
      }
    }
  }
  // Imported names conflicting with package-level names.
  for (const file of c.opts.files) {
    const fs = c.info.scopes.get(file)!;
    for (const [name, obj] of fs.names) {
      const alt = pkgScope.names.get(name);
      if (alt && obj.kind === 'PkgName') {
        c.errorAt(alt.pos, `${name} already declared through import of ${(obj as PkgName).imported}`, [[obj.pos, `other declaration of ${name}`]]);
      }
    }
  }
}

function collectGenDecl(c: Checker, file: ast.File, fileScope: Scope, d: ast.GenDecl): void {
  let last: ast.ValueSpec | null = null;
  d.Specs.forEach((spec, iota) => {
    switch (spec.kind) {
      case 'ImportSpec':
        collectImport(c, fileScope, spec);
        break;
      case 'ValueSpec':
        if (d.Tok === 'CONST') {
          const inherited = spec.Type === null && spec.Values.length === 0;
          if (!inherited) last = spec;
          const src = last ?? spec;
          spec.Names.forEach((id, i) => {
            const obj: Const = { kind: 'Const', name: id.Name, pos: id.NamePos, pkg: c.path, type: Typ.invalid, value: unknownValue };
            const info: DeclInfo = {
              file, fileScope, spec: src, typ: src.Type, init: src.Values[i] ?? null, iota, deps: new Set(), inherited,
            };
            declarePkgObj(c, id, obj, info);
          });
          checkArity(c, spec, src, true);
        } else {
          const lhs: Var[] = spec.Names.map((id) => ({ kind: 'Var', name: id.Name, pos: id.NamePos, pkg: c.path, type: noType, isGlobal: true }));
          const one = spec.Values.length === 1 && spec.Names.length > 1;
          spec.Names.forEach((id, i) => {
            const info: DeclInfo = {
              file, fileScope, spec, typ: spec.Type, init: one ? spec.Values[0]! : spec.Values[i] ?? null,
              lhs: one ? lhs : [lhs[i]!], deps: new Set(),
            };
            declarePkgObj(c, id, lhs[i]!, info);
          });
          checkArity(c, spec, spec, false);
        }
        break;
      case 'TypeSpec': {
        const obj: TypeName = { kind: 'TypeName', name: spec.Name.Name, pos: spec.Name.NamePos, pkg: c.path, type: Typ.invalid, isAlias: spec.Assign !== NoPos };
        declarePkgObj(c, spec.Name, obj, { file, fileScope, typeSpec: spec, deps: new Set() });
        c.typeNames.push(obj);
        break;
      }
    }
  });
}

/** Reports missing or extra initialization expressions (cf. types2 arity). */
function checkArity(c: Checker, s: ast.ValueSpec, init: ast.ValueSpec, isConst: boolean): void {
  const l = s.Names.length;
  const r = init.Values.length;
  if (!isConst && r === 0) {
    if (s.Type === null) c.error(s.Names[0]!, 'missing type or init expr');
    return;
  }
  if (isConst && r === 0 && init === s) {
    if (s.Type === null) c.error(s.Names[0]!, 'missing init expr for const declaration');
    return;
  }
  if (l < r) {
    if (!isConst && r === 1) return;
    const n = init.Values[l]!;
    c.error(n, `extra init expr ${c.e(n)}`);
  } else if (l > r && (isConst || r !== 1)) {
    const n = s.Names[r]!;
    c.error(n, `missing init expr for ${n.Name}`);
  }
}

function collectImport(c: Checker, fileScope: Scope, spec: ast.ImportSpec): void {
  const lit = valueOfLiteral('STRING', spec.Path.Value);
  const path = lit.kind === 'string' ? lit.value : '';
  let pkg = c.imports.get(path);
  if (!pkg) {
    let p = path === 'unsafe' ? unsafePackage : c.opts.importer(path);
    if (!p) {
      c.error(spec.Path, M.notInStd(path, c.opts.supported ?? []));
      // A fake, empty package keeps uses of its name from producing follow-on errors.
      p = fakePackage(path);
      c.fakeImports.add(path);
    }
    pkg = p;
    c.imports.set(path, pkg);
  }
  const name = spec.Name ? spec.Name.Name : pkg.name;
  const pos = spec.Name ? spec.Name.NamePos : spec.Path.ValuePos;
  const obj: PkgName = { kind: 'PkgName', name, pos, pkg: c.path, type: Typ.invalid, imported: path };
  if (spec.Name) c.recordDef(spec.Name, obj);
  else c.recordImplicit(spec, obj);
  if (name === '_') return;
  if (name === '.') {
    for (const [n, o] of pkg.scope.names) if (/^[A-Z]/.test(n)) fileScope.names.set(n, o);
    c.usedImports.add(obj);
    return;
  }
  if (name === 'init') {
    c.error(spec, 'cannot import package as init - init must be a func');
    return;
  }
  c.declare(fileScope, null, obj);
  (c as unknown as { importSpecs: Map<PkgName, ast.ImportSpec> }).importSpecs ??= new Map();
  (c as unknown as { importSpecs: Map<PkgName, ast.ImportSpec> }).importSpecs.set(obj, spec);
}

function fakePackage(path: string): import('./info.js').Package {
  const names = new Map<string, Obj>();
  return {
    path, name: pkgNameOf(path), files: [], scope: { parent: null, names, node: null },
    info: { types: new Map(), defs: new Map(), uses: new Map(), implicits: new Map(), selections: new Map(), instances: new Map(), scopes: new Map() },
    initOrder: [], funcs: [], types: [],
  };
}

function declarePkgObj(c: Checker, id: ast.Ident, obj: Obj, info: DeclInfo): void {
  if (id.Name === 'init') {
    c.recordDef(id, obj);
    c.error(id, 'cannot declare init - must be func');
    return;
  }
  if (id.Name === 'main' && c.path === 'main') {
    c.recordDef(id, obj);
    c.error(id, 'cannot declare main - must be func');
    return;
  }
  c.declare(c.pkgScope, id, obj);
  c.objMap.set(obj, info);
}

function collectFunc(c: Checker, file: ast.File, fileScope: Scope, d: ast.FuncDecl): void {
  const name = d.Name.Name;
  const obj: Func = {
    kind: 'Func', name, pos: d.Name.NamePos, pkg: c.path, decl: d,
    type: { kind: 'Signature', recv: null, typeParams: [], params: { kind: 'Tuple', vars: [] }, results: { kind: 'Tuple', vars: [] }, variadic: false },
  };
  const info: DeclInfo = { file, fileScope, funcDecl: d, deps: new Set() };
  c.funcs.push(obj);
  if (d.Recv === null) {
    if (name === 'init' || (name === 'main' && c.path === 'main')) {
      if (d.Type.TypeParams) c.error(d.Type.TypeParams, `func ${name} must have no type parameters`);
      if (d.Type.Params.List.length > 0 || (d.Type.Results && d.Type.Results.List.length > 0)) {
        c.error(d.Name, `func ${name} must have no arguments and no return values`);
      }
    }
    if (name === 'init') {
      c.recordDef(d.Name, obj);
      if (d.Body === null) c.error(d.Name, 'missing function body');
      c.objMap.set(obj, info);
      return;
    }
    c.declare(c.pkgScope, d.Name, obj);
    c.objMap.set(obj, info);
  } else {
    // A method: associate with its receiver base type name (resolved when the type is declared).
    c.recordDef(d.Name, obj);
    c.objMap.set(obj, info);
    const base = recvBaseName(d.Recv);
    if (base) {
      const list = (c as unknown as { methodDecls: Map<string, { d: ast.FuncDecl; obj: Func }[]> });
      list.methodDecls ??= new Map();
      const arr = list.methodDecls.get(base.Name) ?? [];
      arr.push({ d, obj });
      list.methodDecls.set(base.Name, arr);
    }
  }
}

function recvBaseName(recv: ast.FieldList): ast.Ident | null {
  const f = recv.List[0];
  if (!f) return null;
  let t = f.Type;
  while (t.kind === 'ParenExpr') t = t.X;
  if (t.kind === 'StarExpr') t = t.X;
  while (t.kind === 'ParenExpr') t = t.X;
  if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') t = t.X;
  return t.kind === 'Ident' ? t : null;
}

// ---------------------------------------------------------------------------------------------
// Resolving package-level objects

export function packageObjects(c: Checker): void {
  const objs = [...c.objMap.keys()];
  // Types first (so that methods are known before any body or initializer looks them up).
  for (const o of objs) if (o.kind === 'TypeName' && !o.isAlias) objDecl(c, o);
  for (const o of objs) if (o.kind === 'TypeName' && o.isAlias) objDecl(c, o);
  // Methods whose receiver base type is not a package-level type name.
  const md = (c as unknown as { methodDecls?: Map<string, { d: ast.FuncDecl; obj: Func }[]> }).methodDecls;
  if (md) {
    for (const [name, list] of md) {
      const local = c.pkgScope.names.get(name);
      if (local && local.kind === 'TypeName') {
        // Methods declared on an alias of a local defined type belong to that type.
        if (local.isAlias) {
          objDecl(c, local);
          const t = local.type;
          if (t.kind === 'Named' && t.obj.pkg === c.path && t.origin === null) {
            collectMethods(c, t.obj, t, name);
            continue;
          }
          for (const { d, obj } of list) {
            if (c.resolved.has(obj)) continue;
            c.resolved.add(obj);
            funcDeclSig(c, obj, d, null);
          }
        }
        continue;
      }
      const o = local ?? c.pkgScope.parent?.names.get(name);
      for (const { d, obj } of list) {
        if (c.resolved.has(obj)) continue;
        c.resolved.add(obj);
        const rt = d.Recv!.List[0]!.Type;
        if (!o) c.error(recvBaseName(d.Recv!) ?? rt, M.undefined(name));
        else if (o.kind !== 'TypeName') c.error(rt, `${name} is not a type`);
        funcDeclSig(c, obj, d, null);
      }
    }
  }
  for (const o of objs) if (o.kind !== 'TypeName') objDecl(c, o);
}

/** Resolves a package-level object's type (and value), once (cf. types2 objDecl). */
export function objDecl(c: Checker, obj: Obj): void {
  if (c.resolved.has(obj)) return;
  const info = c.objMap.get(obj);
  if (!info) return;
  const idx = c.objPath.indexOf(obj);
  if (idx >= 0) {
    // A cycle. Type cycles through a type definition are fine here (validType checks them);
    // value cycles are reported by the initialization-order pass; others are errors now.
    const cycle = c.objPath.slice(idx);
    const nval = cycle.filter((o) => o.kind === 'Const' || o.kind === 'Var').length;
    const ndef = cycle.filter((o) => o.kind === 'TypeName' && !o.isAlias).length;
    if (nval === cycle.length) {
      if (obj.kind === 'Const' && obj.type === Typ.invalid) obj.type = Typ.invalid;
      return;
    }
    if (nval === 0 && ndef > 0) return;
    if (cycle.every((o) => o.kind === 'TypeName' || o.kind === 'Func') && obj.kind === 'Func') return;
    cycleError(c, cycle);
    if (obj.kind === 'Var' || obj.kind === 'Const') obj.type = Typ.invalid;
    return;
  }
  c.objPath.push(obj);
  const saved = c.ctx;
  c.ctx = { scope: info.fileScope, decl: info, sig: null, iota: null, errPos: NoPos };
  try {
    switch (obj.kind) {
      case 'Const':
        constDecl(c, obj, info.typ ?? null, info.init ?? null, info.iota ?? 0, info.inherited ?? false);
        break;
      case 'Var':
        varDecl(c, obj, info.lhs ?? [obj], info.typ ?? null, info.init ?? null);
        break;
      case 'TypeName':
        typeDecl(c, obj, info.typeSpec!);
        break;
      case 'Func':
        funcDecl(c, obj, info);
        break;
      default:
        break;
    }
  } finally {
    c.ctx = saved;
    c.objPath.pop();
    c.resolved.add(obj);
  }
}

function cycleError(c: Checker, cycle: Obj[]): void {
  // Report at the object that appears first in the source.
  let start = 0;
  cycle.forEach((o, i) => {
    if (o.pos < cycle[start]!.pos) start = i;
  });
  let obj = cycle[start]!;
  const isType = obj.kind === 'TypeName';
  if (cycle.length === 1) {
    c.errorAt(obj.pos, isType ? `invalid recursive type: ${obj.name} refers to itself` : `invalid cycle in declaration: ${obj.name} refers to itself`);
    return;
  }
  const details: [number, string][] = [];
  let i = start;
  for (let k = 0; k < cycle.length; k++) {
    details.push([obj.pos, `${obj.name} refers to`]);
    i = (i + 1) % cycle.length;
    obj = cycle[i]!;
  }
  details.push([obj.pos, obj.name]);
  c.errorAt(obj.pos, isType ? `invalid recursive type ${obj.name}` : `invalid cycle in declaration of ${obj.name}`, details);
}

// ---------------------------------------------------------------------------------------------
// Constants

export function constDecl(c: Checker, obj: Const, typE: ast.Expr | null, init: ast.Expr | null, iota: number, inherited: boolean): void {
  const saved = { iota: c.ctx.iota, errPos: c.ctx.errPos };
  c.ctx.iota = makeInt(BigInt(iota));
  if (inherited) c.ctx.errPos = obj.pos;
  try {
    let t: Type | null = null;
    if (typE) {
      t = typ(c, typE);
      if (t !== Typ.invalid && !isConstType(t)) {
        c.error(typE, `invalid constant type ${c.t(t)}`);
        obj.type = Typ.invalid;
        return;
      }
    }
    const x = newOperand();
    if (init) expr(c, x, init, false);
    constInit(c, obj, x, t, init !== null);
  } finally {
    c.ctx.iota = saved.iota;
    c.ctx.errPos = saved.errPos;
  }
}

function constInit(c: Checker, obj: Const, x: ReturnType<typeof newOperand>, t: Type | null, hasInit: boolean): void {
  const o = obj as { type: Type; value: Const['value'] };
  if (!hasInit) {
    o.type = Typ.invalid;
    return;
  }
  if (x.mode === 'invalid') {
    o.type = Typ.invalid;
    return;
  }
  if (x.mode !== 'constant') {
    c.error(x, `${c.op(x)} is not constant`);
    o.type = Typ.invalid;
    return;
  }
  if (t && t !== Typ.invalid) {
    assignment(c, x, t, 'constant declaration');
    if ((x.mode as Mode) === 'invalid') {
      o.type = Typ.invalid;
      return;
    }
  }
  o.type = x.type;
  o.value = x.val ?? unknownValue;
}

// ---------------------------------------------------------------------------------------------
// Variables

export function varDecl(c: Checker, obj: Var, lhs: Var[], typE: ast.Expr | null, init: ast.Expr | null): void {
  let t: Type | null = null;
  if (typE) {
    t = varType(c, typE);
    for (const v of lhs) v.type = t;
  }
  if (init === null) {
    if (!typE) obj.type = Typ.invalid;
    return;
  }
  try {
    varDeclInit(c, obj, lhs, t, init);
  } finally {
    for (const v of lhs) if (v.type === noType) v.type = Typ.invalid;
  }
}

function varDeclInit(c: Checker, obj: Var, lhs: Var[], t: Type | null, init: ast.Expr): void {
  if (lhs.length === 1) {
    const x = newOperand();
    exprWithHint(c, x, init, t);
    initVar(c, obj, x, 'variable declaration');
    return;
  }
  // Several variables, one multi-valued initializer.
  initVars(c, lhs, [init], null);
  void t;
  // Mark the others as resolved so they are not re-checked.
  for (const v of lhs) if (v !== obj) c.resolved.add(v);
}

/** Assigns x to a new variable v, inferring its type if it has none (cf. types2 initVar). */
export function initVar(c: Checker, v: Var, x: ReturnType<typeof newOperand>, context: string): void {
  if (x.mode === 'invalid' || x.type === Typ.invalid || v.type === Typ.invalid) {
    if (v.type === noType) v.type = Typ.invalid;
    x.mode = 'invalid';
    return;
  }
  if (v.type === noType) {
    let t = x.type;
    if (t.kind === 'Basic' && t.name.startsWith('untyped')) {
      if (t.name === 'untyped nil') {
        c.error(x, `use of untyped nil in ${context}`);
        v.type = Typ.invalid;
        return;
      }
      t = defaultTypeOf(t);
    }
    v.type = t;
  }
  assignment(c, x, v.type, context);
}

import { defaultType as defaultTypeOf } from './predicates.js';

// ---------------------------------------------------------------------------------------------
// Types

function typeDecl(c: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  if (obj.isAlias) {
    if (spec.TypeParams) c.error(spec.TypeParams, 'generic type cannot be alias');
    const t = typ(c, spec.Type);
    let rhs = spec.Type;
    while (rhs.kind === 'ParenExpr') rhs = rhs.X;
    if (t.kind === 'Basic' && t.name !== 'invalid type') {
      obj.type = { ...t, alias: obj.name };
    } else {
      obj.type = t;
      // A type literal made for this declaration prints with the alias's name.
      if (rhs.kind !== 'Ident' && rhs.kind !== 'SelectorExpr' && rhs.kind !== 'IndexExpr' && rhs.kind !== 'IndexListExpr' && t.kind !== 'Named') {
        setAliasName(t, obj.name, obj.pkg);
      }
    }
    return;
  }
  const named: Named = { kind: 'Named', obj, underlying: Typ.invalid, methods: [], typeParams: [], origin: null, typeArgs: [] };
  obj.type = named;
  let tparams: TypeParam[] = [];
  const outer = c.ctx.scope;
  if (spec.TypeParams) {
    const s: Scope = { parent: c.ctx.scope, names: new Map(), node: spec, children: [] };
    c.recordScope(spec, s);
    c.ctx.scope = s;
    tparams = collectTypeParams(c, spec.TypeParams);
    (named as { typeParams: readonly TypeParam[] }).typeParams = tparams;
  }
  try {
    const rhs = typ(c, spec.Type);
    if (rhs.kind === 'TypeParam') {
      c.error(spec.Type, 'cannot use a type parameter as RHS in type declaration');
      named.underlying = Typ.invalid;
    } else {
      named.underlying = resolveUnderlying(rhs);
      // Methods declared in a named interface have the named type as receiver (as in go/types).
      if (rhs.kind === 'Interface') for (const m of rhs.methods) if (m.type.recv) (m.type.recv as { type: Type }).type = named;
    }
  } finally {
    c.ctx.scope = outer;
  }
  if (c.ctx.scope === c.pkgScope || c.info.scopes.get(c.ctx.decl?.file as ast.File) === c.ctx.scope) {
    collectMethods(c, obj, named);
  }
  c.later(() => validType(c, named));
}

function resolveUnderlying(t: Type): Type {
  // The underlying type of a defined type is the underlying type of its RHS; for a Named RHS
  // whose own declaration is still in progress, follow until a non-Named type.
  let u: Type = t;
  const seen = new Set<Type>();
  while (u.kind === 'Named') {
    if (seen.has(u)) return Typ.invalid;
    seen.add(u);
    if (u.underlying === Typ.invalid && u.origin === null) return Typ.invalid;
    u = u.underlying;
  }
  return u;
}

/** Declares a local type (inside a function). */
export function localTypeDecl(c: Checker, spec: ast.TypeSpec): void {
  const obj: TypeName = { kind: 'TypeName', name: spec.Name.Name, pos: spec.Name.NamePos, pkg: c.path, type: Typ.invalid, isAlias: spec.Assign !== NoPos };
  // The name is in scope inside its own declaration (recursive types).
  c.declare(c.ctx.scope, spec.Name, obj);
  typeDecl(c, obj, spec);
}

// ---------------------------------------------------------------------------------------------
// Functions and methods

function collectMethods(c: Checker, obj: TypeName, named: Named, viaAlias: string | null = null): void {
  const md = (c as unknown as { methodDecls?: Map<string, { d: ast.FuncDecl; obj: Func }[]> }).methodDecls;
  const list = md?.get(viaAlias ?? obj.name);
  if (!list) return;
  const u = named.underlying;
  for (const { d, obj: m } of list) {
    if (c.resolved.has(m)) continue;
    c.resolved.add(m);
    funcDeclSig(c, m, d, named);
    if (m.name === '_') continue;
    const dup = named.methods.find((x) => x.name === m.name);
    if (dup) {
      const p = c.fileOf(dup.pos)!.position(dup.pos);
      c.errorAt(m.pos, `method ${obj.name}.${m.name} already declared at ${p.filename}:${p.line}:${p.column}`);
      continue;
    }
    if (u.kind === 'Struct') {
      const f = u.fields.find((x) => x.name === m.name);
      if (f) {
        c.errorAt(m.pos, `field and method with the same name ${m.name}`, [[f.pos, `other declaration of ${m.name}`]]);
        continue;
      }
    }
    named.methods.push(m);
  }
}

/** Computes a function's or method's signature and schedules its body. */
function funcDeclSig(c: Checker, obj: Func, d: ast.FuncDecl, recvNamed: Named | null): void {
  const outer = c.ctx.scope;
  const info = c.objMap.get(obj)!;
  c.ctx.scope = info.fileScope;
  try {
    const tparams: TypeParam[] = [];
    // Receiver type parameters: declared as the generic type's own parameters under the
    // receiver's names, so the receiver is the type instantiated with its own parameters.
    // Receiver type parameters: the generic type's own parameters under the receiver's names.
    const pre = new Map<string, import('./types.js').Obj>();
    if (d.Recv && recvNamed && recvNamed.typeParams.length > 0) {
      let rt = d.Recv.List[0]?.Type;
      while (rt && rt.kind === 'ParenExpr') rt = rt.X;
      if (rt && rt.kind === 'StarExpr') rt = rt.X;
      const names = rt && rt.kind === 'IndexExpr' ? [rt.Index] : rt && rt.kind === 'IndexListExpr' ? rt.Indices : [];
      if (names.length !== recvNamed.typeParams.length) {
        c.error(rt ?? d.Name, `cannot use generic type ${recvNamed.obj.name} without instantiation`);
      }
      names.forEach((n, i) => {
        const tp = recvNamed.typeParams[i];
        if (!tp || n.kind !== 'Ident') return;
        c.recordDef(n, tp.obj);
        if (n.Name !== '_') pre.set(n.Name, tp.obj);
        else c.recvBlankTParams.set(n, tp);
      });
    }
    const { sig, scope: fscope } = funcType(c, d.Recv, null, d.Type, true, tparams, pre);
    if (d.Recv && d.Type.TypeParams) c.error(d.Type.TypeParams, 'methods cannot have type parameters');
    if (d.Recv) {
      const rv = sig.recv;
      if (d.Recv.List.length === 0) c.error(d.Name, 'method has no receiver');
      else if (d.Recv.List.length > 1 || d.Recv.List[0]!.Names.length > 1) c.error(d.Recv.List[1]?.Type ?? d.Recv.List[0]!.Names[1]!, 'method has multiple receivers');
      if (rv) c.later(() => checkRecv(c, rv, d.Recv!.List[0]!.Type));
    }
    (obj as { type: Signature }).type = sig;
    if (d.Body) {
      c.later(() => funcBody(c, info, d.Name.Name, sig, d.Body!, fscope));
    } else if (c.path === 'main') {
      c.error(d.Name, 'missing function body');
    }
  } finally {
    c.ctx.scope = outer;
  }
}

function checkRecv(c: Checker, rv: Var, te: ast.Expr): void {
  const t = rv.type;
  if (t === Typ.invalid) return;
  const at = rv.name !== '' ? rv.pos : c.posOf(te);
  let base: Type = t;
  if (t.kind === 'Pointer') base = t.elem;
  if (base.kind === 'Basic') {
    if (base.name !== 'invalid type') c.errorAt(at, `cannot define new methods on non-local type ${c.t(base)}`);
    return;
  }
  if (base.kind !== 'Named') {
    c.errorAt(at, `invalid receiver type ${c.t(t)}`);
    return;
  }
  if (base.obj.pkg !== c.path) {
    c.errorAt(at, `cannot define new methods on non-local type ${c.t(base)}`);
    return;
  }
  const u = under(base);
  if (u.kind === 'Pointer' || u.kind === 'Interface') {
    c.errorAt(at, `invalid receiver type ${c.t(base)} (pointer or interface type)`);
  }
}

function funcDecl(c: Checker, obj: Func, info: DeclInfo): void {
  const d = info.funcDecl!;
  if (d.Recv) return; // methods are handled with their receiver type
  funcDeclSig(c, obj, d, null);
}

// ---------------------------------------------------------------------------------------------
// Local declarations (DeclStmt)

export function declStmt(c: Checker, d: ast.GenDecl): void {
  let last: ast.ValueSpec | null = null;
  d.Specs.forEach((spec, iota) => {
    switch (spec.kind) {
      case 'ImportSpec':
        break;
      case 'TypeSpec':
        localTypeDecl(c, spec);
        break;
      case 'ValueSpec':
        if (d.Tok === 'CONST') {
          const inherited = spec.Type === null && spec.Values.length === 0;
          if (!inherited) last = spec;
          const src = last ?? spec;
          const objs: Const[] = spec.Names.map((id, i) => {
            const obj: Const = { kind: 'Const', name: id.Name, pos: id.NamePos, pkg: c.path, type: Typ.invalid, value: unknownValue };
            constDecl(c, obj, src.Type, src.Values[i] ?? null, iota, inherited);
            return obj;
          });
          checkArity(c, spec, src, true);
          spec.Names.forEach((id, i) => c.declare(c.ctx.scope, id, objs[i]!));
        } else {
          const lhs: Var[] = spec.Names.map((id) => ({ kind: 'Var', name: id.Name, pos: id.NamePos, pkg: c.path, type: noType }));
          let t: Type | null = null;
          if (spec.Type) {
            t = varType(c, spec.Type);
            for (const v of lhs) v.type = t;
          }
          if (spec.Values.length > 0) {
            if (spec.Values.length === lhs.length) {
              lhs.forEach((v, i) => {
                const x = newOperand();
                exprWithHint(c, x, spec.Values[i]!, t);
                initVar(c, v, x, 'variable declaration');
              });
            } else {
              initVars(c, lhs, spec.Values, null);
            }
          }
          spec.Names.forEach((id, i) => {
            c.declare(c.ctx.scope, id, lhs[i]!);
            if (id.Name !== '_') c.localVars.add(lhs[i]!);
          });
          if (spec.Values.length === 0 && !spec.Type) c.error(spec.Names[0]!, 'missing type or init expr');
        }
        break;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Unused imports

export function unusedImports(c: Checker): void {
  const specs = (c as unknown as { importSpecs?: Map<PkgName, ast.ImportSpec> }).importSpecs;
  if (!specs) return;
  for (const [obj, spec] of specs) {
    if (c.usedImports.has(obj)) continue;
    const path = obj.imported;
    const p = quotePath(path);
    if (spec.Name && spec.Name.Name !== pkgNameOf(path) && obj.name !== c.imports.get(path)?.name) {
      c.softError(spec.Name, M.importedAsAndNotUsed(p, obj.name));
    } else {
      c.softError(spec.Path, M.importedAndNotUsed(p));
    }
  }
}

function quotePath(p: string): string {
  return JSON.stringify(p);
}

export { assignVars };
