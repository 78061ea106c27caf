// Expressions: Go expressions to JS expressions (cf. GopherJS's expressions.go). Constants come
// folded from the checker; integer arithmetic goes through runtime/int64.ts per width; struct and
// array values are copied where Go copies them; interface values are wrapped with their dynamic
// type's descriptor.
import * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { ConstValue } from '../types/constant.js';
import { ratToFloat64, ratToFloat32 } from '../types/constant.js';
import type { Func, Named, Signature, Type, Var, Obj } from '../types/types.js';
import type { ProgramContext } from './context.js';
import { Subst, numClass, isIntClass, isValueType, isInterface, under, ptrRecv, type NumClass } from './gotypes.js';
import type { InlNode } from './inline.js';
import { LENGTH, classRange, constRange, opRange, plainOp, type Interval } from './ranges.js';

export class CompileError extends Error {}

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.X;
  return e;
}

function numLit(n: number): string {
  if (Object.is(n, -0)) return '(-0)';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '(-Infinity)';
  if (n !== n) return 'NaN';
  return n < 0 ? `(${n})` : String(n);
}

export function intLit(v: bigint): string {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return numLit(Number(v));
  return v < 0n ? `(${v}n)` : `${v}n`;
}

export abstract class ExprCompiler {
  /** Temporaries to declare at the top of the function. */
  protected temps: string[] = [];
  /** Subexpressions already evaluated into a temporary (x op= y evaluates x's operands once). */
  protected readonly hoisted = new Map<ast.Expr, string>();
  /** JS names of the locals (each Go variable its own program-unique name), shared by nested closures. */
  protected get locals(): Map<Var, string> {
    return this.pc.localNames;
  }
  /** Locals whose address is taken: they live in a Box. */
  protected readonly boxed: Set<Var>;

  constructor(
    readonly pc: ProgramContext,
    readonly info: Info,
    readonly subst: Subst,
    /** This function is a generator (calls that may block use yield*). */
    readonly gen: boolean,
    /** The enclosing Go function name for closures' names ("main.main"). */
    readonly goName: string,
    boxed: Set<Var>,
  ) {
    this.boxed = boxed;
  }

  /** Where this body sits in gc's inline tree of its function (compile/inline.ts): null when no
   *  closure name can differ from the plain one. */
  inl: InlNode | null = null;
  /** Compiling a copy gc made of a literal: gc inlines nothing into copies. */
  copy = false;

  protected abstract recoverRef(): string;

  /** A function literal. In an inlined body it is gc's copy, under the copy's name; a literal
   *  whose value is called at inlined sites also carries those calls' variants (`$v`). */
  funcLit(e: ast.FuncLit): string {
    const isGen = this.pc.litIsGen(e);
    const inst = this.inl?.lits.get(e);
    const inlined = this.inl !== null && this.inl.parent !== null;
    const name = inlined && inst !== undefined ? inst.name : this.closureName();
    const js = this.pc.compileFuncLit(e, this.info, this.subst, name, isGen, inlined || this.copy ? { kind: 'copy' } : { kind: 'original' });
    if (inst === undefined || inst.variants.length === 0) return js;
    const variants = inst.variants.map((node) => this.pc.compileFuncLit(e, this.info, this.subst, name, isGen, { kind: 'inlined', node }));
    return `Object.assign(${js}, { $v: [${variants.join(', ')}] })`;
  }
  /** The Go name of the next closure in this function ("main.main.func1", "main.main.func1.1"). */
  abstract closureName(): string;

  /** An expression evaluated on its own, such as the right side of && (compile/order.ts). */
  regionExpr(e: ast.Expr): string {
    return this.expr(e);
  }

  temp(): string {
    const t = `$t${this.temps.length}`;
    this.temps.push(t);
    return t;
  }

  // -------------------------------------------------------------------------------------------
  // Types

  typeOf(e: ast.Expr): Type {
    const tv = this.info.types.get(e);
    if (tv === undefined) {
      if (e.kind === 'ParenExpr') return this.typeOf(e.X);
      if (e.kind === 'Ident') {
        const o = this.objOf(e);
        if (o) return this.subst.apply(o.type);
      }
      throw new CompileError(`internal error: no type for ${e.kind} at ${this.pc.lineOf(posOf(e))}`);
    }
    return this.subst.apply(tv.type);
  }
  constOf(e: ast.Expr): ConstValue | undefined {
    const tv = this.info.types.get(e);
    return tv?.mode === 'constant' ? tv.value : undefined;
  }
  /** The values an integer expression can take, when known for certain (compile/ranges.ts). */
  intRange(e: ast.Expr): Interval | null {
    const c = this.constOf(e);
    if (c !== undefined) return c.kind === 'int' ? constRange(c.value) : null;
    const nc = numClass(this.typeOf(e));
    if (nc !== 'i64' && nc !== 'u64') return classRange(nc);
    switch (e.kind) {
      case 'ParenExpr': return this.intRange(e.X);
      case 'Ident': {
        const o = this.objOf(e);
        return o?.kind === 'Var' ? this.pc.counterRanges.get(o as Var) ?? null : null;
      }
      case 'BinaryExpr': {
        const x = this.intRange(e.X);
        const y = x && this.intRange(e.Y);
        return x && y ? opRange(e.Op, x, y, nc) : null;
      }
      case 'UnaryExpr': {
        const x = e.Op === 'SUB' || e.Op === 'ADD' ? this.intRange(e.X) : null;
        if (x === null || e.Op === 'ADD') return x;
        return nc === 'i64' ? [-x[1], -x[0]] : null;
      }
      case 'CallExpr': {
        const f = unparen(e.Fun);
        const mode = this.info.types.get(e.Fun)?.mode;
        if (mode === 'builtin' && f.kind === 'Ident' && (f.Name === 'len' || f.Name === 'cap')) return LENGTH;
        if (mode !== 'typexpr' || e.Args.length !== 1) return null;
        const x = this.intRange(e.Args[0]!);
        return x && x[0] >= (nc === 'u64' ? 0 : -Number.MAX_SAFE_INTEGER) && x[1] <= Number.MAX_SAFE_INTEGER ? x : null;
      }
      default: return null;
    }
  }

