// compileProgram: checked packages (dependency order, main last) -> one JavaScript program text,
// evaluated with `new Function` (cf. GopherJS). The program holds the type descriptors, the
// package variables, every function (generic ones once per instantiation, found by a worklist),
// the method tables of named types, and an init function; it returns { init, main }.
//
// Traces: every Go statement's JS carries a /*@L<line>*/ marker; the assembled text is scanned for
// them to map JS lines back to Go lines, and JS function names map to Go's names (main.main,
// main.main.func1, main.(*T).M), so a panic's V8 stack becomes Go frames (goFrames).
import * as ast from '../syntax/ast.js';
import type { Info, Package } from '../types/info.js';
import type { Func, Named, Type, Var, TypeParam } from '../types/types.js';
import type { SourceFile } from '../source/file.js';
import { NoPos } from '../source/file.js';
import { inspect } from '../syntax/walk.js';
import { RTypes, sigNoRecv, typeKey } from './rtypes.js';
import type { LitMode, ProgramContext, StdBinding } from './context.js';
import { sharedVars } from './order.js';
import { conversionAllocs } from '../escape/index.js';
import { gcPos } from '../escape/lower.js';
import { InlineModel, pointerShaped, type InlNode } from './inline.js';
import { FuncCompiler } from './func.js';
import { walkStmts, writtenVars } from './walk.js';
import type { Interval } from './ranges.js';
import { Subst, methodSet, ptrRecv, namedSubst, under, isValueType, isInterface } from './gotypes.js';
import { analyzeBlocking, type BlockingResult } from './blocking.js';
import { CompileError, unparen } from './expr.js';

export interface CompileOptions {
  loopvar: 'per-iteration' | 'shared';
  trace?: boolean;
  /** The standard packages' TypeScript implementations, by import path. */
  std?: ReadonlyMap<string, { readonly impl: Readonly<Record<string, unknown>> }>;
}

export interface GoFrame {
  readonly func: string;
  readonly file: string;
  readonly line: number;
}

export interface CompiledProgram {
  /** The generated JavaScript (the body of a function of ($rt, $std)). */
  readonly js: string;
  /** Evaluates the program: the runtime namespace and std implementations in, init/main out. */
  load(rt: unknown): { init: () => unknown; main: () => unknown };
  /** Go frames (innermost first) for a JS exception thrown by the program. */
  goFrames(err: unknown, depth?: number): GoFrame[];
}

export { CompileError };

const SOURCE_URL = 'golesson:///prog.js';

const HOT = [
  'add64', 'sub64', 'mul64', 'div64', 'rem64', 'and64', 'or64', 'xor64', 'andNot64',
  'addU64', 'subU64', 'mulU64', 'divU64', 'remU64', 'andU64', 'orU64', 'xorU64', 'andNotU64',
  'sget', 'sset', 'checkIndex', 'append1',
];

const reserved = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval undefined NaN Infinity Object Array Math ' +
    'String Number Boolean Symbol Error Map Set BigInt JSON Function Date RegExp Promise Reflect Proxy globalThis').split(' '),
);

interface Instance {
  readonly f: Func;
  readonly decl: ast.FuncDecl;
  readonly info: Info;
  readonly subst: Subst;
  readonly jsName: string;
  readonly goName: string;
  /** For a clone compiled for one inlined call site: its place in gc's inline tree. */
  readonly inl?: InlNode;
}

/** Whether a standard-library impl is called with yield*: a generator function, or a function
 *  flagged `$gen` that returns an iterator (stdlib/package.ts, `blocking`). */
function implMayBlock(impl: unknown): boolean {
  return (
    typeof impl === 'function' &&
    (Object.getPrototypeOf(impl) === Object.getPrototypeOf(function* () {}) || (impl as { $gen?: boolean }).$gen === true)
  );
}

/** Numbers the defined (non-alias) types declared inside the package's functions, closures
 *  included, in source order from 1, as gc does for their link names. */
function numberLocalTypes(p: Package, gen: Map<unknown, number>): void {
  let count = 0;
  for (const f of p.files) {
    for (const d of f.Decls) {
      if (d.kind !== 'FuncDecl' || d.Body === null) continue;
      inspect(d.Body, (n) => {
        if (n !== null && n.kind === 'TypeSpec' && n.Assign === NoPos) {
          const obj = p.info.defs.get(n.Name);
          if (obj) gen.set(obj, ++count);
        }
        return true;
      });
    }
  }
}

