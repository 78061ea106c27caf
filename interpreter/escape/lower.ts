// Lowers a checked package's function bodies to the escape IR (ir.ts), doing what gc's noder and
// typecheck do before escape analysis: implicit interface conversions, `... argument` slices for
// variadic calls, implicit &/* on method receivers, embedded-field paths, multi-value call temps,
// go/defer wrappers (typecheck.normalizeGoDeferCall), result names ~r0, per-iteration loop variables.
import type { Pos } from '../source/file.js';
import type * as ast from '../syntax/ast.js';
import { sharesLoopVars } from '../syntax/buildline.js';
import type { Package } from '../types/info.js';
import { identical, under } from '../types/predicates.js';
import type { Func as TFunc, Named, Obj, Signature, Type, Var } from '../types/types.js';
import { instantiateNamed, subst, type SubstMap } from '../types/instantiate.js';
import { anyType, byteType, runeType, Typ } from '../types/universe.js';
import { quoteGo, ratToFloat64, type ConstValue } from '../types/constant.js';
import { encodeUTF8 } from '../source/file.js';
import { Func, forEachChild, Name, Node, type Op } from './ir.js';
import { lookupFieldOrMethod } from '../types/lookup.js';
import { staticValue } from './call.js';
import { type GenericDecl, type InstanceJob, Instances, type WrapperJob } from './instances.js';
import { ReadOrder } from './readorder.js';
import { hasShape } from './shapes.js';
import { type DictLayout, DictLayouts } from './dicts.js';

const NoPos = -1;

function isIface(t: Type | null): boolean {
  return t !== null && t.kind !== 'TypeParam' && under(t).kind === 'Interface';
}

function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.X;
  return x;
}

/** gc's position of an expression node (the operator token, `(` of calls, `{` of literals...). */
export function gcPos(x: ast.Expr): Pos {
  switch (x.kind) {
    case 'Ident': return x.NamePos;
    case 'BasicLit': return x.ValuePos;
    case 'CompositeLit': return x.Lbrace;
    case 'FuncLit': return x.Type.Func;
    case 'ParenExpr': return gcPos(x.X);
    case 'SelectorExpr': return x.Sel.NamePos - 1;
    case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': return x.Lbrack;
    case 'TypeAssertExpr': return x.Lparen - 1;
    case 'CallExpr': return x.Lparen;
    case 'StarExpr': return x.Star;
    case 'UnaryExpr': case 'BinaryExpr': return x.OpPos;
    case 'KeyValueExpr': return x.Colon;
    case 'Ellipsis': return x.Ellipsis;
    case 'ArrayType': return x.Lbrack;
    case 'StructType': return x.Struct;
    case 'FuncType': return x.Func;
    case 'InterfaceType': return x.Interface;
    case 'MapType': return x.Map;
    case 'ChanType': return x.Begin;
    case 'BadExpr': return x.From;
    default: return NoPos;
  }
}

export interface Lowered {
  /** Declared functions and methods with bodies, in source order. */
  readonly funcs: Func[];
}

export class Lowerer {
  private fn!: Func;
  private readonly names = new Map<Var, Name>();
  private readonly cvars = new Map<Func, Map<Var, Name>>();
  private readonly globals = new Map<Obj, Name>();
  private readonly funcOf = new Map<TFunc, Func>();
  readonly funcs: Func[] = [];
  /** Loop variables are per iteration (Go 1.22+) unless the file says an older version. */
  private perIteration = true;
  /** Generic declarations and the instantiations compiled from them. */
  readonly inst: Instances;
  /** In a shaped body: its type parameters' shapes, and its dictionary parameter. */
  private smap: SubstMap | null = null;
  private dictVar: Var | null = null;
  private layout: DictLayout | null = null;
  private readonly layouts: DictLayouts;
  /** The package's init function, and the count of function literals at package level. */
  private initFunc: Func | null = null;
  private globCount = 0;
  /** Lowering a select case's communication (kept as one statement). */
  private inSelectComm = false;

  constructor(
    private readonly pkg: Package,
    private readonly typeText: (t: Type) => string,
  ) {
    this.inst = new Instances(pkg.path);
    this.layouts = new DictLayouts(pkg, (obj) => this.inst.funcs.get(obj)?.d, (t) => (this.inst.methods.get(t) ?? []).map((m) => m.d));
  }

  /** The checker's record of x, its type in terms of the shapes when in a shaped body. */
  private tv(x: ast.Expr) {
    const tv = this.pkg.info.types.get(x);
    if (tv === undefined || this.smap === null) return tv;
    return { ...tv, type: subst(tv.type, this.smap) };
  }

  private sub(t: Type): Type {
    return this.smap === null ? t : subst(t, this.smap);
  }

  /**
   * Between different non-empty interfaces one of which involves a shape, gc converts with a new
   * itab (OCONVIFACE), where elsewhere the conversion would be a no-op.
   */
  private shapedIfaceConv(from: Type, to: Type): boolean {
    if (this.smap === null || !(hasShape(from) || hasShape(to)) || identical(from, to)) return false;
    const u = under(to);
    return u.kind === 'Interface' && u.allMethods.length > 0;
  }

  /** Whether x's type depends on the type parameters of the shaped body being lowered. */
  private derived(x: ast.Expr): boolean {
    const t = this.pkg.info.types.get(x)?.type;
    return this.smap !== null && t !== undefined && subst(t, this.smap) !== t;
  }

  private typeOf(x: ast.Expr): Type {
    return this.tv(x)?.type ?? Typ.invalid;
  }

  lowerPackage(): Lowered {
    // Create every function's name first so calls can refer to functions declared later.
    const decls: { d: ast.FuncDecl; f: Func; goVersion: string }[] = [];
    for (const file of this.pkg.files) {
      for (const d of file.Decls) {
        if (d.kind !== 'FuncDecl') continue;
        const obj = this.pkg.info.defs.get(d.Name) as TFunc | undefined;
        if (obj === undefined || obj === null) continue;
        // Generic code is compiled once per shape of its type arguments, when instantiated.
        if (d.Type.TypeParams !== null && d.Type.TypeParams.List.length > 0) {
          if (d.Body !== null) this.inst.funcs.set(obj, { d, obj, goVersion: file.GoVersion });
          continue;
        }
        if (d.Recv !== null && this.recvIsGeneric(d)) {
          const gen = this.recvGeneric(obj);
          if (gen !== null && d.Body !== null) {
            const list = this.inst.methods.get(gen) ?? [];
            list.push({ d, obj, goVersion: file.GoVersion });
            this.inst.methods.set(gen, list);
          }
          continue;
        }
        const sym = d.Recv !== null ? this.methodSym(d) : d.Name.Name;
        const nname = new Name(d.Name.NamePos, sym, 'PFUNC', obj.type, null);
        const f = new Func(nname, obj.type, d.Type.Func);
        nname.fn = f;
        this.funcOf.set(obj, f);
        decls.push({ d, f, goVersion: file.GoVersion });
      }
    }
    // Package initialization comes first: the init function, then the function literals of
    // package-level initializers (global functions glob..funcN).
    this.lowerInit();
    for (const { d, f, goVersion } of decls) {
      this.perIteration = !sharesLoopVars(goVersion);
      this.lowerFuncDecl(d, f);
      this.funcs.push(f);
    }
    // The instantiations gc compiles, in the order it compiles them (after the package's own).
    const order = new ReadOrder(this.pkg, this.inst, this.layouts).run();
    this.lowerInstances();
    const inOrder = new Set(order);
    return { funcs: [...this.funcs, ...order, ...this.inst.all.filter((f) => !inOrder.has(f)), ...this.inst.wrapperFuncs.filter((f) => !inOrder.has(f))] };
  }

  /** Lowers the shaped bodies and wrappers instantiated so far, and those they instantiate. */
  private lowerInstances(): void {
    for (;;) {
      const job = this.inst.jobs.shift();
      if (job !== undefined) {
        this.lowerInstance(job);
        continue;
      }
      const w = this.inst.wrapperJobs.shift();
      if (w === undefined) break;
      this.buildWrapper(w);
    }
  }

  private lowerInstance(job: InstanceJob): void {
    const { f, decl, smap } = job;
    const d = decl.d;
    this.smap = smap;
    this.perIteration = !sharesLoopVars(decl.goVersion);
    this.fn = f;
    this.declareParams(f, d.Type, d.Recv, f.sig);
    // The dictionary comes right after the receiver.
    const dictT: Type = { kind: 'Pointer', elem: { kind: 'Array', len: 1, elem: Typ.uintptr } };
    const dv = { kind: 'Var', name: '.dict', pos: funcPos(d), pkg: this.pkg.path, type: dictT, isParam: true } as Var;
    const dn = new Name(funcPos(d), '.dict', 'PPARAM', dictT, f, dv);
    this.names.set(dv, dn);
    const at = d.Recv !== null ? 1 : 0;
    f.params.splice(at, 0, dn);
    f.dcl.splice(at, 0, dn);
    this.dictVar = dv;
    const gen = d.Recv !== null ? this.recvGeneric(decl.obj) : null;
    this.layout = gen !== null ? this.layouts.ofType(gen) : this.layouts.ofFunc(decl.obj);
    f.body = this.block(d.Body!.List);
    this.dictVar = null;
    this.layout = null;
    this.smap = null;
  }

  /** An instance's own function: passes its arguments and its dictionary to the shaped body. */
  private buildWrapper(job: WrapperJob): void {
    const { f, decl, shaped } = job;
    const d = decl.d;
    const pos = funcPos(d);
    this.smap = job.smap;
    this.fn = f;
    this.declareParams(f, d.Type, d.Recv, f.sig);
    this.smap = null;
    const call = new Node('CALLFUNC', pos, null);
    const dict = this.staticDict(job.dictName, pos);
    const params: Node[] = [...f.params];
    if (d.Recv !== null) {
      const recv = params.shift()!;
      call.x = this.dotMethod(recv, shaped, pos);
      call.y = recv;
      call.callee = this.instName(shaped, pos);
      call.methodExpr = shaped.nname.sym;
    } else {
      call.x = this.instName(shaped, pos);
    }
    call.list = [dict, ...params];
    call.isDDD = f.sig.variadic;
    if (f.results.length === 0) {
      f.body = [call];
      return;
    }
    const ret = new Node('RETURN', pos, null);
    if (f.results.length === 1) {
      call.type = f.results[0]!.type;
      ret.list = [call];
      f.body = [ret];
      return;
    }
    const tmps = f.results.map((r) => this.temp(pos, r.type!));
    const as = new Node('AS2FUNC', pos, null);
    as.list = tmps;
    as.rlist = [call];
    as.def = true;
    for (const t of tmps) t.defn = as;
    ret.list = tmps;
    f.body = [as, ret];
  }

  private dotMethod(recv: Node, f: Func, pos: Pos): Node {
    const d = new Node('DOT', pos, f.sig);
    d.x = recv;
    d.text = f.nname.sym.slice(f.nname.sym.lastIndexOf('.') + 1);
    return d;
  }

