// The layout of a generic function's (or generic type's) run-time dictionary, which shaped code
// indexes: method expressions of type parameters first, then the dictionaries of the instances it
// uses with its own type parameters, then the type descriptors and itabs of the types that depend on
// them. gc prints calls from shaped code with a word of it, `(*[2]uintptr)(.dict[1])`: the callee's
// dictionary size and the word's index. Entries are collected in the order gc writes the body, as
// gc collects them (cf. noder.writerDict: typeParamMethodExprIdx, subdictIdx, rtypeIdx, itabIdx).
import type * as ast from '../syntax/ast.js';
import type { Package } from '../types/info.js';
import { defaultType, identical, under } from '../types/predicates.js';
import type { Func as TFunc, Named, Signature, Type, TypeParam } from '../types/types.js';

// gc tells types apart by their type checker objects: each type expression makes a new one, and
// each method of a generic type has type parameters of its own, so entries are shared only within
// one method (a `scope`) and only for the same type object.
export class DictLayout {
  private readonly tpme: string[] = [];
  private readonly subdicts: { obj: object; targs: readonly Type[]; scope: number }[] = [];
  private readonly rtypes: { t: Type; scope: number }[] = [];
  private readonly itabs: { t: Type; iface: Type; scope: number }[] = [];
  /** The method being collected (methods of a generic type do not share type parameters). */
  scope = 0;
  /** The dictionary section entry each use refers to (a call's function or a method selector). */
  private readonly subdictOf = new Map<ast.Node, number>();
  private readonly tpmeOf = new Map<ast.Node, number>();

  /** The instances whose dictionaries this one points to. */
  get subdictEntries(): readonly { obj: object; targs: readonly Type[] }[] {
    return this.subdicts;
  }

  /** The types whose descriptors (and itabs) this dictionary holds, in order. */
  get typeEntries(): Type[] {
    return [...this.rtypes.map((r) => r.t), ...this.itabs.flatMap((i) => [i.t, i.iface])];
  }

  get words(): number {
    return this.tpme.length + this.subdicts.length + this.rtypes.length + this.itabs.length;
  }

  /** The word holding the dictionary of the instance used at n. */
  subdictWord(n: ast.Node): number {
    return this.tpme.length + (this.subdictOf.get(n) ?? 0);
  }

  /** The word holding the type parameter method selected at n. */
  methodWord(n: ast.Node): number {
    return this.tpmeOf.get(n) ?? 0;
  }

  addTpme(n: ast.Node, key: string): void {
    let i = this.tpme.indexOf(key);
    if (i < 0) i = this.tpme.push(key) - 1;
    this.tpmeOf.set(n, i);
  }

  addSubdict(n: ast.Node, obj: object, targs: readonly Type[]): void {
    const scope = this.scope;
    let i = this.subdicts.findIndex((s) => s.scope === scope && s.obj === obj && s.targs.length === targs.length && s.targs.every((t, j) => same(t, targs[j]!)));
    if (i < 0) i = this.subdicts.push({ obj, targs, scope }) - 1;
    this.subdictOf.set(n, i);
  }

  addRtype(t: Type): void {
    const scope = this.scope;
    if (!this.rtypes.some((r) => r.scope === scope && same(r.t, t))) this.rtypes.push({ t, scope });
  }

  addItab(t: Type, iface: Type): void {
    const scope = this.scope;
    if (!this.itabs.some((r) => r.scope === scope && same(r.t, t) && same(r.iface, iface))) this.itabs.push({ t, iface, scope });
  }
}

/** Computes layouts of the package's generic functions and types, once each. */
export class DictLayouts {
  private readonly cache = new Map<object, DictLayout>();
  constructor(
    private readonly pkg: Package,
    private readonly funcDecl: (obj: TFunc) => ast.FuncDecl | undefined,
    private readonly methodDecls: (t: Named) => readonly ast.FuncDecl[],
  ) {}

