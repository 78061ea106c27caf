// Which instantiations gc compiles, and in which order. gc reads the package's declarations, then
// function bodies from a stack (the last pushed first), emptying a second stack of pending shaped
// types and functions before each body; a generic type's methods are all compiled as soon as the
// type is instantiated anywhere, and every instantiated body read joins the list of functions to
// compile, in reading order (cf. noder.readBodies, objIdx). Escape analysis visits that list after
// the package's own functions, so methods that nothing calls (String, reached through interfaces)
// report after everything else, last read first.
import type * as ast from '../syntax/ast.js';
import { children } from '../syntax/walk.js';
import { instantiateNamed, makeSubstMap, subst, type SubstMap } from '../types/instantiate.js';
import type { Package } from '../types/info.js';
import type { Func as TFunc, Named, Signature, Type } from '../types/types.js';
import type { Func } from './ir.js';
import { type GenericDecl, Instances } from './instances.js';
import { hasShape } from './shapes.js';
import { linkString } from './typetext.js';
import type { DictLayouts } from './dicts.js';
import { wantsWrappers } from './methodset.js';

interface Body {
  /** A declaration of the package, or an instance's generic declaration; null for a wrapper. */
  readonly decl: ast.FuncDecl | null;
  readonly smap: SubstMap | null;
  /** The instantiation compiled from it (null for the package's own functions). */
  readonly f: Func | null;
  /** For an instance's own function: reading it builds the instance's dictionary. */
  readonly dict?: () => void;
}

export class ReadOrder {
  private readonly done = new Set<string>();
  private readonly bodies: Body[] = [];
  private readonly pending: (() => void)[] = [];
  private readonly funcDecls = new Map<TFunc, ast.FuncDecl>();
  private readonly typeMethods = new Map<Named, ast.FuncDecl[]>();
  private smap: SubstMap | null = null;
  /** Instantiations in the order gc reads (and compiles) them. */
  readonly order: Func[] = [];
  /** Types that get method wrappers, in the order gc first reads them (after their parts). */
  readonly wrapTypes: Type[] = [];
  private readonly wrapSeen = new Set<string>();

  constructor(
    private readonly pkg: Package,
    private readonly inst: Instances,
    private readonly layouts: DictLayouts,
  ) {}

  run(): Func[] {
    const info = this.pkg.info;
    for (const file of this.pkg.files) {
      for (const d of file.Decls) {
        if (d.kind !== 'FuncDecl' || d.Body === null) continue;
        const obj = info.defs.get(d.Name);
        if (obj === undefined || obj === null || obj.kind !== 'Func') continue;
        if (obj.type.recv === null) this.funcDecls.set(obj, d);
        else {
          const r = obj.type.recv.type;
          const b = r.kind === 'Pointer' ? r.elem : r;
          if (b.kind === 'Named' && b.typeParams.length === 0) {
            const l = this.typeMethods.get(b) ?? [];
            l.push(d);
            this.typeMethods.set(b, l);
          }
        }
      }
    }
    // Package initialization, then the declarations in source order.
    for (const init of this.pkg.initOrder) if (init.rhs !== null) this.walk(init.rhs);
    for (const file of this.pkg.files) {
      for (const d of file.Decls) {
        if (d.kind === 'FuncDecl') {
          const obj = info.defs.get(d.Name);
          if (obj === undefined || obj === null || obj.kind !== 'Func' || obj.type.typeParams.length > 0) continue;
          if (obj.type.recv !== null) this.readType(obj.type.recv.type);
          else this.localFunc(obj);
        } else if (d.kind === 'GenDecl' && (d.Tok === 'TYPE' || d.Tok === 'VAR')) {
          for (const s of d.Specs) {
            if (s.kind === 'TypeSpec' && s.TypeParams === null) {
              const o = info.defs.get(s.Name);
              if (o !== undefined && o !== null) this.readType(o.type);
            } else if (s.kind === 'ValueSpec') {
              for (const id of s.Names) {
                const o = info.defs.get(id);
                if (o !== undefined && o !== null) this.readType(o.type);
              }
            }
          }
        }
      }
    }
    for (;;) {
      const p = this.pending.pop();
      if (p !== undefined) {
        p();
        continue;
      }
      const b = this.bodies.pop();
      if (b === undefined) break;
      this.smap = b.smap;
      if (b.decl !== null) this.walk(b.decl.Body!);
      this.smap = null;
      b.dict?.();
      if (b.f !== null) this.order.push(b.f);
    }
    return this.order;
  }

  private localFunc(obj: TFunc): void {
    const key = 'func ' + obj.name;
    if (this.done.has(key)) return;
    this.done.add(key);
    this.readType(obj.type);
    const d = this.funcDecls.get(obj);
    if (d !== undefined) this.bodies.push({ decl: d, smap: null, f: null });
  }

