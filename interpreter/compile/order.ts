// Evaluation order within one statement, as gc's order pass (walk/order.go) fixes it where the
// spec leaves it open. gc first evaluates, left to right and inner before outer, every call and
// every other operation it must copy into a temporary (receives, len, cap, make, new, min, max,
// append, copy, slicing, []byte(s) and []rune(s), type assertions to non-pointer types, && and
// ||, and conversions to an interface that need a value's address from an expression that has
// none); only then does the statement read what is left: variables, fields, elements, map entries,
// dereferences, arithmetic. So in real Go
//
//	a := 1; f := func() int { a++; return a }
//	fmt.Println(a, f())       // 2 2     (a is read after f ran)
//	fmt.Println(a == 2, f())  // false 3 (a bool is copied before f: it needs an address)
//	s[i] = g()                // g runs before s and i are read
//	x += h()                  // x is read after h ran
//	fmt.Println(s[9], f())    // f runs, then the index panics
//
// JS evaluates strictly left to right, so a statement whose plain reads precede a call gets
// the calls hoisted into temporaries first (the plan below). Where no read precedes a call, JS's
// order already is gc's and nothing changes. The right operand of && and || is a region of its
// own, ordered when it runs.
import * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Signature, Type, Var } from '../types/types.js';
import { alignof, hasPointers, isDirectIface, sizeof } from '../types/sizes.js';
import { under, isInterface } from './gotypes.js';
import { walkStmts } from './walk.js';
import { unparen } from './expr.js';

export interface OrderEnv {
  readonly info: Info;
  typeOf(e: ast.Expr): Type;
  /** A variable some call could change: package-level, captured by a closure, or address-taken. */
  shared(v: Var): boolean;
}

/** One operand of a statement, in the order gc lists them. `store`: an assignment target (its
 *  operands are read, the location itself is not); `call`: the statement's own call (go, defer
 *  or a call statement), whose function and arguments are the operands and which is not hoisted;
 *  `name-rhs`: the right side of an assignment to a plain variable, evaluated last anyway;
 *  `tuple`: a comma-ok operation or a call with several results, evaluated by the assignment. */
export interface Root {
  readonly e: ast.Expr;
  readonly role: 'read' | 'store' | 'call' | 'name-rhs' | 'tuple';
  /** The type the value is converted to (an interface parameter, result or variable). */
  readonly to?: Type | null;
}

interface Walk {
  /** Hoisted nodes in evaluation order. */
  readonly hoist: ast.Expr[];
  /** A late read (or an operation that may panic) was seen before this point. */
  lateSeen: boolean;
  /** A late read precedes a call or another hoisted operation with effects. */
  needed: boolean;
}

/** The subexpressions to evaluate into temporaries first, in order; null when JS's own left to
 *  right order already gives gc's. */
export function orderPlan(env: OrderEnv, roots: readonly Root[]): ast.Expr[] | null {
  const w: Walk = { hoist: [], lateSeen: false, needed: false };
  const o = new Orderer(env, w);
  for (const r of roots) o.root(r);
  return w.needed ? w.hoist : null;
}

/** Whether an expression region (a condition, the right side of && or ||) needs ordering, and its plan. */
export function regionPlan(env: OrderEnv, e: ast.Expr): ast.Expr[] | null {
  return orderPlan(env, [{ e, role: 'read' }]);
}

class Orderer {
  constructor(
    private readonly env: OrderEnv,
    private readonly w: Walk,
  ) {}