class ProgramCompiler implements ProgramContext {
  readonly rtypes: RTypes;
  readonly localNames = new Map<Var, string>();
  readonly counterRanges = new Map<Var, Interval>();
  readonly anyBlocking: boolean;
  readonly filename: string;
  readonly trace: boolean;
  private readonly blocking: BlockingResult;
  private readonly used = new Map<string, number>();
  private readonly funcNames = new Map<string, string>();
  private readonly worklist: Instance[] = [];
  private readonly globals = new Map<Var, string>();
  private readonly boxedVars: Set<Var>;
  private readonly declOf = new Map<Func, { decl: ast.FuncDecl; info: Info }>();
  private readonly files: SourceFile[] = [];
  readonly jsToGo = new Map<string, string>();
  private readonly stdPaths = new Set<string>();
  private readonly stdRefs = new Map<string, string>();

  constructor(
    readonly pkgs: readonly Package[],
    readonly opts: CompileOptions,
  ) {
    this.rtypes = new RTypes();
    for (const p of pkgs) {
      if (p.path !== 'main') this.stdPaths.add(p.path);
      numberLocalTypes(p, this.rtypes.localTypeGen);
      for (const f of p.files) {
        const src = (f as { source?: SourceFile }).source;
        if (src) this.files.push(src);
        for (const d of f.Decls) {
          if (d.kind !== 'FuncDecl') continue;
          const fn = p.info.defs.get(d.Name);
          if (fn && fn.kind === 'Func') this.declOf.set(fn, { decl: d, info: p.info });
        }
      }
    }
    const main = pkgs[pkgs.length - 1];
    this.trace = opts.trace === true;
    this.filename = main?.files[0] ? ((main.files[0] as { source?: SourceFile }).source?.name ?? './prog.go') : './prog.go';
    this.blocking = analyzeBlocking(pkgs, (f) => this.stdGen(f));
    this.anyBlocking = this.blocking.anyBlocking;
    this.boxedVars = collectBoxed(pkgs);
    this.inline = new InlineModel(pkgs, (f) => this.goFuncName(f, f.type.typeParams.length > 0 ? f.type.typeParams : recvTypeArgs(f)));
  }

  /** gc's inliner, for the names of closures that inlining copies (compile/inline.ts). */
  private readonly inline: InlineModel;
  private readonly clones = new Map<InlNode, Map<string, string>>();

  inlineClone(node: InlNode, typeArgs: readonly Type[] = [], recvNamed: Named | null = null): string {
    const f = node.body.func!;
    const d = this.declOf.get(f)!;
    // Type arguments as funcRef takes them: a generic function's own, or its receiver type's.
    let subst: Map<TypeParam, Type>;
    let args: readonly Type[];
    if (f.type.recv !== null && recvNamed !== null && recvNamed.typeArgs.length > 0) {
      subst = namedSubst(recvNamed);
      const rt = f.type.recv.type.kind === 'Pointer' ? (f.type.recv.type as { elem: Type }).elem : f.type.recv.type;
      if (rt.kind === 'Named') rt.typeArgs.forEach((a, i) => a.kind === 'TypeParam' && recvNamed.typeArgs[i] && subst.set(a, recvNamed.typeArgs[i]!));
      args = recvNamed.typeArgs;
    } else {
      subst = new Map();
      f.type.typeParams.forEach((p, i) => typeArgs[i] && subst.set(p, typeArgs[i]!));
      args = typeArgs;
    }
    const key = args.map(typeKey).join(',');
    let byArgs = this.clones.get(node);
    if (byArgs === undefined) this.clones.set(node, (byArgs = new Map()));
    let js = byArgs.get(key);
    if (js !== undefined) return js;
    const goName = this.goFuncName(f, args);
    js = this.unique(`${goName.replace(/[()*[\]]/g, (c) => (c === '*' ? 'P' : '')).replace(/\.\.\./g, '')}$inl`);
    byArgs.set(key, js);
    this.nameFunc(js, goName);
    this.worklist.push({ f, decl: d.decl, info: d.info, subst: new Subst(subst), jsName: js, goName, inl: node });
    return js;
  }

  // --- names ----------------------------------------------------------------------------------

  unique(base: string): string {
    let b = base.replace(/[^A-Za-z0-9_$]/g, (c) => (c === '.' ? '$' : '_'));
    if (b === '' || /^[0-9]/.test(b)) b = '_' + b;
    if (reserved.has(b)) b = b + '$';
    const n = this.used.get(b);
    if (n === undefined) {
      this.used.set(b, 1);
      return b;
    }
    this.used.set(b, n + 1);
    return `${b}$${n}`;
  }

  nameFunc(jsName: string, goName: string): void {
    this.jsToGo.set(jsName, goName);
  }