  private sub(t: Type): Type {
    return this.smap === null ? t : subst(t, this.smap);
  }

  /** Reads a type: the package's named types and instantiated types it mentions are declared. */
  private readType(t: Type, seen: Set<Type> = new Set()): void {
    if (seen.has(t)) return;
    seen.add(t);
    this.readParts(t, seen);
    if (wantsWrappers(t, this.pkg.path) && !mentionsTypeParam(t)) {
      const key = linkString(t, this.pkg.path);
      if (!this.wrapSeen.has(key)) {
        this.wrapSeen.add(key);
        this.wrapTypes.push(t);
      }
    }
  }

  private readParts(t: Type, seen: Set<Type>): void {
    switch (t.kind) {
      case 'Named':
        if (t.typeArgs.length > 0) {
          // The generic type itself, as its own methods' receivers mention it: not an instance.
          if (t.typeArgs.some((a) => mentionsTypeParam(a))) return;
          for (const a of t.typeArgs) this.readType(a, seen);
          this.typeInstance(t.origin ?? t, t.typeArgs);
        } else if (t.obj.pkg === this.pkg.path && t.typeParams.length === 0) {
          this.localType(t);
        }
        return;
      case 'Pointer': case 'Slice': case 'Array': case 'Chan':
        this.readType(t.elem, seen);
        return;
      case 'Map':
        this.readType(t.key, seen);
        this.readType(t.elem, seen);
        return;
      case 'Struct':
        for (const f of t.fields) this.readType(f.type, seen);
        return;
      case 'Tuple':
        for (const v of t.vars) this.readType(v.type, seen);
        return;
      case 'Signature':
        if (t.recv !== null && t.recv.type.kind !== 'Interface') this.readType(t.recv.type, seen);
        this.readType(t.params, seen);
        this.readType(t.results, seen);
        return;
      case 'Interface':
        for (const m of t.methods) this.readType(m.type, seen);
        return;
      default:
        return;
    }
  }

  private localType(t: Named): void {
    const key = 'type ' + t.obj.name + '@' + t.obj.pos;
    if (this.done.has(key)) return;
    this.done.add(key);
    // A named type's underlying type gets no wrappers of its own (its parts may).
    this.readParts(t.underlying, new Set([t.underlying]));
    for (const d of this.typeMethods.get(t) ?? []) {
      const obj = this.pkg.info.defs.get(d.Name) as TFunc;
      this.readType(obj.type);
      this.bodies.push({ decl: d, smap: null, f: null });
    }
  }

  private key(name: string, targs: readonly Type[]): string {
    return `${name}[${targs.map((t) => linkString(t, this.pkg.path)).join(',')}]`;
  }

  /** A generic type instantiated: its shaped methods are compiled (after the shaped type is read). */
  private typeInstance(origin: Named, targs: readonly Type[]): void {
    const decls = this.inst.methods.get(origin) ?? [];
    const shaped = targs.some((a) => hasShape(a));
    const shapes = this.inst.shapeArgs(origin.typeParams, targs);
    const args = shaped ? shapes : targs;
    const key = 'type ' + this.key(origin.obj.name, args);
    if (this.done.has(key)) return;
    this.done.add(key);
    const m = makeSubstMap(origin.typeParams, args);
    const u = subst(origin.underlying, m);
    this.readParts(u, new Set([u]));
    if (!shaped) this.pending.push(() => this.typeInstance(origin, shapes));
    const ms = this.inst.typeInstance(origin, shapes);
    const recv = instantiateNamed(origin, targs);
    for (const d of decls) {
      this.readType(subst(d.obj.type, m));
      const f = ms.get(d.obj.name)!;
      // An instance's own methods pass their receiver and the type's dictionary to the shaped ones.
      if (shaped) this.bodies.push({ decl: d.d, smap: m, f });
      else this.bodies.push({ decl: null, smap: null, f: this.inst.wrapper(d, targs, recv, f), dict: () => this.readDict(origin, targs) });
    }
  }

  /** A generic function instantiated: its wrapper (when targs are known) and its shaped body. */
  private funcInstance(decl: GenericDecl, targs: readonly Type[], shaped: boolean): void {
    const tparams = decl.obj.type.typeParams;
    const args = shaped ? this.inst.shapeArgs(tparams, targs) : targs;
    const key = 'func ' + this.key(decl.obj.name, args);
    if (this.done.has(key)) return;
    this.done.add(key);
    const m = makeSubstMap(tparams, args);
    this.readType(subst(decl.obj.type, m) as Signature);
    const f = this.inst.funcInstance(decl, targs);
    if (!shaped) {
      this.pending.push(() => this.funcInstance(decl, targs, true));
      this.bodies.push({ decl: null, smap: null, f: this.inst.wrapper(decl, targs, null, f), dict: () => this.readDict(decl.obj, targs) });
      return;
    }
    this.bodies.push({ decl: decl.d, smap: m, f });
  }

