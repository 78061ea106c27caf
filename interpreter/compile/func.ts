// Function bodies: statements to JS statements. Each Go statement's JS starts with a /*@L<line>*/
// marker the program assembler turns into the JS-line -> Go-line map used by traces.
//
// Control flow: Go loops are JS loops (JS's per-iteration `let` bindings give Go 1.22's
// per-iteration loop variables; boxed ones are re-boxed before the post statement); switch and
// select compute a case index first and then run a JS `switch` on it, so `break` and
// `fallthrough` keep their Go meaning. A function with defer statements runs its body in a labeled
// `try`, returns by `break`, and calls runtime/defer.ts's runDefers before returning its results.
import * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Func, Signature, Type, Var } from '../types/types.js';
import type { ProgramContext } from './context.js';
import { CompileError, unparen, posOf, intLit, arith as arithFn } from './expr.js';
import { CallCompiler } from './calls.js';
import { Subst, isValueType, isInterface, numClass, under } from './gotypes.js';
import { tokenText } from '../syntax/token.js';
import { argTexts, callText, q } from './trace.js';
import { walkStmts } from './walk.js';
import { orderPlan, regionPlan, type OrderEnv, type Root } from './order.js';
import { LENGTH, counterRange, rangeKeyRange, type Interval } from './ranges.js';

interface Target {
  readonly kind: 'loop' | 'switch' | 'select' | 'block' | 'rangefunc';
  readonly goLabel: string | null;
  readonly jsLabel: string;
  /** For loops whose continue must skip to a re-boxing step. */
  contLabel: string | null;
}

export interface FuncSpec {
  readonly jsName: string;
  readonly params: readonly Var[];
  readonly results: readonly Var[];
  readonly variadic: boolean;
  readonly body: ast.BlockStmt;
  /** A FuncLit is emitted as a named function expression. */
  readonly isLit: boolean;
  readonly recv: Var | null;
}

export class FuncCompiler extends CallCompiler {
  private lines: string[] = [];
  private indent = '  ';
  private targets: Target[] = [];
  private pendingLabel: string | null = null;
  private resultNames: string[] = [];
  private resultTypes: Type[] = [];
  private hasDefer = false;
  private hasRecover = false;
  private closureCount = { n: 0 };
  private rangeCount = { n: 0 };
  private rangeFuncDepth = 0;
  /** Inside a range-over-func body: how returns leave the enclosing function. */
  private rangeFuncRet: string | null = null;
  /** Labels some goto jumps to. */
  private gotoTargets = new Set<string>();
  /** For each goto target label being compiled: its state machine. */
  private gotoMap = new Map<string, { loop: string; pc: string; idx: number; rfDepth: number }>();
  /** Labels that gotos in the range-over-func body being compiled jump to outside it. */
  private gotosOut: Set<string> | null = null;
  /** Declarations directly in a goto state machine are hoisted above it. */
  private hoist: { names: string[]; depth: number } | null = null;
  private depth = 0;

  constructor(
    pc: ProgramContext,
    info: Info,
    subst: Subst,
    gen: boolean,
    goName: string,
    boxed: Set<Var>,
  ) {
    super(pc, info, subst, gen, goName, boxed);
  }

  protected recoverRef(): string {
    return this.hasRecover ? '$rp' : 'null';
  }

  /** Set for function literals: their closures are numbered `outer.1`, `outer.2`. */
  isLit = false;

  closureName(): string {
    this.closureCount.n++;
    return this.isLit ? `${this.goName}.${this.closureCount.n}` : `${this.goName}.func${this.closureCount.n}`;
  }

  private emit(s: string): void {
    this.lines.push(this.indent + s);
  }
  private mark(pos: number): string {
    return `/*@L${this.pc.lineOf(pos)}*/`;
  }

  /** Package initialization: variable initializers in order, then the init functions. */
  compileInit(jsName: string, entries: readonly { lhs: readonly Var[]; rhs: ast.Expr | null }[], initFns: readonly string[]): string {
    const head = this.gen ? 'function*' : 'function';
    for (const e of entries) {
      if (e.rhs === null) continue;
      const m = this.mark(posOf(e.rhs));
      if (e.lhs.length === 1) {
        const v = e.lhs[0]!;
        const val = this.value(e.rhs, v.type);
        this.emit(v.name === '_' ? `${m}${val};` : `${m}${this.varRef(v)} = ${val};`);
      } else {
        const tuple = this.tupleSource(e.rhs);
        const t = this.temp();
        this.emit(`${m}${t} = ${tuple.js};`);
        e.lhs.forEach((v, i) => {
          if (v.name !== '_') this.emit(`${this.varRef(v)} = ${this.convertJS(`${t}[${i}]`, tuple.types[i]!, v.type)};`);
        });
      }
    }
    for (const f of initFns) this.emit(this.gen ? `yield* $.dyncall(${f}, []);` : `${f}();`);
    const out = [`${head} ${jsName}() {`];
    if (this.temps.length > 0) out.push(`  let ${this.temps.join(', ')};`);
    out.push(...this.lines, '}');
    return out.join('\n');
  }

  compile(spec: FuncSpec): string {
    this.hasDefer = containsDefer(spec.body);
    this.hasRecover = containsRecover(spec.body, this.info);
    const params = spec.params.map((p) => {
      const n = this.localName(p);
      return this.boxed.has(p) ? `${n}$arg` : n;
    });
    const head: string[] = [];
    if (this.hasRecover) head.push(`const $rp = $.recoverable(${spec.jsName});`);
    head.push(this.gen ? 'if (--$budget.n < 0) yield* $.preempt();' : 'if (--$budget.n < 0) $.checkpoint();');
    spec.params.forEach((p, i) => {
      if (this.boxed.has(p)) head.push(`let ${this.localName(p)} = new $.Box(${params[i]});`);
    });
    this.resultTypes = spec.results.map((r) => this.subst.apply(r.type));
    this.resultGoNames = spec.results.map((r) => (r.name === '_' ? '' : r.name));
    // Unnamed results need variables only when deferred calls may run after the return.
    const needResultVars = this.hasDefer || spec.results.some((r) => r.name !== '' && r.name !== '_');
    this.resultNames = spec.results.map((r) => {
      const n = r.name === '' || r.name === '_' ? this.pc.unique('$r') : this.localName(r);
      if (!needResultVars) return n;
      if (r.name !== '' && r.name !== '_' && this.boxed.has(r)) {
        head.push(`let ${n} = new $.Box(${this.zero(r.type)});`);
        return `${n}.v`;
      }
      head.push(`let ${n} = ${this.zero(r.type)};`);
      return n;
    });
    this.traced = this.hasDefer && this.pc.trace;
    if (this.traced) head.push(`const $tf = $.tr.enter(${q(this.goName)}, ${this.pc.lineOf(spec.body.Lbrace)});`);
    this.indent = this.hasDefer ? '    ' : '  ';
    walkStmts(spec.body, (n) => {
      if (n.kind === 'BranchStmt' && n.Tok === 'GOTO' && n.Label) this.gotoTargets.add(n.Label.Name);
    });
    this.stmtList(spec.body.List);
    const body = this.lines;
    const out: string[] = [];
    const kw = this.gen ? 'function*' : 'function';
    out.push(`${kw} ${spec.jsName}(${params.join(', ')}) {`);
    for (const h of head) out.push('  ' + h);
    if (this.temps.length > 0) out.push(`  let ${this.temps.join(', ')};`);
    if (this.hasDefer) {
      out.push('  const $defers = []; let $panic = null;');
      out.push('  $body: try {');
      out.push(...body);
      out.push('  } catch ($e) { $panic = $e; }');
      // Deferred calls run at the function's closing brace, as Go's traces place them.
      const at = `/*@L${this.pc.lineOf(spec.body.Rbrace)}*/`;
      if (this.traced) {
        // The tracer sees the results the caller gets, or that the frame is unwinding.
        const run = this.gen ? 'yield* $.runDefersGen($defers, $panic, $tf);' : '$.runDefers($defers, $panic, $tf);';
        out.push(`  ${at}try { ${run} } catch ($x) { $.tr.exit($tf, [], [], [], $.unwindKind($x)); throw $x; }`);
        out.push(`  $.tr.exit($tf, ${this.traceResults()}, null);`);
      } else out.push(this.gen ? `  ${at}yield* $.runDefersGen($defers, $panic);` : `  ${at}$.runDefers($defers, $panic);`);
      out.push(`  return ${this.resultTuple()};`);
    } else {
      out.push(...body);
      if (needResultVars && this.resultNames.length > 0 && endsWithoutReturn(spec.body)) out.push(`  return ${this.resultTuple()};`);
    }
    out.push('}');
    return out.join('\n');
  }