  /** The generic type a method of a generic type is declared on. */
  private recvGeneric(obj: TFunc): Named | null {
    const r = obj.type.recv?.type;
    if (r === undefined) return null;
    const b = r.kind === 'Pointer' ? r.elem : r;
    if (b.kind !== 'Named') return null;
    return b.origin ?? b;
  }

  /** A reference to a shaped function or wrapper (a call-graph edge). */
  private instName(f: Func, pos: Pos): Name {
    this.fn.refs.push(f);
    this.fn.order.push(f);
    const n = new Name(pos, f.nname.sym, 'PFUNC', f.sig, null);
    n.fn = f;
    return n;
  }

  /** `&.dict.Sum[int]`: a statically known dictionary. */
  private staticDict(sym: string, pos: Pos): Node {
    const a = new Node('ADDR', pos, null);
    a.x = new Name(pos, sym, 'PEXTERN', { kind: 'Array', len: 1, elem: Typ.uintptr }, null);
    return a;
  }

  /**
   * The dictionary argument for a callee instantiated with targs: static, or, when the type
   * arguments depend on the shaped body's own, the word of its dictionary used at `use`, converted
   * to a pointer to the callee's dictionary.
   */
  private dictArg(pkg: string, name: string, targs: readonly Type[], pos: Pos, use: ast.Node, callee: DictLayout | null): Node {
    if (this.dictVar === null || this.layout === null || !this.inst.dynamic(targs)) return this.staticDict(this.inst.dictSym(pkg, name, targs), pos);
    const t: Type = { kind: 'Pointer', elem: { kind: 'Array', len: callee?.words ?? 1, elem: Typ.uintptr } };
    const c = new Node('CONV', pos, t);
    c.x = this.dictWord(pos, this.layout.subdictWord(use));
    c.typeText = `(${this.typeText(t)})`;
    return c;
  }

  /**
   * T.M or (*T).M for a method of a generic type: the instance's own method when it has the
   * receiver asked for (a wrapper gc generates later otherwise, whose effect is not known yet),
   * or in shaped code a closure binding the dictionary (cf. reader.methodExprWrap).
   */
  private genericMethodExpr(use: ast.SelectorExpr, n: Node, gm: { decl: GenericDecl; inst: Named }, m: TFunc, rt: Type, direct: boolean, pos: Pos, t: Type | null): Node {
    const shaped = this.inst.typeInstance(gm.inst.origin ?? gm.inst, gm.inst.typeArgs).get(m.name)!;
    const wantPtr = (m.type.recv?.type.kind ?? '') === 'Pointer';
    const havePtr = rt.kind === 'Pointer';
    if (!this.inst.dynamic(gm.inst.typeArgs)) {
      if (direct && wantPtr === havePtr) n.callee = this.instName(this.inst.wrapper(gm.decl, gm.inst.typeArgs, gm.inst, shaped), pos);
      return n;
    }
    const dict = this.dictArg(gm.inst.obj.pkg, gm.inst.obj.name, gm.inst.typeArgs, pos, use, this.layouts.ofType(gm.inst.origin ?? gm.inst));
    return this.curry(pos, under(t!) as Signature, [dict], (c, params, p) => {
      let recv: Node = params[0]!;
      if (wantPtr && !havePtr) {
        const a = new Node('ADDR', p, { kind: 'Pointer', elem: rt });
        a.x = recv;
        a.implicit = true;
        recv = a;
      } else if (!wantPtr && havePtr) {
        recv = implicitDeref(recv, (rt as { elem: Type }).elem);
      }
      const call = new Node('CALLFUNC', p, null);
      call.y = recv;
      call.x = this.dotMethod(recv, shaped, p);
      call.callee = this.instName(shaped, p);
      call.methodExpr = shaped.nname.sym;
      call.list = [c[0]!, ...params.slice(1)];
      return call;
    });
  }

  /** The generic function a call or value refers to, with its type arguments. */
  private genericFuncRef(fun: ast.Expr): { id: ast.Ident; obj: TFunc; targs: Type[] } | null {
    let e = unparen(fun);
    if (e.kind === 'IndexExpr' || e.kind === 'IndexListExpr') e = unparen(e.X);
    const id = e.kind === 'Ident' ? e : e.kind === 'SelectorExpr' && !this.pkg.info.selections.has(e) ? e.Sel : null;
    if (id === null) return null;
    const obj = this.pkg.info.uses.get(id);
    if (obj === undefined || obj.kind !== 'Func' || obj.type.typeParams.length === 0) return null;
    const inst = this.pkg.info.instances.get(id);
    if (inst === undefined) return null;
    return { id, obj, targs: inst.typeArgs.map((t) => this.sub(t)) };
  }

  /** The callee of a call of a generic function: the shaped function, and its dictionary. */
  private genericCallee(g: { id: ast.Ident; obj: TFunc; targs: Type[] }, pos: Pos): { fun: Node; dict: Node } {
    const decl = this.inst.funcs.get(g.obj);
    const dict = this.dictArg(g.obj.pkg, g.obj.name, g.targs, pos, g.id, this.inst.funcs.has(g.obj) ? this.layouts.ofFunc(g.obj) : null);
    if (decl !== undefined) return { fun: this.instName(this.inst.funcInstance(decl, g.targs), g.id.NamePos), dict };
    // A generic function of another package: golesson does not analyse its body.
    const shapes = this.inst.shapeArgs(g.obj.type.typeParams, g.targs);
    const n = new Name(g.id.NamePos, this.inst.funcSym(g.obj, shapes), 'PFUNC', g.obj.type, null);
    n.pkgPath = stdKey(g.obj) + '[generic]';
    return { fun: n, dict };
  }

  /** A generic function used as a value: its instance's wrapper. */
  private genericFuncValue(g: { id: ast.Ident; obj: TFunc; targs: Type[] }, at: Pos = g.id.NamePos): Node {
    const decl = this.inst.funcs.get(g.obj);
    if (decl === undefined) {
      const n = new Name(g.id.NamePos, this.inst.funcSym(g.obj, g.targs), 'PFUNC', g.obj.type, null);
      n.pkgPath = stdKey(g.obj) + '[generic]';
      return n;
    }
    const shaped = this.inst.funcInstance(decl, g.targs);
    if (this.inst.dynamic(g.targs)) {
      // The dictionary is known only at run time: a closure binds it.
      const fn = this.instName(shaped, g.id.NamePos);
      const dict = this.dictArg(g.obj.pkg, g.obj.name, g.targs, g.id.NamePos, g.id, this.layouts.ofFunc(g.obj));
      const sig = under(this.typeOf(g.id)) as Signature;
      return this.curry(at, sig, [fn, dict], (c, params, pos) => {
        const call = new Node('CALLFUNC', pos, null);
        call.x = c[0]!;
        call.list = [c[1]!, ...params];
        return call;
      });
    }
    return this.instName(this.inst.wrapper(decl, g.targs, null, shaped), g.id.NamePos);
  }

  /**
   * A function literal the compiler makes to bind values now for a call made later (cf.
   * reader.curry): the values are evaluated into temporaries it captures (function names are
   * referred to directly); it takes sig's parameters and returns what the call returns.
   */
  private curry(pos: Pos, sig: Signature, bound: Node[], call: (bound: Node[], params: Node[], pos: Pos) => Node): Node {
    const outer = this.fn;
    const idx = outer.closures.length + 1;
    const nname = new Name(pos, `${outer.nname.sym}.func${idx}`, 'PFUNC', sig, null);
    const wf = new Func(nname, sig, pos);
    nname.fn = wf;
    wf.wrapper = true;
    wf.closureParent = outer;
    wf.dupok = outer.dupok;
    const clo = new Node('CLOSURE', pos, sig);
    clo.func = wf;
    wf.oclosure = clo;
    outer.closures.push(wf);
    outer.order.push(wf);
    const inner = bound.map((b) => {
      if (b instanceof Name && b.cls === 'PFUNC') return b;
      const tmp = this.temp(pos, b.type ?? Typ.invalid);
      const dcl = new Node('DCL', pos, null);
      dcl.x = tmp;
      const as = new Node('AS', pos, null);
      as.x = tmp;
      as.y = b;
      clo.init.push(dcl, as);
      const cv = new Name(pos, tmp.sym, 'PAUTO', tmp.type, wf, null);
      cv.outer = tmp;
      wf.closureVars.push(cv);
      return cv;
    });
    this.fn = wf;
    const params = sig.params.vars.map((v, i) => {
      const n = new Name(pos, v.name !== '' && v.name !== '_' ? v.name : `~p${i}`, 'PPARAM', v.type, wf, null);
      wf.params.push(n);
      wf.dcl.push(n);
      return n;
    });
    sig.results.vars.forEach((v, i) => {
      const n = new Name(pos, `~r${i}`, 'PPARAMOUT', v.type, wf, null);
      wf.results.push(n);
      wf.dcl.push(n);
    });
    const c = call(inner, params, pos);
    c.isDDD = sig.variadic;
    if (wf.results.length === 0) wf.body = [c];
    else {
      const ret = new Node('RETURN', pos, null);
      c.type = wf.results.length === 1 ? wf.results[0]!.type : null;
      ret.list = [c];
      wf.body = [ret];
    }
    this.fn = outer;
    return clo;
  }

  /** For a method of a generic type selected on a value of type bt: its declaration and the instance. */
  private genericMethod(m: TFunc, bt: Type): { decl: GenericDecl; inst: Named } | null {
    const om = m.origin ?? m;
    const gen = this.recvGeneric(om);
    if (gen === null || gen.typeParams.length === 0) return null;
    const decl = this.inst.methods.get(gen)?.find((x) => x.obj === om || x.obj.name === om.name);
    let b = bt;
    if (b.kind === 'Pointer') b = b.elem;
    if (decl === undefined || b.kind !== 'Named') return null;
    if (b.typeArgs.length === 0) {
      // The generic type itself, inside its own methods: instantiated with its own parameters.
      if (b.typeParams.length === 0) return null;
      b = instantiateNamed(b, b.typeParams.map((p) => this.sub(p)));
    }
    // A method promoted from an embedded field is declared on another type.
    if ((b.origin ?? b) !== gen) return null;
    return { decl, inst: b };
  }

  private recvIsGeneric(d: ast.FuncDecl): boolean {
    let t = d.Recv!.List[0]!.Type;
    if (t.kind === 'StarExpr') t = t.X;
    if (t.kind === 'ParenExpr') t = t.X;
    return t.kind === 'IndexExpr' || t.kind === 'IndexListExpr';
  }

  private methodSym(d: ast.FuncDecl): string {
    let t = d.Recv!.List[0]!.Type;
    let ptr = false;
    if (t.kind === 'StarExpr') {
      ptr = true;
      t = t.X;
    }
    const name = t.kind === 'Ident' ? t.Name : '?';
    return ptr ? `(*${name}).${d.Name.Name}` : `${name}.${d.Name.Name}`;
  }

  // ------------------------------------------------------------------------------------------
  // Functions