  ofFunc(obj: TFunc): DictLayout {
    let l = this.cache.get(obj);
    if (l === undefined) {
      l = new DictLayout();
      this.cache.set(obj, l);
      const d = this.funcDecl(obj);
      if (d !== undefined) new Writer(this.pkg, l, obj.type.typeParams).func(d);
    }
    return l;
  }

  ofType(t: Named): DictLayout {
    let l = this.cache.get(t);
    if (l === undefined) {
      l = new DictLayout();
      this.cache.set(t, l);
      const w = new Writer(this.pkg, l, t.typeParams);
      for (const d of this.methodDecls(t)) {
        w.func(d);
        l.scope++;
      }
    }
    return l;
  }
}

/** Walks a generic body in the order gc writes it, recording what its dictionary needs. */
class Writer {
  private readonly info;
  constructor(
    pkg: Package,
    private readonly l: DictLayout,
    _tparams: readonly TypeParam[],
  ) {
    this.info = pkg.info;
  }

  private typeOf(x: ast.Expr): Type | null {
    return this.info.types.get(x)?.type ?? null;
  }

  private derived(t: Type, seen: Set<Type> = new Set()): boolean {
    if (seen.has(t)) return false;
    seen.add(t);
    switch (t.kind) {
      case 'TypeParam': return true;
      case 'Named': return t.typeArgs.some((a) => this.derived(a, seen));
      case 'Pointer': case 'Slice': case 'Array': case 'Chan': return this.derived(t.elem, seen);
      case 'Map': return this.derived(t.key, seen) || this.derived(t.elem, seen);
      case 'Struct': return t.fields.some((f) => this.derived(f.type, seen));
      case 'Tuple': return t.vars.some((v) => this.derived(v.type, seen));
      case 'Signature': return this.derived(t.params, seen) || this.derived(t.results, seen);
      case 'Interface': return t.methods.some((m) => this.derived(m.type, seen)) || t.embeddeds.some((e) => this.derived(e, seen));
      default: return false;
    }
  }

  private rtype(t: Type | null): void {
    if (t !== null && this.derived(t)) this.l.addRtype(defaultType(t));
  }

  private convRTTI(src: Type, dst: Type): void {
    const s = defaultType(src), d = defaultType(dst);
    this.rtype(s);
    this.rtype(d);
    if (this.derived(s) || this.derived(d)) this.l.addItab(s, d);
  }

  private implicitConv(dst: Type | null, x: ast.Expr): void {
    const src = this.typeOf(x);
    if (dst !== null && src !== null && src.kind !== 'Tuple' && !untyped(src) && !identical(src, dst)) this.convRTTI(src, dst);
    this.expr(x);
  }

  private local(t: Type): void {
    this.rtype(t);
  }

  func(d: ast.FuncDecl | ast.FuncLit): void {
    const sig = this.typeOf(d.kind === 'FuncLit' ? d : d.Name) ?? (this.info.defs.get((d as ast.FuncDecl).Name)?.type as Signature | undefined);
    const s = sig !== null && sig !== undefined && under(sig).kind === 'Signature' ? (under(sig) as Signature) : null;
    if (s !== null) {
      if (s.recv !== null) this.local(s.recv.type);
      for (const v of s.params.vars) this.local(v.type);
      for (const v of s.results.vars) this.local(v.type);
    }
    if (d.Body !== null) this.stmts(d.Body.List, s);
  }

  private stmts(list: readonly ast.Stmt[], sig: Signature | null): void {
    for (const s of list) this.stmt(s, sig);
  }

  private defined(x: ast.Expr): boolean {
    if (x.kind !== 'Ident') return false;
    const o = this.info.defs.get(x);
    if (o !== undefined && o !== null && o.kind === 'Var') {
      this.local(o.type);
      return true;
    }
    return x.Name === '_';
  }