  root(r: Root): void {
    const e = unparen(r.e);
    switch (r.role) {
      case 'read': return this.visit(e, r.to ?? null);
      case 'tuple': {
        // v, ok = m[k] / x.(T) / <-c, or a call's several results: the operation itself runs in
        // the assignment, after its operands.
        if (e.kind === 'CallExpr' || e.kind === 'SliceExpr') return this.children(e);
        if (e.kind === 'IndexExpr') { this.visit(e.X, null); this.visit(e.Index, null); return; }
        if (e.kind === 'TypeAssertExpr' || e.kind === 'UnaryExpr') return this.visit(e.X, null);
        return this.visit(e, null);
      }
      case 'name-rhs': {
        // x = f(...) / x = append(x, ...) / x = s[i:j]: the outermost operation is the
        // assignment's own and is not copied first (order.go: lhs is an ONAME).
        if (e.kind === 'CallExpr' || e.kind === 'SliceExpr') return this.children(e);
        return this.visit(e, r.to ?? null);
      }
      case 'store': return this.store(e);
      case 'call': {
        if (e.kind !== 'CallExpr') return this.visit(e, null);
        return this.children(e);
      }
    }
  }

  /** The operands of an assignment target, then the store itself (which may panic). */
  private store(e: ast.Expr): void {
    switch (e.kind) {
      case 'Ident': return;
      case 'IndexExpr': this.visit(e.X, null); this.visit(e.Index, null); return this.late();
      case 'SelectorExpr': {
        if (this.isQualified(e)) return;
        this.visit(e.X, null);
        return this.late();
      }
      case 'StarExpr': this.visit(e.X, null); return this.late();
      case 'ParenExpr': return this.store(unparen(e));
      default: return this.visit(e, null);
    }
  }

  private late(): void {
    this.w.lateSeen = true;
  }

  /** A node gc evaluates into a temporary at this point; `effects` if it can change what a
   *  later read sees or panic. What matters is a read before the node, not one among its own
   *  operands (those are read when it runs anyway): `late` is whether one was seen when the
   *  node's operands began. */
  private hoisted(e: ast.Expr, effects: boolean, late: boolean): void {
    if (effects && late) this.w.needed = true;
    this.w.hoist.push(e);
  }

  private type(e: ast.Expr): Type {
    return this.env.typeOf(e);
  }

  private isConst(e: ast.Expr): boolean {
    const tv = this.env.info.types.get(e);
    return tv !== undefined && (tv.mode === 'constant' || tv.mode === 'typexpr' || tv.mode === 'builtin');
  }

  private isQualified(e: ast.SelectorExpr): boolean {
    return this.env.info.selections.get(e) === undefined;
  }

