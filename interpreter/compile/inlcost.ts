// gc's inlining budget (cmd/compile/internal/inline: CanInline, hairyVisitor.doNode) measured on our
// checked AST: a body costs one unit per node of the IR gc's unified front end builds for it, with
// doNode's adjustments (a call to an inlinable function costs that function's inline cost, any other
// call 57, a function literal 16, a panic 1 plus its argument, conversions that are no-ops nothing).
// `defer`, `go` and `recover` make a body impossible to inline whatever its cost.
//
// The model only has to be right near gc's budget of 80, and only for the bodies whose inlining
// changes what a program prints (closure names in goroutine traces); test/compile checks it against
// the costs `go build -gcflags=-m=2` reports.
import type * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Signature, Type } from '../types/types.js';
import { unparen } from './expr.js';
import { isInterface, under } from './gotypes.js';

/** gc's inlineMaxBudget. */
export const INLINE_MAX_BUDGET = 80;
/** gc's inlineExtraCallCost: a call that will not be inlined. */
export const EXTRA_CALL_COST = 57;
/** What a function literal costs on top of its node (doNode's OCLOSURE case). */
const CLOSURE_COST = 15;

export interface CostEnv {
  readonly info: Info;
  /** The inline cost of the function a call statically reaches, when gc would inline the call
   *  (CanInline held and the cost fits the budget); null otherwise. */
  calleeCost(call: ast.CallExpr): number | null;
}

/** A body's inline cost, or why gc can never inline it. */
export type CostResult = { readonly cost: number; readonly hairy: null } | { readonly cost: number; readonly hairy: string };

/** gc's inlineBigFunctionNodes: a caller with more IR nodes only takes inlinees costing at most
 *  inlineBigFunctionMaxCost. */
export const BIG_FUNCTION_NODES = 5000;
export const BIG_FUNCTION_MAX_COST = 20;

/** inline.IsBigFunc: whether a body has too many IR nodes to take ordinary inlinees. */
export function isBigFunc(body: ast.BlockStmt, info: Info): boolean {
  const c = new Coster({ info, calleeCost: () => null });
  c.nodesOnly = true;
  c.stmts(body.List);
  return c.cost >= BIG_FUNCTION_NODES;
}

/** The cost gc's hairyVisitor computes for a function body. */
export function bodyCost(body: ast.BlockStmt, env: CostEnv, resultTypes: readonly Type[]): CostResult {
  const c = new Coster(env);
  c.resultTypes = resultTypes;
  c.stmts(body.List);
  return c.hairy === null ? { cost: c.cost, hairy: null } : { cost: c.cost, hairy: c.hairy };
}

class Coster {
  cost = 0;
  /** Count IR nodes only (inline.IsBigFunc), without doNode's extra costs. */
  nodesOnly = false;

  private extra(c: number): number {
    return this.nodesOnly ? 0 : c;
  }

  hairy: string | null = null;
  private readonly info: Info;

  constructor(private readonly env: CostEnv) {
    this.info = env.info;
  }

  private typeOf(e: ast.Expr): Type | undefined {
    return this.info.types.get(e)?.type;
  }

  private isConst(e: ast.Expr): boolean {
    return this.info.types.get(e)?.mode === 'constant';
  }

  // --- statements -------------------------------------------------------------------------------