  private declareParams(f: Func, ftype: ast.FuncType, recv: ast.FieldList | null, sig: Signature): void {
    const add = (n: Name): void => {
      f.dcl.push(n);
    };
    const paramOf = (v: Var | null, pos: Pos, sym: string, cls: 'PPARAM' | 'PPARAMOUT', t: Type): Name => {
      const n = new Name(pos, sym, cls, t, f, v);
      if (v !== null) this.names.set(v, n);
      return n;
    };
    const fields = (l: ast.FieldList | null, vars: readonly Var[], cls: 'PPARAM' | 'PPARAMOUT', out: Name[]): void => {
      let i = 0;
      for (const fld of l?.List ?? []) {
        if (fld.Names.length === 0) {
          const v = vars[i];
          const sym = cls === 'PPARAMOUT' ? `~r${i}` : `~p${i}`;
          const n = paramOf(null, gcPos(fld.Type), sym, cls, v !== undefined ? this.sub(v.type) : Typ.invalid);
          out.push(n);
          add(n);
          i++;
          continue;
        }
        for (const id of fld.Names) {
          const v = (this.pkg.info.defs.get(id) as Var | null | undefined) ?? null;
          const sym = id.Name === '_' ? (cls === 'PPARAMOUT' ? `~r${i}` : '_') : id.Name;
          const vt = v?.type ?? vars[i]?.type;
          const n = paramOf(v, id.NamePos, sym, cls, vt !== undefined ? this.sub(vt) : Typ.invalid);
          out.push(n);
          add(n);
          i++;
        }
      }
    };
    if (recv !== null && sig.recv !== null) fields(recv, [sig.recv], 'PPARAM', f.params);
    fields(ftype.Params, sig.params.vars, 'PPARAM', f.params);
    fields(ftype.Results, sig.results.vars, 'PPARAMOUT', f.results);
  }

  private lowerFuncDecl(d: ast.FuncDecl, f: Func): void {
    this.fn = f;
    this.declareParams(f, d.Type, d.Recv, f.sig);
    if (d.Body === null) {
      f.external = true;
      return;
    }
    f.body = this.block(d.Body.List);
  }

  /**
   * Static devirtualization (cf. devirtualize.StaticCall): an interface method call whose receiver
   * always holds a value of one concrete type becomes a direct call on `x.(T)`. Runs before escape
   * analysis, reporting with -m; visits functions in the order given.
   */
  devirtualize(fns: readonly Func[], warn: (pos: number, msg: string) => void): void {
    const seen = new Set<Node>();
    const visit = (n: Node | null): void => {
      if (n === null || seen.has(n)) return;
      seen.add(n);
      forEachChild(n, visit);
      if (n.op === 'CLOSURE' && n.func !== null) for (const st of n.func.body) visit(st);
      if (n.op !== 'CALLINTER') return;
      const sel = n.x!;
      const r = staticValue(sel.x!);
      if (r.op !== 'CONVIFACE' || r.x === null || r.x.type === null || isIface(r.x.type)) return;
      const typ = r.x.type;
      const res = lookupFieldOrMethod(typ, false, sel.text, this.pkg.path);
      const m = res.obj;
      if (m === null || m.kind !== 'Func') return;
      const viaIface = (res.index?.length ?? 0) > 1 && this.embeddedIfacePath(typ, res.index!);
      if (viaIface) {
        warn(n.pos, `partially devirtualizing ${fmtSel(sel)} to ${this.typeText(typ)}`);
        return;
      }
      warn(n.pos, `devirtualizing ${fmtSel(sel)} to ${this.typeText(typ)}`);
      const dt = new Node('DOTTYPE', sel.pos, typ);
      dt.x = sel.x;
      const callee = this.funcName(m.origin ?? m, sel.pos, m.name);
      const call = n as { op: Op };
      (call as { op: Op }).op = 'CALLFUNC';
      n.callee = callee;
      n.methodExpr = this.methodExprText(m);
      n.y = this.recvArg(dt, typ, m);
      const d = new Node('DOT', sel.pos, sel.type);
      d.x = n.y;
      d.text = sel.text;
      n.x = d;
    };
    for (const f of fns) {
      this.fn = f;
      for (const st of f.body) visit(st);
    }
  }

  private embeddedIfacePath(t: Type, index: readonly number[]): boolean {
    let cur: Type = t;
    for (let i = 0; i < index.length - 1; i++) {
      let u = under(cur);
      if (u.kind === 'Pointer') u = under(u.elem);
      if (u.kind !== 'Struct') return false;
      cur = u.fields[index[i]!]!.type;
      if (isIface(cur)) return true;
    }
    return false;
  }

  /**
   * The package's init function: the initializers of package-level variables, in initialization
   * order, except what gc initializes statically (constants, composite literals of constants,
   * addresses, function literals), which is not code (cf. staticinit). A function literal
   * initializing a variable is a global function; elsewhere it is a closure of init. Both are
   * named glob..funcN, in initialization order.
   */
  private lowerInit(): void {
    const sig: Signature = { kind: 'Signature', recv: null, typeParams: [], params: { kind: 'Tuple', vars: [] }, results: { kind: 'Tuple', vars: [] }, variadic: false };
    const nname = new Name(NoPos, 'init', 'PFUNC', sig, null);
    const init = new Func(nname, sig, NoPos);
    nname.fn = init;
    this.initFunc = init;
    const globals: Func[] = [];
    this.perIteration = !sharesLoopVars(this.pkg.files[0]?.GoVersion ?? '');
    for (const { lhs, rhs } of this.pkg.initOrder) {
      if (rhs === null) continue;
      this.fn = init;
      const u = unparen(rhs);
      const names = lhs.map((v) => this.varName(v, v.pos) as Node);
      if (u.kind === 'FuncLit' && lhs.length === 1) {
        globals.push(this.lowerGlobalFuncLit(u, ++this.globCount));
        continue;
      }
      if (lhs.length > 1) {
        this.assignLists(names, [rhs], lhs[0]!.pos, false, init.body, lhs.map((v) => v.type));
        continue;
      }
      const parts: { x: ast.Expr; t: Type | null }[] = [];
      this.dynamicInit(rhs, lhs[0]!.type, parts, globals);
      for (const p of parts) {
        this.fn = init;
        const as = new Node('AS', lhs[0]!.pos, null);
        as.x = names[0]!;
        as.y = this.convExpr(p.x, p.t);
        init.body.push(as);
      }
    }
    this.funcs.push(init, ...globals);
  }

  /** The parts of a package-level initializer gc evaluates at run time (cf. staticinit.StaticAssign). */
  private dynamicInit(e: ast.Expr, t: Type | null, out: { x: ast.Expr; t: Type | null }[], globals: Func[]): void {
    const u = unparen(e);
    const tv = this.tv(u);
    if (tv !== undefined && (tv.mode === 'constant' || (tv.type.kind === 'Basic' && tv.type.name === 'untyped nil'))) return;
    switch (u.kind) {
      case 'Ident': {
        const obj = this.pkg.info.uses.get(u);
        if (obj !== undefined && (obj.kind === 'Func' || obj.kind === 'Nil' || (obj.kind === 'Var' && obj.isGlobal === true))) return;
        break;
      }
      case 'FuncLit':
        globals.push(this.lowerGlobalFuncLit(u, ++this.globCount));
        return;
      case 'CompositeLit': {
        const ct = under(this.typeOf(u));
        const lt = ct.kind === 'Pointer' ? under(ct.elem) : ct;
        if (lt.kind === 'Map') break;
        u.Elts.forEach((el, i) => {
          let v = el;
          let et: Type | null = lt.kind === 'Slice' || lt.kind === 'Array' ? lt.elem : null;
          if (el.kind === 'KeyValueExpr') {
            v = el.Value;
            if (lt.kind === 'Struct') et = lt.fields.find((f) => f.name === (el.Key as ast.Ident).Name)?.type ?? null;
          } else if (lt.kind === 'Struct') {
            et = lt.fields[i]?.type ?? null;
          }
          this.dynamicInit(v, et, out, globals);
        });
        return;
      }
      case 'UnaryExpr':
        if (u.Op === 'AND') {
          const x = unparen(u.X);
          if (x.kind === 'CompositeLit') {
            this.dynamicInit(x, null, out, globals);
            return;
          }
          if (x.kind === 'Ident') return;
        }
        break;
      case 'CallExpr': {
        // A conversion of something static (T{...}, a constant to []byte or an interface).
        const ftv = this.tv(unparen(u.Fun));
        const a = u.Args[0];
        if (ftv?.mode === 'typexpr' && a !== undefined && (this.tv(a)?.mode === 'constant' || unparen(a).kind === 'CompositeLit')) {
          this.dynamicInit(a, null, out, globals);
          return;
        }
        break;
      }
    }
    out.push({ x: e, t });
  }

  private lowerGlobalFuncLit(x: ast.FuncLit, idx: number): Func {
    const sig = under(this.typeOf(x)) as Signature;
    const nname = new Name(x.Type.Func, `glob..func${idx}`, 'PFUNC', sig, null);
    const f = new Func(nname, sig, x.Type.Func);
    nname.fn = f;
    this.fn = f;
    this.declareParams(f, x.Type, null, sig);
    f.body = this.block(x.Body.List);
    return f;
  }

  private lowerFuncLit(x: ast.FuncLit): Node {
    const outer = this.fn;
    const sig = under(this.typeOf(x)) as Signature;
    const idx = outer.closures.length + 1;
    const sym = outer === this.initFunc ? `glob..func${++this.globCount}` : `${outer.nname.sym}.func${idx}`;
    const nname = new Name(x.Type.Func, sym, 'PFUNC', sig, null);
    const f = new Func(nname, sig, x.Type.Func);
    nname.fn = f;
    f.closureParent = outer;
    f.dupok = outer.dupok;
    const clo = new Node('CLOSURE', x.Type.Func, sig);
    clo.func = f;
    f.oclosure = clo;
    outer.closures.push(f);
    outer.order.push(f);
    this.fn = f;
    this.declareParams(f, x.Type, null, sig);
    f.body = this.block(x.Body.List);
    if (this.dictVar !== null) {
      // Function literals in a shaped body capture its dictionary, as their last variable.
      const cv = this.varName(this.dictVar, this.dictVar.pos);
      f.closureVars.splice(f.closureVars.indexOf(cv), 1);
      f.closureVars.push(cv);
    }
    this.fn = outer;
    return clo;
  }

  // ------------------------------------------------------------------------------------------
  // Names

  private local(id: ast.Ident, v: Var, pos: Pos = id.NamePos): Name {
    const n = new Name(pos, id.Name === '_' ? '_' : id.Name, 'PAUTO', this.sub(v.type), this.fn, v);
    this.names.set(v, n);
    this.fn.dcl.push(n);
    return n;
  }

  /** A compiler temporary (gc's autotmp). */
  private temp(pos: Pos, t: Type): Name {
    // gc names a temporary after the number of declarations its function has so far.
    const n = new Name(pos, `.autotmp_${this.fn.dcl.length}`, 'PAUTO', t, this.fn, null);
    this.fn.dcl.push(n);
    return n;
  }

