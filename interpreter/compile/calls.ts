// Calls: static, method, interface and dynamic calls (with `yield*` where the callee may block),
// argument passing (variadic packing, f(g()) spreading, implicit interface conversion), the
// builtins, and conversions (Go spec "Calls", "Built-in functions", "Conversions").
import * as ast from '../syntax/ast.js';
import type { Func, Named, Signature, Type } from '../types/types.js';
import { CompileError, ExprCompiler, unparen, intLit } from './expr.js';
import { numClass, isIntClass, isValueType, isInterface, under, ptrRecv, type NumClass } from './gotypes.js';
import type { InlNode } from './inline.js';

export abstract class CallCompiler extends ExprCompiler {
  call(e: ast.CallExpr): string {
    const fun = unparen(e.Fun);
    const ftv = this.info.types.get(e.Fun);
    if (ftv?.mode === 'typexpr') return this.conversion(e.Args[0]!, this.typeOf(e.Fun));
    if (ftv?.mode === 'builtin' || (fun.kind === 'Ident' && this.objOf(fun)?.kind === 'Builtin')) {
      const name = fun.kind === 'Ident' ? fun.Name : (fun as ast.SelectorExpr).Sel.Name;
      return this.builtin(name, e);
    }
    const sig = under(this.typeOf(e.Fun)) as Signature;
    const site = this.inl?.calls.get(e);
    if (site !== undefined && site.needsClone) {
      // gc inlines this call and makes closures in it under new names: call the variant of the
      // literal, or the clone of the function, compiled for this site.
      if (site.litCallee !== null) {
        // (0, f) calls without a receiver, so V8's frame keeps the function's own name.
        const fv = this.callLine(`(0, (${this.expr(fun)}).$v[${site.litCallee.variants.indexOf(site)}])`, e);
        return this.emitCall(fv, this.args(e, sig), this.pc.litIsGen(site.litCallee.lit), false);
      }
      if (site.devirt !== undefined) return this.devirtualizedCall(e, sig, site);
      const m = site.body.func!;
      if (fun.kind === 'SelectorExpr' && this.info.selections.get(fun)?.kind === 'MethodExpr') {
        // T.M(x, ...): the receiver is the first argument.
        return this.emitCall(this.pc.inlineClone(site, [], this.recvNamedOf(fun)), this.args(e, sig), this.pc.funcIsGen(m), false);
      }
      const { pre, gen, func } = this.callee(fun);
      const args = this.args(e, sig, func);
      return this.emitCall(this.pc.inlineClone(site, this.typeArgsOf(fun), this.recvNamedOf(fun)), pre === null ? args : [pre, ...args], gen, false);
    }
    const { fn, pre, gen, dynamic, func } = this.callee(fun);
    const args = this.args(e, sig, func);
    const all = pre === null ? args : [pre, ...args];
    return this.emitCall(this.callLine(fn, e), all, gen, dynamic);
  }

  /** An interface call gc devirtualized and inlined: the clone of the concrete method, its
   *  receiver taken out of the interface as the method tables would pass it. */
  private devirtualizedCall(e: ast.CallExpr, sig: Signature, site: InlNode): string {
    const fun = unparen(e.Fun) as ast.SelectorExpr;
    const m = site.body.func!;
    const t = site.devirt!;
    const tmp = this.temp();
    let recv = `(${tmp} = ${this.expr(fun.X)}).value`;
    if (!ptrRecv(m)) {
      const ro = this.pc.readOnly(m).recv;
      const base = t.kind === 'Pointer' ? t.elem : t;
      if (t.kind === 'Pointer') recv = isValueType(base) ? `$.nn(${recv})` : `$.nn(${recv}).load()`;
      if (isValueType(base) && !ro) recv = `${recv}.$clone()`;
    }
    const args = this.args(e, sig, m);
    return this.emitCall(this.pc.inlineClone(site), [recv, ...args], this.pc.funcIsGen(m), false);
  }

