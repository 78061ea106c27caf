// Which calls gc 1.23 inlines, and the names closures get when inlining copies them (cf.
// cmd/compile/internal/inline, inline/interleaved, devirtualize.StaticCall, ir.closureName).
// golesson never inlines anything; it models gc's inliner only because inlining shows in goroutine
// traces: a function literal in an inlined body is re-created in the caller under a name that lists
// the inlined calls, `main.main.run.main.func1.func2` rather than `main.main.func1.1`.
//
// The model, per original function (a declaration, a function literal of the program, or main.init
// for package-level initializers: the "root"), replays gc's fixpoint
// (interleaved.DevirtualizeAndInlineFunc): every call in the body, in post-order, is tried; an
// inlined call's body joins the function, its calls are tried after those already queued, and
// sweeps repeat until nothing changes. A call is inlined when its callee is statically known
// (ir.StaticValue: a function name, a method of a concrete type or a method expression, a local or
// an inlined parameter bound once to one of those or to a function literal, the single result of an
// inlined call; an interface call whose receiver is bound once to a concrete value is devirtualized
// first), the callee can be inlined (CanInline: no defer, go or recover, cost at most 80 as
// compile/inlcost.ts measures it, not recursive, not //go:noinline), and the callee is not already
// on the inline chain. Copies of function literals get `outer.chain...func<N>` (or `.<N>` when the
// root is itself a literal), N continuing the root's own literal count in the order the copies are
// made. Copies are never inlined into, and their own literals are named after them as usual. The
// pointer wrapper (*T).M that dynamic interface calls of a value method reach is a root too, with
// T.M inlined into it.
//
// The result is a tree of InlNodes per root; the function compiler consults it to name literals
// and to call, at an inlined call site whose subtree makes literals, a clone of the callee compiled
// for that site (compile/calls.ts, expr.ts). Roots and sites without literals below them are
// untouched. Not modelled: inlining of standard-library bodies; the
// node count that makes a caller "big" (5000 IR nodes, inlinees then limited to cost 20) is
// approximate.
import type * as ast from '../syntax/ast.js';
import type { Info, Package } from '../types/info.js';
import type { Func, Obj, Type, Var } from '../types/types.js';
import { unparen } from './expr.js';
import { bodyCost, isBigFunc, BIG_FUNCTION_MAX_COST, INLINE_MAX_BUDGET } from './inlcost.js';
import { stdInlineCost } from './stdinline.js';
import { isInterface, methodSet, under } from './gotypes.js';
import { walkStmts } from './walk.js';

/** A function body of the program: a declaration or a function literal. */
export interface Body {
  readonly node: ast.FuncDecl | ast.FuncLit;
  readonly block: ast.BlockStmt;
  readonly info: Info;
  /** The Go name gc gives it without inlining (main.main, main.(*T).M, main.main.func1.2). */
  readonly goName: string;
  /** The function object, for declarations. */
  readonly func: Func | null;
  /** The enclosing body, for literals. */
  readonly parent: Body | null;
  /** Receiver (for methods) and parameters, in order. */
  readonly params: readonly (Var | null)[];
  readonly variadic: boolean;
  readonly resultTypes: readonly Type[];
  /** Function literals directly in the body, in source order. */
  readonly lits: readonly ast.FuncLit[];
  /** Calls directly in the body, in the order gc's fixpoint visits them (post-order). */
  readonly calls: readonly ast.CallExpr[];
  /** The expression of the single return statement, when gc may bind the result to it directly
   *  (inline.canDelayResults: one return, with values, results unnamed, one result). */
  readonly delayedResult: ast.Expr | null;
}

/** A literal's value as created in one InlNode: its name there, and the inlined calls of it. */
export interface LitInst {
  readonly lit: ast.FuncLit;
  readonly node: InlNode;
  /** The Go name of this closure (a copy's name for literals in inlined bodies). */
  readonly name: string;
  /** Inlined calls of this very value that need their own compiled variant. */
  readonly variants: InlNode[];
}

/** An inlined call (or a root): whose body runs, and what happens inside it. */
export interface InlNode {
  readonly body: Body;
  readonly parent: InlNode | null;
  /** The call in parent's body this node inlines (null for a root). */
  readonly site: ast.CallExpr | null;
  /** For inlined literal calls: the value called. */
  readonly litCallee: LitInst | null;
  /** For interface calls gc devirtualized: the concrete type the interface holds. */
  devirt?: Type;
  /** closureName's outer parts: the root's name, then the names of the inlined calls. */
  readonly names: readonly string[];
  readonly root: RootState;
  /** Literals made in this node (for non-root nodes, copies with new names). */
  readonly lits: Map<ast.FuncLit, LitInst>;
  /** Calls in this node's body that gc inlines. */
  readonly calls: Map<ast.CallExpr, InlNode>;
  /** This node or one inlined below it makes a closure whose name differs from the original's. */
  needsClone: boolean;
}