  stmts(list: readonly ast.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case 'BadStmt': case 'EmptyStmt': return;
      case 'DeclStmt': return this.declStmt(s);
      case 'LabeledStmt':
        this.cost += 1; // OLABEL
        return this.stmt(s.Stmt);
      case 'ExprStmt': return this.expr(s.X, null);
      case 'SendStmt': {
        this.cost += 1;
        this.expr(s.Chan, null);
        const ct = this.typeOf(s.Chan);
        return this.expr(s.Value, ct && under(ct).kind === 'Chan' ? (under(ct) as { elem: Type }).elem : null);
      }
      case 'IncDecStmt':
        this.cost += 2; // OASOP and the constant 1
        return this.expr(s.X, null);
      case 'AssignStmt': return this.assign(s);
      case 'GoStmt': this.hairy ??= 'unhandled op GO'; return;
      case 'DeferStmt': this.hairy ??= 'unhandled op DEFER'; return;
      case 'ReturnStmt': {
        this.cost += 1;
        const rt = this.resultTypes;
        if (s.Results.length === 1 && rt !== null && rt.length > 1) {
          // return f(): temporaries declared, assigned from the call, then returned.
          this.cost += 4 * rt.length + 1;
          return this.expr(s.Results[0]!, null);
        }
        s.Results.forEach((r, i) => this.expr(r, rt?.[i] ?? null));
        return;
      }
      case 'BranchStmt':
        if (s.Tok !== 'FALLTHROUGH') this.cost += 1;
        return;
      case 'BlockStmt': return this.stmts(s.List);
      case 'IfStmt': {
        if (s.Init) this.stmt(s.Init);
        const cv = this.info.types.get(s.Cond);
        if (cv?.mode === 'constant' && cv.value?.kind === 'bool') {
          // A constant condition costs nothing; only the branch taken counts.
          if (cv.value.value) return this.stmts(s.Body.List);
          if (s.Else) this.stmt(s.Else);
          return;
        }
        this.cost += 1;
        this.expr(s.Cond, null);
        this.stmts(s.Body.List);
        if (s.Else) this.stmt(s.Else);
        return;
      }
      case 'CaseClause':
        this.cost += 1;
        for (const e of s.List) this.expr(e, null);
        return this.stmts(s.Body);
      case 'SwitchStmt':
        this.cost += 1;
        if (s.Init) this.stmt(s.Init);
        if (s.Tag) this.expr(s.Tag, null);
        return this.stmts(s.Body.List);
      case 'TypeSwitchStmt': {
        this.cost += 2; // OSWITCH and its OTYPESW guard
        if (s.Init) this.stmt(s.Init);
        const a = s.Assign;
        const x = a.kind === 'AssignStmt' ? a.Rhs[0]! : a.X;
        this.expr((unparen(x) as ast.TypeAssertExpr).X, null);
        for (const c of s.Body.List) {
          const cc = c as ast.CaseClause;
          this.cost += 1;
          if (a.kind === 'AssignStmt') this.cost += 1; // the case's variable
          this.stmts(cc.Body);
        }
        return;
      }
      case 'CommClause':
        this.cost += 1;
        // v := <-c receives into v and an unused ok (OSELRECV2).
        if (s.Comm?.kind === 'AssignStmt' && s.Comm.Lhs.length === 1) this.cost += 1;
        if (s.Comm) this.stmt(s.Comm);
        return this.stmts(s.Body);
      case 'SelectStmt':
        this.cost += 1;
        return this.stmts(s.Body.List);
      case 'ForStmt':
        this.cost += 1;
        if (s.Init) this.stmt(s.Init);
        if (s.Cond) this.expr(s.Cond, null);
        if (s.Post) this.stmt(s.Post);
        return this.stmts(s.Body.List);
      case 'RangeStmt': {
        this.cost += 1;
        if (s.Key) this.expr(s.Key, null);
        if (s.Value) this.expr(s.Value, null);
        if (s.Tok === 'DEFINE') for (const v of [s.Key, s.Value]) if (v && v.kind === 'Ident' && v.Name !== '_') this.cost += 2; // ODCL
        const xt = this.typeOf(s.X);
        if (xt && under(xt).kind === 'Signature') this.cost += 100; // range over func: rewritten into closures
        this.expr(s.X, null);
        return this.stmts(s.Body.List);
      }
      default: {
        const never: never = s;
        return never;
      }
    }
  }

  /** The result types of the function being costed (for implicit conversions at return). */
  resultTypes: readonly Type[] | null = null;

  private declStmt(s: ast.DeclStmt): void {
    if (s.Decl.Tok !== 'VAR') return;
    for (const spec of s.Decl.Specs) {
      const vs = spec as ast.ValueSpec;
      for (const n of vs.Names) {
        this.cost += 2; // ODCL and its name
        void n;
      }
      if (vs.Values.length === 0) {
        this.cost += 2 * vs.Names.length; // zeroing assignment and its name
        continue;
      }
      if (vs.Values.length === vs.Names.length) {
        vs.Names.forEach((n, i) => {
          this.cost += 2; // OAS and the name
          const t = this.info.defs.get(n)?.type ?? null;
          this.expr(vs.Values[i]!, t);
        });
      } else {
        this.cost += 1 + vs.Names.length; // OAS2FUNC and the names
        this.expr(vs.Values[0]!, null);
      }
    }
  }

  private assign(s: ast.AssignStmt): void {
    const define = s.Tok === 'DEFINE';
    if (s.Tok !== 'ASSIGN' && s.Tok !== 'DEFINE') {
      // x op= y
      this.cost += 1;
      this.expr(s.Lhs[0]!, null);
      this.expr(s.Rhs[0]!, null);
      return;
    }
    const newNames = define ? s.Lhs.filter((l) => l.kind === 'Ident' && l.Name !== '_' && this.info.defs.get(l) != null).length : 0;
    this.cost += 2 * newNames; // ODCL per new variable
    const lhsType = (l: ast.Expr): Type | null => {
      if (l.kind === 'Ident' && l.Name === '_') return null;
      return (l.kind === 'Ident' ? (this.info.defs.get(l)?.type ?? this.info.uses.get(l)?.type) : this.typeOf(l)) ?? null;
    };
    if (s.Lhs.length === 1 && s.Rhs.length === 1) {
      this.cost += 1;
      this.lhs(s.Lhs[0]!);
      this.expr(s.Rhs[0]!, lhsType(s.Lhs[0]!));
      return;
    }
    if (s.Lhs.length === s.Rhs.length) {
      this.cost += 1;
      s.Lhs.forEach((l) => this.lhs(l));
      s.Rhs.forEach((r, i) => this.expr(r, lhsType(s.Lhs[i]!)));
      return;
    }
    // a, b = f() / v, ok = m[k] / x.(T) / <-ch
    this.cost += 1;
    s.Lhs.forEach((l) => this.lhs(l));
    this.expr(s.Rhs[0]!, null);
  }

  private lhs(l: ast.Expr): void {
    if (l.kind === 'Ident' && l.Name === '_') {
      this.cost += 1;
      return;
    }
    this.expr(l, null);
  }

  // --- expressions ------------------------------------------------------------------------------

  /** An expression, converted implicitly to `target` when that is an interface it is not. */
  expr(e0: ast.Expr, target: Type | null): void {
    const e = unparen(e0);
    if (target !== null && this.convertsToIface(e, target)) this.cost += 1; // OCONVIFACE
    if (this.isConst(e)) {
      this.cost += 1; // OLITERAL
      return;
    }
    switch (e.kind) {
      case 'Ident': {
        const o = this.info.uses.get(e) ?? this.info.defs.get(e);
        if (o?.kind === 'TypeName') return;
        this.cost += 1;
        return;
      }
      case 'BasicLit': this.cost += 1; return;
      case 'FuncLit': this.cost += 1 + (this.nodesOnly ? 0 : CLOSURE_COST); return;
      case 'CompositeLit': return this.compositeLit(e);
      case 'ParenExpr': return this.expr(e.X, null);
      case 'SelectorExpr': return this.selector(e);
      case 'IndexExpr': {
        const o = e.X.kind === 'Ident' ? this.info.uses.get(e.X) : undefined;
        if (o?.kind === 'Func') {
          this.cost += 1; // an instantiated generic function
          return;
        }
        this.cost += 1;
        this.expr(e.X, null);
        const xt = this.typeOf(e.X);
        if (xt && xt.kind === 'Pointer') this.cost += 1; // implicit *p
        const key = xt && under(xt).kind === 'Map' ? (under(xt) as { key: Type }).key : null;
        this.expr(e.Index, key);
        return;
      }
      case 'IndexListExpr': this.cost += 1; return;
      case 'SliceExpr': {
        this.cost += 1;
        const xt = this.typeOf(e.X);
        if (xt && under(xt).kind === 'Array') this.cost += 1; // &arr
        this.expr(e.X, null);
        if (e.Low) this.expr(e.Low, null);
        if (e.High) this.expr(e.High, null);
        if (e.Max) this.expr(e.Max, null);
        return;
      }
      case 'TypeAssertExpr': {
        this.cost += 1;
        // Asserting from a non-empty interface costs 4 more (measured with -m=2).
        const xt = this.typeOf(e.X);
        if (xt !== undefined && ((under(xt) as { allMethods?: readonly unknown[] }).allMethods?.length ?? 0) > 0) this.cost += 4;
        return this.expr(e.X, null);
      }
      case 'CallExpr': return this.call(e);
      case 'StarExpr':
        this.cost += 1;
        return this.expr(e.X, null);
      case 'UnaryExpr': {
        if (e.Op === 'AND') {
          const x = unparen(e.X);
          if (x.kind === 'CompositeLit') {
            this.cost += 1; // OPTRLIT
            return this.compositeLit(x);
          }
          if (x.kind === 'SelectorExpr' && this.info.selections.get(x)?.kind === 'FieldVal' && unparen(x.X).kind === 'Ident') {
            // &s.f costs nothing more than s.f when f is at offset 0; approximated as any field.
          }
        }
        if (e.Op === 'ADD') return this.expr(e.X, null);
        this.cost += 1;
        return this.expr(e.X, null);
      }
      case 'BinaryExpr': {
        if (e.Op === 'ADD' && this.isString(e)) return this.addString(e);
        this.cost += 1;
        const xt = this.typeOf(e.X);
        const yt = this.typeOf(e.Y);
        const cmp = e.Op === 'EQL' || e.Op === 'NEQ';
        this.expr(e.X, cmp && yt && isInterface(yt) ? yt : null);
        this.expr(e.Y, cmp && xt && isInterface(xt) ? xt : null);
        return;
      }
      case 'KeyValueExpr': case 'BadExpr': case 'Ellipsis':
      case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
        return;
      default: {
        const never: never = e;
        return never;
      }
    }
  }

  /** Whether assigning e to target makes gc insert an implicit OCONVIFACE (to an interface from a
   *  concrete type, or from another interface type). */
  private convertsToIface(e: ast.Expr, target: Type): boolean {
    if (!isInterface(target)) return false;
    const t = this.typeOf(e);
    if (t === undefined || (t.kind === 'Basic' && t.name === 'untyped nil')) return false;
    if (!isInterface(t)) return true;
    return !sameInterface(t, target);
  }

  private isString(e: ast.Expr): boolean {
    const t = this.typeOf(e);
    if (t === undefined) return false;
    const u = under(t);
    return u.kind === 'Basic' && (u.name === 'string' || u.name === 'untyped string');
  }

  /** a + b + c on strings is one OADDSTR over all operands. */
  private addString(e: ast.BinaryExpr): void {
    this.cost += 1;
    const operands = (x: ast.Expr): void => {
      const u = unparen(x);
      if (u.kind === 'BinaryExpr' && u.Op === 'ADD' && !this.isConst(u)) {
        operands(u.X);
        operands(u.Y);
      } else this.expr(u, null);
    };
    operands(e.X);
    operands(e.Y);
  }

  private selector(e: ast.SelectorExpr): void {
    const sel = this.info.selections.get(e);
    if (sel === undefined) {
      // pkg.Name
      this.cost += 1;
      return;
    }
    if (sel.kind === 'FieldVal') {
      this.cost += sel.index.length; // ODOT / ODOTPTR along the embedding path
      return this.expr(e.X, null);
    }
    if (sel.kind === 'MethodVal') {
      this.cost += 2; // OMETHVALUE
      return this.expr(e.X, null);
    }
    // A method expression (OMETHEXPR) costs nothing.
  }

  private compositeLit(e: ast.CompositeLit): void {
    const t = this.typeOf(e);
    const u = t ? under(t.kind === 'Pointer' ? t.elem : t) : undefined;
    if (u?.kind === 'Slice') this.cost += 2;
    else this.cost += 1;
    for (const el of e.Elts) {
      if (u?.kind === 'Struct') {
        this.cost += 1; // OSTRUCTKEY
        const v = el.kind === 'KeyValueExpr' ? el.Value : el;
        const name = el.kind === 'KeyValueExpr' && el.Key.kind === 'Ident' ? el.Key.Name : null;
        const f = name !== null ? u.fields.find((x) => x.name === name) : u.fields[e.Elts.indexOf(el)];
        this.elem(v, f?.type ?? null);
      } else if (u?.kind === 'Map') {
        this.cost += 1; // OKEY
        if (el.kind === 'KeyValueExpr') {
          this.elem(el.Key, u.key);
          this.elem(el.Value, u.elem);
        }
      } else {
        const et = u && (u.kind === 'Slice' || u.kind === 'Array') ? u.elem : null;
        if (el.kind === 'KeyValueExpr') {
          this.cost += 1; // OKEY
          this.elem(el.Key, null);
          this.elem(el.Value, et);
        } else this.elem(el, et);
      }
    }
  }

  private elem(v: ast.Expr, t: Type | null): void {
    if (v.kind === 'CompositeLit' && v.Type === null) return this.compositeLit(v);
    this.expr(v, t);
  }

  private call(e: ast.CallExpr): void {
    const fun = unparen(e.Fun);
    const ftv = this.info.types.get(e.Fun);
    if (ftv?.mode === 'typexpr') return this.conversion(e, ftv.type);
    if (ftv?.mode === 'builtin' || (fun.kind === 'Ident' && this.info.uses.get(fun)?.kind === 'Builtin')) return this.builtin(fun, e);
    const ft = ftv ? under(ftv.type) : undefined;
    const sig = ft?.kind === 'Signature' ? (ft as Signature) : null;
    this.cost += 1; // the call node
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel?.kind === 'MethodVal') {
        const recvT = this.typeOf(fun.X);
        if (recvT !== undefined && isInterface(recvT)) {
          this.cost += this.extra(EXTRA_CALL_COST) + 1; // OCALLINTER, ODOTINTER
          this.expr(fun.X, null);
        } else {
          const c = this.env.calleeCost(e);
          this.cost += this.extra(c ?? EXTRA_CALL_COST);
          // OMETHEXPR costs nothing; the receiver becomes the first argument.
          this.cost += sel.index.length - 1;
          this.expr(fun.X, null);
          const m = sel.obj as { type: Signature };
          const ptrMethod = m.type.recv !== null && m.type.recv.type.kind === 'Pointer';
          if (recvT !== undefined && ptrMethod !== (recvT.kind === 'Pointer') && sel.index.length === 1) this.cost += 1; // & or *
        }
        return this.args(e, sig);
      }
    }
    const c = this.env.calleeCost(e);
    this.cost += this.extra(c ?? EXTRA_CALL_COST);
    this.expr(fun, null);
    this.args(e, sig);
  }

  private args(e: ast.CallExpr, sig: Signature | null): void {
    if (sig === null) {
      for (const a of e.Args) this.expr(a, null);
      return;
    }
    const ps = sig.params.vars;
    if (e.Args.length === 1 && ps.length > 1) {
      // f(g()) with g returning several values
      this.expr(e.Args[0]!, null);
      return;
    }
    if (sig.variadic && e.Ellipsis < 0) {
      const n = ps.length - 1;
      for (let i = 0; i < n; i++) this.expr(e.Args[i]!, ps[i]!.type);
      const rest = e.Args.slice(n);
      const et = (under(ps[n]!.type) as { elem: Type }).elem;
      if (rest.length === 0) {
        this.cost += 1; // nil
        return;
      }
      this.cost += 2; // the implicit slice literal
      for (const a of rest) this.expr(a, et);
      return;
    }
    e.Args.forEach((a, i) => this.expr(a, ps[i]?.type ?? null));
  }

  private conversion(e: ast.CallExpr, to: Type): void {
    const arg = e.Args[0];
    if (arg === undefined) return;
    const from = this.typeOf(arg);
    if (this.nodesOnly || from === undefined || !noopConversion(under(from), under(to))) this.cost += 1; // OCONV, OBYTES2STR, ...
    this.expr(arg, null);
  }

  private builtin(fun: ast.Expr, e: ast.CallExpr): void {
    const name = fun.kind === 'Ident' ? fun.Name : (fun as ast.SelectorExpr).Sel.Name;
    switch (name) {
      case 'panic': {
        // doNode: the node, inlineExtraPanicCost, minus one for an implicit conversion.
        this.cost += 2;
        const a = e.Args[0];
        if (a === undefined) return;
        if (this.nodesOnly) this.cost -= 1; // no inlineExtraPanicCost
        else if (this.convertsToIface(a, EMPTY_IFACE)) this.cost -= 1;
        return this.expr(a, EMPTY_IFACE);
      }
      case 'recover':
        this.hairy ??= 'call to recover';
        return;
      case 'new':
        this.cost += 1;
        return;
      case 'make': {
        this.cost += 1;
        for (const a of e.Args.slice(1)) this.expr(a, null);
        const t = this.typeOf(e);
        if (e.Args.length === 1 && t && under(t).kind !== 'Slice') this.cost += 1; // the implied size 0
        return;
      }
      case 'append': {
        this.cost += 1;
        const st = this.typeOf(e);
        const et = st && under(st).kind === 'Slice' ? (under(st) as { elem: Type }).elem : null;
        e.Args.forEach((a, i) => this.expr(a, i === 0 || e.Ellipsis >= 0 ? null : et));
        return;
      }
      default:
        this.cost += 1;
        for (const a of e.Args) this.expr(a, null);
        return;
    }
  }
}