  /** The instantiated type a called method belongs to (its generic type's arguments come from
   *  it): the operand's type, the embedded field's along a promotion path, or a method
   *  expression's receiver type. */
  private recvNamedOf(fun: ast.Expr): Named | null {
    if (fun.kind !== 'SelectorExpr') return null;
    const sel = this.info.selections.get(fun);
    if (sel === undefined) return null;
    const deref = (t: Type): Type => (t.kind === 'Pointer' ? t.elem : t);
    let t: Type;
    if (sel.kind === 'MethodExpr') t = this.subst.apply(sel.recv);
    else if (sel.kind === 'MethodVal') {
      t = this.typeOf(fun.X);
      for (const i of sel.index.slice(0, -1)) {
        const st = under(deref(t)) as { fields?: readonly { type: Type }[] };
        const f = st.fields?.[i];
        if (f === undefined) return null;
        t = this.subst.apply(f.type);
      }
    } else return null;
    const base = deref(t);
    return base.kind === 'Named' ? base : null;
  }

  /** The type arguments a generic function is called with (none for other callees). */
  private typeArgsOf(fun: ast.Expr): readonly Type[] {
    const id = fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr' ? fun.X : fun;
    const ident = id.kind === 'SelectorExpr' ? id.Sel : id.kind === 'Ident' ? id : null;
    const inst = ident !== null ? this.info.instances.get(ident) : undefined;
    return inst === undefined ? [] : inst.typeArgs.map((t) => this.subst.apply(t));
  }

  /** A callee spanning several JS lines (a function literal called on the spot) is followed by
   *  the call's own line marker: a trace of the call shows the line of its `(`, as Go's does. */
  private callLine(fn: string, e: ast.CallExpr): string {
    return fn.includes('\n') ? `${fn}/*@L${this.pc.lineOf(e.Lparen)}*/` : fn;
  }

  emitCall(fn: string, args: readonly string[], gen: boolean, dynamic: boolean): string {
    if (dynamic && this.gen) return `(yield* $.dyncall(${fn}, [${args.join(', ')}]))`;
    if (gen && this.gen) return `(yield* ${fn}(${args.join(', ')}))`;
    if (gen) return `$.callSync(${fn}, ${args.join(', ')})`;
    return `${fn}(${args.join(', ')})`;
  }