  lineOf(pos: number): number {
    for (const f of this.files) if (f.contains(pos)) return f.position(pos).line;
    return 0;
  }

  fileOf(pos: number): string {
    for (const f of this.files) if (f.contains(pos)) return f.name;
    return this.filename;
  }

  sharedLoopVars(pos: number): boolean {
    if (this.opts.loopvar === 'shared') {
      // Only the user's files are older-Go files; std code keeps Go 1.22 semantics.
      return this.fileOf(pos) === this.filename;
    }
    return false;
  }

  // --- std ------------------------------------------------------------------------------------

  private stdKey(f: Func): string {
    const r = f.type.recv;
    if (r === null) return f.name;
    let t = r.type;
    if (t.kind === 'Pointer') t = t.elem;
    const n = t.kind === 'Named' ? t.obj.name : '?';
    return `${n}.${f.name}`;
  }

  private stdImpl(f: Func): unknown {
    const pkg = this.opts.std?.get(f.pkg);
    return pkg?.impl[this.stdKey(f)];
  }

  private stdGen(f: Func): boolean {
    const d = this.declOf.get(f.origin ?? f);
    if (d && d.decl.Body !== null) return false;
    if (!this.stdPaths.has(f.pkg)) return false;
    return implMayBlock(this.stdImpl(f));
  }

  std(pkg: string, key: string): StdBinding | null {
    const impl = this.opts.std?.get(pkg)?.impl[key];
    if (impl === undefined) return null;
    let ref = this.stdRefs.get(pkg);
    if (ref === undefined) {
      ref = this.unique('$S_' + pkg);
      this.stdRefs.set(pkg, ref);
    }
    const gen = implMayBlock(impl);
    return { js: `${ref}[${JSON.stringify(key)}]`, gen };
  }

  // --- functions ------------------------------------------------------------------------------

  private readonly roCache = new Map<Func, { recv: boolean; params: boolean[] }>();

  readOnly(f0: Func): { recv: boolean; params: readonly boolean[] } {
    const f = f0.origin ?? f0;
    let r = this.roCache.get(f);
    if (r !== undefined) return r;
    r = { recv: false, params: [] };
    this.roCache.set(f, r);
    const d = this.declOf.get(f);
    if (d === undefined || d.decl.Body === null) return r;
    const info = d.info;
    const varOf = (fl: ast.FieldList | null): (Var | null)[] => {
      const out: (Var | null)[] = [];
      for (const field of fl?.List ?? []) {
        if (field.Names.length === 0) out.push(null);
        for (const n of field.Names) out.push((info.defs.get(n) as Var | undefined) ?? null);
      }
      return out;
    };
    const recv = varOf(d.decl.Recv)[0] ?? null;
    const params = varOf(d.decl.Type.Params);
    const ro = readOnlyVars(d.decl.Body, info, [recv, ...params].filter((v): v is Var => v !== null && isValueType(v.type) && v.type.kind !== 'TypeParam'));
    r.recv = recv !== null && ro.has(recv);
    r.params = params.map((v) => v !== null && ro.has(v));
    return r;
  }

  funcIsGen(f: Func): boolean {
    return this.blocking.funcs.has(f) || (f.origin !== undefined && this.blocking.funcs.has(f.origin)) || this.stdGen(f);
  }

  litIsGen(lit: ast.FuncLit): boolean {
    return this.blocking.lits.has(lit);
  }

  goFuncName(f: Func, typeArgs: readonly Type[]): string {
    const pkg = f.pkg === '' ? 'main' : f.pkg;
    const r = f.type.recv;
    const targs = typeArgs.length > 0 ? '[...]' : '';
    if (r === null) return `${pkg}.${f.name}${targs}`;
    const ptr = r.type.kind === 'Pointer';
    const base = ptr ? (r.type as { elem: Type }).elem : r.type;
    const name = base.kind === 'Named' ? base.obj.name : '?';
    return ptr ? `${pkg}.(*${name}${targs}).${f.name}` : `${pkg}.${name}${targs}.${f.name}`;
  }