  private visit(e0: ast.Expr, to: Type | null): void {
    const e = unparen(e0);
    if (this.isConst(e)) return;
    const hoistsBefore = this.w.hoist.length;
    const late = this.w.lateSeen;
    switch (e.kind) {
      case 'Ident': {
        const o = this.env.info.uses.get(e) ?? this.env.info.defs.get(e);
        if (o?.kind === 'Var' && this.env.shared(o)) this.late();
        break;
      }
      case 'BasicLit': case 'FuncLit': case 'BadExpr': case 'Ellipsis':
      case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
        return;
      case 'CompositeLit': this.compositeLit(e); break;
      case 'KeyValueExpr': this.visit(e.Key, null); this.visit(e.Value, to); return;
      case 'SelectorExpr': {
        if (this.isQualified(e)) {
          const o = this.env.info.uses.get(e.Sel);
          if (o?.kind === 'Var') this.late();
          break;
        }
        this.visit(e.X, null);
        const sel = this.env.info.selections.get(e)!;
        if (sel.kind === 'FieldVal') this.late();
        break;
      }
      case 'IndexExpr': case 'IndexListExpr': {
        const xt = this.env.info.types.get(e.X);
        if (xt?.mode === 'value' || xt?.mode === 'variable' || xt?.mode === 'mapindex' || xt?.mode === 'commaok') {
          this.visit(e.X, null);
          if (e.kind === 'IndexExpr') this.visit(e.Index, null);
          this.late();
        }
        break;
      }
      case 'SliceExpr':
        this.children(e);
        this.hoisted(e, true, late);
        return;
      case 'TypeAssertExpr': {
        this.visit(e.X, null);
        // Seen with Go 1.23: an assertion from a non-empty interface to an interface is not
        // evaluated first (fmt.Println(err.(I), f()) calls f, then panics).
        const t = this.type(e);
        if (isDirectIface(t) || (isInterface(t) && !isEmptyInterface(this.type(e.X)))) this.late();
        else return this.hoisted(e, true, late);
        break;
      }
      case 'StarExpr': this.visit(e.X, null); this.late(); break;
      case 'UnaryExpr': {
        if (e.Op === 'ARROW') {
          this.visit(e.X, null);
          return this.hoisted(e, true, late);
        }
        if (e.Op === 'AND') {
          const x = unparen(e.X);
          if (x.kind === 'CompositeLit') this.compositeLit(x);
          else if (x.kind !== 'Ident') this.store(x);
          break;
        }
        this.visit(e.X, null);
        break;
      }
      case 'BinaryExpr': {
        if (e.Op === 'LAND' || e.Op === 'LOR') {
          // The left side belongs to this region; the right side is ordered when it runs.
          this.visit(e.X, null);
          return this.hoisted(e, this.mayAffect(e.Y), late);
        }
        this.visit(e.X, null);
        this.visit(e.Y, null);
        const xt = this.type(e.X);
        const isCmp = e.Op === 'EQL' || e.Op === 'NEQ';
        if (isCmp && !isInterface(xt) && (under(xt).kind === 'Struct' || under(xt).kind === 'Array')) {
          // Struct and array comparisons take both operands' addresses.
          this.addrTemp(e.X);
          this.addrTemp(e.Y);
        }
        if ((e.Op === 'QUO' || e.Op === 'REM') && !this.isConst(e.Y) && isIntegerType(this.type(e))) this.late();
        if ((e.Op === 'SHL' || e.Op === 'SHR') && !this.isConst(e.Y)) this.late();
        break;
      }
      case 'CallExpr': {
        const kind = this.callKind(e);
        if (kind === 'conversion') {
          const t = this.type(e);
          const arg = e.Args[0]!;
          this.visit(arg, isInterface(t) ? t : null);
          const from = this.type(arg);
          if (isString(from) && isByteOrRuneSlice(t)) return this.hoisted(e, false, late);
          if (under(from).kind === 'Slice' && !isString(t) && under(t).kind !== 'Slice') this.late();
          break;
        }
        this.children(e);
        if (kind === 'pure') return this.hoisted(e, false, late);
        if (kind === 'tuple') return;
        return this.hoisted(e, true, late);
      }
      default:
        return ast.assertNever(e as never);
    }
    // A conversion to an interface of a value gc must pass by address copies an expression
    // that has no address of its own right here (order.go's addrTemp).
    if (to !== null && isInterface(to) && this.w.hoist.length === hoistsBefore) {
      const t = this.type(e);
      if (!isInterface(t) && needsAddr(t) && !this.addressable(e)) this.hoisted(e, false, late);
    }
  }

  private addrTemp(e0: ast.Expr): void {
    const e = unparen(e0);
    if (this.isConst(e) || this.addressable(e) || this.w.hoist.includes(e)) return;
    this.hoisted(e, false, false);
  }

  /** The operands of a call, in order: the function (or the receiver), then the arguments,
   *  each converted to its parameter's type. */
  private children(e: ast.CallExpr | ast.SliceExpr): void {
    if (e.kind === 'SliceExpr') {
      this.visit(e.X, null);
      for (const x of [e.Low, e.High, e.Max]) if (x) this.visit(x, null);
      return;
    }
    const fun = unparen(e.Fun);
    const ft = this.env.info.types.get(fun);
    if (ft?.mode !== 'builtin') {
      if (fun.kind === 'SelectorExpr' && !this.isQualified(fun)) this.visit(fun.X, null);
      else if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') this.visit(fun.X, null);
      else this.visit(fun, null);
    }
    const sig = ft?.mode === 'builtin' ? null : (under(this.type(fun)) as Signature);
    e.Args.forEach((a, i) => {
      let to: Type | null = null;
      if (sig !== null && sig.kind === 'Signature') {
        const ps = sig.params.vars;
        if (sig.variadic && i >= ps.length - 1 && e.Ellipsis < 0) to = (under(ps[ps.length - 1]!.type) as { elem: Type }).elem;
        else to = ps[Math.min(i, ps.length - 1)]?.type ?? null;
      } else if (ft?.mode === 'builtin' && i > 0 && fun.kind === 'Ident' && fun.Name === 'append' && e.Ellipsis < 0) {
        to = (under(this.type(e.Args[0]!)) as { elem?: Type }).elem ?? null;
      }
      this.visit(a, to);
    });
  }

