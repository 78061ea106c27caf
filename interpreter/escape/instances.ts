// Instantiations of generic functions and of generic types' methods, as gc compiles them: one
// shaped body per shape of the type arguments (`Sum[go.shape.int]`, `(*Box[go.shape.string]).Get`),
// which takes a dictionary (`.dict`) after the receiver; callers pass `&.dict.Sum[int]`, or, from
// inside another shaped body, a word of their own dictionary. A use of an instance as a value goes
// through a wrapper with the instance's own signature (`Ptr[int]`) that passes the dictionary on.
import type * as ast from '../syntax/ast.js';
import { instantiateNamed, makeSubstMap, subst, type SubstMap } from '../types/instantiate.js';
import type { Func as TFunc, Named, Signature, Type, TypeParam } from '../types/types.js';
import { Func, Name } from './ir.js';
import { basicConstraint, hasShape, Shapes } from './shapes.js';
import { linkString, msgTypeString } from './typetext.js';

/** A generic function or method declaration of the package. */
export interface GenericDecl {
  readonly d: ast.FuncDecl;
  readonly obj: TFunc;
  readonly goVersion: string;
}

/** A shaped body still to be lowered: the declaration and its type parameters' shapes. */
export interface InstanceJob {
  readonly f: Func;
  readonly decl: GenericDecl;
  readonly smap: SubstMap;
}

/** A wrapper still to be built: the instance's own function, tail-calling the shaped one. */
export interface WrapperJob {
  readonly f: Func;
  readonly decl: GenericDecl;
  readonly shaped: Func;
  readonly dictName: string;
  /** Type parameters to the instance's (unshaped) type arguments. */
  readonly smap: SubstMap;
}

/** The shaped methods of one shaped type, by method name, in declaration order. */
export type MethodSet = Map<string, Func>;

export class Instances {
  /** Generic functions, by object. */
  readonly funcs = new Map<TFunc, GenericDecl>();
  /** Methods of generic types, by the generic type, in declaration order. */
  readonly methods = new Map<Named, GenericDecl[]>();
  readonly shapes: Shapes;
  /** Shaped functions by symbol, shaped types' methods by type, wrappers by symbol. */
  private readonly bySym = new Map<string, Func>();
  private readonly types = new Map<string, MethodSet>();
  private readonly wrappers = new Map<string, Func>();
  readonly jobs: InstanceJob[] = [];
  readonly wrapperJobs: WrapperJob[] = [];
  /** Every shaped function and method, and every wrapper, in the order created. */
  readonly all: Func[] = [];
  readonly wrapperFuncs: Func[] = [];

  constructor(private readonly local: string) {
    this.shapes = new Shapes(local);
  }

  private qual(pkg: string): string {
    return pkg === this.local || pkg === '' ? '' : pkg.slice(pkg.lastIndexOf('/') + 1) + '.';
  }

  private link(ts: readonly Type[]): string {
    return ts.map((t) => linkString(t, this.local)).join(',');
  }

  shapeArgs(tparams: readonly TypeParam[], targs: readonly Type[]): Type[] {
    return targs.map((t, i) => this.shapes.of(t, tparams[i] === undefined || basicConstraint(tparams[i]!)));
  }

  /** `Sum[go.shape.int]`: the symbol of a function instance with these type arguments. */
  funcSym(obj: TFunc, targs: readonly Type[]): string {
    return `${this.qual(obj.pkg)}${obj.name}[${this.link(targs)}]`;
  }

  /** `.dict.Sum[int]`, `slices..dict.Index[[]int,int]`, `.dict.Box[int]`: a static dictionary's name. */
  dictSym(pkg: string, name: string, targs: readonly Type[]): string {
    return `${this.qual(pkg)}.dict.${name}[${this.link(targs)}]`;
  }

  /** `(*Box[go.shape.int]).Get` or `Box[go.shape.int].Val`. */
  methodSym(recv: Type, name: string): string {
    return recv.kind === 'Pointer' ? `(${msgTypeString(recv, this.local)}).${name}` : `${msgTypeString(recv, this.local)}.${name}`;
  }

  /** Whether type arguments depend on the enclosing shaped body (the dictionary is then dynamic). */
  dynamic(targs: readonly Type[]): boolean {
    return targs.some((t) => hasShape(t));
  }

  /** The shaped function compiled for obj[targs]; created (and its body queued) on first use. */
  funcInstance(decl: GenericDecl, targs: readonly Type[]): Func {
    const tparams = decl.obj.type.typeParams;
    const shapes = this.shapeArgs(tparams, targs);
    const sym = this.funcSym(decl.obj, shapes);
    let f = this.bySym.get(sym);
    if (f === undefined) {
      const smap = makeSubstMap(tparams, shapes);
      const sig = { ...(subst(decl.obj.type, smap) as Signature), typeParams: [] };
      f = this.newFunc(decl, sym, sig);
      this.bySym.set(sym, f);
      this.all.push(f);
      this.jobs.push({ f, decl, smap });
    }
    return f;
  }

  /** The shaped methods of generic type origin instantiated with targs (all are compiled). */
  typeInstance(origin: Named, targs: readonly Type[]): MethodSet {
    const shapes = this.shapeArgs(origin.typeParams, targs);
    const shaped = instantiateNamed(origin, shapes);
    const key = msgTypeString(shaped, this.local);
    let ms = this.types.get(key);
    if (ms === undefined) {
      ms = new Map();
      this.types.set(key, ms);
      const smap = makeSubstMap(origin.typeParams, shapes);
      for (const decl of this.methods.get(origin) ?? []) {
        const sig = subst(decl.obj.type, smap) as Signature;
        const f = this.newFunc(decl, this.methodSym(sig.recv!.type, decl.obj.name), sig);
        this.all.push(f);
        ms.set(decl.obj.name, f);
        this.jobs.push({ f, decl, smap });
      }
    }
    return ms;
  }

  /** The wrapper `Ptr[int]` / `(*Box[int]).Get` for an instance used as a function value. */
  wrapper(decl: GenericDecl, targs: readonly Type[], recvInst: Named | null, shaped: Func): Func {
    const tparams = recvInst !== null ? recvInst.origin!.typeParams : decl.obj.type.typeParams;
    const smap = makeSubstMap(tparams, targs);
    const sig = { ...(subst(decl.obj.type, smap) as Signature), typeParams: [] };
    const sym = recvInst !== null ? this.methodSym(sig.recv!.type, decl.obj.name) : this.funcSym(decl.obj, targs);
    let f = this.wrappers.get(sym);
    if (f === undefined) {
      f = this.newFunc(decl, sym, sig);
      f.wrapper = true;
      this.wrappers.set(sym, f);
      this.wrapperFuncs.push(f);
      const dictName = recvInst !== null ? this.dictSym(recvInst.obj.pkg, recvInst.obj.name, targs) : this.dictSym(decl.obj.pkg, decl.obj.name, targs);
      this.wrapperJobs.push({ f, decl, shaped, dictName, smap });
    }
    return f;
  }

  private newFunc(decl: GenericDecl, sym: string, sig: Signature): Func {
    const nname = new Name(decl.d.Name.NamePos, sym, 'PFUNC', sig, null);
    const f = new Func(nname, sig, decl.d.Type.Func);
    nname.fn = f;
    f.dupok = true;
    return f;
  }
}
