// Which functions may block and so become JS generators (docs/runtime-values.md): a fixpoint over
// the call graph. A function blocks if it sends, receives, selects, ranges over a channel, calls a
// standard-library generator function, or calls a function that blocks. Calls through function
// values and interface methods count as blocking only when the program can block at all; a program
// without any blocking operation keeps every function plain (and fast).
import * as ast from '../syntax/ast.js';
import type { Info, Package } from '../types/info.js';
import type { Func, Type } from '../types/types.js';
import { unparen } from './expr.js';
import { walkStmts } from './walk.js';
import { under } from './gotypes.js';

export interface BlockingResult {
  readonly anyBlocking: boolean;
  readonly funcs: ReadonlySet<Func>;
  readonly lits: ReadonlySet<ast.FuncLit>;
}

interface Unit {
  readonly node: ast.FuncDecl | ast.FuncLit;
  readonly info: Info;
  readonly main: boolean;
  direct: boolean;
  dynamic: boolean;
  readonly calls: Set<Func>;
  readonly litCalls: Set<ast.FuncLit>;
  /** Function literals written inside this function. */
  readonly nested: Unit[];
}

export function analyzeBlocking(pkgs: readonly Package[], stdIsGen: (f: Func) => boolean): BlockingResult {
  const units: Unit[] = [];
  const byFunc = new Map<Func, Unit>();
  const byLit = new Map<ast.FuncLit, Unit>();
  for (const pkg of pkgs) {
    const isMain = pkg === pkgs[pkgs.length - 1];
    for (const file of pkg.files) {
      for (const d of file.Decls) {
        if (d.kind !== 'FuncDecl' || d.Body === null) continue;
        const f = pkg.info.defs.get(d.Name) as Func | undefined;
        const u = scan(d, d.Body, pkg.info, stdIsGen, units, isMain);
        if (f) byFunc.set(f, u);
      }
      // function literals in package-level initializers
      for (const d of file.Decls) if (d.kind === 'GenDecl') walkLits(d, pkg.info, stdIsGen, units, isMain);
    }
  }
  for (const u of units) if (u.node.kind === 'FuncLit') byLit.set(u.node, u);
  const fixpoint = (dyn: boolean): Set<Unit> => {
    const blocking = new Set<Unit>();
    for (const u of units) if (u.direct || (dyn && u.dynamic)) blocking.add(u);
    let changed = true;
    while (changed) {
      changed = false;
      for (const u of units) {
        if (blocking.has(u)) continue;
        let b = false;
        for (const f of u.calls) {
          const cu = byFunc.get(f) ?? (f.origin ? byFunc.get(f.origin) : undefined);
          if ((cu && blocking.has(cu)) || stdIsGen(f)) b = true;
        }
        for (const l of u.litCalls) if (blocking.has(byLit.get(l)!)) b = true;
        if (b) {
          blocking.add(u);
          changed = true;
        }
      }
    }
    return blocking;
  };
  // The program can block when the user's own code reaches a blocking operation statically, or
  // reaches a function that makes a blocking function value the user's code may call (iter.Pull's
  // next and stop hand over to a goroutine).
  let blocking = fixpoint(false);
  const reached = new Set<Unit>();
  const work = units.filter((u) => u.main);
  for (let u = work.pop(); u !== undefined; u = work.pop()) {
    if (reached.has(u)) continue;
    reached.add(u);
    for (const f of u.calls) {
      const cu = byFunc.get(f) ?? (f.origin ? byFunc.get(f.origin) : undefined);
      if (cu) work.push(cu);
    }
    for (const l of u.litCalls) work.push(byLit.get(l)!);
    work.push(...u.nested);
  }
  const anyBlocking = [...reached].some((u) => blocking.has(u));
  if (anyBlocking) blocking = fixpoint(true);
  const funcs = new Set<Func>();
  for (const [f, u] of byFunc) if (blocking.has(u)) funcs.add(f);
  const lits = new Set<ast.FuncLit>();
  for (const u of units) if (u.node.kind === 'FuncLit' && blocking.has(u)) lits.add(u.node);
  return { anyBlocking, funcs, lits };
}

function walkLits(n: ast.Node, info: Info, stdIsGen: (f: Func) => boolean, units: Unit[], main: boolean): void {
  walkStmts(n, (c) => {
    if (c.kind === 'FuncLit') scan(c, c.Body, info, stdIsGen, units, main);
  }, 'visit');
}

function scan(node: ast.FuncDecl | ast.FuncLit, body: ast.BlockStmt, info: Info, stdIsGen: (f: Func) => boolean, units: Unit[], main: boolean): Unit {
  const u: Unit = { node, info, main, direct: false, dynamic: false, calls: new Set(), litCalls: new Set(), nested: [] };
  const goCalls = new Set<ast.CallExpr>();
  units.push(u);
  walkStmts(body, (n) => {
    switch (n.kind) {
      case 'SendStmt': case 'SelectStmt':
        u.direct = true;
        break;
      case 'UnaryExpr':
        if (n.Op === 'ARROW') u.direct = true;
        break;
      case 'RangeStmt': {
        const t = info.types.get(n.X)?.type;
        if (t && under(t).kind === 'Chan') u.direct = true;
        if (t && under(t).kind === 'Signature') u.dynamic = true;
        break;
      }
      case 'GoStmt':
        goCalls.add(n.Call);
        break;
      case 'CallExpr': {
        if (goCalls.has(n)) break;
        const fl = unparen(n.Fun);
        if (fl.kind === 'FuncLit') {
          u.litCalls.add(fl);
          break;
        }
        const f = calleeFunc(n, info);
        if (f === 'builtin' || f === 'conversion') break;
        if (f === null) u.dynamic = true;
        else {
          if (stdIsGen(f)) u.direct = true;
          u.calls.add(f);
        }
        break;
      }
      case 'FuncLit':
        u.nested.push(scan(n, n.Body, info, stdIsGen, units, main));
        break;
      default:
        break;
    }
  }, 'visit');
  return u;
}

/** The statically known function a call invokes; null when it goes through a value or interface. */
function calleeFunc(c: ast.CallExpr, info: Info): Func | null | 'builtin' | 'conversion' {
  const fun = unparen(c.Fun);
  const tv = info.types.get(c.Fun);
  if (tv?.mode === 'typexpr') return 'conversion';
  if (tv?.mode === 'builtin') return 'builtin';
  let id: ast.Ident | null = null;
  if (fun.kind === 'Ident') id = fun;
  else if (fun.kind === 'SelectorExpr') {
    const sel = info.selections.get(fun);
    if (sel === undefined) id = fun.Sel;
    else if (sel.kind === 'MethodVal') {
      const recv = sel.recv as Type;
      if (under(recv).kind === 'Interface' || (recv.kind === 'Pointer' && false)) return null;
      // promoted through an embedded interface: dynamic
      return sel.obj as Func;
    } else if (sel.kind === 'MethodExpr') return sel.obj as Func;
    else return null;
  } else if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') {
    const x = unparen(fun.X);
    id = x.kind === 'Ident' ? x : x.kind === 'SelectorExpr' ? x.Sel : null;
  }
  if (id === null) return null;
  const o = info.uses.get(id);
  if (o?.kind === 'Builtin') return 'builtin';
  if (o?.kind === 'Func') return o;
  return null;
}