  /** `x op y` on 64-bit integers as a plain JS operator, when the operands' ranges prove it exact
   *  (y is the right side's JS; null for shifts, whose count is read from its range). */
  plainIntOp(op: string, x: string, xr: Interval | null, y: string, yr: Interval | null, c: NumClass): string | null {
    if ((c !== 'i64' && c !== 'u64') || xr === null || yr === null) return null;
    return opRange(op, xr, yr, c) ? plainOp(op, x, y, xr, yr) : null;
  }

  T(t: Type): string {
    return this.pc.rtypes.ref(this.subst.apply(t));
  }
  objOf(id: ast.Ident): Obj | undefined {
    return this.info.uses.get(id) ?? this.info.defs.get(id) ?? undefined;
  }

  /** The JS name of a local variable (declaring it on first sight). */
  localName(v: Var): string {
    let n = this.locals.get(v);
    if (n === undefined) {
      n = this.pc.unique(v.name === '_' ? '$blank' : v.name);
      this.locals.set(v, n);
    }
    return n;
  }

  isBoxedVar(v: Var): boolean {
    return v.isGlobal ? this.pc.isBoxed(v) : this.boxed.has(v);
  }

  /** A reference to a variable as an rvalue/lvalue JS expression. */
  varRef(v: Var): string {
    const base = v.isGlobal ? this.pc.globalRef(v) : this.localName(v);
    return this.isBoxedVar(v) ? `${base}.v` : base;
  }

  // -------------------------------------------------------------------------------------------
  // Constants and zero values

  constJS(v: ConstValue, t0: Type): string {
    let t = t0;
    if (isInterface(t)) t = defaultTypeOf(v);
    const c = numClass(t);
    switch (v.kind) {
      case 'bool': return v.value ? 'true' : 'false';
      case 'string': return JSON.stringify(v.value);
      case 'int':
        if (c === 'f64') return numLit(Number(v.value));
        if (c === 'f32') return numLit(Math.fround(Number(v.value)));
        if (c === 'c128' || c === 'c64') return `new $.Complex(${numLit(Number(v.value))}, 0)`;
        return intLit(v.value);
      case 'float': {
        if (isIntClass(c)) return intLit(v.value.num / v.value.den);
        if (c === 'c128' || c === 'c64') return `new $.Complex(${numLit(ratToFloat64(v.value))}, 0)`;
        return numLit(c === 'f32' ? ratToFloat32(v.value) : ratToFloat64(v.value));
      }
      case 'complex': {
        if (c === 'c128' || c === 'c64') {
          const f = c === 'c64' ? ratToFloat32 : ratToFloat64;
          return `new $.Complex(${numLit(f(v.re))}, ${numLit(f(v.im))})`;
        }
        if (isIntClass(c)) return intLit(v.re.num / v.re.den);
        return numLit(c === 'f32' ? ratToFloat32(v.re) : ratToFloat64(v.re));
      }
      case 'unknown':
        return 'undefined';
    }
  }

  zero(t0: Type): string {
    const t = this.subst.apply(t0);
    const u = under(t);
    switch (u.kind) {
      case 'Basic': {
        const c = numClass(u);
        if (c === 'str') return '""';
        if (c === 'bool') return 'false';
        if (c === 'c128' || c === 'c64') return '$.Complex.ZERO';
        if (u.name === 'untyped nil') return 'null';
        return '0';
      }
      case 'Struct': case 'Array':
        return `${this.T(t)}.zero()`;
      default:
        return 'null';
    }
  }

  // -------------------------------------------------------------------------------------------
  // Values in context

  /** Whether e denotes a storage location (its value must be copied to be stored elsewhere). */
  isLocation(e: ast.Expr): boolean {
    e = unparen(e);
    switch (e.kind) {
      case 'Ident': return true;
      case 'SelectorExpr': return true;
      case 'IndexExpr': return true;
      case 'StarExpr': return true;
      case 'TypeAssertExpr': return true; // the value inside the interface is shared
      case 'CallExpr': {
        const tv = this.info.types.get(e.Fun);
        if (tv?.mode === 'typexpr' && e.Args.length === 1) return this.isLocation(e.Args[0]!);
        return false;
      }
      default: return false;
    }
  }