  /** The name a variable has inside the current function (a closure variable if captured). */
  private varName(v: Var, pos: Pos): Name {
    const n = this.names.get(v);
    if (n === undefined) {
      let g = this.globals.get(v);
      if (g === undefined) {
        g = new Name(v.pos, v.name, 'PEXTERN', v.type, null, v);
        this.globals.set(v, g);
      }
      return g;
    }
    return this.inFunc(n, this.fn, pos);
  }

  private inFunc(n: Name, f: Func, pos: Pos): Name {
    if (n.curfn === f || f.closureParent === null) return n;
    let m = this.cvars.get(f);
    if (m === undefined) {
      m = new Map();
      this.cvars.set(f, m);
    }
    const v = n.obj!;
    let cv = m.get(v);
    if (cv === undefined) {
      const outer = this.inFunc(n, f.closureParent, pos);
      cv = new Name(pos, n.sym, n.cls, n.type, f, v);
      cv.outer = outer;
      m.set(v, cv);
      f.closureVars.push(cv);
    }
    return cv;
  }

  /** `(*T).M` or `T.M` (package-qualified outside main) for a static call of method m; empty for
   *  methods of generic types, which gc prints with their shapes and dictionary. */
  private methodExprText(m: TFunc): string {
    const r = m.type.recv?.type;
    if (r === undefined) return '';
    const base = r.kind === 'Pointer' ? r.elem : r;
    if (base.kind === 'Named' && (base.typeArgs.length > 0 || base.typeParams.length > 0)) return '';
    return `${r.kind === 'Pointer' ? `(${this.typeText(r)})` : this.typeText(r)}.${m.name}`;
  }

  private funcName(obj: TFunc, pos: Pos, text: string): Name {
    const f = this.funcOf.get(obj);
    if (f !== undefined) {
      this.fn.refs.push(f);
      this.fn.order.push(f);
      const n = new Name(pos, text, 'PFUNC', obj.type, null);
      n.fn = f;
      return n;
    }
    const n = new Name(pos, text, 'PFUNC', obj.type, null);
    n.pkgPath = stdKey(obj);
    return n;
  }

  // ------------------------------------------------------------------------------------------
  // Statements

  private block(list: readonly ast.Stmt[]): Node[] {
    const out: Node[] = [];
    for (const s of list) this.stmt(s, out);
    return out;
  }

  private stmt(s: ast.Stmt, out: Node[]): void {
    switch (s.kind) {
      case 'BadStmt': case 'EmptyStmt':
        return;
      case 'DeclStmt':
        this.declStmt(s.Decl, out);
        return;
      case 'LabeledStmt': {
        const l = new Node('LABEL', s.Label.NamePos, null);
        l.text = s.Label.Name;
        out.push(l);
        this.stmt(s.Stmt, out);
        return;
      }
      case 'ExprStmt': {
        out.push(this.expr(s.X));
        return;
      }
      case 'SendStmt': {
        const n = new Node('SEND', s.Arrow, null);
        n.x = this.expr(s.Chan);
        const ct = under(this.typeOf(s.Chan));
        n.y = this.convExpr(s.Value, ct.kind === 'Chan' ? ct.elem : null);
        out.push(n);
        return;
      }
      case 'IncDecStmt': {
        const n = new Node('ASOP', s.TokPos, null);
        n.x = this.expr(s.X);
        n.y = lit(s.TokPos, '1', this.typeOf(s.X));
        n.text = s.Tok === 'INC' ? '++' : '--';
        out.push(n);
        return;
      }
      case 'AssignStmt':
        this.assign(s, out);
        return;
      case 'GoStmt': case 'DeferStmt':
        this.goDefer(s, out);
        return;
      case 'ReturnStmt': {
        const n = new Node('RETURN', s.Return, null);
        const results = this.fn.results;
        if (s.Results.length === 1 && results.length > 1) {
          // return f() with several results: temps first (typecheck.RewriteMultiValueCall)
          const call = this.expr(s.Results[0]!);
          const tmps = results.map((r) => this.temp(n.pos, r.type!));
          const as = new Node('AS2FUNC', n.pos, null);
          as.list = tmps;
          as.rlist = [call];
          as.def = true;
          for (const t of tmps) t.defn = as;
          out.push(as);
          n.list = tmps.map((t, i) => this.conv(t, results[i]!.type));
        } else {
          n.list = s.Results.map((r, i) => this.convExpr(r, results[i]?.type ?? null));
        }
        this.fn.returns++;
        out.push(n);
        return;
      }
      case 'BranchStmt': {
        const op: Op = s.Tok === 'BREAK' ? 'BREAK' : s.Tok === 'CONTINUE' ? 'CONTINUE' : s.Tok === 'GOTO' ? 'GOTO' : 'FALL';
        const n = new Node(op, s.TokPos, null);
        n.text = s.Label?.Name ?? '';
        out.push(n);
        return;
      }
      case 'BlockStmt': {
        const n = new Node('BLOCK', s.Lbrace, null);
        n.list = this.block(s.List);
        out.push(n);
        return;
      }
      case 'IfStmt': {
        const n = new Node('IF', s.If, null);
        if (s.Init !== null) this.stmt(s.Init, n.init);
        n.x = this.expr(s.Cond);
        n.body = this.block(s.Body.List);
        if (s.Else !== null) this.stmt(s.Else, n.els);
        out.push(n);
        return;
      }
      case 'SwitchStmt': {
        const n = new Node('SWITCH', s.Switch, null);
        if (s.Init !== null) this.stmt(s.Init, n.init);
        let tagT = s.Tag !== null ? this.typeOf(s.Tag) : null;
        // A case of interface type with a tag of another type: gc compares them all as `any`.
        if (tagT !== null && !isIface(tagT) && under(tagT).kind !== 'Chan' &&
          (s.Body.List as ast.CaseClause[]).some((c) => c.List.some((e) => isIface(this.typeOf(e))))) tagT = anyIface();
        n.x = s.Tag !== null ? this.convExpr(s.Tag, tagT) : null;
        for (const c of s.Body.List as ast.CaseClause[]) {
          const cn = new Node('CASE', c.Case, null);
          cn.list = c.List.map((e) => (tagT !== null ? this.convExpr(e, isIface(tagT) ? tagT : null) : this.expr(e)));
          cn.body = this.block(c.Body);
          n.list.push(cn);
        }
        out.push(n);
        return;
      }
      case 'TypeSwitchStmt': {
        const n = new Node('SWITCH', s.Switch, null);
        n.isTypeSwitch = true;
        if (s.Init !== null) this.stmt(s.Init, n.init);
        const guard = s.Assign.kind === 'AssignStmt' ? s.Assign.Rhs[0]! : (s.Assign as ast.ExprStmt).X;
        const gx = (unparen(guard) as ast.TypeAssertExpr).X;
        n.x = this.expr(gx);
        n.text = s.Assign.kind === 'AssignStmt' ? 'bound' : '';
        for (const c of s.Body.List as ast.CaseClause[]) {
          const cn = new Node('CASE', c.Case, null);
          // Case types are run-time values for a non-empty interface (an itab) or in shaped code.
          const gt = under(this.typeOf(gx));
          const dyn = gt.kind === 'Interface' && gt.allMethods.length > 0;
          cn.list = c.List.map((e) => {
            const t = this.expr(e);
            if (t.op === 'TYPE' && (dyn || this.derived(e))) t.text = '<node DYNAMICTYPE>';
            return t;
          });
          const obj = this.pkg.info.implicits.get(c) as Var | undefined;
          if (obj !== undefined && s.Assign.kind === 'AssignStmt') {
            const id = (s.Assign.Lhs[0] as ast.Ident);
            cn.x = this.local(id, obj, id.NamePos);
          }
          cn.body = this.block(c.Body);
          n.list.push(cn);
        }
        out.push(n);
        return;
      }
      case 'SelectStmt': {
        const n = new Node('SELECT', s.Select, null);
        for (const c of s.Body.List as ast.CommClause[]) {
          const cn = new Node('CASE', c.Case, null);
          if (c.Comm !== null) {
            const tmp: Node[] = [];
            this.inSelectComm = true;
            this.stmt(c.Comm, tmp);
            this.inSelectComm = false;
            // A receive with := declares its variables first; keep the communication last.
            cn.init = tmp.slice(0, -1);
            cn.x = tmp[tmp.length - 1] ?? null;
          }
          cn.body = this.block(c.Body);
          n.list.push(cn);
        }
        out.push(n);
        return;
      }
      case 'ForStmt': {
        const n = new Node('FOR', s.For, null);
        if (s.Init !== null) this.stmt(s.Init, n.init);
        n.x = s.Cond !== null ? this.expr(s.Cond) : null;
        if (s.Post !== null) {
          const p: Node[] = [];
          this.stmt(s.Post, p);
          n.post = p[0] ?? null;
        }
        n.body = this.block(s.Body.List);
        if (this.perIteration) this.perIterationCopies(n);
        out.push(n);
        return;
      }
      case 'RangeStmt': {
        const n = new Node('RANGE', s.Range, null);
        n.x = this.expr(s.X);
        const decl = s.Tok === 'DEFINE';
        const kv = [s.Key, s.Value].map((e) => {
          if (e === null) return null;
          if (decl && e.kind === 'Ident') {
            if (e.Name === '_') return blank(e.NamePos); // no variable for a blank
            const v = this.pkg.info.defs.get(e) as Var | null | undefined;
            if (v === null || v === undefined) return null;
            const nm = this.local(e, v);
            nm.defn = n;
            return nm;
          }
          return this.expr(e);
        });
        n.list = [kv[0] ?? null, kv[1] ?? null].filter((x): x is Node => true as boolean) as Node[];
        n.rlist = [kv[0] as Node, kv[1] as Node];
        if (decl) {
          // The iteration variables are declared anew in each iteration (Go 1.22) or once before.
          for (const k of n.rlist) {
            if (k === null || !(k instanceof Name) || k.sym === '_') continue;
            const dcl = new Node('DCL', k.pos, null);
            dcl.x = k;
            if (this.perIteration) n.init.push(dcl);
            else out.push(dcl);
          }
        }
        n.body = this.block(s.Body.List);
        out.push(n);
        return;
      }
      case 'CaseClause': case 'CommClause':
        return;
      default:
        return;
    }
  }

  /**
   * Go 1.22 loop variables: a three-clause loop whose variables are declared with := gets a fresh
   * copy per iteration. gc rewrites the loop before escape analysis so that each iteration's
   * variable is declared inside the body (cmd/compile/internal/loopvar); we model the effect by
   * declaring the loop variables at the body's depth.
   */
  private perIterationCopies(n: Node): void {
    for (const s of n.init) if (s.op === 'DCL') s.label = 'loopvar';
  }

  private declStmt(d: ast.GenDecl, out: Node[]): void {
    if (d.Tok !== 'VAR') return;
    for (const spec of d.Specs as ast.ValueSpec[]) {
      const names = spec.Names.map((id) => {
        const v = this.pkg.info.defs.get(id) as Var | null | undefined;
        if (v === null || v === undefined) return null;
        const nm = this.local(id, v);
        const dcl = new Node('DCL', id.NamePos, null);
        dcl.x = nm;
        out.push(dcl);
        return nm;
      });
      const lhs = names.map((n, i) => n ?? blank(spec.Names[i]!.NamePos));
      if (spec.Values.length === 0) {
        for (const n of lhs) {
          const as = new Node('AS', n.pos, null);
          as.x = n;
          as.y = null;
          out.push(as);
        }
        continue;
      }
      this.assignLists(lhs, spec.Values, spec.Names[0]!.NamePos, true, out, lhs.map((n) => n.type));
    }
  }