  funcRef(f0: Func, typeArgs: readonly Type[], recvNamed: Named | null): string {
    const f = f0.origin ?? f0;
    const d = this.declOf.get(f);
    if (d === undefined || d.decl.Body === null) {
      const b = this.std(f.pkg, this.stdKey(f));
      if (b === null) throw new CompileError(`${f.pkg}.${this.stdKey(f)} is not implemented by golesson`);
      return b.js;
    }
    let subst: Map<TypeParam, Type>;
    let args: readonly Type[];
    if (f.type.recv !== null && recvNamed !== null && recvNamed.typeArgs.length > 0) {
      subst = recvSubst(f, recvNamed);
      args = recvNamed.typeArgs;
    } else {
      subst = new Map();
      f.type.typeParams.forEach((p, i) => typeArgs[i] && subst.set(p, typeArgs[i]!));
      args = typeArgs;
    }
    const key = `${this.funcId(f)}[${args.map(typeKey).join(',')}]`;
    const have = this.funcNames.get(key);
    if (have !== undefined) return have;
    const goName = this.goFuncName(f, args);
    const jsName = this.unique(goName.replace(/[()*[\]]/g, (c) => (c === '*' ? 'P' : '')));
    this.funcNames.set(key, jsName);
    this.nameFunc(jsName, goName);
    this.worklist.push({ f, decl: d.decl, info: d.info, subst: new Subst(subst), jsName, goName });
    return jsName;
  }

  private readonly funcIds = new Map<Func, number>();
  private funcId(f: Func): number {
    let id = this.funcIds.get(f);
    if (id === undefined) {
      id = this.funcIds.size + 1;
      this.funcIds.set(f, id);
    }
    return id;
  }

  globalRef(v: Var): string {
    let n = this.globals.get(v);
    if (n === undefined) {
      n = this.unique(`${v.pkg}$${v.name}`);
      this.globals.set(v, n);
    }
    return n;
  }

  isBoxed(v: Var): boolean {
    return this.boxedVars.has(v);
  }

  private convAllocs: Map<number, 'stack' | 'zerocopy'> | null = null;
  conversionAlloc(arg: ast.Expr): 'stack' | 'zerocopy' | 'heap' {
    if (this.convAllocs === null) {
      const main = this.pkgs[this.pkgs.length - 1]!;
      try {
        this.convAllocs = main.path === 'main' ? conversionAllocs(main) : new Map();
      } catch {
        // Escape analysis is golesson's own code: should it fail, conversions allocate as if escaping.
        this.convAllocs = new Map();
      }
    }
    return this.convAllocs.get(gcPos(arg)) ?? 'heap';
  }

  private shared: Set<Var> | null = null;
  sharedVar(v: Var): boolean {
    if (v.isGlobal) return true;
    if (this.shared === null) {
      this.shared = new Set(this.boxedVars);
      for (const p of this.pkgs) for (const x of sharedVars(p.files, p.info)) this.shared.add(x);
    }
    return this.shared.has(v);
  }

  compileFuncLit(lit: ast.FuncLit, info: Info, subst: Subst, goName: string, isGen: boolean, mode: LitMode = { kind: 'original' }): string {
    const fc = new FuncCompiler(this, info, subst, isGen, goName, this.boxedVars);
    fc.isLit = true;
    if (mode.kind === 'copy') fc.copy = true;
    else fc.inl = mode.kind === 'inlined' ? mode.node : this.inline.plan(lit);
    const jsName = this.unique(goName);
    this.nameFunc(jsName, goName);
    const sig = info.types.get(lit)?.type;
    const { params, results, variadic } = this.paramsOf(lit.Type, info, sig);
    const js = fc.compile({ jsName, params, results, variadic, body: lit.Body, isLit: true, recv: null });
    return `(${js})`;
  }

  paramsOf(ft: ast.FuncType, info: Info, sigT: Type | undefined): { params: Var[]; results: Var[]; variadic: boolean } {
    const collect = (fl: ast.FieldList | null, tupleVars: readonly Var[] | undefined): Var[] => {
      const out: Var[] = [];
      if (fl === null) return out;
      let k = 0;
      for (const field of fl.List) {
        if (field.Names.length === 0) {
          const v = (info.implicits.get(field) as Var | undefined) ?? tupleVars?.[k] ?? ({ kind: 'Var', name: '', pos: -1, pkg: 'main', type: info.types.get(field.Type)?.type ?? tupleVars?.[k]?.type } as Var);
          out.push(v);
          k++;
        } else
          for (const n of field.Names) {
            const v = (info.defs.get(n) as Var | undefined) ?? tupleVars?.[k];
            out.push(v ?? ({ kind: 'Var', name: n.Name, pos: n.NamePos, pkg: 'main', type: tupleVars?.[k]?.type } as Var));
            k++;
          }
      }
      return out;
    };
    const sig = sigT && sigT.kind === 'Signature' ? sigT : undefined;
    return {
      params: collect(ft.Params, sig?.params.vars),
      results: collect(ft.Results, sig?.results.vars),
      variadic: sig?.variadic ?? false,
    };
  }