interface RootState {
  readonly body: Body;
  /** The most an inlinee may cost here (less in a very big function). */
  readonly maxCost: number;
  /** The root's funcLitGen: its own literals, then copies. */
  gen: number;
  node: InlNode | null;
}

type Callee = { kind: 'decl'; body: Body } | { kind: 'lit'; inst: LitInst } | { kind: 'std'; cost: number };

/** The inliner model of one program. */
export class InlineModel {
  private readonly bodies = new Map<ast.FuncDecl | ast.FuncLit, Body>();
  private readonly declOfFunc = new Map<Func, Body>();
  private readonly declBody = new Map<Var, Body>();
  private readonly defExpr = new Map<Var, ast.Expr>();
  private readonly reassigned = new Set<Var>();
  private readonly captures = new Set<ast.FuncLit>();
  private readonly noInline = new Set<Body>();
  private readonly costs = new Map<Body, number | null>();
  private readonly computing = new Set<Body>();
  /** Members of a recursive component gc has not yet decided about. */
  private readonly unchecked = new Set<Body>();
  private readonly plans = new Map<Body, InlNode>();
  private readonly planning = new Set<Body>();
  /** Whether any function literal sits in a body that could be inlined; if not, no name changes. */
  readonly active: boolean;

  /** `always`: build the model even when no name can change (for tests of the cost model). */
  constructor(pkgs: readonly Package[], goFuncName: (f: Func) => string, always = false) {
    const main = pkgs[pkgs.length - 1];
    if (main === undefined) {
      this.active = false;
      return;
    }
    const info = main.info;
    let anyLit = false;
    for (const file of main.files)
      for (const d of file.Decls) {
        if (d.kind !== 'FuncDecl' || d.Body === null) continue;
        const f = info.defs.get(d.Name);
        if (!f || f.kind !== 'Func') continue;
        const b = this.addBody(d, d.Body, info, goFuncName(f), f, null);
        this.declOfFunc.set(f, b);
        if (hasPragma(d, 'go:noinline')) this.noInline.add(b);
        if (b.lits.length > 0) anyLit = true;
      }
    // Package-level initializers run in main.init: a root like any function.
    const init: ast.FuncDecl = {
      kind: 'FuncDecl', Doc: null, Recv: null, Name: { kind: 'Ident', NamePos: -1, Name: 'init' },
      Type: { kind: 'FuncType', Func: -1, TypeParams: null, Params: { kind: 'FieldList', Opening: -1, List: [], Closing: -1 }, Results: null },
      Body: { kind: 'BlockStmt', Lbrace: -1, List: [], Rbrace: -1 },
    };
    const lits: ast.FuncLit[] = [];
    const calls: ast.CallExpr[] = [];
    for (const entry of main.initOrder) {
      if (entry.rhs === null) continue;
      const here: ast.CallExpr[] = [];
      const rhs = unparen(entry.rhs);
      if (rhs.kind === 'FuncLit') {
        lits.push(rhs);
        continue;
      }
      walkStmts(rhs, (n) => {
        if (n.kind === 'FuncLit') lits.push(n);
        else if (n.kind === 'CallExpr') here.push(n);
      }, 'visit');
      calls.push(...here.sort((a, b) => a.Rparen - b.Rparen));
    }
    if (lits.length > 0) anyLit = true;
    this.initBody = {
      node: init, block: init.Body!, info, goName: 'main.init', func: null, parent: null, params: [], variadic: false,
      resultTypes: [], lits, calls, delayedResult: null,
    };
    this.bodies.set(init, this.initBody);
    lits.forEach((lit, i) => this.addBody(lit, lit.Body, info, `main.init.func${i + 1}`, null, this.initBody));
    this.active = anyLit;
    if (!anyLit && !always) return;
    this.markRecursion();
  }

  /** The synthetic body of main.init (package-level initializers). */
  private readonly initBody: Body | null = null;

  /** The inline tree of main.init. */
  planInit(): InlNode | null {
    return this.initBody === null ? null : this.plan(this.initBody.node);
  }

  // --- bodies ---------------------------------------------------------------------------------