  /**
   * Builds the run-time dictionary of obj[targs] (once): its entries' types are read, which
   * declares the instantiated types among them (cf. pkgReader.dictNameOf).
   */
  private readDict(obj: TFunc | Named, targs: readonly Type[]): void {
    const key = 'dict ' + this.key(obj.kind === 'Func' ? obj.name : obj.obj.name, targs);
    if (this.done.has(key)) return;
    this.done.add(key);
    const isFunc = obj.kind === 'Func';
    if (isFunc && !this.inst.funcs.has(obj)) return;
    const layout = isFunc ? this.layouts.ofFunc(obj) : this.layouts.ofType(obj);
    const m = makeSubstMap(isFunc ? obj.type.typeParams : obj.typeParams, targs);
    for (const sd of layout.subdictEntries) {
      const o = sd.obj as TFunc | Named;
      this.readDict(o.kind === 'Named' ? (o.origin ?? o) : o, sd.targs.map((t) => subst(t, m)));
    }
    for (const t of layout.typeEntries) this.readType(subst(t, m));
  }

  /** Walks a body as gc writes it: each expression's type, then its parts, in source order. */
  private walk(n: ast.Node): void {
    const info = this.pkg.info;
    switch (n.kind) {
      case 'Ident': {
        const obj = info.uses.get(n);
        if (obj !== undefined && obj.kind === 'Func') {
          if (obj.type.typeParams.length > 0) {
            const g = this.inst.funcs.get(obj);
            const ia = info.instances.get(n);
            if (g !== undefined && ia !== undefined) {
              const targs = ia.typeArgs.map((t) => this.sub(t));
              for (const t of targs) this.readType(t);
              const dyn = targs.some((t) => hasShape(t));
              if (!dyn) this.funcInstance(g, targs, false);
              this.funcInstance(g, targs, true);
              if (!dyn) this.readDict(obj, targs);
            }
            return;
          }
          if (obj.pkg === this.pkg.path && obj.type.recv === null) this.localFunc(obj);
        }
        const def = info.defs.get(n);
        if (def !== undefined && def !== null && def.kind === 'Var') this.readType(this.sub(def.type));
        const tv = info.types.get(n);
        if (tv !== undefined) this.readType(this.sub(tv.type));
        return;
      }
      case 'SelectorExpr': {
        const sel = info.selections.get(n);
        if (sel === undefined) {
          // A qualified identifier.
          this.walk(n.Sel);
          return;
        }
        const tv = info.types.get(n);
        if (sel.kind === 'FieldVal') {
          if (tv !== undefined) this.readType(this.sub(tv.type));
          this.walk(n.X);
          return;
        }
        // Method selections: the receiver, then the method's receiver type and signature.
        if (sel.kind === 'MethodVal') this.walk(n.X);
        const recv = this.sub(sel.recv);
        this.readType(recv);
        if (tv !== undefined) this.readType(this.sub(tv.type));
        const b = recv.kind === 'Pointer' ? recv.elem : recv;
        // A method of an instantiated type is called on the shaped type, with the type's dictionary.
        if (b.kind === 'Named' && b.typeArgs.length > 0 && this.inst.methods.has(b.origin ?? b)) {
          this.typeInstance(b.origin ?? b, this.inst.shapeArgs((b.origin ?? b).typeParams, b.typeArgs));
          if (!b.typeArgs.some((a) => hasShape(a))) this.readDict(b.origin ?? b, b.typeArgs);
        }
        return;
      }
      default: {
        const tv = (info.types as Map<ast.Node, { type: Type }>).get(n);
        if (tv !== undefined) this.readType(this.sub(tv.type));
        for (const c of children(n)) this.walk(c);
      }
    }
  }
}

function mentionsTypeParam(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'TypeParam': return true;
    case 'Named': return t.typeArgs.some((a) => mentionsTypeParam(a, seen));
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return mentionsTypeParam(t.elem, seen);
    case 'Map': return mentionsTypeParam(t.key, seen) || mentionsTypeParam(t.elem, seen);
    case 'Struct': return t.fields.some((f) => mentionsTypeParam(f.type, seen));
    case 'Tuple': return t.vars.some((v) => mentionsTypeParam(v.type, seen));
    case 'Signature': return mentionsTypeParam(t.params, seen) || mentionsTypeParam(t.results, seen);
    default: return false;
  }
}