  private compileInstance(inst: Instance): string {
    const gen = this.funcIsGen(inst.f);
    const fc = new FuncCompiler(this, inst.info, inst.subst, gen, inst.goName, this.boxedVars);
    fc.inl = inst.inl ?? this.inline.plan(inst.decl);
    const d = inst.decl;
    const { params, results, variadic } = this.paramsOf(d.Type, inst.info, inst.f.type);
    let recv: Var | null = null;
    if (d.Recv !== null && d.Recv.List.length > 0) {
      const field = d.Recv.List[0]!;
      recv = (field.Names.length > 0 ? (inst.info.defs.get(field.Names[0]!) as Var | undefined) : (inst.info.implicits.get(field) as Var | undefined)) ?? null;
      if (recv === null) recv = { kind: 'Var', name: '_', pos: -1, pkg: inst.f.pkg, type: inst.f.type.recv!.type } as Var;
    }
    const all = recv !== null ? [recv, ...params] : params;
    return fc.compile({ jsName: inst.jsName, params: all, results, variadic, body: d.Body!, isLit: false, recv });
  }

  // --- method tables --------------------------------------------------------------------------

  private methodTables(done: Set<string>): string[] {
    const out: string[] = [];
    for (const [key, [name, n]] of this.rtypes.named) {
      if (done.has(key)) continue;
      done.add(key);
      if (under(n).kind === 'Interface') continue;
      const ms = methodSet(n);
      for (const [mname, mp] of ms) {
        const m = mp.method;
        const ifaceMethod = m.decl !== null && m.decl.kind === 'Field';
        const recvNamed = mp.recvNamed;
        let fn = '';
        let gen = false;
        if (!ifaceMethod) {
          fn = this.funcRef(m, recvNamed.typeArgs, recvNamed);
          gen = this.funcIsGen(m);
        } else gen = this.anyBlocking;
        const ptr = !ifaceMethod && ptrRecv(m);
        // The signature, so a type assertion to an interface checks it as Go's itabs do.
        const sigT = ifaceMethod || recvNamed.typeArgs.length === 0 ? sigNoRecv(m.type) : new Subst(recvSubst(m, recvNamed)).apply(sigNoRecv(m.type));
        const sig = hasTypeParam(sigT) ? 'null' : this.rtypes.ref(sigT);
        // Walk the embedding path from receiver r.
        const walk = (r: string): { js: string; lastEmbedPtr: boolean; finalType: Type } => {
          let js = r;
          let t: Type = n;
          let lastPtr = false;
          for (const i of mp.path) {
            const st = under(t.kind === 'Pointer' ? t.elem : t) as { fields: readonly Var[] };
            const f = st.fields[i]!;
            js = `${js}.${fieldProp(f.name, i)}`;
            t = f.type;
            lastPtr = t.kind === 'Pointer';
          }
          return { js, lastEmbedPtr: lastPtr, finalType: t };
        };
        // Fixed-arity wrappers: rest parameters and spreads cost more than the call itself.
        const arity = m.type.params.vars.length;
        const ps = Array.from({ length: arity }, (_, i) => `a${i}`);
        const pl = ps.map((p) => ', ' + p).join('');
        const callOf = (recvJS: string, target = fn): string => {
          if (ifaceMethod) return `$.imethod(${recvJS}, ${JSON.stringify(mname)})(${recvJS}.value${pl})`;
          return `${target}(${recvJS}${pl})`;
        };
        // Interface calls of a value method reach gc's wrapper (*N).M, which may inline N.M and
        // so make its closures under the wrapper's names (compile/inline.ts).
        let wfn = fn;
        if (!ifaceMethod && !ptr && mp.path.length === 0 && recvNamed.typeArgs.length === 0) {
          const node = this.inline.wrapperCall(m, `${n.obj.pkg}.(*${n.obj.name}).${mname}`);
          if (node !== null) wfn = this.inlineClone(node);
        }
        const nfn = pointerShaped(n) ? fn : wfn;
        const wrap = (body: (r: string) => string): string =>
          gen ? `function* (r${pl}) { return yield* ${body('r')}; }` : `function (r${pl}) { return ${body('r')}; }`;
        const valueBased = isValueType(n);
        const roRecv = !ifaceMethod && this.readOnly(m).recv;
        const cl = (x: string): string => (roRecv ? x : `${x}.$clone()`);
        // *N's table: r is the pointer (the struct object, or a Box for other types).
        {
          let f: string;
          if (mp.path.length === 0) {
            // A value method through a nil pointer panics as Go's generated wrapper does.
            // (An instance of a generic type has no such wrapper: its method reads through the nil
            // pointer.)
            const tn = n.obj.name;
            const nnw = (r: string): string =>
              n.typeArgs.length > 0 ? `$.nn(${r})` : `$.nnw(${r}, ${JSON.stringify(`${n.obj.pkg}.${tn}.${mname}`)}, ${JSON.stringify(tn)})`;
            if (ptr) f = fn;
            else if (valueBased) f = wrap((r) => callOf(cl(nnw(r)), wfn));
            else f = wrap((r) => callOf(`${nnw(r)}.load()`, wfn));
          } else {
            f = wrap((r) => {
              const w = walk(`$.nn(${r})`);
              if (ifaceMethod) return callOf(w.js);
              const ft = w.finalType.kind === 'Pointer' ? w.finalType.elem : w.finalType;
              if (ptr && !w.lastEmbedPtr && !isValueType(ft)) {
                const parts = w.js.split('.');
                const prop = parts.pop()!;
                return callOf(`$.fieldPointer(${parts.join('.')}, ${JSON.stringify(prop)})`);
              }
              if (!ptr && isValueType(ft)) return callOf(cl(w.js));
              return callOf(w.js);
            });
          }
          out.push(`$.ptrTo(${name}).addMethod(${JSON.stringify(mname)}, ${f}, ${gen}, ${sig});`);
        }
        // N's table: value methods, and pointer methods reached through an embedded pointer.
        {
          let f: string | null = null;
          if (mp.path.length === 0) {
            if (!ptr) f = valueBased && !roRecv ? wrap((r) => callOf(`${r}.$clone()`, nfn)) : nfn;
          } else {
            const w0 = walk('x');
            if (!ptr || w0.lastEmbedPtr || ifaceMethod) {
              f = wrap((r) => {
                const w = walk(r);
                if (ifaceMethod) return callOf(w.js);
                const ft = w.finalType.kind === 'Pointer' ? w.finalType.elem : w.finalType;
                if (!ptr && isValueType(ft)) return callOf(cl(w.js));
                return callOf(w.js);
              });
            }
          }
          if (f !== null) out.push(`${name}.addMethod(${JSON.stringify(mname)}, ${f}, ${gen}, ${sig});`);
        }
      }
    }
    return out;
  }