  private assign(s: ast.AssignStmt, out: Node[]): void {
    if (s.Tok !== 'ASSIGN' && s.Tok !== 'DEFINE') {
      const n = new Node('ASOP', s.TokPos, null);
      n.x = this.expr(s.Lhs[0]!);
      n.y = this.expr(s.Rhs[0]!);
      n.text = { ADD_ASSIGN: '+', SUB_ASSIGN: '-', MUL_ASSIGN: '*', QUO_ASSIGN: '/', REM_ASSIGN: '%', AND_ASSIGN: '&', OR_ASSIGN: '|', XOR_ASSIGN: '^', SHL_ASSIGN: '<<', SHR_ASSIGN: '>>', AND_NOT_ASSIGN: '&^' }[s.Tok as string] ?? '+';
      out.push(n);
      return;
    }
    const def = s.Tok === 'DEFINE';
    const lhs: Node[] = s.Lhs.map((e) => {
      if (def && e.kind === 'Ident') {
        const v = this.pkg.info.defs.get(e);
        if (v !== undefined && v !== null && v.kind === 'Var') {
          const nm = this.local(e, v);
          const dcl = new Node('DCL', e.NamePos, null);
          dcl.x = nm;
          out.push(dcl);
          return nm;
        }
        if (e.Name === '_') return blank(e.NamePos);
      }
      if (e.kind === 'Ident' && e.Name === '_') return blank(e.NamePos);
      return this.expr(e);
    });
    const types = s.Lhs.map((e) => (e.kind === 'Ident' && e.Name === '_' ? null : this.typeOf(e)));
    this.assignLists(lhs, s.Rhs, s.TokPos, def, out, types);
  }

  /** lhs = rhs for already-lowered left sides (cf. noder's assignment forms). */
  private assignLists(lhs: Node[], rhs: readonly ast.Expr[], pos: Pos, def: boolean, out: Node[], types: (Type | null)[]): void {
    if (lhs.length === 1 && rhs.length === 1) {
      const as = new Node('AS', pos, null);
      as.def = def;
      as.x = lhs[0]!;
      as.y = this.convExpr(rhs[0]!, types[0] ?? null);
      if (def && as.x instanceof Name) as.x.defn = as;
      out.push(as);
      return;
    }
    if (rhs.length === 1 && lhs.length > 1) {
      const r = unparen(rhs[0]!);
      let op: Op = 'AS2FUNC';
      if (r.kind === 'TypeAssertExpr') op = 'AS2DOTTYPE';
      else if (r.kind === 'IndexExpr') op = 'AS2MAPR';
      else if (r.kind === 'UnaryExpr' && r.Op === 'ARROW') op = 'AS2RECV';
      const as = new Node(op, pos, null);
      as.def = def;
      as.list = lhs;
      let rn = this.expr(r);
      if (op === 'AS2DOTTYPE' && rn.op === 'DOTTYPE') {
        rn = retag(rn, 'DOTTYPE2');
        if (rn.text !== '') rn.text = '<node DYNAMICDOTTYPE2>';
      }
      as.rlist = [rn];
      if (this.inSelectComm) {
        if (def) for (const l of lhs) if (l instanceof Name) l.defn = as;
        out.push(as);
        return;
      }
      // The values go to temporaries first, then to the left-hand side (cf. reader.multiExpr).
      const vt = this.tupleTypes(rhs[0]!, rn, op);
      const tmps = vt.map((t) => this.temp(pos, t));
      as.list = tmps;
      as.def = true;
      out.push(as);
      const as2 = new Node('AS2', pos, null);
      as2.def = def;
      as2.list = lhs;
      as2.rlist = tmps.map((t, i) => this.conv(t, types[i] ?? null));
      const l0 = lhs[0]!;
      if (op === 'AS2DOTTYPE' && !(l0 instanceof Name && l0.sym === '_') && l0.type !== null && identical(l0.type, tmps[0]!.type!)) {
        // gc passes the asserted value to a variable of its type through a conversion it prints.
        const c = new Node('CONVNOP', pos, tmps[0]!.type);
        c.x = tmps[0]!;
        const tt = tmps[0]!.type!;
        c.typeText = tt.kind === 'Named' || tt === anyType ? this.typeText(tt) : '';
        as2.rlist[0] = this.conv(c, types[0] ?? null);
      }
      if (def) for (const l of lhs) if (l instanceof Name) l.defn = as2;
      out.push(as2);
      return;
    }
    const as = new Node('AS2', pos, null);
    as.def = def;
    as.list = lhs;
    as.rlist = rhs.map((r, i) => this.convExpr(r, types[i] ?? null));
    if (def) for (const l of lhs) if (l instanceof Name) l.defn = as;
    out.push(as);
  }

  /** The types of the values of a call with several results or of a comma-ok expression. */
  private tupleTypes(x: ast.Expr, n: Node, op: Op): Type[] {
    const t = this.typeOf(x);
    if (t.kind === 'Tuple') return t.vars.map((v) => v.type);
    if (op === 'AS2FUNC') return [n.type ?? Typ.invalid];
    return [n.type ?? Typ.invalid, Typ.bool];
  }

  /** go/defer: wrap a call with arguments in a closure taking none (typecheck.normalizeGoDeferCall). */
  private goDefer(s: ast.GoStmt | ast.DeferStmt, out: Node[]): void {
    const op: Op = s.kind === 'GoStmt' ? 'GO' : 'DEFER';
    const pos = s.kind === 'GoStmt' ? s.Go : s.Defer;
    const st = new Node(op, pos, null);
    const call = this.expr(s.Call);
    const sig = call.op === 'CALLFUNC' && call.x !== null ? call.x.type : null;
    const u = sig !== null ? under(sig) : null;
    const zero = call.op === 'CALLFUNC' && call.y === null && u !== null && u.kind === 'Signature' && u.params.vars.length + u.results.vars.length === 0 && call.list.length === 0;
    if (zero) {
      st.x = call;
      out.push(st);
      if (op === 'DEFER') this.fn.defers.push(st);
      return;
    }
    // The wrapper: arguments are evaluated now into temps, the call runs later inside a closure.
    const outer = this.fn;
    const sigT: Signature = { kind: 'Signature', recv: null, typeParams: [], params: { kind: 'Tuple', vars: [] }, results: { kind: 'Tuple', vars: [] }, variadic: false };
    const idx = outer.closures.length + 1;
    const nname = new Name(pos, `${outer.nname.sym}.func${idx}`, 'PFUNC', sigT, null);
    const wf = new Func(nname, sigT, pos);
    nname.fn = wf;
    wf.wrapper = true;
    wf.closureParent = outer;
    wf.dupok = outer.dupok;
    const clo = new Node('CLOSURE', pos, sigT);
    clo.func = wf;
    wf.oclosure = clo;
    outer.closures.push(wf);
    outer.order.push(wf);
    const argps: { get: () => Node; set: (n: Node) => void }[] = [];
    const visit = (get: () => Node | null, set: (n: Node) => void): void => {
      const arg = get();
      if (arg === null) return;
      switch (arg.op) {
        case 'LITERAL': case 'NIL': case 'METHEXPR': case 'NEW': case 'TYPE':
          return;
        case 'NAME':
          if ((arg as Name).cls === 'PFUNC') return;
          break;
        case 'ARRAYLIT': case 'SLICELIT': case 'STRUCTLIT':
          arg.list.forEach((el, i) => {
            if (el.op === 'KEY') visit(() => el.y, (v) => { el.y = v; });
            else visit(() => arg.list[i]!, (v) => { arg.list[i] = v; });
          });
          return;
      }
      argps.push({ get: () => arg, set });
    };
    if (call.op === 'CALLFUNC' && call.callee !== null && call.y !== null) {
      // A static method call: the method is known, the receiver is its first argument.
      visit(() => call.y, (v) => {
        call.y = v;
        if (call.x !== null) call.x.x = v;
      });
      call.list.forEach((_, i) => visit(() => call.list[i]!, (v) => { call.list[i] = v; }));
    } else if (call.op === 'CALLFUNC') {
      visit(() => call.x, (v) => { call.x = v; });
      call.list.forEach((_, i) => visit(() => call.list[i]!, (v) => { call.list[i] = v; }));
    } else if (call.op === 'CALLINTER') {
      const sel = call.x!;
      argps.push({ get: () => sel.x!, set: (v) => { sel.x = v; } });
      call.list.forEach((_, i) => visit(() => call.list[i]!, (v) => { call.list[i] = v; }));
    } else if (call.op === 'COPY' || call.op === 'COMPLEX') {
      visit(() => call.x, (v) => { call.x = v; });
      visit(() => call.y, (v) => { call.y = v; });
    } else if (call.op === 'PANIC' || call.op === 'CLOSE' || call.op === 'CLEAR') {
      visit(() => call.x, (v) => { call.x = v; });
    } else {
      call.list.forEach((_, i) => visit(() => call.list[i]!, (v) => { call.list[i] = v; }));
    }
    if (argps.length > 0) {
      const as = new Node('AS2', pos, null);
      for (const a of argps) {
        const arg = a.get();
        const tpos = hasUniquePos(arg) ? arg.pos : pos;
        this.fn = outer;
        const tmp = this.temp(tpos, arg.type ?? Typ.invalid);
        tmp.defn = as;
        const dcl = new Node('DCL', tpos, null);
        dcl.x = tmp;
        st.init.push(dcl);
        as.list.push(tmp);
        as.rlist.push(arg);
        // Inside the wrapper the argument is a closure variable for the temp.
        const cv = new Name(tpos, tmp.sym, 'PAUTO', tmp.type, wf, null);
        cv.outer = tmp;
        wf.closureVars.push(cv);
        a.set(cv);
      }
      st.init.push(as);
    }
    wf.body = [call];
    const wcall = new Node('CALLFUNC', call.pos, null);
    wcall.x = clo;
    st.x = wcall;
    out.push(st);
    if (op === 'DEFER') outer.defers.push(st);
  }

  // ------------------------------------------------------------------------------------------
  // Expressions

  /** Lowers x and converts it to t as an assignment does (the conversion is at x's position). */
  convExpr(x: ast.Expr, t: Type | null): Node {
    return this.conv(this.expr(x), t, gcPos(x));
  }

  /** Converts n to type t as an assignment does: an implicit interface conversion if needed. */
  conv(n: Node, t: Type | null, pos: Pos = n.pos): Node {
    if (t === null || n.type === null) return n;
    if (isIface(t) && n.op !== 'NIL' && (!isIface(n.type) || !identical(under(n.type), under(t)) || this.shapedIfaceConv(n.type, t))) {
      const c = new Node('CONVIFACE', pos, t);
      c.x = n;
      c.implicit = true;
      return c;
    }
    return n;
  }