  private addBody(node: ast.FuncDecl | ast.FuncLit, block: ast.BlockStmt, info: Info, goName: string, func: Func | null, parent: Body | null): Body {
    const params: (Var | null)[] = [];
    const declare = (fl: ast.FieldList | null, into: (Var | null)[] | null): void => {
      for (const field of fl?.List ?? []) {
        if (field.Names.length === 0) {
          const v = (info.implicits.get(field) as Var | undefined) ?? null;
          into?.push(v);
          continue;
        }
        for (const n of field.Names) {
          const v = (info.defs.get(n) as Var | undefined) ?? null;
          into?.push(v);
        }
      }
    };
    if (node.kind === 'FuncDecl') declare(node.Recv, params);
    declare(node.Type.Params, params);
    const sig = node.kind === 'FuncDecl' ? func!.type : (info.types.get(node)?.type as { kind: string } | undefined);
    const signature = sig && sig.kind === 'Signature' ? (sig as Func['type']) : null;
    const lits: ast.FuncLit[] = [];
    const calls: ast.CallExpr[] = [];
    const goDefer = new Set<ast.CallExpr>();
    let returns = 0;
    let lastReturn: ast.ReturnStmt | null = null;
    walkStmts(block, (n) => {
      switch (n.kind) {
        case 'FuncLit': lits.push(n); return;
        case 'GoStmt': case 'DeferStmt': goDefer.add(n.Call); return;
        case 'CallExpr': calls.push(n); return;
        case 'ReturnStmt':
          returns++;
          if (n.Results.length === 0) returns++;
          lastReturn = n;
          return;
        default: return;
      }
    }, 'visit');
    const named = (node.Type.Results?.List ?? []).some((f) => f.Names.some((n) => n.Name !== '_'));
    const results = signature?.results.vars ?? [];
    const ret = lastReturn as ast.ReturnStmt | null;
    const delayed = returns === 1 && !named && results.length === 1 && ret !== null && ret.Results.length === 1 ? ret.Results[0]! : null;
    const body: Body = {
      node, block, info, goName, func, parent, params,
      variadic: signature?.variadic ?? false,
      resultTypes: results.map((v) => v.type),
      lits,
      calls: calls.filter((c) => !goDefer.has(c)).sort((a, b) => a.Rparen - b.Rparen),
      delayedResult: delayed,
    };
    this.bodies.set(node, body);
    // Variables: where declared, defined once by what, reassigned or not.
    for (const p of params) if (p) this.declBody.set(p, body);
    declare(node.Type.Results, null);
    for (const field of node.Type.Results?.List ?? []) for (const n of field.Names) {
      const v = info.defs.get(n);
      if (v && v.kind === 'Var') this.declBody.set(v, body);
    }
    const note = (id: ast.Expr, rhs: ast.Expr | null): void => {
      if (id.kind !== 'Ident') return;
      const v = info.defs.get(id);
      if (!v || v.kind !== 'Var') return;
      this.declBody.set(v, body);
      if (rhs !== null) this.defExpr.set(v, rhs);
    };
    const written = (e: ast.Expr): void => {
      let x = unparen(e);
      if (x.kind !== 'Ident') return;
      const v = info.uses.get(x);
      if (v && v.kind === 'Var') this.reassigned.add(v);
    };
    walkStmts(block, (n) => {
      switch (n.kind) {
        case 'AssignStmt':
          if (n.Tok === 'DEFINE') {
            n.Lhs.forEach((l, i) => {
              if (l.kind === 'Ident' && info.defs.get(l)) note(l, n.Lhs.length === n.Rhs.length ? n.Rhs[i]! : null);
              else written(l);
            });
          } else n.Lhs.forEach(written);
          return;
        case 'ValueSpec':
          n.Names.forEach((id, i) => note(id, n.Values.length === n.Names.length ? n.Values[i]! : null));
          return;
        case 'IncDecStmt': written(n.X); return;
        case 'UnaryExpr': if (n.Op === 'AND') written(n.X); return;
        case 'RangeStmt':
          if (n.Tok === 'DEFINE') {
            if (n.Key) note(n.Key, null);
            if (n.Value) note(n.Value, null);
          } else {
            if (n.Key) written(n.Key);
            if (n.Value) written(n.Value);
          }
          return;
        case 'TypeSwitchStmt':
          for (const c of n.Body.List) {
            const v = info.implicits.get(c);
            if (v && v.kind === 'Var') this.declBody.set(v, body);
          }
          return;
        case 'SelectorExpr': {
          // A pointer method called on an addressable variable takes its address.
          const sel = info.selections.get(n);
          if (sel?.kind === 'MethodVal') {
            const m = sel.obj as Func;
            const xt = info.types.get(n.X)?.type;
            if (m.type.recv?.type.kind === 'Pointer' && xt && xt.kind !== 'Pointer' && !isInterface(xt)) written(n.X);
          }
          return;
        }
        default: return;
      }
    });
    // Nested literals are bodies of their own.
    lits.forEach((lit, i) => {
      const name = `${goName}${parent === null && node.kind === 'FuncDecl' ? '.func' : '.'}${i + 1}`;
      this.addBody(lit, lit.Body, info, name, null, body);
    });
    if (node.kind === 'FuncLit' && this.capturesOuter(node, info)) this.captures.add(node);
    return body;
  }