  // --- the whole program ----------------------------------------------------------------------

  compile(): string {
    const main = this.pkgs[this.pkgs.length - 1]!;
    const funcs: string[] = [];
    const inits: string[] = [];
    // Package initialization, per package in dependency order.
    for (const p of this.pkgs) {
      const initFns: string[] = [];
      for (const f of p.files)
        for (const d of f.Decls) {
          if (d.kind === 'FuncDecl' && d.Recv === null && d.Name.Name === 'init' && d.Body !== null) {
            const fn = p.info.defs.get(d.Name) as Func | undefined;
            if (fn) initFns.push(this.funcRef(fn, [], null));
          }
        }
      const jsName = this.unique(`${p.path}$init`);
      this.nameFunc(jsName, `${p.path}.init`);
      const fc = new FuncCompiler(this, p.info, new Subst(), this.anyBlocking, `${p.path}.init`, this.boxedVars);
      if (p === main) fc.inl = this.inline.planInit();
      for (const e of p.initOrder) for (const v of e.lhs) if (v.name !== '_') this.globalRef(v);
      inits.push(fc.compileInit(jsName, p.initOrder, initFns));
      inits.push(`$inits.push(${jsName});`);
      // Every package-level variable exists from the start (zero value).
      for (const f of p.files)
        for (const d of f.Decls)
          if (d.kind === 'GenDecl' && d.Tok === 'VAR')
            for (const s of d.Specs)
              for (const n of (s as ast.ValueSpec).Names) {
                const v = p.info.defs.get(n) as Var | undefined;
                if (v && v.name !== '_') this.globalRef(v);
              }
    }
    let mainName = 'undefined';
    const mainFn = main.scope.names.get('main');
    if (mainFn && mainFn.kind === 'Func') mainName = this.funcRef(mainFn, [], null);
    const done = new Set<string>();
    const tables: string[] = [];
    for (;;) {
      while (this.worklist.length > 0) funcs.push(this.compileInstance(this.worklist.shift()!));
      const t = this.methodTables(done);
      tables.push(...t);
      if (this.worklist.length === 0 && t.length === 0 && [...this.rtypes.named.keys()].every((k) => done.has(k))) break;
    }
    const globals: string[] = [];
    for (const [v, n] of this.globals) {
      const z = this.zeroOf(v.type);
      globals.push(this.boxedVars.has(v) ? `let ${n} = new $.Box(${z});` : `let ${n} = ${z};`);
    }
    const stdDecls = [...this.stdRefs].map(([pkg, ref]) => `const ${ref} = $.stdImpl(${JSON.stringify(pkg)});`);
    const gen = this.anyBlocking;
    const lines = [
      '"use strict";',
      'const $budget = $.budget;',
      // The hot helpers as locals (no property lookup on the big runtime namespace per call).
      `const { ${HOT.map((h) => `${h}: $${h}`).join(', ')} } = $;`,
      'const $inits = [];',
      ...stdDecls,
      ...this.rtypes.decls,
      ...globals,
      ...funcs,
      ...tables,
      ...inits,
      `${gen ? 'function*' : 'function'} $init() { for (const f of $inits) ${gen ? 'yield* $.dyncall(f, [])' : 'f()'}; }`,
      `return { init: $init, main: ${mainName} };`,
      `//# sourceURL=${SOURCE_URL}`,
    ];
    return lines.join('\n');
  }