  expr(x: ast.Expr): Node {
    const tv = this.tv(x);
    const t = tv?.type ?? null;
    if (tv !== undefined && tv.mode === 'constant' && tv.value !== undefined) {
      const n = lit(gcPos(x), constText(x, tv.value, t, this.typeText), t);
      if (tv.value.kind === 'int') n.label = String(tv.value.value);
      return n;
    }
    switch (x.kind) {
      case 'ParenExpr':
        return this.expr(x.X);
      case 'Ident': {
        if (x.Name === '_') return blank(x.NamePos);
        const obj = this.pkg.info.uses.get(x) ?? this.pkg.info.defs.get(x) ?? null;
        if (obj === null) return lit(x.NamePos, x.Name, t);
        switch (obj.kind) {
          case 'Var': {
            const n = this.varName(obj, x.NamePos);
            return n;
          }
          case 'Func': {
            const g = obj.type.typeParams.length > 0 ? this.genericFuncRef(x) : null;
            if (g !== null) return this.genericFuncValue(g);
            return this.funcName(obj, x.NamePos, obj.name);
          }
          case 'Nil': return new Node('NIL', x.NamePos, t);
          case 'TypeName': { const n = new Node('TYPE', x.NamePos, this.sub(obj.type)); n.text = x.Name; return n; }
          default: return lit(x.NamePos, x.Name, t);
        }
      }
      case 'BasicLit':
        return lit(x.ValuePos, x.Value, t);
      case 'FuncLit':
        return this.lowerFuncLit(x);
      case 'CompositeLit':
        return this.compLit(x, t ?? Typ.invalid);
      case 'SelectorExpr':
        return this.selector(x, t);
      case 'IndexExpr': {
        const gi = this.genericFuncRef(x);
        if (gi !== null) return this.genericFuncValue(gi, x.Lbrack); // an instantiation F[int]
        const xt = this.typeOf(x.X);
        const tvx = this.tv(x.X);
        if (tvx?.mode !== 'value' && tvx?.mode !== 'variable' && tvx?.mode !== 'mapindex' && tvx?.mode !== 'commaok' && (under(xt).kind === 'Signature')) {
          return this.expr(x.X); // instantiation F[int]
        }
        const u = under(xt);
        if (u.kind === 'Map') {
          const n = new Node('INDEXMAP', x.Lbrack, t);
          n.x = this.expr(x.X);
          n.y = this.convExpr(x.Index, u.key);
          return n;
        }
        const n = new Node('INDEX', x.Lbrack, t);
        let base = this.expr(x.X);
        if (u.kind === 'Pointer') base = implicitDeref(base, under(u.elem) as Type);
        n.x = base;
        n.y = this.expr(x.Index);
        return n;
      }
      case 'IndexListExpr':
        return this.expr(x.X);
      case 'SliceExpr': {
        const xt = under(this.typeOf(x.X));
        let base = this.expr(x.X);
        let op: Op = x.Slice3 ? 'SLICE3' : 'SLICE';
        if (xt.kind === 'Basic') op = 'SLICESTR';
        else if (xt.kind === 'Array') {
          op = x.Slice3 ? 'SLICE3ARR' : 'SLICEARR';
          const a = new Node('ADDR', base.pos, null);
          a.x = base;
          a.implicit = true;
          base = a;
        } else if (xt.kind === 'Pointer') op = x.Slice3 ? 'SLICE3ARR' : 'SLICEARR';
        const n = new Node(op, x.Lbrack, t);
        n.x = base;
        n.list = [x.Low, x.High, x.Max].map((e) => (e === null ? null : this.expr(e))) as Node[];
        return n;
      }
      case 'TypeAssertExpr': {
        // In `v, ok := x.(T)` the checker records a tuple; the assertion's own type is T.
        const n = new Node('DOTTYPE', x.Lparen - 1, x.Type !== null ? this.typeOf(x.Type) : t);
        // Asserting from a non-empty interface (an itab) or to a type depending on the shapes is a
        // run-time operation gc cannot print as Go.
        const src = under(this.typeOf(x.X));
        if (x.Type !== null && (this.derived(x.Type) || (src.kind === 'Interface' && src.allMethods.length > 0))) n.text = '<node DYNAMICDOTTYPE>';
        n.x = this.expr(x.X);
        return n;
      }
      case 'CallExpr':
        return this.call(x, t);
      case 'StarExpr': {
        const n = new Node('DEREF', x.Star, t);
        n.x = this.expr(x.X);
        return n;
      }
      case 'UnaryExpr': {
        if (x.Op === 'AND') {
          const inner = unparen(x.X);
          if (inner.kind === 'CompositeLit') {
            const n = new Node('PTRLIT', x.OpPos, t);
            n.x = this.expr(inner);
            return n;
          }
          const n = new Node('ADDR', x.OpPos, t);
          n.x = this.expr(x.X);
          return n;
        }
        const op: Op = x.Op === 'SUB' ? 'NEG' : x.Op === 'ADD' ? 'PLUS' : x.Op === 'XOR' ? 'BITNOT' : x.Op === 'NOT' ? 'NOT' : 'RECV';
        const n = new Node(op, x.OpPos, t);
        n.x = this.expr(x.X);
        return n;
      }
      case 'BinaryExpr':
        return this.binary(x, t);
      case 'KeyValueExpr':
        return this.expr(x.Value);
      default: {
        const n = new Node('TYPE', gcPos(x), t);
        n.text = t !== null ? this.typeText(t) : '?';
        return n;
      }
    }
  }

  private binary(x: ast.BinaryExpr, t: Type | null): Node {
    if (x.Op === 'ADD' && t !== null && under(t).kind === 'Basic' && (under(t) as { name: string }).name.includes('string')) {
      // A chain of string + is one ADDSTR.
      const operands: ast.Expr[] = [];
      const flatten = (e: ast.Expr): void => {
        const u = unparen(e);
        const tvu = this.tv(u);
        if (u.kind === 'BinaryExpr' && u.Op === 'ADD' && !(tvu?.mode === 'constant')) {
          flatten(u.X);
          flatten(u.Y);
        } else operands.push(e);
      };
      flatten(x);
      const n = new Node('ADDSTR', x.OpPos, t);
      n.list = operands.map((e) => this.expr(e));
      return n;
    }
    const ops: Record<string, Op> = {
      ADD: 'ADD', SUB: 'SUB', OR: 'OR', XOR: 'XOR', MUL: 'MUL', QUO: 'DIV', REM: 'MOD', SHL: 'LSH', SHR: 'RSH',
      AND: 'AND', AND_NOT: 'ANDNOT', EQL: 'EQ', NEQ: 'NE', LSS: 'LT', LEQ: 'LE', GTR: 'GT', GEQ: 'GE', LAND: 'ANDAND', LOR: 'OROR',
    };
    const n = new Node(ops[x.Op] ?? 'ADD', x.OpPos, t);
    let l = this.expr(x.X);
    let r = this.expr(x.Y);
    if (n.op === 'EQ' || n.op === 'NE') {
      // Comparing an interface with a concrete value converts the concrete one.
      const lt = this.typeOf(x.X);
      const rt = this.typeOf(x.Y);
      if (isIface(lt) && !isIface(rt)) r = this.conv(r, lt, gcPos(x.Y));
      else if (isIface(rt) && !isIface(lt)) l = this.conv(l, rt, gcPos(x.X));
    }
    n.x = l;
    n.y = r;
    return n;
  }

  private selector(x: ast.SelectorExpr, t: Type | null, forCall = false): Node {
    const sel = this.pkg.info.selections.get(x);
    if (sel === undefined) {
      // A qualified identifier pkg.Name.
      const obj = this.pkg.info.uses.get(x.Sel) ?? null;
      const text = `${exprText(x.X)}.${x.Sel.Name}`;
      if (obj !== null && obj.kind === 'Func') return this.funcName(obj, x.Sel.NamePos, text);
      if (obj !== null && obj.kind === 'Var') {
        let g = this.globals.get(obj);
        if (g === undefined) {
          g = new Name(x.Sel.NamePos, text, 'PEXTERN', obj.type, null, obj);
          this.globals.set(obj, g);
        }
        return g;
      }
      return lit(x.Sel.NamePos, text, t);
    }
    const dotPos = x.Sel.NamePos - 1;
    if (sel.kind === 'MethodExpr') {
      const n = new Node('METHEXPR', dotPos, t);
      n.x = this.expr(x.X);
      n.text = x.Sel.Name;
      const m = sel.obj as TFunc;
      const rt = this.typeOf(x.X);
      const gm = isIface(rt) ? null : this.genericMethod(m, rt);
      if (gm !== null) return this.genericMethodExpr(x, n, gm, m, rt, sel.index.length === 1, dotPos, t);
      if (!isIface(rt)) n.callee = this.funcName(m.origin ?? m, dotPos, m.name);
      return n;
    }
    let base = this.expr(x.X);
    let bt: Type = this.typeOf(x.X);
    // Walk embedded fields on the way (all but the last index).
    for (let i = 0; i < sel.index.length - 1; i++) {
      const isPtr = under(bt).kind === 'Pointer';
      const st = under(isPtr ? (under(bt) as { elem: Type }).elem : bt);
      if (st.kind !== 'Struct') break;
      const f = st.fields[sel.index[i]!]!;
      const d = new Node(isPtr ? 'DOTPTR' : 'DOT', dotPos, f.type);
      d.x = base;
      d.text = f.name;
      d.implicit = true;
      base = d;
      bt = f.type;
    }
    if (sel.kind === 'FieldVal') {
      const isPtr = under(bt).kind === 'Pointer';
      const n = new Node(isPtr ? 'DOTPTR' : 'DOT', dotPos, t);
      n.x = base;
      n.text = x.Sel.Name;
      return n;
    }
    // A method value (not called; calls are handled in call()).
    const m = sel.obj as TFunc;
    if (!forCall && this.isTypeParamExpr(x.X)) {
      // A type parameter's method value: a closure binds the dictionary's function and the receiver.
      return this.curry(dotPos, under(t!) as Signature, [this.typeParamMethod(x, m), base], (c, params, pos) => {
        const call = new Node('CALLFUNC', pos, null);
        call.x = c[0]!;
        call.list = [c[1]!, ...params];
        return call;
      });
    }
    if (isIface(bt)) {
      const n = new Node('METHVALUE', dotPos, t);
      n.x = base;
      if (!forCall && this.dictVar !== null && hasShape(bt)) {
        // A receiver of shaped interface type is converted to the method's receiver type.
        const c = new Node('CONVNOP', base.pos, bt);
        c.x = base;
        c.typeText = this.typeText(bt);
        n.x = c;
      }
      n.text = x.Sel.Name;
      n.callee = null;
      return n;
    }
    const n = new Node('METHVALUE', dotPos, t);
    n.x = this.recvArg(base, bt, m, dotPos);
    n.text = x.Sel.Name;
    const gm = this.genericMethod(m, bt);
    if (gm === null) {
      n.callee = this.funcName(m.origin ?? m, dotPos, m.name);
      return n;
    }
    // A method of a generic type: called, the shaped method with the type's dictionary; as a
    // value, the instance's own method, which passes the dictionary on.
    const shaped = this.inst.typeInstance(gm.inst.origin ?? gm.inst, gm.inst.typeArgs).get(m.name)!;
    if (forCall) {
      n.callee = this.instName(shaped, dotPos);
      n.dict = this.dictArg(gm.inst.obj.pkg, gm.inst.obj.name, gm.inst.typeArgs, dotPos, x, this.layouts.ofType(gm.inst.origin ?? gm.inst));
    } else if (!this.inst.dynamic(gm.inst.typeArgs)) {
      n.callee = this.instName(this.inst.wrapper(gm.decl, gm.inst.typeArgs, gm.inst, shaped), dotPos);
    } else {
      // The type's dictionary is known only at run time: a closure binds it with the receiver.
      const dict = this.dictArg(gm.inst.obj.pkg, gm.inst.obj.name, gm.inst.typeArgs, dotPos, x, this.layouts.ofType(gm.inst.origin ?? gm.inst));
      return this.curry(dotPos, under(t!) as Signature, [n.x, dict], (c, params, pos) => {
        const call = new Node('CALLFUNC', pos, null);
        call.y = c[0]!;
        call.x = this.dotMethod(c[0]!, shaped, pos);
        call.callee = this.instName(shaped, pos);
        call.methodExpr = shaped.nname.sym;
        call.list = [c[1]!, ...params];
        return call;
      });
    }
    return n;
  }