  private compositeLit(e: ast.CompositeLit): void {
    const t = under(this.type(e));
    e.Elts.forEach((el, i) => {
      let to: Type | null = null;
      if (t.kind === 'Struct') {
        if (el.kind === 'KeyValueExpr') {
          const name = (el.Key as ast.Ident).Name;
          to = t.fields.find((f) => f.name === name)?.type ?? null;
          this.visit(el.Value, to);
          return;
        }
        to = t.fields[i]?.type ?? null;
      } else if (t.kind === 'Map') {
        if (el.kind === 'KeyValueExpr') {
          this.visit(el.Key, t.key);
          this.visit(el.Value, t.elem);
          return;
        }
      } else if (t.kind === 'Slice' || t.kind === 'Array') {
        to = t.elem;
      }
      if (el.kind === 'KeyValueExpr') this.visit(el.Value, to);
      else this.visit(el, to);
    });
  }

  private callKind(e: ast.CallExpr): 'conversion' | 'pure' | 'effects' | 'tuple' {
    const fun = unparen(e.Fun);
    const tv = this.env.info.types.get(fun);
    if (tv?.mode === 'typexpr') return 'conversion';
    if (tv?.mode === 'builtin' && fun.kind === 'Ident') {
      switch (fun.Name) {
        case 'len': case 'cap': case 'new': case 'make': case 'min': case 'max':
        case 'complex': case 'real': case 'imag':
          return 'pure';
        default:
          return 'effects';
      }
    }
    const t = this.env.info.types.get(e)?.type;
    if (t === undefined || t.kind === 'Tuple') return 'tuple';
    return 'effects';
  }

  /** Whether evaluating e could call something or panic (it then decides the order). */
  private mayAffect(e: ast.Expr): boolean {
    let found = false;
    walkStmts(e, (n) => {
      if (n.kind === 'CallExpr' || (n.kind === 'UnaryExpr' && n.Op === 'ARROW') || n.kind === 'TypeAssertExpr' || n.kind === 'SliceExpr') found = true;
    });
    return found;
  }

  /** gc's ir.IsAddressable: a variable, a field of one, a slice element, a dereference. */
  private addressable(e0: ast.Expr): boolean {
    const e = unparen(e0);
    switch (e.kind) {
      case 'Ident': return this.env.info.uses.get(e)?.kind === 'Var' || this.env.info.defs.get(e)?.kind === 'Var';
      case 'StarExpr': return true;
      case 'SelectorExpr': {
        const sel = this.env.info.selections.get(e);
        if (sel === undefined) return this.env.info.uses.get(e.Sel)?.kind === 'Var';
        if (sel.kind !== 'FieldVal') return false;
        if (sel.indirect || under(this.type(e.X)).kind === 'Pointer') return true;
        return this.addressable(e.X);
      }
      case 'IndexExpr': {
        const xt = under(this.type(e.X));
        if (xt.kind === 'Slice' || xt.kind === 'Pointer') return true;
        if (xt.kind === 'Array') return this.addressable(e.X);
        return false;
      }
      default: return false;
    }
  }
}

/** The conversion of a value of type t to an interface passes its address (walk/convert.go's
 *  dataWordFuncName): everything but 2-, 4- and 8-byte scalars and single strings or slices. */