  private zeroOf(t: Type): string {
    const u = under(t);
    if (u.kind === 'Struct' || u.kind === 'Array') return `${this.rtypes.ref(t)}.zero()`;
    if (u.kind === 'Basic') {
      if (u.name === 'string') return '""';
      if (u.name === 'bool') return 'false';
      if (u.name === 'complex64' || u.name === 'complex128') return '$.Complex.ZERO';
      return '0';
    }
    return 'null';
  }
}

/** The type parameters of a method's generic receiver type (none for other functions). */
function recvTypeArgs(f: Func): readonly Type[] {
  const r = f.type.recv;
  if (r === null) return [];
  const t = r.type.kind === 'Pointer' ? r.type.elem : r.type;
  return t.kind === 'Named' ? t.typeArgs : [];
}

function fieldProp(name: string, i: number): string {
  if (name === '_') return `$blank${i}`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name === 'constructor' || name === '__proto__' ? `$${name}` : name;
  let s = '$u';
  for (let k = 0; k < name.length; k++) s += name.charCodeAt(k).toString(16).padStart(2, '0');
  return s;
}

/** Variables whose address is taken (&x, or a pointer-method call on an addressable non-struct
 *  variable): they live in a Box. Struct and array variables never need one. */
function collectBoxed(pkgs: readonly Package[]): Set<Var> {
  const out = new Set<Var>();
  for (const p of pkgs) {
    const info = p.info;
    const mark = (x0: ast.Expr): void => {
      const x = unparen(x0);
      if (x.kind !== 'Ident') return;
      const o = info.uses.get(x) ?? info.defs.get(x);
      if (o && o.kind === 'Var' && !isValueType(o.type)) out.add(o);
    };
    const visit = (n: ast.Node): void => {
      walkStmts(n, (c) => {
        if (c.kind === 'UnaryExpr' && c.Op === 'AND') mark(c.X);
        if (c.kind === 'SelectorExpr') {
          const sel = info.selections.get(c);
          if (sel && sel.kind === 'MethodVal' && sel.index.length === 1) {
            const m = sel.obj as Func;
            const xt = info.types.get(c.X)?.type;
            if (ptrRecv(m) && xt && xt.kind !== 'Pointer' && !isInterface(xt)) mark(c.X);
          }
        }
      }, 'enter');
    };
    for (const f of p.files) for (const d of f.Decls) visit(d);
  }
  return out;
}

/** The substitution for a method of a generic type's instance: the type's parameters, and the
 *  method's own receiver type parameters (func (p *Pair[K, V]) ...), distinct objects mapped by
 *  position. */
function recvSubst(f: Func, recvNamed: Named): Map<TypeParam, Type> {
  const subst = namedSubst(recvNamed);
  const r = f.type.recv!.type;
  const rt = r.kind === 'Pointer' ? r.elem : r;
  if (rt.kind === 'Named') rt.typeArgs.forEach((a, i) => a.kind === 'TypeParam' && recvNamed.typeArgs[i] && subst.set(a, recvNamed.typeArgs[i]!));
  return subst;
}

/** Whether a type still mentions a type parameter (not looking inside named types' definitions). */
function hasTypeParam(t: Type): boolean {
  switch (t.kind) {
    case 'TypeParam': return true;
    case 'Basic': case 'Union': return false;
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return hasTypeParam(t.elem);
    case 'Map': return hasTypeParam(t.key) || hasTypeParam(t.elem);
    case 'Named': return t.typeArgs.some(hasTypeParam);
    case 'Struct': return t.fields.some((f) => hasTypeParam(f.type));
    case 'Tuple': return t.vars.some((v) => hasTypeParam(v.type));
    case 'Signature': return hasTypeParam(t.params) || hasTypeParam(t.results);
    case 'Interface': return t.allMethods.some((m) => hasTypeParam(m.type));
  }
}