  /** Whether a literal refers to a local variable of an enclosing function. */
  private capturesOuter(lit: ast.FuncLit, info: Info): boolean {
    const own = new Set<Obj>();
    let found = false;
    walkStmts(lit, (n) => {
      if (n.kind === 'Ident') {
        const d = info.defs.get(n);
        if (d) own.add(d);
      }
    }, 'enter');
    for (const field of [...(lit.Type.Params?.List ?? []), ...(lit.Type.Results?.List ?? [])]) {
      const v = info.implicits.get(field);
      if (v) own.add(v);
    }
    walkStmts(lit, (n) => {
      if (n.kind === 'CaseClause') {
        const v = info.implicits.get(n);
        if (v) own.add(v);
      }
    }, 'enter');
    walkStmts(lit, (n) => {
      if (found || n.kind !== 'Ident') return;
      const o = info.uses.get(n);
      if (o && o.kind === 'Var' && !o.isGlobal && !o.isField && !own.has(o) && this.declBody.has(o)) found = true;
    }, 'enter');
    return found;
  }

  /** gc's CanInlineFuncs skips functions that are recursive on their own (an SCC of the
   *  reference graph with at most one declared function, calling itself or through its
   *  literals). */
  private markRecursion(): void {
    const all = [...this.bodies.values()];
    const edges = new Map<Body, Body[]>();
    for (const b of all) {
      const out: Body[] = [];
      // References in body order, literals where they appear (ir.VisitFuncsBottomUp's walk).
      walkStmts(b.block, (n) => {
        if (n.kind === 'FuncLit') {
          out.push(this.bodies.get(n)!);
          return;
        }
        let f: Obj | undefined;
        if (n.kind === 'Ident') f = b.info.uses.get(n);
        else if (n.kind === 'SelectorExpr') f = b.info.selections.get(n)?.obj;
        if (f && f.kind === 'Func') {
          const t = this.declOfFunc.get(f.origin ?? f);
          if (t) out.push(t);
        }
      }, 'visit');
      edges.set(b, out);
    }
    // Tarjan's strongly connected components.
    let index = 0;
    const idx = new Map<Body, number>();
    const low = new Map<Body, number>();
    const stack: Body[] = [];
    const on = new Set<Body>();
    const strong = (v: Body): void => {
      idx.set(v, index);
      low.set(v, index);
      index++;
      stack.push(v);
      on.add(v);
      for (const w of edges.get(v) ?? []) {
        if (!idx.has(w)) {
          strong(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const scc: Body[] = [];
        let w: Body;
        do {
          w = stack.pop()!;
          on.delete(w);
          scc.push(w);
        } while (w !== v);
        const recursive = scc.length > 1 || (edges.get(v) ?? []).includes(v);
        const decls = scc.filter((b) => b.node.kind === 'FuncDecl').length;
        if (recursive && decls <= 1) for (const b of scc) this.noInline.add(b);
        else if (recursive) {
          // CanInline runs over the component in visiting order; a member not yet checked costs
          // its callers a plain call.
          const order = scc.reverse();
          for (const b of order) this.unchecked.add(b);
          for (const b of order) {
            this.unchecked.delete(b);
            this.inlineCost(b);
          }
        }
      }
    };
    for (const b of all) if (!idx.has(b)) strong(b);
  }

  body(node: ast.FuncDecl | ast.FuncLit): Body | undefined {
    return this.bodies.get(node);
  }

  /** The body gc calls `name` (main.main, main.(*T).M, main.main.func1). */
  bodyByName(name: string): Body | undefined {
    for (const b of this.bodies.values()) if (b.goName === name) return b;
    return undefined;
  }

  /** A body's cost as gc's -m=2 reports it, and why it can never be inlined, if so. */
  rawCost(b: Body): { cost: number; hairy: string | null } {
    const r = bodyCost(b.block, { info: b.info, calleeCost: (call) => this.callCostIn(b, call) }, b.resultTypes);
    return { cost: r.cost, hairy: this.noInline.has(b) ? 'recursive' : r.hairy };
  }

  // --- CanInline ------------------------------------------------------------------------------

  /** The inline cost of a body when gc can inline it, else null. */
  inlineCost(b: Body): number | null {
    const have = this.costs.get(b);
    if (have !== undefined) return have;
    if (this.noInline.has(b) || this.computing.has(b) || this.unchecked.has(b)) return null;
    this.computing.add(b);
    const r = bodyCost(b.block, {
      info: b.info,
      calleeCost: (call) => this.callCostIn(b, call),
    }, b.resultTypes);
    this.computing.delete(b);
    const cost = r.hairy === null && r.cost <= INLINE_MAX_BUDGET ? r.cost : null;
    this.costs.set(b, cost);
    return cost;
  }

  /** What a call costs inside `caller` before any inlining (hairyVisitor's OCALLFUNC case). */
  private callCostIn(caller: Body, call: ast.CallExpr): number | null {
    const c = this.staticCallee(call, caller.info, (e) => this.plainExpr(e, caller));
    if (c === null) return null;
    if (c.kind === 'std') return c.cost;
    if (c.kind === 'decl') return c.body === caller ? null : this.fits(this.inlineCost(c.body));
    const lb = this.bodies.get(c.lit)!;
    if (this.captures.has(c.lit) && lb.parent !== caller) return null;
    return this.fits(this.inlineCost(lb));
  }

  private fits(cost: number | null): number | null {
    return cost !== null && cost <= INLINE_MAX_BUDGET ? cost : null;
  }

  /** StaticValue before inlining: through locals bound once, to a function or literal. */
  private plainExpr(e0: ast.Expr, at: Body): { kind: 'decl'; body: Body } | { kind: 'std'; cost: number } | { kind: 'lit'; lit: ast.FuncLit } | null {
    const e = unparen(e0);
    if (e.kind === 'FuncLit') return { kind: 'lit', lit: e };
    if (e.kind === 'Ident') {
      const o = at.info.uses.get(e);
      if (o?.kind === 'Func') return this.funcCallee(o);
      if (o?.kind === 'Var') return this.plainValue(o);
      return null;
    }
    if (e.kind === 'SelectorExpr' && at.info.selections.get(e) === undefined) {
      const o = at.info.uses.get(e.Sel);
      if (o?.kind === 'Func') return this.funcCallee(o);
    }
    if (e.kind === 'CallExpr' && this.isFuncConversion(e, at.info)) return this.plainExpr(e.Args[0]!, at);
    return null;
  }

  private plainValue(v: Var): ReturnType<InlineModel['plainExpr']> {
    if (v.isGlobal || this.reassigned.has(v)) return null;
    const d = this.defExpr.get(v);
    const where = this.declBody.get(v);
    if (d === undefined || where === undefined) return null;
    return this.plainExpr(d, where);
  }

  private funcCallee(f: Func): { kind: 'decl'; body: Body } | { kind: 'std'; cost: number } | null {
    const b = this.declOfFunc.get(f);
    if (b) return { kind: 'decl', body: b };
    if (f.pkg !== 'main' && f.pkg !== '') {
      const cost = stdInlineCost.get(`${f.pkg}.${stdKey(f)}`);
      if (cost !== undefined) return { kind: 'std', cost };
    }
    return null;
  }

  private isFuncConversion(e: ast.CallExpr, info: Info): boolean {
    const tv = info.types.get(e.Fun);
    return tv?.mode === 'typexpr' && e.Args.length === 1 && under(tv.type).kind === 'Signature';
  }

  /** The callee of a call, from a value resolver. */
  private staticCallee<L>(
    call: ast.CallExpr,
    info: Info,
    resolve: (e: ast.Expr) => { kind: 'decl'; body: Body } | { kind: 'std'; cost: number } | L | null,
  ): { kind: 'decl'; body: Body } | { kind: 'std'; cost: number } | L | null {
    const fun = unparen(call.Fun);
    const tv = info.types.get(call.Fun);
    if (tv?.mode === 'typexpr' || tv?.mode === 'builtin') return null;
    if (fun.kind === 'Ident' && info.uses.get(fun)?.kind === 'Builtin') return null;
    if (fun.kind === 'SelectorExpr') {
      const sel = info.selections.get(fun);
      if (sel?.kind === 'MethodVal') {
        const xt = info.types.get(fun.X)?.type;
        if (xt === undefined || isInterface(xt)) return null;
        const m = sel.obj as Func;
        return this.funcCallee(m.origin ?? m);
      }
      if (sel?.kind === 'MethodExpr') {
        if (isInterface(sel.recv)) return null;
        const m = sel.obj as Func;
        return this.funcCallee(m.origin ?? m);
      }
      if (sel !== undefined) return null;
    }
    if ((fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') && fun.X.kind === 'Ident') {
      // An explicitly instantiated generic function.
      const o = info.uses.get(fun.X);
      return o?.kind === 'Func' ? this.funcCallee(o) : null;
    }
    return resolve(fun);
  }

  // --- the plan of a root -------------------------------------------------------------------------

  /** The inline tree of an original function (a declaration or a literal of the program). */
  plan(node: ast.FuncDecl | ast.FuncLit): InlNode | null {
    if (!this.active) return null;
    const b = this.bodies.get(node);
    if (b === undefined) return null;
    const have = this.plans.get(b);
    if (have !== undefined) return have;
    if (this.planning.has(b)) return null;
    this.planning.add(b);
    const maxCost = isBigFunc(b.block, b.info) ? BIG_FUNCTION_MAX_COST : INLINE_MAX_BUDGET;
    const root: RootState = { body: b, maxCost, gen: b.lits.length, node: null };
    const rootNode: InlNode = {
      body: b, parent: null, site: null, litCallee: null,
      names: [stripPkg(b.goName)], root, lits: new Map(), calls: new Map(), needsClone: false,
    };
    root.node = rootNode;
    b.lits.forEach((lit) => rootNode.lits.set(lit, { lit, node: rootNode, name: this.bodies.get(lit)!.goName, variants: [] }));
    this.plans.set(b, rootNode);
    // gc's fixpoint: try every queued call; inlining queues the new body's calls; repeat sweeps
    // until one changes nothing.
    this.fixpoint(b.calls.map((call) => ({ call, node: rootNode, done: false })));
    markClones(rootNode);
    this.planning.delete(b);
    return rootNode;
  }

  private tryInline(call: ast.CallExpr, at: InlNode): InlNode | null {
    const info = at.body.info;
    let c = this.staticCallee(call, info, (e) => this.valueIn(e, at));
    let devirt: Type | null = null;
    if (c === null && this.isIfaceCall(call, info)) {
      devirt = this.concreteType((unparen(call.Fun) as ast.SelectorExpr).X, at);
      if (devirt !== null) c = this.devirtualized(call, devirt);
    }
    if (c === null || c.kind === 'std') return null;
    const child = this.inlineInto(at, call, c);
    if (child !== null && devirt !== null) child.devirt = devirt;
    if (child !== null) at.calls.set(call, child);
    return child;
  }

  /** mkinlcall: the node for inlining callee at a call in `at` (null when gc would not). */
  private inlineInto(at: InlNode, call: ast.CallExpr | null, c: Callee): InlNode | null {
    if (c.kind === 'std') return null;
    const root = at.root;
    let body: Body;
    let litCallee: LitInst | null = null;
    if (c.kind === 'decl') {
      body = c.body;
      if (body === root.body) return null;
    } else {
      litCallee = c.inst;
      body = this.bodies.get(c.inst.lit)!;
      // gc cannot inline a closure that captures variables into another function's frame.
      if (this.captures.has(c.inst.lit) && c.inst.node.root !== root) return null;
    }
    const cost = this.inlineCost(body);
    if (cost === null || cost > root.maxCost) return null;
    // No callee twice along the inline chain.
    for (let n: InlNode | null = at; n !== null && n.parent !== null; n = n.parent) {
      if (litCallee !== null ? n.litCallee === litCallee : n.litCallee === null && n.body === body) return null;
    }
    const calleeName = litCallee !== null ? stripPkg(litCallee.name) : stripPkg(body.goName);
    const child: InlNode = {
      body, parent: at, site: call, litCallee,
      names: [...at.names, calleeName], root, lits: new Map(), calls: new Map(), needsClone: false,
    };
    const sep = root.body.node.kind === 'FuncLit' ? '.' : '.func';
    for (const lit of body.lits) {
      root.gen++;
      child.lits.set(lit, { lit, node: child, name: `main.${child.names.join('.')}${sep}${root.gen}`, variants: [] });
    }
    return child;
  }

  /** Replays gc's fixpoint from a queue of calls. */
  private fixpoint(queue: { call: ast.CallExpr; node: InlNode; done: boolean }[]): void {
    for (let sweep = 0; sweep < 100; sweep++) {
      let changed = false;
      for (let i = 0; i < queue.length; i++) {
        const item = queue[i]!;
        if (item.done) continue;
        const child = this.tryInline(item.call, item.node);
        if (child === null) continue;
        item.done = true;
        changed = true;
        for (const call of child.body.calls) queue.push({ call, node: child, done: false });
      }
      if (!changed) break;
    }
  }

  private readonly wrappers = new Map<Body, InlNode | null>();

  /** gc's pointer wrapper `(*T).M` of a value method T.M (what an interface call of M reaches
   *  when the interface holds a *T, or a T that is not pointer-shaped): T.M inlined into it, when
   *  gc inlines it there and that makes closures under new names; else null. */
  wrapperCall(m: Func, wrapperName: string): InlNode | null {
    if (!this.active) return null;
    const b = this.declOfFunc.get(m.origin ?? m);
    if (b === undefined) return null;
    const have = this.wrappers.get(b);
    if (have !== undefined) return have;
    const pseudo: Body = { ...b, goName: wrapperName, lits: [], calls: [], params: [], delayedResult: null };
    const root: RootState = { body: pseudo, maxCost: INLINE_MAX_BUDGET, gen: 0, node: null };
    const rootNode: InlNode = {
      body: pseudo, parent: null, site: null, litCallee: null,
      names: [stripPkg(wrapperName)], root, lits: new Map(), calls: new Map(), needsClone: false,
    };
    root.node = rootNode;
    const child = this.inlineInto(rootNode, null, { kind: 'decl', body: b });
    let out: InlNode | null = null;
    if (child !== null) {
      this.fixpoint(child.body.calls.map((call) => ({ call, node: child, done: false })));
      out = markClones(child) ? child : null;
    }
    this.wrappers.set(b, out);
    return out;
  }

  private isIfaceCall(call: ast.CallExpr, info: Info): boolean {
    const fun = unparen(call.Fun);
    if (fun.kind !== 'SelectorExpr' || info.selections.get(fun)?.kind !== 'MethodVal') return false;
    const xt = info.types.get(fun.X)?.type;
    return xt !== undefined && isInterface(xt);
  }

  /** ir.StaticValue in an inline tree: what a function-valued expression is, if known. */
  private valueIn(e0: ast.Expr, at: InlNode): Callee | null {
    const e = unparen(e0);
    const info = at.body.info;
    switch (e.kind) {
      case 'FuncLit': {
        const inst = at.lits.get(e);
        return inst ? { kind: 'lit', inst } : null;
      }
      case 'Ident': {
        const o = info.uses.get(e);
        if (o?.kind === 'Func') return this.funcCallee(o);
        if (o?.kind === 'Var') return this.varIn(o, at);
        return null;
      }
      case 'SelectorExpr': {
        if (info.selections.get(e) !== undefined) return null;
        const o = info.uses.get(e.Sel);
        return o?.kind === 'Func' ? this.funcCallee(o) : null;
      }
      case 'CallExpr': {
        if (this.isFuncConversion(e, info)) return this.valueIn(e.Args[0]!, at);
        const child = at.calls.get(e);
        if (child === undefined || child.body.delayedResult === null) return null;
        return this.valueIn(child.body.delayedResult, child);
      }
      default:
        return null;
    }
  }

  private varIn(v: Var, at: InlNode): Callee | null {
    const b = this.varBinding(v, at);
    return b === null ? null : this.valueIn(b.e, b.node);
  }

  /** What a variable is bound to once and for all in an inline tree (a local's defining
   *  expression, an inlined parameter's argument), with the node the expression belongs to. */
  private varBinding(v: Var, at: InlNode): { e: ast.Expr; node: InlNode } | null {
    if (v.isGlobal || this.reassigned.has(v)) return null;
    const home = this.declBody.get(v);
    if (home === undefined) return null;
    // Find the node whose body declares v: up through the literals' defining contexts.
    let n: InlNode | null = at;
    while (n !== null && n.body !== home) {
      if (n.body.node.kind !== 'FuncLit') return null;
      if (n.litCallee !== null) n = n.litCallee.node;
      else if (n.parent === null && n.body.parent !== null) n = this.plan(n.body.parent.node);
      else return null;
    }
    if (n === null) return null;
    const pi = n.body.params.indexOf(v);
    if (pi >= 0) {
      // A parameter: known only where the call was inlined, bound to the argument.
      if (n.parent === null || n.site === null) return null;
      const call = n.site;
      const isMethod = n.body.node.kind === 'FuncDecl' && n.body.node.Recv !== null;
      // The arguments lined up with the parameters: a method value call's receiver is the
      // selector's operand, a method expression's is its first argument.
      const f = unparen(call.Fun);
      const methodExpr = f.kind === 'SelectorExpr' && n.parent.body.info.selections.get(f)?.kind === 'MethodExpr';
      const args: readonly ast.Expr[] = isMethod && !methodExpr && f.kind === 'SelectorExpr' ? [f.X, ...call.Args] : call.Args;
      if (n.body.variadic && pi === n.body.params.length - 1) return null;
      const arg = args[pi];
      if (arg === undefined || args.length !== n.body.params.length || call.Ellipsis >= 0) return null;
      return { e: arg, node: n.parent };
    }
    const d = this.defExpr.get(v);
    return d === undefined ? null : { e: d, node: n };
  }

  /** devirtualize.StaticCall: the concrete type an interface-typed expression statically holds
   *  (ir.StaticValue reaching a conversion to the interface), if any. */
  private concreteType(e0: ast.Expr, at: InlNode, depth = 0): Type | null {
    if (depth > 50) return null;
    const e = unparen(e0);
    const info = at.body.info;
    const t = info.types.get(e)?.type;
    if (t === undefined) return null;
    if (!isInterface(t)) return t;
    if (e.kind === 'Ident') {
      const o = info.uses.get(e);
      if (o?.kind !== 'Var') return null;
      const b = this.varBinding(o, at);
      return b === null ? null : this.concreteType(b.e, b.node, depth + 1);
    }
    if (e.kind === 'CallExpr') {
      const tv = info.types.get(e.Fun);
      if (tv?.mode === 'typexpr') return e.Args.length === 1 ? this.concreteType(e.Args[0]!, at, depth + 1) : null;
      const child = at.calls.get(e);
      if (child === undefined || child.body.delayedResult === null) return null;
      return this.concreteType(child.body.delayedResult, child, depth + 1);
    }
    return null;
  }

  /** The method an interface call reaches after devirtualization, when gc can tell. */
  private devirtualized(call: ast.CallExpr, t: Type): Callee | null {
    const fun = unparen(call.Fun);
    if (fun.kind !== 'SelectorExpr') return null;
    const base = t.kind === 'Pointer' ? t.elem : t;
    if (base.kind !== 'Named' || base.typeArgs.length > 0) return null;
    const mp = methodSet(base).get(fun.Sel.Name);
    if (mp === undefined) return null;
    const m = mp.method;
    if (m.decl === null || m.decl.kind !== 'FuncDecl') return null;
    return this.funcCallee(m);
  }
}

/** Marks the nodes that must be compiled on their own: those making closures under new names,
 *  and those on the way to one. Registers each such inlined literal call with its literal. */
function markClones(n: InlNode): boolean {
  let need = n.parent !== null && n.lits.size > 0;
  for (const child of n.calls.values()) if (markClones(child)) need = true;
  n.needsClone = need;
  if (need && n.litCallee !== null) n.litCallee.variants.push(n);
  return need;
}

function stripPkg(goName: string): string {
  return goName.startsWith('main.') ? goName.slice(5) : goName;
}

/** The key of a std function in the cost table: `Println`, `(*Builder).WriteString`. */
function stdKey(f: Func): string {
  const r = f.type.recv;
  if (r === null) return f.name;
  const ptr = r.type.kind === 'Pointer';
  const t = ptr ? (r.type as { elem: Type }).elem : r.type;
  const n = t.kind === 'Named' ? t.obj.name : '?';
  return ptr ? `(*${n}).${f.name}` : `${n}.${f.name}`;
}

function hasPragma(d: ast.FuncDecl, pragma: string): boolean {
  return (d.Doc?.List ?? []).some((c) => c.Text.trim() === `//${pragma}`);
}

/** Whether gc stores a value of type t directly in an interface's data word (types.IsDirectIface):
 *  then an interface holding a t calls t's methods themselves, not the (*t) wrappers. */
export function pointerShaped(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Pointer': case 'Chan': case 'Map': case 'Signature': return true;
    case 'Basic': return u.name === 'unsafe.Pointer';
    case 'Struct': return u.fields.length === 1 && pointerShaped(u.fields[0]!.type);
    case 'Array': return u.len === 1 && pointerShaped(u.elem);
    default: return false;
  }
}