  /** The function to call and, for methods, the receiver argument. */
  callee(fun: ast.Expr, late = false): { fn: string; pre: string | null; gen: boolean; dynamic: boolean; func?: Func } {
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel?.kind === 'MethodVal') {
        const mt = this.methodTarget(fun, late);
        return { fn: mt.fn, pre: mt.recv, gen: mt.isGen, dynamic: mt.iface && this.pc.anyBlocking, func: mt.iface ? undefined : (sel.obj as Func) };
      }
      if (sel === undefined) {
        const o = this.objOf(fun.Sel);
        if (o?.kind === 'Func') return { fn: this.funcValue(o, this.info.instances.get(fun.Sel)?.typeArgs ?? []), pre: null, gen: this.pc.funcIsGen(o), dynamic: false, func: o };
      }
    }
    if (fun.kind === 'Ident') {
      const o = this.objOf(fun);
      if (o?.kind === 'Func') return { fn: this.funcValue(o, this.info.instances.get(fun)?.typeArgs ?? []), pre: null, gen: this.pc.funcIsGen(o), dynamic: false, func: o };
    }
    if ((fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') && this.isGenericFuncRef(fun.X)) {
      const id = fun.X.kind === 'SelectorExpr' ? fun.X.Sel : (fun.X as ast.Ident);
      const o = this.objOf(id) as Func;
      return { fn: this.expr(fun), pre: null, gen: this.pc.funcIsGen(o), dynamic: false };
    }
    if (fun.kind === 'FuncLit') return { fn: this.expr(fun), pre: null, gen: this.pc.litIsGen(fun), dynamic: false };
    return { fn: `$.nnf(${this.expr(fun)})`, pre: null, gen: this.pc.anyBlocking, dynamic: this.pc.anyBlocking };
  }

  /** Arguments converted to the parameter types, variadic ones packed into a slice. */
  args(e: ast.CallExpr, sig: Signature, callee?: Func): string[] {
    const ro = callee ? this.pc.readOnly(callee).params : [];
    const params = sig.params.vars.map((v) => this.subst.apply(v.type));
    const n = params.length;
    // f(g()) where g returns several values
    if (e.Args.length === 1 && n > 1 || (e.Args.length === 1 && sig.variadic && this.typeOf(e.Args[0]!).kind === 'Tuple')) {
      const at = this.typeOf(e.Args[0]!);
      if (at.kind === 'Tuple') {
        const tmp = this.temp();
        const vals = at.vars.map((v, i) => ({ js: `${tmp}[${i}]`, t: this.subst.apply(v.type) }));
        const out: string[] = [];
        let first = `(${tmp} = ${this.expr(e.Args[0]!)}, `;
        const conv = (i: number, to: Type): string => this.convertJS(vals[i]!.js, vals[i]!.t, to);
        if (sig.variadic) {
          for (let i = 0; i < n - 1; i++) out.push(conv(i, params[i]!));
          const et = (under(params[n - 1]!) as { elem: Type }).elem;
          const rest = vals.slice(n - 1).map((_, j) => conv(n - 1 + j, et));
          out.push(rest.length === 0 ? 'null' : `$.sliceLit([${rest.join(', ')}])`);
        } else for (let i = 0; i < n; i++) out.push(conv(i, params[i]!));
        out[0] = first + out[0] + ')';
        first = '';
        return out;
      }
    }
    const out: string[] = [];
    if (sig.variadic && e.Ellipsis < 0) {
      for (let i = 0; i < n - 1; i++) out.push(this.value(e.Args[i]!, params[i]!));
      const et = (under(params[n - 1]!) as { elem: Type }).elem;
      const rest = e.Args.slice(n - 1).map((a) => this.value(a, et));
      out.push(rest.length === 0 ? 'null' : `$.sliceLit([${rest.join(', ')}])`);
      return out;
    }
    e.Args.forEach((a, i) => out.push(ro[i] && this.typeOf(a) === params[i] ? this.expr(a) : this.value(a, params[i] ?? null)));
    return out;
  }

  // --- builtins -------------------------------------------------------------------------------

  builtin(name: string, e: ast.CallExpr): string {
    const a = e.Args;
    switch (name) {
      case 'len': case 'cap': {
        const t = this.typeOf(a[0]!);
        const u = under(t.kind === 'Pointer' ? t.elem : t);
        const x = this.expr(a[0]!);
        switch (u.kind) {
          case 'Basic': return `${x}.length`;
          case 'Slice': return `$.${name}(${x})`;
          case 'Array': return `${u.len}`;
          case 'Map': return `$.mapLen(${x})`;
          case 'Chan': return name === 'len' ? `$.chanLen(${x})` : `$.chanCap(${x})`;
          default: throw new CompileError(`internal error: ${name} of ${u.kind}`);
        }
      }
      case 'append': {
        const st = this.typeOf(e);
        const et = (under(st) as { elem: Type }).elem;
        const s = this.value(a[0]!, st);
        const TE = this.T(et);
        if (a.length === 1) return s;
        if (e.Ellipsis >= 0) {
          const at = this.typeOf(a[1]!);
          if (numClass(at) === 'str') return `$.append(${s}, $.stringToBytes(${this.expr(a[1]!)}).array, ${TE})`;
          return `$.append(${s}, $.toArray(${this.expr(a[1]!)}, ${TE}), ${TE})`;
        }
        if (a.length === 2) return `$append1(${s}, ${this.value(a[1]!, et)}, ${TE})`;
        return `$.append(${s}, [${a.slice(1).map((x) => this.value(x, et)).join(', ')}], ${TE})`;
      }
      case 'copy': {
        const st = this.typeOf(a[1]!);
        if (numClass(st) === 'str') return `$.copyString(${this.expr(a[0]!)}, ${this.expr(a[1]!)})`;
        const et = (under(st) as { elem: Type }).elem;
        if (isValueType(et)) return `$.copyValues(${this.expr(a[0]!)}, ${this.expr(a[1]!)}, ${this.T(et)})`;
        return `$.copy(${this.expr(a[0]!)}, ${this.expr(a[1]!)})`;
      }
      case 'delete': {
        const mt = under(this.typeOf(a[0]!)) as { key: Type };
        return `$.mapDelete(${this.expr(a[0]!)}, ${this.value(a[1]!, mt.key)})`;
      }
      case 'clear': {
        const t = this.typeOf(a[0]!);
        const u = under(t);
        if (u.kind === 'Map') return `$.mapClear(${this.expr(a[0]!)})`;
        const et = (u as { elem: Type }).elem;
        return `$.clearSlice(${this.expr(a[0]!)}, () => ${this.zero(et)})`;
      }
      case 'min': case 'max': {
        const t = this.typeOf(e);
        const c = numClass(t);
        const vals = a.map((x) => this.value(x, t));
        if (c === 'f64' || c === 'f32') return `$.f${name}(${vals.join(', ')})`;
        return `$.o${name}(${vals.join(', ')})`;
      }
      case 'print': case 'println': {
        const kinds = a.map((x) => printKind(this.typeOf(x)));
        const vals = a.map((x) => {
          const t = this.typeOf(x);
          const c = this.constOf(x);
          if (c !== undefined) return this.constJS(c, defaultBasic(t));
          return this.expr(x);
        });
        return `$.${name}(${JSON.stringify(kinds)}${vals.map((v) => ', ' + v).join('')})`;
      }
      case 'panic': {
        const js = `$.gopanic(${this.value(a[0]!, { kind: 'Interface', methods: [], embeddeds: [], allMethods: [] })})`;
        // Traced: tell the tracer which line panics (the panic itself reports to it).
        return this.pc.trace ? `($.tr.line = ${this.pc.lineOf(e.Lparen)}, ${js})` : js;
      }
      case 'recover':
        return this.pc.trace ? `$.recovered(${this.pc.lineOf(e.Lparen)}, $.recover(${this.recoverRef()}))` : `$.recover(${this.recoverRef()})`;
      case 'new': {
        const t = this.typeOf(a[0]!);
        if (isValueType(t)) return this.zero(t);
        return `new $.Box(${this.zero(t)})`;
      }
      case 'make': {
        const t = this.typeOf(a[0]!);
        const u = under(t);
        switch (u.kind) {
          case 'Slice': {
            const n = this.intIndex(a[1]!);
            const c = a[2] ? this.intIndex(a[2]) : 'undefined';
            return `$.makeSlice(${n}, ${c}, () => ${this.zero(u.elem)}, ${isValueType(u.elem)})`;
          }
          case 'Map': return `$.makeMap(${this.T(u.key)}, ${this.T(u.elem)})`;
          case 'Chan': return `$.makeChan(${this.T(u.elem)}, ${a[1] ? this.intIndex(a[1]) : '0'})`;
          default: throw new CompileError(`internal error: make of ${u.kind}`);
        }
      }
      case 'complex': {
        const t = this.typeOf(e);
        const ft = numClass(t) === 'c64' ? { kind: 'Basic', name: 'float32' } : { kind: 'Basic', name: 'float64' };
        return `new $.Complex(${this.value(a[0]!, ft as Type)}, ${this.value(a[1]!, ft as Type)})`;
      }
      case 'real': return `${this.expr(a[0]!)}.re`;
      case 'imag': return `${this.expr(a[0]!)}.im`;
      case 'close': return `$.close(${this.expr(a[0]!)})`;
      default:
        throw new CompileError(`internal error: builtin ${name}`);
    }
  }

  // --- conversions ----------------------------------------------------------------------------

  conversion(arg: ast.Expr, to: Type): string {
    const from = this.typeOf(arg);
    if (isInterface(to)) return this.value(arg, to);
    const fc = numClass(from);
    const tc = numClass(to);
    const tu = under(to);
    const fu = under(from);
    if (tc === 'str' && fc !== 'str') {
      if (isIntClass(fc)) return `$.runeToString(${this.expr(arg)})`;
      if (fu.kind === 'Slice') {
        const ec = numClass(fu.elem);
        return ec === 'u8' ? `$.bytesToString(${this.expr(arg)})` : `$.runesToString(${this.expr(arg)})`;
      }
    }
    if (fc === 'str' && tu.kind === 'Slice') {
      const ec = numClass(tu.elem);
      // Capacity as gc's allocation gives it: a constant's exact length; else, by escape analysis,
      // the string's own bytes (never written), Go's 32-byte stack buffer (does not escape) or a
      // malloc size class (escapes).
      const alloc = this.constOf(arg) !== undefined ? 'exact' : this.pc.conversionAlloc(arg);
      return ec === 'u8' ? `$.stringToBytes(${this.expr(arg)}, '${alloc}')` : `$.stringToRunes(${this.expr(arg)}, '${alloc === 'zerocopy' ? 'stack' : alloc}')`;
    }
    if (fu.kind === 'Slice' && tu.kind === 'Array') return `$.sliceToArray(${this.expr(arg)}, ${tu.len}, true)`;
    if (fu.kind === 'Slice' && tu.kind === 'Pointer') {
      const n = (under(tu.elem) as { len: number }).len;
      return `$.sliceToArray(${this.expr(arg)}, ${n}, false)`;
    }
    if (fc !== 'other' && tc !== 'other' && fc !== tc) return convertNum(this.expr(arg), fc, tc);
    if (fc !== 'other' && tc !== 'other') {
      const x = this.expr(arg);
      return tc === 'f32' ? `Math.fround(${x})` : x;
    }
    return this.value(arg, null);
  }
}