  /** Whether this function reports to the %trace tracer (it has defers and tracing is on). */
  private traced = false;
  private resultGoNames: string[] = [];

  /** `names, types, values` of the results, for the tracer. */
  private traceResults(): string {
    const types = this.resultTypes.map((t) => this.T(t)).join(', ');
    return `${JSON.stringify(this.resultGoNames)}, [${types}], [${this.resultNames.join(', ')}]`;
  }

  private resultTuple(): string {
    if (this.resultNames.length === 0) return 'undefined';
    if (this.resultNames.length === 1) return this.resultNames[0]!;
    return `[${this.resultNames.join(', ')}]`;
  }

  // -------------------------------------------------------------------------------------------

  private block(list: readonly ast.Stmt[]): void {
    const saved = this.indent;
    this.indent += '  ';
    this.depth++;
    this.stmtList(list);
    this.depth--;
    this.indent = saved;
  }

  /** A statement list; one holding goto targets becomes a loop around a switch on a state
   *  variable, each target label starting a case (`goto L` sets the state and continues). */
  private stmtList(list: readonly ast.Stmt[]): void {
    const isTarget = (st: ast.Stmt): boolean => st.kind === 'LabeledStmt' && this.gotoTargets.has(st.Label.Name);
    if (!list.some(isTarget)) {
      for (const st of list) this.stmt(st);
      return;
    }
    const loop = this.pc.unique('$goto');
    const pc = this.pc.unique('$pc');
    const segments: ast.Stmt[][] = [[]];
    for (const st of list) {
      if (isTarget(st)) {
        this.gotoMap.set((st as ast.LabeledStmt).Label.Name, { loop, pc, idx: segments.length, rfDepth: this.rangeFuncDepth });
        segments.push([]);
      }
      segments[segments.length - 1]!.push(st);
    }
    const savedHoist = this.hoist;
    this.hoist = { names: [], depth: this.depth };
    const names = this.hoist.names;
    const lines = this.capture(() => {
      this.emit(`${loop}: for (;;) {`);
      this.emit(this.gen ? '  if (--$budget.n < 0) yield* $.preempt();' : '  if (--$budget.n < 0) $.checkpoint();');
      this.emit(`  switch (${pc}) {`);
      const saved = this.indent;
      segments.forEach((seg, i) => {
        this.indent = saved + '  ';
        this.emit(`case ${i}:`);
        this.indent = saved + '    ';
        for (const st of seg) this.stmt(st);
      });
      this.indent = saved;
      this.emit('  }');
      this.emit('  break;');
      this.emit('}');
    });
    this.hoist = savedHoist;
    this.emit(`let ${pc} = 0${names.map((n) => ', ' + n).join('')};`);
    this.lines.push(...lines);
  }

  /** A statement, with the calls gc evaluates first hoisted into temporaries when a plain read
   *  before them would otherwise see a different value (compile/order.ts). */
  stmt(s: ast.Stmt): void {
    const roots = this.orderRoots(s);
    const plan = roots === null ? null : orderPlan(this.orderEnv(), roots);
    if (plan === null) return this.stmtInOrder(s);
    for (const e of plan) {
      const t = this.temp();
      this.emit(`${this.mark(posOf(e))}${t} = ${this.expr(e)};`);
      this.hoisted.set(e, t);
    }
    try {
      this.stmtInOrder(s);
    } finally {
      for (const e of plan) this.hoisted.delete(e);
    }
  }

  /** The operands of a simple statement in gc's order, or null for statements with blocks. */
  private orderRoots(s: ast.Stmt): Root[] | null {
    switch (s.kind) {
      case 'ExprStmt': return unparen(s.X).kind === 'CallExpr' ? [{ e: s.X, role: 'call' }] : null;
      case 'GoStmt': case 'DeferStmt': return [{ e: s.Call, role: 'call' }];
      case 'SendStmt': return [{ e: s.Chan, role: 'read' }, { e: s.Value, role: 'read', to: (under(this.typeOf(s.Chan)) as { elem: Type }).elem }];
      case 'IncDecStmt': return [{ e: s.X, role: 'store' }];
      case 'ReturnStmt': {
        if (s.Results.length === 1 && this.resultTypes.length > 1) return [{ e: s.Results[0]!, role: 'tuple' }];
        return s.Results.map((e, i) => ({ e, role: 'read', to: this.resultTypes[i] ?? null }));
      }
      case 'AssignStmt': {
        if (s.Tok !== 'ASSIGN' && s.Tok !== 'DEFINE') return [{ e: s.Lhs[0]!, role: 'read' }, { e: s.Rhs[0]!, role: 'read' }];
        const lhs: Root[] = s.Lhs.map((e) => ({ e, role: 'store' }));
        if (s.Lhs.length !== s.Rhs.length) return [...lhs, { e: s.Rhs[0]!, role: 'tuple' }];
        const single = s.Lhs.length === 1 && unparen(s.Lhs[0]!).kind === 'Ident';
        return [...lhs, ...s.Rhs.map((e, i): Root => ({ e, role: single ? 'name-rhs' : 'read', to: this.lhsType(s.Lhs[i]!) }))];
      }
      case 'DeclStmt': {
        const d = s.Decl;
        if (d.kind !== 'GenDecl' || d.Tok !== 'VAR' || d.Specs.length !== 1) return null;
        const spec = d.Specs[0] as ast.ValueSpec;
        if (spec.Values.length === 0) return null;
        if (spec.Values.length !== spec.Names.length) return [{ e: spec.Values[0]!, role: 'tuple' }];
        const single = spec.Names.length === 1;
        return spec.Values.map((e, i): Root => ({ e, role: single ? 'name-rhs' : 'read', to: (this.info.defs.get(spec.Names[i]!) as Var | undefined)?.type ?? null }));
      }
      default: return null;
    }
  }

  private orderEnv(): OrderEnv {
    return { info: this.info, typeOf: (e) => this.typeOf(e), shared: (v) => this.pc.sharedVar(v) };
  }

  /** A condition or the right side of && and ||: its own region, hoisted in a comma expression. */
  override regionExpr(e: ast.Expr): string {
    const plan = regionPlan(this.orderEnv(), e);
    if (plan === null) return this.expr(e);
    const parts = plan.map((n) => {
      const t = this.temp();
      const js = `${t} = ${this.expr(n)}`;
      this.hoisted.set(n, t);
      return js;
    });
    try {
      return `(${parts.join(', ')}, ${this.expr(e)})`;
    } finally {
      for (const n of plan) this.hoisted.delete(n);
    }
  }