  /** The receiver argument with gc's implicit & or * to match the method's receiver type. */
  /** The implicit & or * are at the method selector (pos), as gc places them. */
  private recvArg(base: Node, bt: Type, m: TFunc, pos: Pos = base.pos): Node {
    const recvT = m.type.recv?.type ?? null;
    if (recvT === null) return base;
    const wantPtr = under(recvT).kind === 'Pointer' && !isIface(recvT);
    const havePtr = under(bt).kind === 'Pointer';
    if (wantPtr && !havePtr) {
      const a = new Node('ADDR', pos, recvT);
      a.x = base;
      a.implicit = true;
      return a;
    }
    if (!wantPtr && havePtr) return implicitDeref(base, (under(bt) as { elem: Type }).elem, pos);
    return base;
  }

  private compLit(x: ast.CompositeLit, t: Type): Node {
    let u = under(t);
    if (u.kind === 'Pointer') {
      // An elided &T{...} inside another literal.
      const n = new Node('PTRLIT', x.Lbrace, t);
      n.implicit = true;
      n.x = this.compLitOf(x, u.elem);
      return n;
    }
    return this.compLitOf(x, t);
  }

  private compLitOf(x: ast.CompositeLit, t: Type): Node {
    const u = under(t);
    let op: Op = 'STRUCTLIT';
    if (u.kind === 'Slice') op = 'SLICELIT';
    else if (u.kind === 'Array') op = 'ARRAYLIT';
    else if (u.kind === 'Map') op = 'MAPLIT';
    const n = new Node(op, x.Lbrace, t);
    const elemT = u.kind === 'Slice' || u.kind === 'Array' || u.kind === 'Map' ? u.elem : null;
    x.Elts.forEach((e, i) => {
      if (u.kind === 'Struct') {
        let f: Var | undefined;
        let ve: ast.Expr = e;
        if (e.kind === 'KeyValueExpr') {
          ve = e.Value;
          const key = e.Key as ast.Ident;
          f = u.fields.find((fl) => fl.name === key.Name);
        } else f = u.fields[i];
        n.list.push(this.conv(this.elem(ve, f?.type ?? null), f?.type ?? null, gcPos(ve)));
        return;
      }
      if (e.kind === 'KeyValueExpr') {
        const k = new Node('KEY', e.Colon, null);
        k.x = u.kind === 'Map' ? this.conv(this.elem(e.Key, u.key), u.key, gcPos(e.Key)) : this.expr(e.Key);
        k.y = this.conv(this.elem(e.Value, elemT), elemT, gcPos(e.Value));
        n.list.push(k);
        return;
      }
      n.list.push(this.conv(this.elem(e, elemT), elemT, gcPos(e)));
    });
    return n;
  }

  private elem(e: ast.Expr, t: Type | null): Node {
    if (e.kind === 'CompositeLit' && e.Type === null && t !== null) return this.compLit(e, t);
    return this.expr(e);
  }

  private call(x: ast.CallExpr, t: Type | null): Node {
    const fun = unparen(x.Fun);
    const ftv = this.tv(fun);
    if (ftv?.mode === 'typexpr') return this.conversion(x, ftv.type, t);
    if (fun.kind === 'Ident' || fun.kind === 'SelectorExpr') {
      const id = fun.kind === 'Ident' ? fun : fun.Sel;
      const obj = this.pkg.info.uses.get(id);
      if (obj !== undefined && obj.kind === 'Builtin') return this.builtin(x, obj.name, t);
    }
    const ft = this.typeOf(fun);
    const sig = under(ft) as Signature;
    let n: Node;
    let recvNode: Node | null = null;
    let dict: Node | null = null;
    const sel = fun.kind === 'SelectorExpr' ? this.pkg.info.selections.get(fun) : undefined;
    const g = sel === undefined ? this.genericFuncRef(fun) : null;
    if (g !== null) {
      // A call of a generic function: its shaped instance, with the dictionary first.
      n = new Node('CALLFUNC', x.Lparen, t);
      const c = this.genericCallee(g, x.Lparen);
      n.x = c.fun;
      dict = c.dict;
    } else if (fun.kind === 'SelectorExpr' && sel !== undefined && sel.kind === 'MethodVal' && this.isTypeParamExpr(fun.X)) {
      // A method of a type parameter: a function pointer from the dictionary, the receiver first.
      n = new Node('CALLFUNC', x.Lparen, t);
      n.x = this.typeParamMethod(fun, sel.obj as TFunc);
      dict = this.expr(fun.X);
    } else if (fun.kind === 'SelectorExpr' && sel !== undefined && sel.kind === 'MethodVal') {
      const m = sel.obj as TFunc;
      // base with embedded path
      const sx = this.selector(fun, ft, true);
      const base = sx.x!;
      if (sx.callee === null) {
        n = new Node('CALLINTER', x.Lparen, t);
        const d = new Node('DOTINTER', sx.pos, ft);
        d.x = base;
        d.text = fun.Sel.Name;
        n.x = d;
      } else {
        n = new Node('CALLFUNC', x.Lparen, t);
        const callee = sx.callee;
        const d = new Node('DOT', sx.pos, ft);
        d.x = base;
        d.text = fun.Sel.Name;
        n.x = d;
        n.callee = callee;
        n.methodExpr = sx.dict !== null ? callee.text : this.methodExprText(m);
        dict = sx.dict;
        recvNode = base;
      }
    } else {
      n = new Node('CALLFUNC', x.Lparen, t);
      n.x = this.expr(x.Fun);
    }
    if (recvNode !== null) n.y = recvNode;
    // Arguments, converted to the parameter types; variadic extras become a `... argument` slice.
    const params = sig.kind === 'Signature' ? sig.params.vars : [];
    const args = x.Args;
    const paramType = (i: number): Type | null => (sig.kind === 'Signature' && sig.variadic && i >= params.length - 1 && x.Ellipsis === NoPos
      ? (under(params[params.length - 1]!.type) as { elem: Type }).elem
      : params[i]?.type ?? null);
    if (args.length === 1) {
      const at = this.typeOf(args[0]!);
      if (at.kind === 'Tuple' && at.vars.length > 1) {
        // f(g()) with several results: temporaries at the call (cf. typecheck.RewriteMultiValueCall).
        const call = this.expr(args[0]!);
        const tmps = at.vars.map((v) => this.temp(x.Lparen, v.type));
        const as = new Node('AS2FUNC', x.Lparen, null);
        as.list = tmps;
        as.rlist = [call];
        as.def = true;
        for (const tm of tmps) tm.defn = as;
        n.init.push(as);
        const lowered = tmps.map((tm, i) => this.conv(tm, paramType(i)));
        this.finishArgs(n, x, sig, lowered, true);
        this.finishCall(n, dict);
        return n;
      }
    }
    const lowered = args.map((a, i) => this.convExpr(a, paramType(i)));
    this.finishArgs(n, x, sig, lowered, false);
    this.finishCall(n, dict);
    return n;
  }

  /**
   * Puts a dictionary (or a type parameter method's receiver) before the arguments, and moves a
   * callee expression that calls or receives into a temporary first (cf. typecheck.RewriteNonNameCall).
   */
  private finishCall(n: Node, first: Node | null): void {
    if (first !== null) n.list.unshift(first);
    const np = n.op === 'CALLINTER' ? n.x! : n;
    const fx = np.x;
    if (fx === null || (n.op === 'CALLFUNC' && n.callee !== null) || !hasCallOrRecv(fx)) return;
    const tmp = this.temp(n.pos, fx.type ?? Typ.invalid);
    const dcl = new Node('DCL', n.pos, null);
    dcl.x = tmp;
    const as = new Node('AS', n.pos, null);
    as.x = tmp;
    as.y = fx;
    n.init.push(dcl, as);
    np.x = tmp;
  }

  /** Whether x's type (before shaping) is a type parameter. */
  private isTypeParamExpr(x: ast.Expr): boolean {
    return this.pkg.info.types.get(x)?.type.kind === 'TypeParam';
  }

  /** `(func(go.shape.int) string)(&.dict[0])`: a method of a type parameter, from the dictionary. */
  private typeParamMethod(x: ast.SelectorExpr, m: TFunc): Node {
    const pos = x.Sel.NamePos - 1;
    const recvT = this.typeOf(x.X);
    const ms = this.sub(m.type) as Signature;
    const recvVar = { kind: 'Var', name: '', pos, pkg: this.pkg.path, type: recvT } as Var;
    const ft: Signature = { kind: 'Signature', recv: null, typeParams: [], params: { kind: 'Tuple', vars: [recvVar, ...ms.params.vars] }, results: ms.results, variadic: ms.variadic };
    const a = new Node('ADDR', pos, { kind: 'Pointer', elem: Typ.uintptr });
    a.x = this.dictWord(pos, this.layout!.methodWord(x));
    const c = new Node('CONV', pos, ft);
    c.x = a;
    c.typeText = `(${this.typeText(ft)})`;
    return c;
  }

  /** `.dict[i]`: a word of the enclosing shaped body's dictionary. */
  private dictWord(pos: Pos, i: number): Node {
    const d = this.varName(this.dictVar!, this.dictVar!.pos);
    const idx = new Node('INDEX', pos, Typ.uintptr);
    idx.x = implicitDeref(d, (d.type as { elem: Type }).elem);
    idx.y = lit(pos, String(i), Typ.int);
    return idx;
  }