/** Numeric conversion between classes. */
export function convertNum(x: string, from: NumClass, to: NumClass): string {
  const fromInt = isIntClass(from);
  const toInt = isIntClass(to);
  if (fromInt && toInt) {
    switch (to) {
      case 'i64': return from === 'u64' ? `$.wrap64(${x})` : x;
      case 'u64': return from === 'i64' || from === 'i32' || from === 'i16' || from === 'i8' ? `$.wrapU64(${x})` : x;
      case 'i32': return `$.toInt32(${x})`;
      case 'i16': return `$.toInt16(${x})`;
      case 'i8': return `$.toInt8(${x})`;
      case 'u32': return `$.toUint32(${x})`;
      case 'u16': return `$.toUint16(${x})`;
      case 'u8': return `$.toUint8(${x})`;
      default: return x;
    }
  }
  if (fromInt && (to === 'f64' || to === 'f32')) return to === 'f32' ? `Math.fround(Number(${x}))` : `Number(${x})`;
  if ((from === 'f64' || from === 'f32') && toInt) {
    if (to === 'i32' || to === 'i16' || to === 'i8' || to === 'u16' || to === 'u8') {
      const i = `$.floatToInt32(${x})`;
      return to === 'i32' ? i : convertNum(i, 'i32', to);
    }
    const i = to === 'u64' ? `$.floatToUint64(${x})` : `$.floatToInt64(${x})`;
    return to === 'i64' || to === 'u64' ? i : convertNum(i, 'i64', to);
  }
  if ((from === 'f64' || from === 'f32') && (to === 'f64' || to === 'f32')) return to === 'f32' ? `Math.fround(${x})` : x;
  if ((from === 'c128' || from === 'c64') && (to === 'c128' || to === 'c64')) return to === 'c64' ? `$.c64(${x})` : x;
  return x;
}

function defaultBasic(t: Type): Type {
  if (t.kind === 'Basic' && t.name.startsWith('untyped')) {
    const m: Record<string, string> = { 'untyped int': 'int', 'untyped rune': 'int32', 'untyped float': 'float64', 'untyped complex': 'complex128', 'untyped string': 'string', 'untyped bool': 'bool' };
    return { kind: 'Basic', name: m[t.name] ?? 'int' } as Type;
  }
  return t;
}

function printKind(t: Type): string {
  const u = under(t);
  if (u.kind === 'Basic') {
    if (u.name === 'untyped nil') return 'nil';
    const c = numClass(u);
    if (isIntClass(c)) return 'int';
    if (c === 'f64' || c === 'f32') return 'float';
    if (c === 'c128' || c === 'c64') return 'complex';
    if (c === 'str') return 'string';
    if (c === 'bool') return 'bool';
    return 'pointer';
  }
  if (u.kind === 'Interface') return 'iface';
  if (u.kind === 'Slice') return 'slice';
  return 'pointer';
}

export { intLit };