  private stmtInOrder(s: ast.Stmt): void {
    switch (s.kind) {
      case 'BadStmt': throw new CompileError('internal error: bad statement');
      case 'EmptyStmt': return;
      case 'DeclStmt': return this.declStmt(s);
      case 'LabeledStmt': return this.labeled(s);
      case 'ExprStmt': {
        const x = unparen(s.X);
        if (x.kind === 'CallExpr') {
          const f = unparen(x.Fun);
          if (f.kind === 'Ident' && f.Name === 'panic' && this.objOf(f)?.kind === 'Builtin') {
            this.emit(`${this.mark(posOf(s.X))}throw ${this.expr(x).replace(/^\$\.gopanic\(/, '$.mkpanic(')};`);
            return;
          }
        }
        this.emit(`${this.mark(posOf(s.X))}${this.expr(s.X)};`);
        return;
      }
      case 'SendStmt': {
        const ct = under(this.typeOf(s.Chan)) as { elem: Type };
        this.emit(`${this.mark(posOf(s.Chan))}yield* $.send(${this.expr(s.Chan)}, ${this.value(s.Value, ct.elem)});`);
        return;
      }
      case 'IncDecStmt': {
        const t = this.typeOf(s.X);
        const one = numClass(t) === 'c128' || numClass(t) === 'c64' ? 'new $.Complex(1, 0)' : '1';
        this.emit(`${this.mark(posOf(s.X))}${this.opAssign(s.X, s.Tok === 'INC' ? 'ADD' : 'SUB', one)}`);
        return;
      }
      case 'AssignStmt': return this.assignStmt(s);
      case 'GoStmt': return this.goStmt(s);
      case 'DeferStmt': return this.deferStmt(s);
      case 'ReturnStmt': return this.returnStmt(s);
      case 'BranchStmt': return this.branch(s);
      case 'BlockStmt':
        this.emit('{');
        this.block(s.List);
        this.emit('}');
        return;
      case 'IfStmt': return this.ifStmt(s, false);
      case 'CaseClause': case 'CommClause': throw new CompileError('internal error: clause outside switch');
      case 'SwitchStmt': return this.switchStmt(s);
      case 'TypeSwitchStmt': return this.typeSwitch(s);
      case 'SelectStmt': return this.selectStmt(s);
      case 'ForStmt': return this.forStmt(s);
      case 'RangeStmt': return this.rangeStmt(s);
      default: return ast.assertNever(s);
    }
  }

  private takeLabel(): string | null {
    const l = this.pendingLabel;
    this.pendingLabel = null;
    return l;
  }

  private labeled(s: ast.LabeledStmt): void {
    const inner = s.Stmt;
    if (inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' || inner.kind === 'TypeSwitchStmt' || inner.kind === 'SelectStmt') {
      this.pendingLabel = s.Label.Name;
      this.stmt(inner);
      return;
    }
    const js = this.pc.unique('L_' + s.Label.Name);
    this.targets.push({ kind: 'block', goLabel: s.Label.Name, jsLabel: js, contLabel: null });
    this.emit(`${js}: {`);
    this.block([inner]);
    this.emit('}');
    this.targets.pop();
  }

  private branch(s: ast.BranchStmt): void {
    const m = this.mark(s.TokPos);
    switch (s.Tok) {
      case 'FALLTHROUGH': return;
      case 'GOTO': {
        const g = this.gotoMap.get(s.Label!.Name);
        if (g === undefined) throw new CompileError(`goto ${s.Label!.Name}: target not supported by golesson (line ${this.pc.lineOf(s.TokPos)})`);
        if (g.rfDepth < this.rangeFuncDepth) {
          // Out of a range-over-func body: it stops the iteration and the range statement jumps.
          this.gotosOut!.add(s.Label!.Name);
          this.emit(`${m}{ $rf.outer = ${JSON.stringify('g:' + s.Label!.Name)}; return false; }`);
          return;
        }
        this.emit(`${m}{ ${g.pc} = ${g.idx}; continue ${g.loop}; }`);
        return;
      }
      case 'BREAK': {
        const t = this.findTarget(s.Label?.Name ?? null, false);
        if (this.crossesRangeFunc(t)) {
          this.emit(`${m}{ $rf.outer = ${JSON.stringify('b:' + t.jsLabel)}; return false; }`);
          return;
        }
        if (t.kind === 'rangefunc') {
          this.emit(`${m}{ $rf.brk = true; return false; }`);
          return;
        }
        this.emit(`${m}break ${t.jsLabel};`);
        return;
      }
      case 'CONTINUE': {
        const t = this.findTarget(s.Label?.Name ?? null, true);
        if (this.crossesRangeFunc(t)) {
          this.emit(`${m}{ $rf.outer = ${JSON.stringify('c:' + t.jsLabel)}; return false; }`);
          return;
        }
        if (t.kind === 'rangefunc') {
          this.emit(`${m}return true;`);
          return;
        }
        this.emit(t.contLabel ? `${m}break ${t.contLabel};` : `${m}continue ${t.jsLabel};`);
        return;
      }
    }
  }

  private crossesRangeFunc(t: Target): boolean {
    const i = this.targets.indexOf(t);
    for (let j = i + 1; j < this.targets.length; j++) if (this.targets[j]!.kind === 'rangefunc') return true;
    return false;
  }