  copyVal(js: string, t: Type): string {
    const u = under(this.subst.apply(t));
    if (u.kind === 'Struct') return `${js}.$clone()`;
    if (u.kind === 'Array') return `$.cloneArray(${this.T(t)}, ${js})`;
    return js;
  }

  /** The value of e converted (implicitly, by assignability) to type `to`, copied if needed. */
  value(e: ast.Expr, to0: Type | null): string {
    const to = to0 === null ? null : this.subst.apply(to0);
    const tv = this.info.types.get(e);
    if (tv?.value !== undefined && tv.mode === 'constant' && to !== null) {
      if (isInterface(to)) {
        const dt = defaultTypeOf(tv.value, this.typeOf(e));
        return `new $.Iface(${this.T(dt)}, ${this.constJS(tv.value, dt)})`;
      }
      return this.constJS(tv.value, to);
    }
    const from = this.typeOf(e);
    if (from.kind === 'Basic' && from.name === 'untyped nil') return 'null';
    let js = this.expr(e);
    if (isValueType(from) && this.isLocation(e)) js = this.copyVal(js, from);
    if (to !== null && isInterface(to) && !isInterface(from)) return `new $.Iface(${this.T(from)}, ${js})`;
    return js;
  }

  /** Wraps an already-computed JS value of type `from` for a destination of type `to`. */
  convertJS(js: string, from: Type, to: Type): string {
    if (isInterface(to) && !isInterface(from)) {
      if (from.kind === 'Basic' && from.name === 'untyped nil') return 'null';
      return `new $.Iface(${this.T(from)}, ${js})`;
    }
    return js;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  expr(e: ast.Expr): string {
    const h = this.hoisted.get(e);
    if (h !== undefined) return h;
    const tv = this.info.types.get(e);
    if (tv?.value !== undefined && tv.mode === 'constant') return this.constJS(tv.value, this.subst.apply(tv.type));
    switch (e.kind) {
      case 'ParenExpr': return this.expr(e.X);
      case 'Ident': return this.ident(e);
      case 'BasicLit': throw new CompileError('internal error: literal without value');
      case 'CompositeLit': return this.compositeLit(e, this.typeOf(e));
      case 'FuncLit': return this.funcLit(e);
      case 'SelectorExpr': return this.selector(e);
      case 'IndexExpr': case 'IndexListExpr': return this.index(e);
      case 'SliceExpr': return this.sliceExpr(e);
      case 'TypeAssertExpr': return this.typeAssert(e, false);
      case 'CallExpr': return this.call(e);
      case 'StarExpr': return this.deref(e.X, this.typeOf(e));
      case 'UnaryExpr': return this.unary(e);
      case 'BinaryExpr': return this.binary(e);
      case 'KeyValueExpr': case 'BadExpr': case 'Ellipsis':
      case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
        throw new CompileError(`internal error: unexpected ${e.kind} as a value`);
      default:
        return ast.assertNever(e);
    }
  }

  ident(e: ast.Ident): string {
    if (e.Name === '_') return '$.blank';
    const o = this.objOf(e);
    if (o === undefined) throw new CompileError(`internal error: unresolved ${e.Name}`);
    switch (o.kind) {
      case 'Var': return this.varRef(o);
      case 'Nil': return 'null';
      case 'Func': return this.funcValue(o, this.info.instances.get(e)?.typeArgs ?? []);
      case 'Const': return this.constJS(o.value, this.typeOf(e));
      default: throw new CompileError(`internal error: ident ${e.Name} of kind ${o.kind}`);
    }
  }

  funcValue(f: Func, typeArgs: readonly Type[]): string {
    return this.pc.funcRef(f, typeArgs.map((t) => this.subst.apply(t)), null);
  }

  deref(x: ast.Expr, t: Type): string {
    const js = this.expr(x);
    if (isValueType(t)) return `$.nn(${js})`;
    return `${js}.load()`;
  }

  // --- composite literals --------------------------------------------------------------------

  compositeLit(e: ast.CompositeLit, t0: Type): string {
    let t = this.subst.apply(t0);
    let u = under(t);
    if (u.kind === 'Pointer') {
      t = u.elem;
      u = under(t);
      if (u.kind !== 'Struct' && u.kind !== 'Array') return `new $.Box(${this.compositeLit(e, t)})`;
    }
    switch (u.kind) {
      case 'Struct': {
        const vals = u.fields.map((f) => this.zero(f.type));
        e.Elts.forEach((el, i) => {
          if (el.kind === 'KeyValueExpr') {
            const name = (el.Key as ast.Ident).Name;
            const idx = u.fields.findIndex((f) => f.name === name);
            vals[idx] = this.elemValue(el.Value, u.fields[idx]!.type);
          } else vals[i] = this.elemValue(el, u.fields[i]!.type);
        });
        return `new ${this.T(t)}.ctor(${vals.join(', ')})`;
      }
      case 'Array': case 'Slice': {
        const elem = u.elem;
        const items = new Map<number, string>();
        let i = 0;
        let max = 0;
        for (const el of e.Elts) {
          let ve = el;
          if (el.kind === 'KeyValueExpr') {
            const k = this.constOf(el.Key);
            i = k && k.kind === 'int' ? Number(k.value) : i;
            ve = el.Value;
          }
          items.set(i, this.elemValue(ve, elem));
          i++;
          max = Math.max(max, i);
        }
        const n = u.kind === 'Array' ? u.len : max;
        const parts: string[] = [];
        const z = this.zero(elem);
        const zIsObj = isValueType(elem);
        for (let j = 0; j < n; j++) parts.push(items.get(j) ?? z);
        let arr: string;
        if (items.size === 0 && n > 8) arr = zIsObj ? `${this.T(u.kind === 'Array' ? t : { kind: 'Array', len: n, elem })}.zero()` : `new Array(${n}).fill(${z})`;
        else arr = `[${parts.join(', ')}]`;
        if (u.kind === 'Array') return arr;
        return `$.sliceLit(${arr})`;
      }
      case 'Map': {
        const parts: string[] = [];
        for (const el of e.Elts) {
          const kv = el as ast.KeyValueExpr;
          parts.push(this.elemValue(kv.Key, u.key), this.elemValue(kv.Value, u.elem));
        }
        return `$.mapLit(${this.T(t)}, [${parts.join(', ')}])`;
      }
      default:
        throw new CompileError(`internal error: composite literal of ${u.kind}`);
    }
  }

  /** An element of a composite literal: elided types (`{1, 2}` for T or &T) take the element type. */
  elemValue(e: ast.Expr, t: Type): string {
    if (e.kind === 'CompositeLit' && e.Type === null) return this.compositeLit(e, t);
    if (e.kind === 'UnaryExpr' && e.Op === 'AND' && unparen(e.X).kind === 'CompositeLit' && (unparen(e.X) as ast.CompositeLit).Type === null) {
      return this.compositeLit(unparen(e.X) as ast.CompositeLit, t);
    }
    return this.value(e, t);
  }

  // --- selectors ------------------------------------------------------------------------------

  selector(e: ast.SelectorExpr): string {
    const sel = this.info.selections.get(e);
    if (sel === undefined) {
      // A qualified identifier pkg.Name.
      const o = this.objOf(e.Sel);
      if (o === undefined) throw new CompileError(`internal error: unresolved ${e.Sel.Name}`);
      switch (o.kind) {
        case 'Var': return this.varRef(o);
        case 'Func': return this.funcValue(o, this.info.instances.get(e.Sel)?.typeArgs ?? []);
        case 'Const': return this.constJS(o.value, this.typeOf(e));
        default: throw new CompileError(`internal error: selector ${e.Sel.Name}`);
      }
    }
    switch (sel.kind) {
      case 'FieldVal': {
        const { js, t } = this.walkPath(this.expr(e.X), this.typeOf(e.X), sel.index.slice(0, -1));
        const st = structOf(t);
        const fi = sel.index[sel.index.length - 1]!;
        return `${js}.${this.fieldProp(st, fi)}`;
      }
      case 'MethodVal':
        return this.methodValue(e);
      case 'MethodExpr':
        return this.methodExpr(e);
    }
  }

  fieldProp(st: Type, i: number): string {
    const u = under(this.subst.apply(st));
    if (u.kind !== 'Struct') throw new CompileError('internal error: field of non-struct');
    const f = u.fields[i]!;
    return fieldPropName(f.name, i);
  }

  /** Follows embedded fields; returns the JS of the final struct (through pointers) and its type. */
  walkPath(js: string, t0: Type, path: readonly number[]): { js: string; t: Type } {
    let t = this.subst.apply(t0);
    for (const i of path) {
      const st = structOf(t);
      js = `${js}.${this.fieldProp(st, i)}`;
      t = this.subst.apply((under(st) as { fields: readonly Var[] }).fields[i]!.type);
    }
    return { js, t };
  }

  /** The receiver and method for a method call or value x.M. Returns the function and the
   *  receiver argument (already adjusted for pointer/value receivers). */
  /** The method and receiver of x.M. `late`: the call happens later (a method value, defer, go),
   *  so a value receiver is copied now even when the method only reads it. */
  methodTarget(e: ast.SelectorExpr, late = false): { fn: string; recv: string; isGen: boolean; iface: boolean } {
    const sel = this.info.selections.get(e)!;
    const m = sel.obj as Func;
    const { js, t } = this.walkPath(this.expr(e.X), this.typeOf(e.X), sel.index.slice(0, -1));
    const base = t.kind === 'Pointer' ? t.elem : t;
    if (isInterface(t)) {
      const tmp = this.temp();
      return { fn: `(${tmp} = ${js}, $.imethod(${tmp}, ${JSON.stringify(m.name)}))`, recv: `${tmp}.value`, isGen: this.pc.anyBlocking, iface: true };
    }
    if (m.decl !== null && m.decl.kind === 'Field') {
      // A method of a type parameter's constraint, on a concrete type argument: dispatch through
      // the argument type's method table as an interface call would.
      const tmp = this.temp();
      return { fn: `(${tmp} = new $.Iface(${this.T(t)}, ${js}), $.imethod(${tmp}, ${JSON.stringify(m.name)}))`, recv: `${tmp}.value`, isGen: this.pc.anyBlocking, iface: true };
    }
    const named = (base.kind === 'Named' ? base : null) as Named | null;
    const fn = this.pc.funcRef(m, named ? named.typeArgs : [], named);
    const isGen = this.pc.funcIsGen(m);
    let recv = js;
    if (ptrRecv(m)) {
      // &x: structs and arrays are their own pointers; other variables are boxed.
      if (t.kind !== 'Pointer' && !isValueType(t)) recv = this.addressOf(this.pathExpr(e, sel.index.length - 1));
    } else {
      const ro = this.pc.readOnly(m).recv && !late;
      if (t.kind === 'Pointer') recv = isValueType(base) ? (ro ? `$.nn(${js})` : this.copyVal(`$.nn(${js})`, base)) : `${js}.load()`;
      else if (isValueType(t) && !ro) recv = this.copyVal(js, t);
    }
    return { fn, recv, isGen, iface: false };
  }

  /** For &x.f.g receivers of pointer methods on non-struct named types: the selector chain as an AST-free address. */
  pathExpr(e: ast.SelectorExpr, _depth: number): ast.Expr {
    return e.X;
  }

  methodValue(e: ast.SelectorExpr): string {
    const mt = this.methodTarget(e, true);
    const r = this.temp();
    const f = this.temp();
    // Through an interface, the method lookup evaluates the interface value that recv then reads.
    const both = mt.iface ? `${f} = ${mt.fn}, ${r} = ${mt.recv}` : `${r} = ${mt.recv}, ${f} = ${mt.fn}`;
    return `(${both}, $.${mt.isGen ? 'bindGen' : 'bind'}(${f}, ${r}))`;
  }

  methodExpr(e: ast.SelectorExpr): string {
    const sel = this.info.selections.get(e)!;
    const m = sel.obj as Func;
    const recvT = this.subst.apply(sel.recv);
    if (isInterface(recvT)) return `$.ifaceMethodExpr(${JSON.stringify(m.name)})`;
    const base = recvT.kind === 'Pointer' ? recvT.elem : recvT;
    const named = base.kind === 'Named' ? base : null;
    const fn = this.pc.funcRef(m, named ? named.typeArgs : [], named);
    if (sel.index.length > 1) {
      // Promoted through embedding: a wrapper walking the path.
      const path = sel.index.slice(0, -1);
      let acc = 'r';
      let t: Type = recvT;
      for (const i of path) {
        const st = structOf(t);
        acc = `${acc}.${this.fieldProp(st, i)}`;
        t = (under(st) as { fields: readonly Var[] }).fields[i]!.type;
      }
      return `((r, ...a) => ${fn}(${acc}, ...a))`;
    }
    if (!ptrRecv(m) && recvT.kind === 'Pointer') {
      // (*T).M with a value receiver: structs and arrays are their own pointers, other values are
      // boxed; a nil pointer panics with the text of Go's generated wrapper.
      const tn = named === null ? '' : named.obj.name + (named.typeArgs.length > 0 ? '[...]' : '');
      const r = named !== null ? `$.nnw(r, ${JSON.stringify(`${named.obj.pkg}.${tn}.${m.name}`)}, ${JSON.stringify(tn)})` : '$.nn(r)';
      const v = isValueType(base) ? this.copyVal(r, base) : `${r}.load()`;
      return `((r, ...a) => ${fn}(${v}, ...a))`;
    }
    return fn;
  }

  // --- addresses ------------------------------------------------------------------------------

  addressOf(x0: ast.Expr): string {
    const x = unparen(x0);
    const t = this.typeOf(x);
    if (x.kind === 'CompositeLit') return isValueType(t) ? this.compositeLit(x, t) : `new $.Box(${this.compositeLit(x, t)})`;
    if (isValueType(t)) return this.expr(x); // structs and arrays are their own pointers
    switch (x.kind) {
      case 'Ident': {
        const o = this.objOf(x);
        if (o?.kind !== 'Var') throw new CompileError('internal error: & of non-variable');
        return o.isGlobal ? this.pc.globalRef(o) : this.localName(o);
      }
      case 'SelectorExpr': {
        const sel = this.info.selections.get(x);
        if (sel === undefined) {
          const o = this.objOf(x.Sel) as Var;
          return this.pc.globalRef(o);
        }
        const { js, t: st } = this.walkPath(this.expr(x.X), this.typeOf(x.X), sel.index.slice(0, -1));
        const fi = sel.index[sel.index.length - 1]!;
        return `$.fieldPointer($.nn(${js}), ${JSON.stringify(this.fieldProp(structOf(st), fi))})`;
      }
      case 'IndexExpr': {
        const ct = this.typeOf(x.X);
        const cu = under(ct);
        const i = this.intIndex(x.Index);
        if (cu.kind === 'Slice') {
          const s = this.temp();
          return `(${s} = ${this.expr(x.X)}, $.elemPointer(${s}.array, ${s}.offset + $.checkIndex(${i}, $.len(${s}))))`;
        }
        const a = this.temp();
        const arr = cu.kind === 'Pointer' ? `$.nn(${this.expr(x.X)})` : this.expr(x.X);
        return `(${a} = ${arr}, $.elemPointer(${a}, $.checkIndex(${i}, ${a}.length)))`;
      }
      case 'StarExpr':
        return `$.nn(${this.expr(x.X)})`;
      default:
        throw new CompileError(`internal error: & of ${x.kind}`);
    }
  }

  // --- index and slice ------------------------------------------------------------------------

  intIndex(e: ast.Expr): string {
    const c = this.constOf(e);
    if (c !== undefined && c.kind === 'int') return intLit(c.value);
    return this.expr(e);
  }

  index(e: ast.IndexExpr | ast.IndexListExpr): string {
    if (e.kind === 'IndexListExpr' || this.info.types.get(e.X)?.mode === 'typexpr' || this.isGenericFuncRef(e.X)) {
      // Instantiation of a generic function: F[int].
      const id = e.X.kind === 'SelectorExpr' ? e.X.Sel : (e.X as ast.Ident);
      const o = this.objOf(id) as Func;
      const inst = this.info.instances.get(id);
      return this.funcValue(o, inst?.typeArgs ?? []);
    }
    const ct = this.typeOf(e.X);
    const cu = under(ct);
    switch (cu.kind) {
      case 'Basic': return `$.byteAt(${this.expr(e.X)}, ${this.intIndex(e.Index)})`;
      case 'Slice': return `$sget(${this.expr(e.X)}, ${this.intIndex(e.Index)})`;
      case 'Array': {
        const a = this.expr(e.X);
        const c = this.constOf(e.Index);
        if (c !== undefined) return `${a}[${this.intIndex(e.Index)}]`;
        return `${a}[$checkIndex(${this.intIndex(e.Index)}, ${cu.len})]`;
      }
      case 'Pointer': {
        const a = this.temp();
        return `(${a} = $.nn(${this.expr(e.X)}), ${a}[$.checkIndex(${this.intIndex(e.Index)}, ${a}.length)])`;
      }
      case 'Map':
        return `$.mapGet(${this.expr(e.X)}, ${this.value(e.Index, cu.key)}, ${this.T(ct)})`;
      default:
        throw new CompileError(`internal error: index of ${cu.kind}`);
    }
  }

  isGenericFuncRef(x: ast.Expr): boolean {
    const id = x.kind === 'SelectorExpr' ? x.Sel : x.kind === 'Ident' ? x : null;
    if (id === null) return false;
    const o = this.objOf(id);
    return o?.kind === 'Func' && (o.type.typeParams.length > 0);
  }

  sliceExpr(e: ast.SliceExpr): string {
    const ct = this.typeOf(e.X);
    const cu = under(ct);
    const lo = e.Low ? this.intIndex(e.Low) : 'undefined';
    const hi = e.High ? this.intIndex(e.High) : 'undefined';
    const max = e.Max ? `, ${this.intIndex(e.Max)}` : '';
    switch (cu.kind) {
      case 'Basic': return `$.sliceString(${this.expr(e.X)}, ${lo}, ${hi})`;
      case 'Slice': return `$.sliceSlice(${this.expr(e.X)}, ${lo}, ${hi}${max})`;
      case 'Array': return `$.sliceArray(${this.expr(e.X)}, ${lo}, ${hi}${max})`;
      case 'Pointer': return `$.sliceArray($.nn(${this.expr(e.X)}), ${lo}, ${hi}${max})`;
      default: throw new CompileError(`internal error: slice of ${cu.kind}`);
    }
  }

  // --- type assertions ------------------------------------------------------------------------

  typeAssert(e: ast.TypeAssertExpr, commaOk: boolean): string {
    const x = this.expr(e.X);
    const from = this.typeOf(e.X);
    const to = this.typeOf(e.Type!);
    if (isInterface(to)) {
      return commaOk ? `$.assertIfaceOk(${x}, ${this.T(to)})` : `$.assertIface(${x}, ${this.T(to)}, ${this.T(from)})`;
    }
    return commaOk ? `$.assertConcreteOk(${x}, ${this.T(to)})` : `$.assertConcrete(${x}, ${this.T(to)}, ${this.T(from)})`;
  }

  // --- operators ------------------------------------------------------------------------------

  unary(e: ast.UnaryExpr): string {
    const t = this.typeOf(e);
    switch (e.Op) {
      case 'AND': return this.addressOf(e.X);
      case 'ARROW': {
        const ch = this.expr(e.X);
        return `(yield* $.recv(${ch}))`;
      }
      case 'NOT': return `!${this.expr(e.X)}`;
      case 'ADD': return this.expr(e.X);
      case 'SUB': {
        const x = this.expr(e.X);
        switch (numClass(t)) {
          case 'i64': return `$.neg64(${x})`;
          case 'u64': return `$.negU64(${x})`;
          case 'i32': return `(-${x} | 0)`;
          case 'i16': return `(-${x} << 16 >> 16)`;
          case 'i8': return `(-${x} << 24 >> 24)`;
          case 'u32': return `(-${x} >>> 0)`;
          case 'u16': return `(-${x} & 0xffff)`;
          case 'u8': return `(-${x} & 0xff)`;
          case 'c128': return `$.cneg(${x})`;
          case 'c64': return `$.cneg(${x})`;
          default: return `(-${x})`;
        }
      }
      case 'XOR': {
        const x = this.expr(e.X);
        switch (numClass(t)) {
          case 'i64': return `$.not64(${x})`;
          case 'u64': return `$.notU64(${x})`;
          case 'u32': return `(~${x} >>> 0)`;
          case 'u16': return `(~${x} & 0xffff)`;
          case 'u8': return `(~${x} & 0xff)`;
          case 'i16': return `(~${x} << 16 >> 16)`;
          case 'i8': return `(~${x} << 24 >> 24)`;
          default: return `(~${x})`;
        }
      }
      default:
        throw new CompileError(`internal error: unary ${e.Op}`);
    }
  }

  binary(e: ast.BinaryExpr): string {
    const op = e.Op;
    if (op === 'LAND') return `(${this.expr(e.X)} && ${this.regionExpr(e.Y)})`;
    if (op === 'LOR') return `(${this.expr(e.X)} || ${this.regionExpr(e.Y)})`;
    const xt = this.typeOf(e.X);
    const yt = this.typeOf(e.Y);
    if (op === 'EQL' || op === 'NEQ') {
      const eq = this.equality(e.X, xt, e.Y, yt);
      return op === 'EQL' ? eq : `!${eq}`;
    }
    if (op === 'LSS' || op === 'GTR' || op === 'LEQ' || op === 'GEQ') {
      const sym = op === 'LSS' ? '<' : op === 'GTR' ? '>' : op === 'LEQ' ? '<=' : '>=';
      return `(${this.value(e.X, null)} ${sym} ${this.value(e.Y, null)})`;
    }
    const t = this.typeOf(e);
    const c = numClass(t);
    const shift = op === 'SHL' || op === 'SHR';
    const x = shift ? this.expr(e.X) : this.value(e.X, t);
    const y = shift ? this.expr(e.Y) : this.value(e.Y, t);
    const plain = this.plainIntOp(op, x, this.intRange(e.X), y, this.intRange(e.Y), c);
    if (plain !== null) return plain;
    if (shift) return this.shift(op, x, y, e.Y, c);
    return arith(op, x, y, c);
  }

  shift(op: 'SHL' | 'SHR', x: string, y: string, ye: ast.Expr, c: NumClass): string {
    const yc = this.constOf(ye);
    const small = yc !== undefined && yc.kind === 'int' && yc.value < 31n;
    switch (c) {
      case 'i64': return op === 'SHL' ? `$.shl64(${x}, ${y})` : `$.shr64(${x}, ${y})`;
      case 'u64': return op === 'SHL' ? `$.shlU64(${x}, ${y})` : `$.shrU64(${x}, ${y})`;
      case 'i32':
        if (small) return op === 'SHL' ? `(${x} << ${y})` : `(${x} >> ${y})`;
        return op === 'SHL' ? `($.shlN(${x}, ${y}, 32) | 0)` : `$.shrN(${x}, ${y}, 32, true)`;
      case 'u32':
        if (small) return op === 'SHL' ? `((${x} << ${y}) >>> 0)` : `(${x} >>> ${y})`;
        return op === 'SHL' ? `($.shlN(${x}, ${y}, 32) >>> 0)` : `$.shrN(${x}, ${y}, 32, false)`;
      case 'i16': return op === 'SHL' ? `($.shlN(${x}, ${y}, 16) << 16 >> 16)` : `$.shrN(${x}, ${y}, 16, true)`;
      case 'i8': return op === 'SHL' ? `($.shlN(${x}, ${y}, 8) << 24 >> 24)` : `$.shrN(${x}, ${y}, 8, true)`;
      case 'u16': return op === 'SHL' ? `($.shlN(${x}, ${y}, 16) & 0xffff)` : `$.shrN(${x}, ${y}, 16, false)`;
      case 'u8': return op === 'SHL' ? `($.shlN(${x}, ${y}, 8) & 0xff)` : `$.shrN(${x}, ${y}, 8, false)`;
      default: throw new CompileError(`internal error: shift of ${c}`);
    }
  }

  equality(x: ast.Expr, xt: Type, y: ast.Expr, yt: Type): string {
    const xNil = xt.kind === 'Basic' && xt.name === 'untyped nil';
    const yNil = yt.kind === 'Basic' && yt.name === 'untyped nil';
    if (xNil || yNil) return `(${xNil ? this.expr(y) : this.expr(x)} === null)`;
    const xi = isInterface(xt);
    const yi = isInterface(yt);
    if (xi || yi) return `$.ifaceEqual(${this.value(x, xi ? xt : yt)}, ${this.value(y, xi ? xt : yt)})`;
    const c = numClass(xt);
    if (c === 'c128' || c === 'c64') return `$.ceq(${this.value(x, xt)}, ${this.value(y, xt)})`;
    const u = under(xt);
    if (u.kind === 'Struct' || u.kind === 'Array') return `${this.T(xt)}.equal(${this.expr(x)}, ${this.expr(y)})`;
    return `(${this.value(x, xt)} === ${this.value(y, xt)})`;
  }

  // --- calls ----------------------------------------------------------------------------------

  abstract call(e: ast.CallExpr): string;
}

/** The JS property of field i named `name` (runtime/typedesc.ts fieldProp, kept in step). */
export function fieldPropName(name: string, index: number): string {
  if (name === '_') return `$blank${index}`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name === 'constructor' || name === '__proto__' ? `$${name}` : name;
  let s = '$u';
  for (let i = 0; i < name.length; i++) s += name.charCodeAt(i).toString(16).padStart(2, '0');
  return s;
}

function structOf(t: Type): Type {
  const u = under(t);
  if (u.kind === 'Pointer') return u.elem;
  return t;
}

/** The type an untyped constant takes in an interface context. */
export function defaultTypeOf(v: ConstValue, t?: Type): Type {
  if (t !== undefined && !(t.kind === 'Basic' && t.name.startsWith('untyped')) && !isInterface(t)) return t;
  const basic = (name: string): Type => ({ kind: 'Basic', name } as Type);
  if (t !== undefined && t.kind === 'Basic' && t.name === 'untyped rune') return basic('int32');
  switch (v.kind) {
    case 'bool': return basic('bool');
    case 'string': return basic('string');
    case 'int': return basic('int');
    case 'float': return basic('float64');
    case 'complex': return basic('complex128');
    default: return basic('int');
  }
}

/** Arithmetic on two JS operands of class c. */
export function arith(op: string, x: string, y: string, c: NumClass): string {
  const fns: Record<string, Partial<Record<string, string>>> = {
    i64: { ADD: 'add64', SUB: 'sub64', MUL: 'mul64', QUO: 'div64', REM: 'rem64', AND: 'and64', OR: 'or64', XOR: 'xor64', AND_NOT: 'andNot64' },
    u64: { ADD: 'addU64', SUB: 'subU64', MUL: 'mulU64', QUO: 'divU64', REM: 'remU64', AND: 'andU64', OR: 'orU64', XOR: 'xorU64', AND_NOT: 'andNotU64' },
  };
  if (c === 'i64' || c === 'u64') {
    const f = fns[c]![op];
    if (f === undefined) throw new CompileError(`internal error: op ${op} on ${c}`);
    return `$${f}(${x}, ${y})`;
  }
  if (c === 'str') return `(${x} + ${y})`;
  if (c === 'f64' || c === 'f32') {
    const sym = op === 'ADD' ? '+' : op === 'SUB' ? '-' : op === 'MUL' ? '*' : '/';
    return c === 'f32' ? `Math.fround(${x} ${sym} ${y})` : `(${x} ${sym} ${y})`;
  }
  if (c === 'c128' || c === 'c64') {
    const f = op === 'ADD' ? 'cadd' : op === 'SUB' ? 'csub' : op === 'MUL' ? 'cmul' : 'cdiv';
    return c === 'c64' ? `$.c64($.${f}(${x}, ${y}))` : `$.${f}(${x}, ${y})`;
  }
  const wrap = (s: string): string => {
    switch (c) {
      case 'i32': return `(${s} | 0)`;
      case 'u32': return `(${s} >>> 0)`;
      case 'i16': return `(${s} << 16 >> 16)`;
      case 'i8': return `(${s} << 24 >> 24)`;
      case 'u16': return `(${s} & 0xffff)`;
      case 'u8': return `(${s} & 0xff)`;
      default: return s;
    }
  };
  switch (op) {
    case 'ADD': return wrap(`(${x} + ${y})`);
    case 'SUB': return wrap(`(${x} - ${y})`);
    case 'MUL': return wrap(`Math.imul(${x}, ${y})`);
    case 'QUO': return wrap(`$.divInt(${x}, ${y})`);
    case 'REM': return wrap(`$.remInt(${x}, ${y})`);
    case 'AND': return wrap(`(${x} & ${y})`);
    case 'OR': return wrap(`(${x} | ${y})`);
    case 'XOR': return wrap(`(${x} ^ ${y})`);
    case 'AND_NOT': return wrap(`(${x} & ~${y})`);
    default: throw new CompileError(`internal error: op ${op}`);
  }
}

export function posOf(e: ast.Node): number {
  switch (e.kind) {
    case 'Ident': return e.NamePos;
    case 'BasicLit': return e.ValuePos;
    case 'CallExpr': return posOf(e.Fun);
    case 'SelectorExpr': return posOf(e.X);
    case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': case 'TypeAssertExpr': return posOf(e.X);
    case 'BinaryExpr': return posOf(e.X);
    case 'UnaryExpr': return e.OpPos;
    case 'StarExpr': return e.Star;
    case 'ParenExpr': return e.Lparen;
    case 'CompositeLit': return e.Type ? posOf(e.Type) : e.Lbrace;
    case 'FuncLit': return e.Type.Func;
    case 'KeyValueExpr': return posOf(e.Key);
    default: return -1;
  }
}

export type { Signature };