  private assign(lhs: readonly ast.Expr[], rhs: readonly ast.Expr[]): void {
    for (const x of lhs) if (!this.defined(x)) this.expr(x);
    const dst = (i: number): Type | null => {
      const x = lhs[i];
      if (x === undefined || (x.kind === 'Ident' && x.Name === '_')) return null;
      if (x.kind === 'Ident') {
        const o = this.info.defs.get(x) ?? this.info.uses.get(x);
        if (o !== undefined && o !== null) return o.type;
      }
      return this.typeOf(x);
    };
    this.multi(rhs, dst);
  }

  private multi(xs: readonly ast.Expr[], dst: (i: number) => Type | null): void {
    if (xs.length === 1 && lhsTuple(this.typeOf(xs[0]!))) {
      const t = this.typeOf(xs[0]!) as { vars: readonly { type: Type }[] };
      this.expr(xs[0]!);
      t.vars.forEach((v, i) => {
        const d = dst(i);
        if (d !== null && !untyped(v.type) && !identical(v.type, d)) this.convRTTI(v.type, d);
      });
      return;
    }
    xs.forEach((x, i) => this.implicitConv(dst(i), x));
  }

  private stmt(s: ast.Stmt, sig: Signature | null): void {
    switch (s.kind) {
      case 'AssignStmt':
        if (s.Tok === 'ASSIGN' || s.Tok === 'DEFINE') this.assign(s.Lhs, s.Rhs);
        else {
          this.expr(s.Lhs[0]!);
          const shift = s.Tok === 'SHL_ASSIGN' || s.Tok === 'SHR_ASSIGN';
          this.implicitConv(shift ? null : this.typeOf(s.Lhs[0]!), s.Rhs[0]!);
        }
        return;
      case 'IncDecStmt': this.expr(s.X); return;
      case 'DeclStmt':
        if (s.Decl.Tok === 'VAR') for (const spec of s.Decl.Specs as ast.ValueSpec[]) this.assign(spec.Names, spec.Values);
        return;
      case 'ExprStmt': this.expr(s.X); return;
      case 'GoStmt': case 'DeferStmt': this.expr(s.Call); return;
      case 'ReturnStmt': this.multi(s.Results, (i) => sig?.results.vars[i]?.type ?? null); return;
      case 'SendStmt': {
        this.expr(s.Chan);
        const ct = this.typeOf(s.Chan);
        this.implicitConv(ct !== null && under(ct).kind === 'Chan' ? (under(ct) as { elem: Type }).elem : null, s.Value);
        return;
      }
      case 'BlockStmt': this.stmts(s.List, sig); return;
      case 'LabeledStmt': this.stmt(s.Stmt, sig); return;
      case 'IfStmt':
        if (s.Init !== null) this.stmt(s.Init, sig);
        this.expr(s.Cond);
        this.stmts(s.Body.List, sig);
        if (s.Else !== null) this.stmt(s.Else, sig);
        return;
      case 'ForStmt':
        if (s.Init !== null) this.stmt(s.Init, sig);
        if (s.Cond !== null) this.expr(s.Cond);
        if (s.Post !== null) this.stmt(s.Post, sig);
        this.stmts(s.Body.List, sig);
        return;
      case 'RangeStmt': {
        const lhs = [s.Key, s.Value];
        for (const x of lhs) if (x !== null && (s.Tok !== 'DEFINE' || !this.defined(x))) this.expr(x);
        this.expr(s.X);
        const xt = this.typeOf(s.X);
        if (xt !== null && under(xt).kind === 'Map') this.rtype(xt);
        const kv = rangeTypes(xt);
        lhs.forEach((x, i) => {
          if (x === null || (x.kind === 'Ident' && x.Name === '_') || kv[i] === null) return;
          const o = x.kind === 'Ident' ? (this.info.defs.get(x) ?? this.info.uses.get(x)) : undefined;
          const d = o !== undefined && o !== null ? o.type : this.typeOf(x);
          if (d !== null) this.convRTTI(kv[i]!, d);
        });
        this.stmts(s.Body.List, sig);
        return;
      }
      case 'SwitchStmt': {
        if (s.Init !== null) this.stmt(s.Init, sig);
        const tagT = s.Tag !== null ? this.typeOf(s.Tag) : null;
        if (s.Tag !== null) this.expr(s.Tag);
        for (const c of s.Body.List as ast.CaseClause[]) {
          for (const e of c.List) this.implicitConv(tagT, e);
          this.stmts(c.Body, sig);
        }
        return;
      }
      case 'TypeSwitchStmt': {
        if (s.Init !== null) this.stmt(s.Init, sig);
        const guard = s.Assign.kind === 'AssignStmt' ? s.Assign.Rhs[0]! : (s.Assign as ast.ExprStmt).X;
        const gx = (unparen(guard) as ast.TypeAssertExpr).X;
        const iface = this.typeOf(gx);
        this.expr(gx);
        for (const c of s.Body.List as ast.CaseClause[]) {
          for (const e of c.List) {
            const t = this.typeOf(e);
            if (t === null || (t.kind === 'Basic' && t.name === 'untyped nil')) continue;
            this.exprType(iface, t);
          }
          const o = this.info.implicits.get(c);
          if (o !== undefined) this.local(o.type);
          this.stmts(c.Body, sig);
        }
        return;
      }
      case 'SelectStmt':
        for (const c of s.Body.List as ast.CommClause[]) {
          if (c.Comm !== null) this.stmt(c.Comm, sig);
          this.stmts(c.Body, sig);
        }
        return;
      default:
        return;
    }
  }