export function needsAddr(t: Type): boolean {
  const size = sizeof(t);
  const align = alignof(t);
  if (size === 2 && align === 2) return false;
  if (size === 4 && align === 4 && !hasPointers(t)) return false;
  if (size === 8 && align === 8 && !hasPointers(t)) return false;
  const sole = soleComponent(t);
  if (sole !== null) {
    const u = under(sole);
    if (u.kind === 'Slice' || (u.kind === 'Basic' && u.name === 'string')) return false;
  }
  return true;
}

function soleComponent(t: Type): Type | null {
  const u = under(t);
  if (u.kind === 'Struct') return u.fields.length === 1 ? soleComponent(u.fields[0]!.type) : null;
  if (u.kind === 'Array') return u.len === 1 ? soleComponent(u.elem) : null;
  return t;
}

function isEmptyInterface(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Interface' && u.allMethods.length === 0;
}

function isString(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Basic' && (u.name === 'string' || u.name === 'untyped string');
}

function isByteOrRuneSlice(t: Type): boolean {
  const u = under(t);
  if (u.kind !== 'Slice') return false;
  const e = under(u.elem);
  return e.kind === 'Basic' && (e.name === 'uint8' || e.name === 'int32');
}

function isIntegerType(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Basic' && /^(u?int(8|16|32|64)?|uintptr|untyped int|untyped rune)$/.test(u.name);
}

/** Variables a call in the middle of a statement could change behind its back: package-level
 *  ones, those a function literal captures, and those whose address is taken (&v, v.M() with a
 *  pointer receiver, slicing an array variable). */
export function sharedVars(files: readonly ast.File[], info: Info): Set<Var> {
  const out = new Set<Var>();
  const rootVar = (x0: ast.Expr): Var | null => {
    let x = unparen(x0);
    for (;;) {
      if (x.kind === 'SelectorExpr' && info.selections.get(x)?.kind === 'FieldVal') x = unparen(x.X);
      else if (x.kind === 'IndexExpr' && isArrayExpr(info, x.X)) x = unparen(x.X);
      else break;
    }
    if (x.kind !== 'Ident') return null;
    const o = info.uses.get(x) ?? info.defs.get(x);
    return o?.kind === 'Var' ? o : null;
  };
  const visit = (n: ast.Node): void => {
    walkStmts(n, (c) => {
      switch (c.kind) {
        case 'FuncLit': {
          const span = { from: c.Type.Func, to: c.Body.Rbrace };
          walkStmts(c.Body, (u) => {
            if (u.kind !== 'Ident') return;
            const o = info.uses.get(u);
            if (o?.kind === 'Var' && !o.isField && (o.pos < span.from || o.pos > span.to)) out.add(o);
          }, 'enter');
          return;
        }
        case 'UnaryExpr': {
          if (c.Op !== 'AND') return;
          const v = rootVar(c.X);
          if (v) out.add(v);
          return;
        }
        case 'SliceExpr': {
          const xt = info.types.get(c.X)?.type;
          if (xt && under(xt).kind === 'Array') {
            const v = rootVar(c.X);
            if (v) out.add(v);
          }
          return;
        }
        case 'SelectorExpr': {
          const sel = info.selections.get(c);
          if (sel?.kind !== 'MethodVal') return;
          const xt = info.types.get(c.X)?.type;
          const recv = (sel.obj.type as Signature).recv?.type;
          if (recv && recv.kind === 'Pointer' && xt && under(xt).kind !== 'Pointer' && !isInterface(xt)) {
            const v = rootVar(c.X);
            if (v) out.add(v);
          }
          return;
        }
        default: return;
      }
    }, 'enter');
  };
  for (const f of files) for (const d of f.Decls) visit(d);
  return out;
}

function isArrayExpr(info: Info, e: ast.Expr): boolean {
  const t = info.types.get(e)?.type;
  return t !== undefined && under(t).kind === 'Array';
}