  private finishArgs(n: Node, x: ast.CallExpr, sig: Signature, args: Node[], _tuple: boolean): void {
    if (sig.kind === 'Signature' && sig.variadic && x.Ellipsis === NoPos) {
      const np = sig.params.vars.length;
      const fixed = args.slice(0, np - 1);
      const extra = args.slice(np - 1);
      const st = sig.params.vars[np - 1]!.type;
      if (extra.length === 0) {
        fixed.push(new Node('NIL', x.Lparen, st));
      } else {
        const sl = new Node('SLICELIT', x.Lparen, st);
        sl.implicit = true;
        sl.list = extra;
        fixed.push(sl);
      }
      n.list = fixed;
      n.isDDD = true;
      return;
    }
    n.list = args;
    n.isDDD = x.Ellipsis !== NoPos;
  }

  private conversion(x: ast.CallExpr, to: Type, t: Type | null): Node {
    const arg = x.Args[0]!;
    const from = this.typeOf(arg);
    const inner = this.expr(arg);
    const tu = under(to);
    const fu = under(from);
    let op: Op = 'CONV';
    if (isIface(to)) op = isIface(from) && !this.shapedIfaceConv(from, to) ? 'CONVNOP' : 'CONVIFACE';
    else if (tu.kind === 'Slice' && fu.kind === 'Basic') op = isByte(tu.elem) ? 'STR2BYTES' : 'STR2RUNES';
    else if (tu.kind === 'Basic' && tu.name === 'string' && fu.kind === 'Slice') op = isByte(fu.elem) ? 'BYTES2STR' : 'RUNES2STR';
    else if (tu.kind === 'Basic' && tu.name === 'string' && fu.kind === 'Basic' && fu.name !== 'string' && !fu.name.includes('string')) op = 'RUNESTR';
    else if (tu.kind === 'Pointer' && fu.kind === 'Slice') op = 'SLICE2ARRPTR';
    else if (tu.kind === 'Array' && fu.kind === 'Slice') op = 'SLICE2ARR';
    else if (tu.kind !== 'Basic' || fu.kind !== 'Basic') op = 'CONVNOP';
    const tva = this.tv(arg);
    if (op === 'STR2RUNES' && tva?.mode === 'constant' && tva.value?.kind === 'string') {
      // A constant string converted to []rune is a slice literal of its runes (cf. typecheck.stringtoruneslit).
      const sl = new Node('SLICELIT', gcPos(arg), t ?? to);
      sl.list = [...new TextDecoder().decode(latin1Bytes(tva.value.value))].map((r) => lit(gcPos(arg), quoteRune(r.codePointAt(0)!), Typ.int32));
      return sl;
    }
    const n = new Node(op, gcPos(arg), t ?? to);
    n.x = inner;
    if ((op === 'BYTES2STR' || op === 'RUNES2STR') && fu.kind === 'Slice' && fu.elem.kind === 'Named') {
      // A slice of a defined byte or rune type is converted to []byte or []rune first.
      const c = new Node('CONVNOP', inner.pos, { kind: 'Slice', elem: op === 'BYTES2STR' ? byteType : runeType });
      c.x = inner;
      n.x = c;
    }
    // Types with a name (any included) print as T(x), others as (T)(x).
    const named = to.kind === 'Named' || (to.kind === 'Basic' && !to.name.startsWith('untyped')) || to === anyType;
    n.typeText = named ? this.typeText(to) : '';
    return n;
  }

  private builtin(x: ast.CallExpr, name: string, t: Type | null): Node {
    const args = x.Args;
    const pos = x.Lparen;
    const one = (op: Op): Node => {
      const n = new Node(op, pos, t);
      n.x = args[0] ? this.expr(args[0]) : null;
      return n;
    };
    switch (name) {
      case 'append': {
        const n = new Node('APPEND', pos, t);
        const st = this.typeOf(args[0]!);
        const elemT = (under(st) as { elem?: Type }).elem ?? null;
        n.list = args.map((a, i) => (i === 0 || x.Ellipsis !== NoPos ? this.expr(a) : this.convExpr(a, elemT)));
        n.isDDD = x.Ellipsis !== NoPos;
        return n;
      }
      case 'copy': {
        const n = new Node('COPY', pos, t);
        n.x = this.expr(args[0]!);
        n.y = this.expr(args[1]!);
        return n;
      }
      case 'panic': {
        const n = new Node('PANIC', pos, null);
        n.x = this.convExpr(args[0]!, anyIface());
        return n;
      }
      case 'len': return one('LEN');
      case 'cap': return one('CAP');
      case 'close': return one('CLOSE');
      case 'clear': return one('CLEAR');
      case 'real': return one('REAL');
      case 'imag': return one('IMAG');
      case 'new': {
        const n = new Node('NEW', pos, t);
        const tt = this.typeOf(args[0]!);
        const tn = new Node('TYPE', pos, tt);
        // A type that depends on the type parameters is a run-time value in a shaped body.
        if (this.derived(args[0]!)) tn.text = '<node DYNAMICTYPE>';
        n.x = tn;
        return n;
      }
      case 'make': {
        const mt = this.typeOf(args[0]!);
        const u = under(mt);
        const op: Op = u.kind === 'Map' ? 'MAKEMAP' : u.kind === 'Chan' ? 'MAKECHAN' : 'MAKESLICE';
        const n = new Node(op, pos, mt);
        n.list = args.slice(1).map((a) => this.expr(a));
        return n;
      }
      case 'complex': {
        const n = new Node('COMPLEX', pos, t);
        n.x = this.expr(args[0]!);
        n.y = this.expr(args[1]!);
        return n;
      }
      case 'min': case 'max': case 'delete': case 'print': case 'println': case 'recover': {
        const op = name.toUpperCase() as Op;
        const n = new Node(op, pos, t);
        n.list = args.map((a) => this.expr(a));
        return n;
      }
      default: {
        const n = new Node('LEN', pos, t);
        n.x = args[0] ? this.expr(args[0]) : null;
        return n;
      }
    }
  }
}

/** The key of an imported function in the std escape-summary table: "fmt.Println", "strings.(*Builder).WriteString". */
function stdKey(obj: TFunc): string {
  const r = obj.type.recv;
  if (r === null) return `${obj.pkg}.${obj.name}`;
  let t = r.type;
  let star = '';
  if (t.kind === 'Pointer') {
    star = '*';
    t = t.elem;
  }
  const name = t.kind === 'Named' ? t.obj.name : '?';
  return `${obj.pkg}.(${star}${name}).${obj.name}`;
}

function fmtSel(sel: Node): string {
  const x = sel.x!;
  const base = x.op === 'NAME' || x.op === 'LITERAL' ? x.text : '(...)';
  return `${base}.${sel.text}`;
}

function isByte(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Basic' && u.name === 'uint8';
}

let anyT: Type | null = null;
function anyIface(): Type {
  if (anyT === null) anyT = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [] };
  return anyT;
}

function lit(pos: Pos, text: string, t: Type | null): Node {
  const n = new Node('LITERAL', pos, t);
  n.text = text;
  return n;
}

function blank(pos: Pos): Name {
  return new Name(pos, '_', 'PAUTO', null, null, null);
}

function retag(n: Node, op: Op): Node {
  const m = new Node(op, n.pos, n.type);
  Object.assign(m, { ...n, op });
  return m;
}

function implicitDeref(base: Node, t: Type, pos: Pos = base.pos): Node {
  const d = new Node('DEREF', pos, t);
  d.x = base;
  d.implicit = true;
  return d;
}

function hasUniquePos(n: Node): boolean {
  switch (n.op) {
    case 'NAME': case 'LITERAL': case 'NIL': case 'TYPE':
      return false;
    default:
      return true;
  }
}

/** The source text of a package qualifier expression. */
function exprText(x: ast.Expr): string {
  return x.kind === 'Ident' ? x.Name : '?';
}

/** How gc prints a constant (cf. ir's OLITERAL formatting): its value, with the type when that
 *  is not the value's default type; runes as quoted characters. */
function constText(x: ast.Expr, v: ConstValue, t: Type | null, tt: (t: Type) => string): string {
  const b = t !== null && t.kind === 'Basic' ? t : null;
  const isDefault = (names: string[]): boolean => t === null || (b !== null && names.includes(b.name) && b.alias === undefined);
  let text: string;
  switch (v.kind) {
    case 'int':
      if (b !== null && (b.alias === 'rune' || b.name === 'untyped rune') && v.value >= 0n && v.value <= 0x10ffffn) return quoteRune(Number(v.value));
      text = String(v.value);
      if (isDefault(['int', 'untyped int'])) return text;
      break;
    case 'string':
      text = quoteGo(v.value.length > 72 ? v.value.slice(0, 69) + '...' : v.value);
      if (isDefault(['string', 'untyped string'])) return text;
      break;
    case 'bool':
      text = String(v.value);
      if (isDefault(['bool', 'untyped bool'])) return text;
      break;
    case 'float':
      text = formatG6(ratToFloat64(v.value));
      if (isDefault(['float64', 'untyped float'])) return text;
      break;
    case 'complex':
      text = `(${formatG6(ratToFloat64(v.re))} + ${formatG6(ratToFloat64(v.im))}i)`;
      if (isDefault(['complex128', 'untyped complex'])) return text;
      break;
    default: {
      const u = unparen(x);
      return u.kind === 'BasicLit' ? u.Value : '<const>';
    }
  }
  return t !== null ? `${tt(t)}(${text})` : text;
}

function formatG6(f: number): string {
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  let s = f.toPrecision(6);
  if (s.includes('e')) {
    let [m, e] = s.split('e') as [string, string];
    if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
    const sign = e.startsWith('-') ? '-' : '+';
    const digits = e.replace(/^[+-]/, '').padStart(2, '0');
    return `${m}e${sign}${digits}`;
  }
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

function quoteRune(r: number): string {
  switch (r) {
    case 0x07: return "'\\a'";
    case 0x08: return "'\\b'";
    case 0x0c: return "'\\f'";
    case 0x0a: return "'\\n'";
    case 0x0d: return "'\\r'";
    case 0x09: return "'\\t'";
    case 0x0b: return "'\\v'";
    case 0x5c: return "'\\\\'";
    case 0x27: return "'\\''";
  }
  if (r < 0x20 || r === 0x7f) return `'\\x${r.toString(16).padStart(2, '0')}'`;
  return `'${encodeUTF8(String.fromCodePoint(r))}'`;
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

/** Whether evaluating n calls a function or receives (cf. typecheck.callOrChan; new excepted). */
function hasCallOrRecv(n: Node): boolean {
  switch (n.op) {
    case 'CALLFUNC': case 'CALLINTER': case 'APPEND': case 'CAP': case 'CLEAR': case 'CLOSE': case 'COMPLEX':
    case 'COPY': case 'DELETE': case 'IMAG': case 'LEN': case 'MAKESLICE': case 'MAKEMAP': case 'MAKECHAN':
    case 'MAX': case 'MIN': case 'PANIC': case 'PRINT': case 'PRINTLN': case 'REAL': case 'RECOVER': case 'RECV':
      return true;
  }
  let found = false;
  forEachChild(n, (c) => {
    if (!found && hasCallOrRecv(c)) found = true;
  });
  return found;
}

/** gc's position of a function declaration: the token after `func` (the receiver's parenthesis). */
function funcPos(d: ast.FuncDecl): Pos {
  return d.Recv !== null ? d.Recv.Opening : d.Name.NamePos;
}