  /** A type written as a run-time type: an itab for a non-empty interface, else a descriptor. */
  private exprType(iface: Type | null, t: Type): void {
    if (iface !== null && under(iface).kind === 'Interface' && (under(iface) as { allMethods: readonly unknown[] }).allMethods.length > 0) {
      this.convRTTI(t, iface);
      return;
    }
    this.rtype(t);
  }

  private funcInst(n: ast.Node, id: ast.Ident): boolean {
    const obj = this.info.uses.get(id);
    const inst = this.info.instances.get(id);
    if (obj === undefined || obj.kind !== 'Func' || inst === undefined || obj.type.typeParams.length === 0) return false;
    if (inst.typeArgs.some((t) => this.derived(t))) this.l.addSubdict(n, obj, inst.typeArgs);
    return true;
  }

  private methodExpr(n: ast.SelectorExpr, recv: Type): void {
    const sel = this.info.selections.get(n)!;
    if (recv.kind === 'TypeParam') {
      this.l.addTpme(n, `${recv.index}.${sel.obj.name}`);
      return;
    }
    let b: Type = recv;
    if (b.kind === 'Pointer') b = b.elem;
    if (b.kind === 'Named' && under(b).kind !== 'Interface') {
      const args = b.typeArgs.length > 0 ? b.typeArgs : b.typeParams;
      if (args.some((t) => this.derived(t))) this.l.addSubdict(n, b.origin ?? b, args);
    }
  }