const EMPTY_IFACE = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [] } as unknown as Type;

/** Whether two interface types are the same for gc (no conversion between them). */
function sameInterface(a: Type, b: Type): boolean {
  if (a === b) return true;
  const ua = under(a) as { allMethods?: readonly unknown[] };
  const ub = under(b) as { allMethods?: readonly unknown[] };
  const empty = (u: { allMethods?: readonly unknown[] }): boolean => (u.allMethods?.length ?? 0) === 0;
  if (a.kind !== 'Named' && b.kind !== 'Named' && empty(ua) && empty(ub)) return true;
  if (a.kind === 'Named' && b.kind === 'Named') return a.obj === b.obj;
  return false;
}

const INT_SIZE: Readonly<Record<string, number>> = {
  int: 8, uint: 8, int64: 8, uint64: 8, uintptr: 8, int32: 4, uint32: 4, rune: 4, int16: 2, uint16: 2, int8: 1, uint8: 1, byte: 1,
};

/** Conversions gc turns into nothing (OCONVNOP, which costs no budget), as measured with -m=2:
 *  between integers of one size, between identical shapes other than floats and complexes. */
function noopConversion(from: Type, to: Type): boolean {
  if (from.kind === 'Basic' && to.kind === 'Basic') {
    const f = from.name.replace(/^untyped /, '');
    const t = to.name;
    const fs = INT_SIZE[f];
    const ts = INT_SIZE[t];
    if (fs !== undefined && ts !== undefined) return fs === ts;
    return f === t && (t === 'string' || t === 'bool');
  }
  if (from.kind !== to.kind) return false;
  return from.kind !== 'Basic';
}