  private findTarget(label: string | null, isContinue: boolean): Target {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i]!;
      if (label !== null) {
        if (t.goLabel === label) return t;
        continue;
      }
      if (isContinue ? t.kind === 'loop' || t.kind === 'rangefunc' : t.kind !== 'block') return t;
    }
    throw new CompileError('internal error: no target for branch');
  }

  // --- declarations and assignments -------------------------------------------------------------

  private declStmt(s: ast.DeclStmt): void {
    const d = s.Decl;
    if (d.Tok !== 'VAR') return;
    for (const spec of d.Specs) {
      const vs = spec as ast.ValueSpec;
      const vars = vs.Names.map((n) => this.info.defs.get(n) as Var | undefined);
      const m = this.mark(vs.Names[0]!.NamePos);
      if (vs.Values.length === 0) {
        vars.forEach((v) => v && this.emit(`${m}${this.declare(v, this.zero(v.type))}`));
      } else if (vs.Values.length === vars.length) {
        const vals = vs.Values.map((e, i) => this.value(e, vars[i]?.type ?? null));
        if (vars.length === 1) this.emit(`${m}${this.declare(vars[0], vals[0]!)}`);
        else {
          const tmps = vals.map((v) => {
            const t = this.temp();
            this.emit(`${m}${t} = ${v};`);
            return t;
          });
          vars.forEach((v, i) => this.emit(this.declare(v, tmps[i]!)));
        }
      } else {
        const tuple = this.tupleSource(vs.Values[0]!);
        const t = this.temp();
        this.emit(`${m}${t} = ${tuple.js};`);
        vars.forEach((v, i) => this.emit(this.declare(v, v ? this.convertJS(`${t}[${i}]`, tuple.types[i]!, v.type) : `${t}[${i}]`)));
      }
    }
  }

  private declare(v: Var | undefined, js: string): string {
    if (v === undefined || v.name === '_') return `${js};`;
    const n = this.localName(v);
    if (this.hoist !== null && this.hoist.depth === this.depth) {
      this.hoist.names.push(n);
      return this.boxed.has(v) ? `${n} = new $.Box(${js});` : `${n} = ${js};`;
    }
    if (this.boxed.has(v)) return `let ${n} = new $.Box(${js});`;
    return `let ${n} = ${js};`;
  }

  /** A multi-valued expression: a call, or a comma-ok form. */
  private tupleSource(e0: ast.Expr): { js: string; types: Type[] } {
    const e = unparen(e0);
    const t = this.typeOf(e0);
    if (e.kind === 'IndexExpr') {
      const mt = this.typeOf(e.X);
      const mu = under(mt) as { key: Type; elem: Type };
      return { js: `$.mapGet2(${this.expr(e.X)}, ${this.value(e.Index, mu.key)}, ${this.T(mt)})`, types: [mu.elem, boolType] };
    }
    if (e.kind === 'TypeAssertExpr') return { js: this.typeAssert(e, true), types: [this.typeOf(e.Type!), boolType] };
    if (e.kind === 'UnaryExpr' && e.Op === 'ARROW') {
      const ct = under(this.typeOf(e.X)) as { elem: Type };
      return { js: `(yield* $.recv2(${this.expr(e.X)}))`, types: [ct.elem, boolType] };
    }
    if (t.kind === 'Tuple') return { js: this.expr(e), types: t.vars.map((v) => this.subst.apply(v.type)) };
    throw new CompileError('internal error: not a tuple');
  }

  private assignStmt(s: ast.AssignStmt): void {
    const m = this.mark(posOf(s.Lhs[0]!));
    if (s.Tok !== 'ASSIGN' && s.Tok !== 'DEFINE') {
      const op = (s.Tok as string).slice(0, -'_ASSIGN'.length);
      const lt = this.typeOf(s.Lhs[0]!);
      const rhs = op === 'SHL' || op === 'SHR' ? null : this.value(s.Rhs[0]!, lt);
      this.emit(`${m}${this.opAssign(s.Lhs[0]!, op, rhs, s.Rhs[0]!)}`);
      return;
    }
    const define = s.Tok === 'DEFINE';
    if (s.Lhs.length === s.Rhs.length) {
      if (s.Lhs.length === 1) {
        this.emit(`${m}${this.store(s.Lhs[0]!, s.Rhs[0]!, define)}`);
        return;
      }
      // Tuple assignment: index and pointer operands on the left, then every right side, are
      // evaluated before any assignment (Go spec "Assignment statements").
      const stores = s.Lhs.map((l) => this.prepareLhs(l, define, m));
      const tmps = s.Rhs.map((r, i) => {
        const t = this.temp();
        this.emit(`${m}${t} = ${this.value(r, this.lhsType(s.Lhs[i]!))};`);
        return t;
      });
      stores.forEach((st, i) => this.emit(st(tmps[i]!)));
      return;
    }
    const tuple = this.tupleSource(s.Rhs[0]!);
    const t = this.temp();
    this.emit(`${m}${t} = ${tuple.js};`);
    s.Lhs.forEach((l, i) => {
      const lt = this.lhsType(l);
      this.emit(this.storeJS(l, lt ? this.convertJS(`${t}[${i}]`, tuple.types[i]!, lt) : `${t}[${i}]`, define));
    });
  }

  private lhsType(l: ast.Expr): Type | null {
    if (l.kind === 'Ident' && l.Name === '_') return null;
    if (l.kind === 'Ident') {
      const o = this.objOf(l);
      if (o?.kind === 'Var') return this.subst.apply(o.type);
    }
    return this.typeOf(l);
  }

  private store(l: ast.Expr, r: ast.Expr, define: boolean): string {
    return this.storeJS(l, this.value(r, this.lhsType(l)), define);
  }

  /** Evaluates the operands of an assignment target now; returns how to store into it later. */
  private prepareLhs(l0: ast.Expr, define: boolean, m: string): (js: string) => string {
    const l = unparen(l0);
    if (l.kind === 'IndexExpr') {
      const ct = this.typeOf(l.X);
      const cu = under(ct);
      const x = this.temp();
      const i = this.temp();
      this.emit(`${m}${x} = ${cu.kind === 'Pointer' ? `$.nn(${this.expr(l.X)})` : this.expr(l.X)};`);
      if (cu.kind === 'Map') {
        this.emit(`${i} = ${this.value(l.Index, (cu as { key: Type }).key)};`);
        return (js) => `$.mapSet(${x}, ${i}, ${js});`;
      }
      this.emit(`${i} = ${this.intIndex(l.Index)};`);
      if (cu.kind === 'Slice') return (js) => `$.sset(${x}, ${i}, ${js});`;
      return (js) => `${x}[$.checkIndex(${i}, ${x}.length)] = ${js};`;
    }
    if (l.kind === 'StarExpr') {
      const t = this.typeOf(l);
      const p = this.temp();
      this.emit(`${m}${p} = ${this.expr(l.X)};`);
      if (under(t).kind === 'Struct') return (js) => `$.nn(${p}).$set(${js});`;
      if (under(t).kind === 'Array') return (js) => `$.assignInto(${this.T(t)}, $.nn(${p}), ${js});`;
      return (js) => `${p}.store(${js});`;
    }
    return (js) => this.storeJS(l, js, define);
  }

  /** Stores an already converted and copied value into the location l. */
  storeJS(l0: ast.Expr, js: string, define: boolean): string {
    const l = unparen(l0);
    if (l.kind === 'Ident') {
      if (l.Name === '_') return `${js};`;
      const def = this.info.defs.get(l);
      if (define && def) return this.declare(def as Var, js);
      const o = this.objOf(l) as Var;
      // A struct or array variable is its own pointer (docs/runtime-values.md): assigning to it
      // copies into it, so that &v taken earlier sees the new value.
      if (isValueType(o.type)) return under(o.type).kind === 'Struct' ? `${this.varRef(o)}.$set(${js});` : `$.assignInto(${this.T(o.type)}, ${this.varRef(o)}, ${js});`;
      return `${this.varRef(o)} = ${js};`;
    }
    const t = this.typeOf(l);
    switch (l.kind) {
      case 'IndexExpr': {
        const ct = this.typeOf(l.X);
        const cu = under(ct);
        if (cu.kind === 'Map') return `$.mapSet(${this.expr(l.X)}, ${this.value(l.Index, (cu as { key: Type }).key)}, ${js});`;
        if (cu.kind === 'Slice') {
          // A struct or array element is copied into (once: the operands are evaluated once).
          if (under(t).kind === 'Struct') return `$.sget(${this.expr(l.X)}, ${this.intIndex(l.Index)}).$set(${js});`;
          if (under(t).kind === 'Array') return `$.assignInto(${this.T(t)}, $.sget(${this.expr(l.X)}, ${this.intIndex(l.Index)}), ${js});`;
          return `$sset(${this.expr(l.X)}, ${this.intIndex(l.Index)}, ${js});`;
        }
        const arr = cu.kind === 'Pointer' ? `$.nn(${this.expr(l.X)})` : this.expr(l.X);
        const n = cu.kind === 'Pointer' ? (under(cu.elem) as { len: number }).len : (cu as { len: number }).len;
        const c = this.constOf(l.Index);
        const idx = c !== undefined ? this.intIndex(l.Index) : `$.checkIndex(${this.intIndex(l.Index)}, ${n})`;
        if (under(t).kind === 'Struct') return `${arr}[${idx}].$set(${js});`;
        return `${arr}[${idx}] = ${js};`;
      }
      case 'SelectorExpr': {
        const sel = this.info.selections.get(l);
        if (sel === undefined) {
          const o = this.objOf(l.Sel) as Var;
          return `${this.varRef(o)} = ${js};`;
        }
        const target = this.expr(l);
        if (under(t).kind === 'Struct') return `${target}.$set(${js});`;
        return `${target} = ${js};`;
      }
      case 'StarExpr': {
        if (under(t).kind === 'Struct') return `$.nn(${this.expr(l.X)}).$set(${js});`;
        if (under(t).kind === 'Array') return `$.assignInto(${this.T(t)}, $.nn(${this.expr(l.X)}), ${js});`;
        return `${this.expr(l.X)}.store(${js});`;
      }
      default:
        throw new CompileError(`internal error: assignment to ${l.kind}`);
    }
  }

  /** x op= y (y already converted), or x++ / x--. x is evaluated once (Go spec: Assignment
   *  statements): operands of x with side effects (calls, receives) go to temporaries first. */
  private opAssign(l: ast.Expr, op: string, rhs: string | null, rhsExpr?: ast.Expr): string {
    const x = unparen(l);
    const operands = x.kind === 'IndexExpr' ? [x.X, x.Index] : x.kind === 'SelectorExpr' || x.kind === 'StarExpr' ? [x.X] : [];
    const hoisted = operands.filter((e) => hasEffects(e));
    for (const e of hoisted) {
      const t = this.temp();
      this.emit(`${this.mark(posOf(e))}${t} = ${this.expr(e)};`);
      this.hoisted.set(e, t);
    }
    try {
      return this.opAssignOnce(l, op, rhs, rhsExpr);
    } finally {
      for (const e of hoisted) this.hoisted.delete(e);
    }
  }

  private opAssignOnce(l: ast.Expr, op: string, rhs: string | null, rhsExpr?: ast.Expr): string {
    const t = this.typeOf(l);
    const c = numClass(t);
    const cur = this.expr(l);
    const y = rhs ?? this.expr(rhsExpr!);
    // rhsExpr is absent for ++ and --.
    const plain = this.plainIntOp(op, cur, this.intRange(l), y, rhsExpr ? this.intRange(rhsExpr) : [1, 1], c);
    let v: string;
    if (plain !== null) v = plain;
    else if (rhs === null) v = this.shift(op as 'SHL' | 'SHR', cur, y, rhsExpr!, c);
    else v = arithOf(op, cur, rhs, t);
    return this.storeJS(l, v, false);
  }

  // --- control flow ---------------------------------------------------------------------------

  private ifStmt(s: ast.IfStmt, isElse: boolean): void {
    const m = this.mark(s.If);
    if (s.Init) {
      if (isElse) this.emit('{');
      else this.emit('{');
      this.block([s.Init]);
    }
    this.emit(`${m}if (${this.regionExpr(s.Cond)}) {`);
    this.block(s.Body.List);
    if (s.Else === null) this.emit('}');
    else if (s.Else.kind === 'IfStmt') {
      this.emit('} else {');
      const saved = this.indent;
      this.indent += '  ';
      this.ifStmt(s.Else, true);
      this.indent = saved;
      this.emit('}');
    } else {
      this.emit('} else {');
      this.block(s.Else.List);
      this.emit('}');
    }
    if (s.Init) this.emit('}');
  }

  private switchStmt(s: ast.SwitchStmt): void {
    const label = this.takeLabel();
    const js = this.pc.unique(label ? 'L_' + label : '$sw');
    this.emit('{');
    const saved = this.indent;
    this.indent += '  ';
    if (s.Init) this.stmt(s.Init);
    const clauses = s.Body.List as ast.CaseClause[];
    let tag: string | null = null;
    let tagT: Type | null = null;
    if (s.Tag) {
      tagT = this.typeOf(s.Tag);
      tag = this.temp();
      this.emit(`${this.mark(s.Switch)}${tag} = ${this.value(s.Tag, null)};`);
    }
    const c = this.temp();
    const def = clauses.findIndex((cl) => cl.List.length === 0);
    this.emit(`${this.mark(s.Switch)}${c} = ${def};`);
    let first = true;
    clauses.forEach((cl, i) => {
      if (cl.List.length === 0) return;
      const conds = cl.List.map((e) => (tag === null ? this.expr(e) : this.tagEq(tag, tagT!, e)));
      this.emit(`${first ? '' : 'else '}if (${conds.join(' || ')}) ${c} = ${i};`);
      first = false;
    });
    this.emitCases(js, label, 'switch', c, clauses.map((cl) => ({ body: cl.Body, pre: [] })));
    this.indent = saved;
    this.emit('}');
  }

  private tagEq(tag: string, tagT: Type, e: ast.Expr): string {
    const et = this.typeOf(e);
    if (isInterface(tagT) && !isInterface(et)) return `$.ifaceEqual(${tag}, ${this.value(e, tagT)})`;
    if (isInterface(tagT)) return `$.ifaceEqual(${tag}, ${this.expr(e)})`;
    if (!isInterface(tagT) && isInterface(et)) return `$.ifaceEqual(${this.convertJS(tag, tagT, et)}, ${this.expr(e)})`;
    const c = numClass(tagT);
    if (c === 'c128' || c === 'c64') return `$.ceq(${tag}, ${this.value(e, tagT)})`;
    if (isValueType(tagT)) return `${this.T(tagT)}.equal(${tag}, ${this.expr(e)})`;
    return `${tag} === ${this.value(e, tagT)}`;
  }

  private emitCases(js: string, label: string | null, kind: 'switch' | 'select', c: string, cases: { body: readonly ast.Stmt[]; pre: string[]; index?: number }[]): void {
    this.targets.push({ kind, goLabel: label, jsLabel: js, contLabel: null });
    this.emit(`${js}: switch (${c}) {`);
    cases.forEach((cl, i) => {
      this.emit(`case ${cl.index ?? i}: {`);
      const saved = this.indent;
      this.indent += '  ';
      for (const p of cl.pre) this.emit(p);
      this.indent = saved;
      this.block(cl.body);
      const last = cl.body[cl.body.length - 1];
      const falls = last !== undefined && last.kind === 'BranchStmt' && last.Tok === 'FALLTHROUGH';
      this.emit(falls ? '}' : '} break;');
    });
    this.emit('}');
    this.targets.pop();
  }

  private typeSwitch(s: ast.TypeSwitchStmt): void {
    const label = this.takeLabel();
    const js = this.pc.unique(label ? 'L_' + label : '$ts');
    this.emit('{');
    const saved = this.indent;
    this.indent += '  ';
    if (s.Init) this.stmt(s.Init);
    const assert = (s.Assign.kind === 'AssignStmt' ? s.Assign.Rhs[0]! : (s.Assign as ast.ExprStmt).X) as ast.TypeAssertExpr;
    const x = this.temp();
    this.emit(`${this.mark(s.Switch)}${x} = ${this.expr(assert.X)};`);
    const clauses = s.Body.List as ast.CaseClause[];
    const c = this.temp();
    const def = clauses.findIndex((cl) => cl.List.length === 0);
    this.emit(`${c} = ${def};`);
    let first = true;
    clauses.forEach((cl, i) => {
      if (cl.List.length === 0) return;
      const conds = cl.List.map((e) => {
        const tv = this.info.types.get(e);
        if (tv?.type.kind === 'Basic' && tv.type.name === 'untyped nil') return `${x} === null`;
        const t = this.typeOf(e);
        if (isInterface(t)) return `(${x} !== null && $.implementsIface(${x}.type, ${this.T(t)}) === '')`;
        return `(${x} !== null && ${x}.type === ${this.T(t)})`;
      });
      this.emit(`${first ? '' : 'else '}if (${conds.join(' || ')}) ${c} = ${i};`);
      first = false;
    });
    const cases = clauses.map((cl) => {
      const pre: string[] = [];
      const v = this.info.implicits.get(cl) as Var | undefined;
      if (v !== undefined && s.Assign.kind === 'AssignStmt') {
        const vt = this.subst.apply(v.type);
        let val: string;
        if (isInterface(vt)) val = x;
        else val = this.copyVal(`${x}.value`, vt);
        pre.push(this.declare(v, val));
      }
      return { body: cl.Body, pre };
    });
    this.emitCases(js, label, 'switch', c, cases);
    this.indent = saved;
    this.emit('}');
  }

  private selectStmt(s: ast.SelectStmt): void {
    const label = this.takeLabel();
    const js = this.pc.unique(label ? 'L_' + label : '$sel');
    const clauses = s.Body.List as ast.CommClause[];
    const specs: string[] = [];
    let hasDefault = false;
    const r = this.temp();
    const cases: { body: readonly ast.Stmt[]; pre: string[]; index: number }[] = [];
    let n = 0;
    for (const cl of clauses) {
      const comm = cl.Comm;
      if (comm === null) {
        hasDefault = true;
        cases.push({ body: cl.Body, pre: [], index: -1 });
        continue;
      }
      const idx = n++;
      const pre: string[] = [];
      if (comm.kind === 'SendStmt') {
        const ct = under(this.typeOf(comm.Chan)) as { elem: Type };
        specs.push(`{ ch: ${this.expr(comm.Chan)}, send: true, value: ${this.value(comm.Value, ct.elem)} }`);
      } else {
        const rx = unparen(comm.kind === 'ExprStmt' ? comm.X : comm.Rhs[0]!) as ast.UnaryExpr;
        specs.push(`{ ch: ${this.expr(rx.X)}, send: false }`);
        if (comm.kind === 'AssignStmt') {
          const ct = under(this.typeOf(rx.X)) as { elem: Type };
          const vals = [`${r}[1]`, `${r}[2]`];
          const types = [ct.elem, boolType];
          comm.Lhs.forEach((l, i) => {
            const lt = this.lhsType(l);
            pre.push(this.storeJS(l, lt ? this.convertJS(vals[i]!, types[i]!, lt) : vals[i]!, comm.Tok === 'DEFINE'));
          });
        }
      }
      cases.push({ body: cl.Body, pre, index: idx });
    }
    this.emit(`${this.mark(s.Select)}${r} = yield* $.select([${specs.join(', ')}], ${hasDefault});`);
    this.emitCases(js, label, 'select', `${r}[0]`, cases);
  }

  private loopVarsOf(init: ast.Stmt | null): Var[] {
    if (init === null || init.kind !== 'AssignStmt' || init.Tok !== 'DEFINE') return [];
    return init.Lhs.map((l) => (l.kind === 'Ident' ? (this.info.defs.get(l) as Var | undefined) : undefined)).filter((v): v is Var => v !== undefined && v !== null);
  }

  private forStmt(s: ast.ForStmt): void {
    const label = this.takeLabel();
    const js = this.pc.unique(label ? 'L_' + label : '$for');
    const shared = this.pc.sharedLoopVars(s.For);
    const vars = this.loopVarsOf(s.Init);
    const counter = counterRange(s, this.info, (e) => this.intRange(e));
    if (counter) this.pc.counterRanges.set(counter.v, counter.range);
    const reboxed = shared ? [] : vars.filter((v) => this.boxed.has(v));
    const target: Target = { kind: 'loop', goLabel: label, jsLabel: js, contLabel: reboxed.length > 0 ? this.pc.unique('$cont') : null };
    const m = this.mark(s.For);
    this.emit('{');
    const saved = this.indent;
    this.indent += '  ';
    let init = '';
    if (s.Init) {
      if (shared || reboxed.length > 0 || vars.length === 0) this.stmt(s.Init);
      else {
        const a = s.Init as ast.AssignStmt;
        if (a.Lhs.length === a.Rhs.length) {
          // let i = ..., j = ... (each new name is program-unique, so no initializer sees the wrong one)
          const parts = a.Lhs.map((l, i) => {
            const v = l.kind === 'Ident' ? (this.info.defs.get(l) as Var | undefined) : undefined;
            const val = this.value(a.Rhs[i]!, v ? v.type : this.lhsType(l));
            return v ? `${this.localName(v)} = ${val}` : `${this.pc.unique('$blank')} = ${val}`;
          });
          init = `let ${parts.join(', ')}`;
        } else {
          this.stmt(s.Init);
        }
      }
    }
    const cond = s.Cond ? this.regionExpr(s.Cond) : '';
    const post = s.Post ? this.capture(() => this.stmt(s.Post!)).map((l) => l.trim().replace(/;$/, '')).join(', ') : '';
    const postExpr = post.includes('let ') || post.includes('{') ? '' : post;
    this.emit(`${m}${js}: for (${init}; ${cond}; ${postExpr}) {`);
    this.emit(this.gen ? '  if (--$budget.n < 0) yield* $.preempt();' : '  if (--$budget.n < 0) $.checkpoint();');
    this.targets.push(target);
    if (target.contLabel) {
      // Go 1.22: each iteration has its own variable. The body sees a binding of its own (so
      // closures keep this iteration's box); the next iteration starts from a fresh copy.
      this.emit(`  ${target.contLabel}: {`);
      const its = reboxed.map((v) => {
        const t = this.pc.unique('$it');
        this.emit(`    const ${t} = ${this.localName(v)};`);
        return t;
      });
      this.emit(`    { let ${reboxed.map((v, i) => `${this.localName(v)} = ${its[i]}`).join(', ')};`);
      this.indent += '    ';
      this.block(s.Body.List);
      this.indent = saved + '  ';
      this.emit('    }');
      this.emit('  }');
      for (const v of reboxed) this.emit(`  ${this.localName(v)} = new $.Box(${this.localName(v)}.v);`);
    } else this.block(s.Body.List);
    if (post !== '' && postExpr === '') {
      // A post statement that is not an expression: run it at the end of the body.
      this.block([s.Post!]);
    }
    this.targets.pop();
    this.emit('}');
    this.indent = saved;
    this.emit('}');
  }

  /** Emits into a side buffer and returns the lines. */
  private capture(f: () => void): string[] {
    const saved = this.lines;
    this.lines = [];
    f();
    const out = this.lines;
    this.lines = saved;
    return out;
  }

  private rangeVars(s: ast.RangeStmt): { key: ast.Expr | null; value: ast.Expr | null } {
    const blank = (e: ast.Expr | null): ast.Expr | null => (e !== null && e.kind === 'Ident' && e.Name === '_' ? null : e);
    return { key: blank(s.Key), value: blank(s.Value) };
  }

  /** Binds the iteration's key/value at the top of the body. */
  private bindRange(s: ast.RangeStmt, vals: { e: ast.Expr | null; js: string; t: Type }[]): string[] {
    const out: string[] = [];
    // Before Go 1.22 the iteration variables are declared once, outside the loop.
    const shared = s.Tok === 'DEFINE' && this.pc.sharedLoopVars(s.For);
    for (const v of vals) {
      if (v.e === null) continue;
      const lt = this.lhsType(v.e);
      out.push(this.storeJS(v.e, lt ? this.convertJS(v.js, v.t, lt) : v.js, s.Tok === 'DEFINE' && !shared));
    }
    return out;
  }
  private sharedDeclared = new Set<Var>();

  /** Records the range of a range loop's key over [0, n). */
  private rangeKey(s: ast.RangeStmt, n: Interval | null): void {
    const k = n && rangeKeyRange(s, this.info, n);
    if (k) this.pc.counterRanges.set(k.v, k.range);
  }

  private rangeStmt(s: ast.RangeStmt): void {
    const label = this.takeLabel();
    const js = this.pc.unique(label ? 'L_' + label : '$range');
    const m = this.mark(s.For);
    const xt = this.typeOf(s.X);
    const xu = under(xt);
    const { key, value } = this.rangeVars(s);
    const budget = this.gen ? 'if (--$budget.n < 0) yield* $.preempt();' : 'if (--$budget.n < 0) $.checkpoint();';
    const target: Target = { kind: 'loop', goLabel: label, jsLabel: js, contLabel: null };
    const body = (pre: string[]): void => {
      this.targets.push(target);
      const saved = this.indent;
      this.indent += '  ';
      this.emit(budget);
      for (const p of pre) this.emit(p);
      this.indent = saved;
      this.block(s.Body.List);
      this.targets.pop();
    };
    this.emit('{');
    const saved = this.indent;
    this.indent += '  ';
    if (s.Tok === 'DEFINE' && this.pc.sharedLoopVars(s.For)) {
      for (const e of [key, value]) {
        const def = e !== null && e.kind === 'Ident' ? (this.info.defs.get(e) as Var | undefined) : undefined;
        if (def && !this.sharedDeclared.has(def)) {
          this.sharedDeclared.add(def);
          this.emit(this.declare(def, this.zero(def.type)));
        }
      }
    }
    const intT: Type = { kind: 'Basic', name: 'int' } as Type;
    if (xu.kind === 'Basic' && numClass(xu) !== 'str') {
      // range over an integer
      const n = this.temp();
      const i = this.pc.unique('$i');
      this.emit(`${m}${n} = ${this.expr(s.X)};`);
      const kt = key ? this.lhsType(key) ?? xt : xt;
      this.rangeKey(s, this.intRange(s.X));
      this.emit(`${js}: for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
      body(this.bindRange(s, [{ e: key, js: i, t: kt }]));
      this.emit('}');
    } else if (xu.kind === 'Basic') {
      const str = this.temp();
      const i = this.pc.unique('$i');
      const p = this.pc.unique('$p');
      this.emit(`${m}${str} = ${this.expr(s.X)};`);
      this.rangeKey(s, LENGTH);
      this.emit(`${js}: for (let ${i} = 0, ${p} = 0; ${i} < ${str}.length; ${i} += ${p} & 7) {`);
      this.emit(`  ${p} = $.decodeRunePacked(${str}, ${i});`);
      body(this.bindRange(s, [{ e: key, js: i, t: intT }, { e: value, js: `(${p} >>> 3)`, t: { kind: 'Basic', name: 'int32' } as Type }]));
      this.emit('}');
    } else if (xu.kind === 'Slice' || xu.kind === 'Array' || (xu.kind === 'Pointer' && under(xu.elem).kind === 'Array')) {
      const elemT = xu.kind === 'Pointer' ? (under(xu.elem) as { elem: Type }).elem : (xu as { elem: Type }).elem;
      const a = this.temp();
      const i = this.pc.unique('$i');
      let arr: string;
      let off = '';
      let len: string;
      const src = xu.kind === 'Pointer' ? (value !== null ? `$.nn(${this.expr(s.X)})` : this.expr(s.X)) : value !== null && xu.kind === 'Array' && this.isLocation(s.X) ? this.copyVal(this.expr(s.X), xt) : this.expr(s.X);
      this.emit(`${m}${a} = ${src};`);
      if (xu.kind === 'Slice') {
        const n = this.temp();
        this.emit(`${n} = $.len(${a});`);
        arr = `${a}.array`;
        off = `${a}.offset + `;
        len = n;
      } else {
        arr = a;
        len = String(xu.kind === 'Array' ? xu.len : (under((xu as { elem: Type }).elem) as { len: number }).len);
      }
      this.rangeKey(s, LENGTH);
      this.emit(`${js}: for (let ${i} = 0; ${i} < ${len}; ${i}++) {`);
      const ev = value !== null ? this.copyVal(`${arr}[${off}${i}]`, elemT) : '';
      body(this.bindRange(s, [{ e: key, js: i, t: intT }, { e: value, js: ev, t: elemT }]));
      this.emit('}');
    } else if (xu.kind === 'Map') {
      const kv = this.pc.unique('$kv');
      this.emit(`${m}${js}: for (const ${kv} of $.mapRange(${this.expr(s.X)})) {`);
      body(this.bindRange(s, [{ e: key, js: `${kv}[0]`, t: xu.key }, { e: value, js: this.copyVal(`${kv}[1]`, xu.elem), t: xu.elem }]));
      this.emit('}');
    } else if (xu.kind === 'Chan') {
      const r = this.pc.unique('$rv');
      const ch = this.temp();
      this.emit(`${m}${ch} = ${this.expr(s.X)};`);
      this.emit(`${js}: for (;;) {`);
      this.emit(`  const ${r} = yield* $.recv2(${ch});`);
      this.emit(`  if (!${r}[1]) break;`);
      body(this.bindRange(s, [{ e: key, js: `${r}[0]`, t: xu.elem }]));
      this.emit('}');
    } else if (xu.kind === 'Signature') {
      this.rangeFunc(s, xu, key, value, label);
    } else throw new CompileError(`internal error: range over ${xu.kind}`);
    this.indent = saved;
    this.emit('}');
  }

  /** Go 1.23 range over a function iterator: the body becomes the yield function. */
  private rangeFunc(s: ast.RangeStmt, sig: Signature, key: ast.Expr | null, value: ast.Expr | null, label: string | null): void {
    const m = this.mark(s.For);
    const yp = (under(sig.params.vars[0]!.type) as Signature).params.vars.map((v) => this.subst.apply(v.type));
    const rf = this.pc.unique('$rfs');
    const a = [this.pc.unique('$a'), this.pc.unique('$b')];
    this.emit(`${m}const ${rf} = { brk: false, done: false, ret: false, val: undefined, outer: null };`);
    const kw = this.gen ? 'function*' : 'function';
    // gc names the loop body main.main-range1, -range2, ... (ir.closureName's ORANGE case, counted
    // per enclosing function, nested loops included).
    const yname = this.pc.unique(`${this.goName}-range${++this.rangeCount.n}`);
    this.pc.nameFunc(yname, `${this.goName}-range${this.rangeCount.n}`);
    this.emit(`{ const $rf = ${rf}; const $yield = ${kw} ${yname}(${a.slice(0, yp.length).join(', ')}) {`);
    // Once the body has returned false (break, return, a jump out: brk, ret, outer) or the iterator
    // has returned (done), calling it again is a run-time error.
    this.emit(`  if ($rf.done || $rf.brk || $rf.ret || $rf.outer !== null) $.rangeContinued($rf.done);`);
    const target: Target = { kind: 'rangefunc', goLabel: label, jsLabel: this.pc.unique('$rfl'), contLabel: null };
    this.targets.push(target);
    const pre = this.bindRange(s, [{ e: key, js: a[0]!, t: yp[0] ?? boolType }, { e: value, js: a[1]!, t: yp[1] ?? boolType }]);
    const saved = this.indent;
    this.indent += '  ';
    for (const p of pre) this.emit(p);
    const savedRet = this.rangeFuncRet;
    const savedGotos = this.gotosOut;
    const gotosOut = (this.gotosOut = new Set());
    this.rangeFuncRet = rf;
    this.rangeFuncDepth++;
    this.indent = saved;
    this.block(s.Body.List);
    this.rangeFuncDepth--;
    this.rangeFuncRet = savedRet;
    this.gotosOut = savedGotos;
    this.targets.pop();
    this.emit('  return true;');
    this.emit('}; ');
    const call = this.gen ? `yield* $.dyncall(${this.expr(s.X)}, [$yield])` : `${this.expr(s.X)}($yield)`;
    this.emit(`  ${m}${call}; $rf.done = true; }`);
    // What the body asked for when it stopped the iteration.
    if (this.rangeFuncRet !== null) this.emit(`if (${rf}.ret) { ${this.rangeFuncRet}.ret = true; ${this.rangeFuncRet}.val = ${rf}.val; return false; }`);
    else this.emit(`if (${rf}.ret) ${this.returnFromRangeFunc(rf)}`);
    this.emit(`if (${rf}.outer !== null) { ${this.outerJump(rf)}${this.gotoJumps(rf, gotosOut)} }`);
  }

  /** After a range-over-func statement, the gotos its body took out of it: a jump here, or passed
   *  on when the label is outside an enclosing range-over-func body too. */
  private gotoJumps(rf: string, labels: ReadonlySet<string>): string {
    let out = '';
    for (const name of labels) {
      const g = this.gotoMap.get(name)!;
      const key = JSON.stringify('g:' + name);
      if (g.rfDepth < this.rangeFuncDepth) {
        this.gotosOut!.add(name);
        out += ` if (${rf}.outer === ${key}) { $rf.outer = ${rf}.outer; return false; }`;
      } else out += ` if (${rf}.outer === ${key}) { ${g.pc} = ${g.idx}; continue ${g.loop}; }`;
    }
    return out;
  }

  private returnFromRangeFunc(rf: string): string {
    if (this.hasDefer) {
      if (this.resultNames.length === 0) return 'break $body;';
      if (this.resultNames.length === 1) return `{ ${this.resultNames[0]} = ${rf}.val; break $body; }`;
      return `{ ${this.resultNames.map((n, i) => `${n} = ${rf}.val[${i}];`).join(' ')} break $body; }`;
    }
    return `return ${rf}.val;`;
  }

  private outerJump(rf: string): string {
    // Labeled break/continue to statements outside the range-over-func body: a loop or switch of
    // this function, the range-over-func loop whose body this is (continue: the body returns true;
    // break: it stops that iteration too), or something further out, which this body passes on.
    const parts: string[] = [];
    for (const t of this.targets) {
      const b = JSON.stringify('b:' + t.jsLabel);
      const c = JSON.stringify('c:' + t.jsLabel);
      if (this.crossesRangeFunc(t)) {
        parts.push(`if (${rf}.outer === ${b} || ${rf}.outer === ${c}) { $rf.outer = ${rf}.outer; return false; }`);
      } else if (t.kind === 'rangefunc') {
        parts.push(`if (${rf}.outer === ${c}) return true;`, `if (${rf}.outer === ${b}) { $rf.brk = true; return false; }`);
      } else {
        parts.push(`if (${rf}.outer === ${b}) break ${t.jsLabel};`);
        if (t.kind === 'loop') parts.push(`if (${rf}.outer === ${c}) ${t.contLabel ? `break ${t.contLabel}` : `continue ${t.jsLabel}`};`);
      }
    }
    return parts.join(' ');
  }

  // --- return, go, defer ----------------------------------------------------------------------

  private returnStmt(s: ast.ReturnStmt): void {
    const m = this.mark(s.Return);
    let vals: string[] | null = null;
    if (s.Results.length === 1 && this.resultTypes.length > 1) {
      const tuple = this.tupleSource(s.Results[0]!);
      const t = this.temp();
      this.emit(`${m}${t} = ${tuple.js};`);
      vals = this.resultTypes.map((rt, i) => this.convertJS(`${t}[${i}]`, tuple.types[i]!, rt));
    } else if (s.Results.length > 0) vals = s.Results.map((r, i) => this.value(r, this.resultTypes[i]!));
    if (this.rangeFuncDepth > 0) {
      const rf = '$rf';
      if (vals === null) {
        if (this.resultNames.length > 0) vals = this.resultNames.slice();
        else vals = [];
      }
      const v = vals.length === 0 ? 'undefined' : vals.length === 1 ? vals[0]! : `[${vals.join(', ')}]`;
      this.emit(`${m}{ ${rf}.ret = true; ${rf}.val = ${v}; ${rf}.brk = true; return false; }`);
      return;
    }
    if (this.hasDefer) {
      if (vals !== null) {
        if (vals.length === 1) this.emit(`${m}${this.resultNames[0]} = ${vals[0]};`);
        else {
          const tmps = vals.map((v) => {
            const t = this.temp();
            this.emit(`${m}${t} = ${v};`);
            return t;
          });
          tmps.forEach((t, i) => this.emit(`${this.resultNames[i]} = ${t};`));
        }
      }
      if (this.traced) this.emit(`$.tr.ret($tf, ${this.pc.lineOf(s.Return)}, ${this.traceResults()});`);
      this.emit(`${m}break $body;`);
      return;
    }
    if (vals === null) {
      this.emit(`${m}return ${this.resultNames.length > 0 ? this.resultTuple() : ''};`);
      return;
    }
    this.emit(`${m}return ${vals.length === 1 ? vals[0] : `[${vals.join(', ')}]`};`);
  }

  /** The function and evaluated arguments of a go/defer call: [fnJS, argsJS[]]. */
  private callParts(call: ast.CallExpr): { fn: string; args: string[] } | null {
    const fun = unparen(call.Fun);
    const ftv = this.info.types.get(call.Fun);
    if (ftv?.mode === 'builtin' || (fun.kind === 'Ident' && this.objOf(fun)?.kind === 'Builtin')) return null;
    if (ftv?.mode === 'typexpr') return null;
    const sig = under(this.typeOf(call.Fun)) as Signature;
    const { fn, pre } = this.callee(fun, true); // go and defer call later: copy value receivers now
    const args = this.args(call, sig);
    // A nil func value panics when the deferred call runs, not at the defer statement.
    const f = fn.startsWith('$.nnf(') ? fn.slice('$.nnf('.length, -1) : fn;
    return { fn: f, args: pre === null ? args : [pre, ...args] };
  }

  private goStmt(s: ast.GoStmt): void {
    const m = this.mark(s.Go);
    const parts = this.callParts(s.Call);
    // gc starts a call of a function value without parameters or results as it is (a nil one is
    // then a fatal error); any other call runs in a wrapper closure, which panics instead.
    const sig = parts === null ? null : (under(this.typeOf(s.Call.Fun)) as Signature);
    const direct = sig !== null && parts!.args.length === 0 && sig.params.vars.length === 0 && sig.results.vars.length === 0;
    const site = `{ entry: ${JSON.stringify(this.goEntryName(s.Call))}, creator: ${JSON.stringify(this.goName)}, file: ${JSON.stringify(this.pc.filename)}, line: ${this.pc.lineOf(s.Go)}${direct ? ', direct: true' : ''} }`;
    if (parts === null) {
      this.emit(`${m}$.go(() => ${this.expr(s.Call)}, [], ${site});`);
      return;
    }
    this.emit(`${m}$.go(${parts.fn}, [${parts.args.join(', ')}], ${site});`);
  }

  private goEntryName(call: ast.CallExpr): string {
    const fun = unparen(call.Fun);
    if (fun.kind === 'FuncLit') return `${this.goName}.gowrap`;
    if (fun.kind === 'Ident') return `main.${fun.Name}`;
    if (fun.kind === 'SelectorExpr') return `main.${fun.Sel.Name}`;
    return 'main.func';
  }

  /** Reports a defer statement: the call, and its arguments as just evaluated (`pushed` values,
   *  of which any beyond the parameters lead, such as a bound receiver). */
  private traceDefer(s: ast.DeferStmt, pushed: number): void {
    const sig = under(this.typeOf(s.Call.Fun)) as Signature;
    const skip = pushed - sig.params.vars.length;
    const types = sig.params.vars.map((v) => this.T(v.type));
    const variadic = sig.variadic && s.Call.Ellipsis < 0;
    const args = `$defers[$defers.length - 1]${skip > 0 ? `.slice(${skip})` : ''}`;
    this.emit(`$.tr.defer($tf, ${this.pc.lineOf(s.Defer)}, ${q(callText(s.Call))}, ${JSON.stringify(argTexts(s.Call))}, [${types.join(', ')}], ${args}, ${variadic});`);
  }

  private deferStmt(s: ast.DeferStmt): void {
    const m = this.mark(s.Defer);
    const parts = this.callParts(s.Call);
    if (parts !== null) {
      const f = this.temp();
      this.emit(`${m}${f} = ${parts.fn}; $defers.push(${f}, [${parts.args.join(', ')}]);`);
      if (this.traced) this.traceDefer(s, parts.args.length);
      return;
    }
    // A builtin or a conversion: evaluate the arguments now, call later.
    const call = s.Call;
    const fun = unparen(call.Fun);
    const name = fun.kind === 'Ident' ? fun.Name : '';
    const tmps = call.Args.map((a) => {
      const t = this.temp();
      const at = this.typeOf(a);
      this.emit(`${m}${t} = ${name === 'panic' ? this.value(a, anyIface) : this.value(a, at.kind === 'Basic' && at.name.startsWith('untyped') ? null : at)};`);
      return t;
    });
    const argKinds = call.Args.map((a) => printKindOf(this.typeOf(a)));
    let body: string;
    switch (name) {
      case 'panic': body = `$.gopanic(${tmps[0]})`; break;
      case 'print': case 'println': body = `$.${name}(${JSON.stringify(argKinds)}${tmps.map((t) => ', ' + t).join('')})`; break;
      case 'close': body = `$.close(${tmps[0]})`; break;
      case 'delete': body = `$.mapDelete(${tmps[0]}, ${tmps[1]})`; break;
      case 'recover': body = 'null'; break;
      default: body = 'undefined';
    }
    this.emit(`${m}$defers.push(((${tmps.join(', ')}) => () => ${body})(${tmps.join(', ')}), []);`);
    if (this.traced) this.emit(`$.tr.defer($tf, ${this.pc.lineOf(s.Defer)}, ${q(callText(s.Call))}, ${JSON.stringify(argTexts(s.Call))}, [${call.Args.map((a) => this.T(this.typeOf(a))).join(', ')}], [${tmps.join(', ')}], false);`);
  }
}

const boolType: Type = { kind: 'Basic', name: 'bool' } as Type;
const anyIface: Type = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [] } as Type;

function printKindOf(t: Type): string {
  const u = under(t);
  if (u.kind === 'Basic') {
    if (u.name === 'untyped nil') return 'nil';
    const c = numClass(u);
    if (c === 'f64' || c === 'f32') return 'float';
    if (c === 'c128' || c === 'c64') return 'complex';
    if (c === 'str') return 'string';
    if (c === 'bool') return 'bool';
    return 'int';
  }
  if (u.kind === 'Interface') return 'iface';
  if (u.kind === 'Slice') return 'slice';
  return 'pointer';
}

/** Whether evaluating e may have an effect (a call, a receive): such operands are evaluated once. */
function hasEffects(e: ast.Expr): boolean {
  let found = false;
  walkStmts(e, (n) => {
    if (n.kind === 'CallExpr' || (n.kind === 'UnaryExpr' && n.Op === 'ARROW')) found = true;
  });
  return found;
}

function arithOf(op: string, x: string, y: string, t: Type): string {
  // Reuse the expression compiler's table.
  return arithFn(op, x, y, numClass(t));
}


/** Whether a statement list can fall off its end (so a final `return` of the results is needed). */
function endsWithoutReturn(b: ast.BlockStmt): boolean {
  const last = b.List[b.List.length - 1];
  return last === undefined || last.kind !== 'ReturnStmt';
}

/** Whether the body (not nested function literals) has a defer statement. */
export function containsDefer(b: ast.BlockStmt): boolean {
  let found = false;
  walkStmts(b, (n) => {
    if (n.kind === 'DeferStmt') found = true;
  });
  return found;
}

/** Whether the body (not nested function literals) calls recover() directly. */
export function containsRecover(b: ast.BlockStmt, info: Info): boolean {
  let found = false;
  walkStmts(b, (n) => {
    if (n.kind === 'CallExpr') {
      const f = unparen(n.Fun);
      if (f.kind === 'Ident' && f.Name === 'recover' && info.uses.get(f)?.kind === 'Builtin') found = true;
    }
  });
  return found;
}

export { intLit, tokenText };
export type { Func };