  private expr(x: ast.Expr): void {
    x = unparen(x);
    const tv = this.info.types.get(x);
    if (tv !== undefined && tv.mode === 'constant') return;
    switch (x.kind) {
      case 'Ident':
        this.funcInst(x, x);
        return;
      case 'IndexExpr': case 'IndexListExpr': {
        const f = unparen(x.X);
        const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' ? f.Sel : null;
        if (id !== null && this.funcInst(id, id)) return;
        if (x.kind === 'IndexListExpr') return;
        const xt = this.typeOf(x.X);
        this.expr(x.X);
        const isMap = xt !== null && under(xt).kind === 'Map';
        this.implicitConv(isMap ? (under(xt!) as { key: Type }).key : null, x.Index);
        if (isMap) this.rtype(xt);
        return;
      }
      case 'CompositeLit': this.compLit(x); return;
      case 'FuncLit': this.func(x); return;
      case 'SelectorExpr': {
        const sel = this.info.selections.get(x);
        if (sel === undefined) {
          this.funcInst(x.Sel, x.Sel);
          return;
        }
        if (sel.kind === 'FieldVal') {
          this.expr(x.X);
          return;
        }
        if (sel.kind === 'MethodVal') this.expr(x.X);
        this.methodExpr(x, this.recvType(x, sel.kind === 'MethodExpr'));
        return;
      }
      case 'SliceExpr':
        this.expr(x.X);
        for (const e of [x.Low, x.High, x.Max]) if (e !== null) this.expr(e);
        return;
      case 'TypeAssertExpr': {
        const iface = this.typeOf(x.X);
        this.expr(x.X);
        if (x.Type !== null) {
          const t = this.typeOf(x.Type);
          if (t !== null) this.exprType(iface, t);
        }
        this.rtype(iface);
        return;
      }
      case 'StarExpr': case 'UnaryExpr': this.expr(x.X); return;
      case 'BinaryExpr': {
        const xt = this.typeOf(x.X), yt = this.typeOf(x.Y);
        let common: Type | null = null;
        if (x.Op !== 'SHL' && x.Op !== 'SHR' && xt !== null && yt !== null && !untyped(xt) && !untyped(yt)) {
          if (isIface(yt) && !isIface(xt)) common = yt;
          else if (isIface(xt) && !isIface(yt)) common = xt;
        }
        this.implicitConv(common, x.X);
        this.implicitConv(common, x.Y);
        return;
      }
      case 'CallExpr': this.call(x); return;
      case 'KeyValueExpr': this.expr(x.Value); return;
      default: return;
    }
  }

  /** The receiver type a method selector resolves on, after implicit field selections and & or *. */
  private recvType(x: ast.SelectorExpr, isMethodExpr: boolean): Type {
    const sel = this.info.selections.get(x)!;
    let t = isMethodExpr ? (this.typeOf(x.X) ?? sel.recv) : (this.typeOf(x.X) ?? sel.recv);
    for (const i of sel.index.slice(0, -1)) {
      const st = under(t.kind === 'Pointer' ? t.elem : t);
      if (st.kind !== 'Struct') break;
      t = st.fields[i]!.type;
    }
    const m = sel.obj as TFunc;
    const r = m.type.recv?.type;
    if (r !== undefined && t.kind !== 'TypeParam') {
      const wantPtr = r.kind === 'Pointer';
      if (wantPtr && t.kind !== 'Pointer') return { kind: 'Pointer', elem: t };
      if (!wantPtr && t.kind === 'Pointer') return t.elem;
    }
    return t;
  }

  private compLit(x: ast.CompositeLit): void {
    let t = this.typeOf(x);
    if (t === null) return;
    if (under(t).kind === 'Pointer') t = (under(t) as { elem: Type }).elem;
    const u = under(t);
    if (u.kind === 'Map') this.rtype(t);
    for (const [i, e] of x.Elts.entries()) {
      if (u.kind === 'Struct') {
        let f: { type: Type } | undefined = u.fields[i];
        let v: ast.Expr = e;
        if (e.kind === 'KeyValueExpr') {
          f = u.fields.find((fl) => fl.name === (e.Key as ast.Ident).Name);
          v = e.Value;
        }
        this.implicitConvElem(f?.type ?? null, v);
        continue;
      }
      const elemT = u.kind === 'Map' || u.kind === 'Slice' || u.kind === 'Array' ? u.elem : null;
      if (e.kind === 'KeyValueExpr') {
        this.implicitConvElem(u.kind === 'Map' ? u.key : null, e.Key);
        this.implicitConvElem(elemT, e.Value);
      } else {
        this.implicitConvElem(elemT, e);
      }
    }
  }