/** The variables among `vars` that the body only reads fields of (no writes through them, no
 *  other uses, no closures capturing them): callers may pass their own value without a copy. */
function readOnlyVars(body: ast.BlockStmt, info: Info, vars: readonly Var[]): Set<Var> {
  const cand = new Set(vars);
  if (cand.size === 0) return cand;
  const uses = new Map<Var, number>();
  const safe = new Map<Var, number>();
  const bad = writtenVars(body, info);
  const candOf = (e: ast.Expr): Var | null => {
    const o = e.kind === 'Ident' ? info.uses.get(e) : undefined;
    return o && o.kind === 'Var' && cand.has(o) ? o : null;
  };
  const count = (inLit: boolean) => (c: ast.Node): void => {
    if (c.kind === 'Ident') {
      const v = candOf(c);
      if (v) {
        uses.set(v, (uses.get(v) ?? 0) + 1);
        if (inLit) bad.add(v);
      }
    } else if (c.kind === 'SelectorExpr' && info.selections.get(c)?.kind === 'FieldVal') {
      const v = candOf(unparen(c.X));
      if (v) safe.set(v, (safe.get(v) ?? 0) + 1);
    } else if (c.kind === 'FuncLit') walkStmts(c.Body, count(true), 'enter');
  };
  walkStmts(body, count(false), 'visit');
  const out = new Set<Var>();
  for (const v of cand) if (!bad.has(v) && (uses.get(v) ?? 0) === (safe.get(v) ?? 0)) out.add(v);
  return out;
}

/** Compiles checked packages (dependency order, main last) to a program. */
export function compileProgram(pkgs: readonly Package[], opts: CompileOptions): CompiledProgram {
  const pc = new ProgramCompiler(pkgs, opts);
  const js = pc.compile();
  // JS line -> Go line, from the markers.
  const jsLines = js.split('\n');
  const lineMap: number[] = new Array(jsLines.length + 1).fill(0);
  let cur = 0;
  jsLines.forEach((l, i) => {
    const re = /\/\*@L(\d+)\*\//g;
    let m: RegExpExecArray | null;
    let last = -1;
    while ((m = re.exec(l)) !== null) last = Number(m[1]);
    if (last >= 0) cur = last;
    else if (/^(function|\s*function)/.test(l)) cur = 0;
    lineMap[i + 1] = last >= 0 ? last : cur;
  });
  const jsToGo = pc.jsToGo;
  const filename = pc.filename;
  let lineOffset = 2; // new Function puts "function anonymous($\n) {" before the body
  return {
    js,
    load(rt: unknown) {
      const f = new Function('$', js) as (rt: unknown) => { init: () => unknown; main: () => unknown };
      lineOffset = detectOffset();
      return f(rt);
    },
    goFrames(err: unknown, depth = 0): GoFrame[] {
      const stack = err instanceof Error ? (err.stack ?? '') : '';
      const out: GoFrame[] = [];
      const link = (err as { link?: unknown }).link;
      for (const line of stack.split('\n')) {
        // A panic raised by a deferred call: Go's stack continues with the panic that was running
        // those deferred calls (its frames are still on the goroutine's stack).
        if (/\brunDefers(Gen)?\b/.test(line) && link instanceof Error && depth < 50) {
          out.push(...this.goFrames(link, depth + 1));
          break;
        }
        const m = /at (?:(\S+) \()?golesson:\/\/\/prog\.js:(\d+):\d+\)?/.exec(line);
        if (!m) continue;
        let name = m[1] ?? '';
        name = name.replace(/^Object\./, '').replace(/^Function\./, '');
        const go = jsToGo.get(name);
        if (go === undefined) continue;
        const jsLine = Number(m[2]) - lineOffset;
        out.push({ func: go, file: filename, line: lineMap[jsLine] ?? 0 });
      }
      return out;
    },
  };
}

/** How many lines `new Function` puts before the body (V8: 2). */
function detectOffset(): number {
  try {
    const f = new Function('throw new Error("x")\n//# sourceURL=golesson:///probe.js');
    f();
  } catch (e) {
    const m = /probe\.js:(\d+)/.exec((e as Error).stack ?? '');
    if (m) return Number(m[1]) - 1;
  }
  return 2;
}

export { walkStmts };