  private implicitConvElem(t: Type | null, e: ast.Expr): void {
    if (e.kind === 'CompositeLit' && e.Type === null) {
      this.compLit(e);
      return;
    }
    this.implicitConv(t, e);
  }

  private call(x: ast.CallExpr): void {
    const fun = unparen(x.Fun);
    const ftv = this.info.types.get(fun);
    if (ftv?.mode === 'typexpr') {
      const a = x.Args[0];
      if (a !== undefined) {
        const src = this.typeOf(a);
        if (src !== null) this.convRTTI(src, ftv.type);
        this.expr(a);
      }
      return;
    }
    const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' ? fun.Sel : null;
    const obj = id !== null ? this.info.uses.get(id) : undefined;
    let rtype: Type | null = null;
    if (obj !== undefined && obj.kind === 'Builtin') {
      const t = this.typeOf(x);
      switch (obj.name) {
        case 'make': {
          const mt = this.typeOf(x.Args[0]!);
          this.rtype(mt);
          for (const a of x.Args.slice(1)) this.expr(a);
          if (mt !== null) {
            const u = under(mt);
            if (u.kind === 'Slice') this.rtype(u.elem);
            else this.rtype(mt);
          }
          return;
        }
        case 'new':
          this.rtype(this.typeOf(x.Args[0]!));
          return;
        case 'append':
          rtype = t !== null && under(t).kind === 'Slice' ? (under(t) as { elem: Type }).elem : null;
          break;
        case 'copy': {
          const a = this.typeOf(x.Args[0]!);
          rtype = a !== null && under(a).kind === 'Slice' ? (under(a) as { elem: Type }).elem : null;
          break;
        }
        case 'delete':
          rtype = this.typeOf(x.Args[0]!);
          break;
      }
    } else if (fun.kind === 'SelectorExpr' && this.info.selections.get(fun)?.kind === 'MethodVal') {
      this.expr(fun.X);
      this.methodExpr(fun, this.recvType(fun, false));
    } else {
      this.expr(fun);
    }
    const ft = ftv?.type;
    const sig = ft !== undefined && under(ft).kind === 'Signature' ? (under(ft) as Signature) : null;
    const params = sig?.params.vars ?? [];
    const paramType = (i: number): Type | null => {
      if (sig === null) return null;
      if (sig.variadic && x.Ellipsis < 0 && i >= params.length - 1) {
        const last = params[params.length - 1]?.type;
        return last !== undefined && under(last).kind === 'Slice' ? (under(last) as { elem: Type }).elem : null;
      }
      return params[i]?.type ?? null;
    };
    this.multi(x.Args, paramType);
    if (rtype !== null) this.rtype(rtype);
  }
}

function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.X;
  return x;
}

function untyped(t: Type): boolean {
  return t.kind === 'Basic' && t.name.startsWith('untyped');
}

function isIface(t: Type): boolean {
  return t.kind !== 'TypeParam' && under(t).kind === 'Interface';
}

function lhsTuple(t: Type | null): boolean {
  return t !== null && t.kind === 'Tuple' && t.vars.length > 1;
}

/** The key and value types a range over t produces. */
function rangeTypes(t: Type | null): [Type | null, Type | null] {
  if (t === null) return [null, null];
  const u = under(t.kind === 'Pointer' ? t.elem : t);
  const int: Type = { kind: 'Basic', name: 'int' };
  switch (u.kind) {
    case 'Slice': case 'Array': return [int, u.elem];
    case 'Map': return [u.key, u.elem];
    case 'Chan': return [u.elem, null];
    case 'Basic': return u.name.includes('string') ? [int, { kind: 'Basic', name: 'int32', alias: 'rune' }] : [int, null];
    default: return [null, null];
  }
}

/** The same type object, as gc's writer tells derived types apart (basic types are singletons). */
function same(a: Type, b: Type): boolean {
  return a === b || (a.kind === 'Basic' && b.kind === 'Basic' && a.name === b.name);
}
