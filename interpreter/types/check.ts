// The type checker's entry point and shared state (cf. types2 check.go): checkPackage runs the
// passes (collect objects, resolve package-level declarations, check bodies, init order, unused
// imports) and returns the package with its side tables filled in, plus gc-worded diagnostics.
import type { Diagnostic } from '../source/diagnostic.js';
import { MaxErrors, formatDiagnostic } from '../source/diagnostic.js';
import type { Pos, SourceFile } from '../source/file.js';
import { NoPos } from '../source/file.js';
import type * as ast from '../syntax/ast.js';
import type { ConstValue } from './constant.js';
import { collectObjects, packageObjects, unusedImports } from './decl.js';
import { M } from './errors.js';
import type { Info, Instance, Package, Scope, Selection, TypeAndValue } from './info.js';
import { initOrder } from './initorder.js';
import type { Operand } from './operand.js';
import { operandString } from './operand.js';
import { setReasonTypeString } from './predicates.js';
import { typeString } from './typestring.js';
import type { Qualifier } from './typestring.js';
import { pkgNameOf } from './typestring.js';
import type { Func, Obj, PkgName, Signature, Type, TypeName, Var } from './types.js';
import { Typ, Universe } from './universe.js';
import { exprString } from './exprstring.js';

export interface CheckOptions {
  path: string;
  files: readonly ast.File[];
  importer: (path: string) => Package | null;
  goVersion?: string;
  /** The import paths golesson supports, listed in the "not in std" message. */
  supported?: readonly string[];
  /** Errors already reported for these files that are not syntax errors (e.g. the parser's
   *  "expression in defer must not be parenthesized"): gc goes on to type-check, and they come
   *  first in its report order (and count toward its limit of ten). */
  prior?: readonly Diagnostic[];
  /** Report every error (gc's -e flag) instead of stopping after ten. */
  allErrors?: boolean;
}

/** What a package-level object's declaration looks like (cf. types2 declInfo). */
export interface DeclInfo {
  file: ast.File;
  fileScope: Scope;
  /** Const/var: the spec (for consts the spec whose values apply, after implicit repetition). */
  spec?: ast.ValueSpec;
  typ?: ast.Expr | null;
  init?: ast.Expr | null;
  /** For `var a, b = f()`: all variables of the spec. */
  lhs?: Var[];
  iota?: number;
  typeSpec?: ast.TypeSpec;
  funcDecl?: ast.FuncDecl;
  /** Package-level objects this declaration depends on (for initialization order). */
  deps: Set<Obj>;
  /** Whether a const spec's values were inherited from an earlier spec (errors point at the name). */
  inherited?: boolean;
}

/** The per-function (or per-initializer) context while checking expressions and statements. */
export interface Context {
  scope: Scope;
  decl: DeclInfo | null;
  sig: Signature | null;
  iota: ConstValue | null;
  /** Position to report errors at instead (inherited const initializers report at the name). */
  errPos: Pos;
  hasLabel?: boolean;
  hasCallOrRecv?: boolean;
}

export class Checker {
  readonly info: Info;
  readonly diagnostics: Diagnostic[] = [];
  readonly pkgScope: Scope;
  readonly objMap = new Map<Obj, DeclInfo>();
  /** Colors for cycle detection while resolving package-level objects. */
  readonly objPath: Obj[] = [];
  readonly resolved = new Set<Obj>();
  readonly methodsOf = new Map<TypeName, ast.FuncDecl[]>();
  readonly usedVars = new Set<Var>();
  readonly usedImports = new Set<PkgName>();
  readonly localVars = new Set<Var>();
  readonly untyped = new Map<ast.Expr, { type: Type; val: ConstValue | null; mode: TypeAndValue['mode'] }>();
  readonly delayed: (() => void)[] = [];
  readonly funcs: Func[] = [];
  readonly typeNames: TypeName[] = [];
  readonly imports = new Map<string, Package>();
  /** Imports that failed: selectors on them report nothing more. */
  readonly fakeImports = new Set<string>();
  firstErr = false;
  /** The type an expression about to be checked will be assigned to, for reverse inference of a
   *  generic function value (cf. types2 target); consumed by the next rawExpr. */
  target: Type | null = null;
  /** Receiver type parameters written as `_` (func (l *List[_]) ...): resolved by identifier. */
  readonly recvBlankTParams = new Map<ast.Ident, import('./types.js').TypeParam>();
  /** How the last call expression checked was classified (cf. types2 exprKind). */
  callKind: 'conversion' | 'expression' | 'statement' = 'statement';
  ctx: Context;
  readonly q: Qualifier;

  constructor(readonly opts: CheckOptions) {
    this.info = {
      types: new Map(), defs: new Map(), uses: new Map(), implicits: new Map(), selections: new Map(),
      instances: new Map(), scopes: new Map(),
    };
    this.pkgScope = { parent: Universe, names: new Map(), node: null, children: [] };
    this.ctx = { scope: this.pkgScope, decl: null, sig: null, iota: null, errPos: NoPos };
    const path = opts.path;
    this.q = (p: string) => (p === path ? '' : pkgNameOf(p));
    this.outerReasonTypeString = setReasonTypeString((t) => typeString(t, this.q));
  }
  /** The reason printer of the package whose import started this check, restored at its end. */
  readonly outerReasonTypeString: (t: Type) => string;

  get path(): string {
    return this.opts.path;
  }

  // ------------------------------------------------------------------------------------------
  // Errors

  fileOf(pos: Pos): SourceFile | null {
    for (const f of this.opts.files) if (f.source.contains(pos)) return f.source;
    // A position in an imported (standard) package, e.g. a type parameter's in "cannot infer T".
    for (const p of this.imports.values()) for (const f of p.files) if (f.source.contains(pos)) return f.source;
    return this.opts.files[0]?.source ?? null;
  }

  /** Reports msg at pos; `details` are continuation lines: [pos, text] pairs (pos may be NoPos). */
  errorAt(pos: Pos, msg: string, details: readonly (readonly [Pos, string])[] = [], soft = false): void {
    if (this.ctx.errPos !== NoPos) pos = this.ctx.errPos;
    if (this.firstErr && (msg.includes('invalid operand') || msg.includes('invalid type'))) return;
    // Messages with continuation lines ("\n\t...") become details, as gc prints them.
    const nl = msg.indexOf('\n\t');
    if (nl >= 0) {
      const extra = msg.slice(nl + 2).split('\n\t').map((l) => [NoPos, l] as const);
      details = [...extra, ...details];
      msg = msg.slice(0, nl);
    }
    const file = this.fileOf(pos);
    if (!file) return;
    const lines = details.map(([p, text]) => {
      if (p === NoPos) return text;
      const f = this.fileOf(p);
      if (!f) return text;
      const ps = f.position(p);
      return `${ps.filename}:${ps.line}:${ps.column}: ${text}`;
    });
    if (!soft) this.firstErr = true;
    this.diagnostics.push(lines.length > 0 ? { file, pos, msg, details: lines } : { file, pos, msg });
  }

  error(at: ast.Node | Operand | Pos, msg: string, details: readonly (readonly [Pos, string])[] = []): void {
    this.errorAt(this.posOf(at), msg, details);
  }

  softError(at: ast.Node | Operand | Pos, msg: string): void {
    this.errorAt(this.posOf(at), msg, [], true);
  }

  posOf(at: ast.Node | Operand | Pos): Pos {
    if (typeof at === 'number') return at;
    if ('mode' in at && !('kind' in at)) return at.expr ? startPos(at.expr) : NoPos;
    return startPos(at as ast.Node);
  }

  // Formatting helpers for messages.
  op(x: Operand): string {
    return operandString(x, this.q);
  }
  t(t: Type): string {
    return typeString(t, this.q);
  }
  e(e: ast.Expr): string {
    return exprString(e);
  }

  // ------------------------------------------------------------------------------------------
  // Recording

  record(x: Operand): void {
    const e = x.expr;
    if (!e) return;
    let mode: TypeAndValue['mode'];
    switch (x.mode) {
      case 'invalid': return;
      case 'nilvalue': mode = 'value'; break;
      case 'commaerr': mode = 'commaok'; break;
      default: mode = x.mode;
    }
    const t = x.type;
    if (t.kind === 'Basic' && t.name.startsWith('untyped')) {
      this.untyped.set(e, { type: t, val: x.val, mode });
      return;
    }
    this.recordType(e, mode, t, x.val);
  }

  recordType(e: ast.Expr, mode: TypeAndValue['mode'], type: Type, val: ConstValue | null): void {
    this.info.types.set(e, val ? { mode, type, value: val } : { mode, type });
  }

  recordDef(id: ast.Ident, obj: Obj | null): void {
    this.info.defs.set(id, obj);
  }
  recordUse(id: ast.Ident, obj: Obj): void {
    this.info.uses.set(id, obj);
  }
  recordImplicit(n: ast.Node, obj: Obj): void {
    this.info.implicits.set(n, obj);
  }
  recordSelection(e: ast.SelectorExpr, sel: Selection): void {
    this.info.selections.set(e, sel);
  }
  recordInstance(id: ast.Ident, inst: Instance): void {
    this.info.instances.set(id, inst);
  }
  recordScope(n: ast.Node, s: Scope): void {
    this.info.scopes.set(n, s);
  }

  // ------------------------------------------------------------------------------------------
  // Scopes

  openScope(node: ast.Node | null, isFunc = false): Scope {
    const s: Scope = { parent: this.ctx.scope, names: new Map(), node, children: [], isFunc };
    this.ctx.scope.children?.push(s);
    if (node) this.recordScope(node, s);
    this.ctx.scope = s;
    return s;
  }
  closeScope(): void {
    this.ctx.scope = this.ctx.scope.parent ?? this.pkgScope;
  }

  /** Declares obj in scope s; reports a redeclaration (gc: "x redeclared in this block"). */
  declare(s: Scope, id: ast.Ident | null, obj: Obj): void {
    if (id) this.recordDef(id, obj);
    if (obj.name === '_') return;
    const prev = s.names.get(obj.name);
    if (prev) {
      this.errorAt(obj.pos, M.redeclaredInBlock(obj.name), prev.pos !== NoPos ? [[prev.pos, M.otherDeclaration(obj.name)]] : []);
      return;
    }
    s.names.set(obj.name, obj);
  }

  lookup(name: string): Obj | null {
    for (let s: Scope | null = this.ctx.scope; s; s = s.parent) {
      const o = s.names.get(name);
      if (o) return o;
    }
    return null;
  }

  later(f: () => void): void {
    this.delayed.push(f);
  }

  processDelayed(from: number): void {
    for (let i = from; i < this.delayed.length; i++) this.delayed[i]!();
    this.delayed.length = from;
  }
}

/** The leftmost position of a node (cf. syntax.StartPos), where gc reports errors about it. */
export function startPos(n: ast.Node): Pos {
  for (;;) {
    switch (n.kind) {
      case 'Ident': return n.NamePos;
      case 'BasicLit': return n.ValuePos;
      case 'BadExpr': return n.From;
      case 'Ellipsis': return n.Ellipsis;
      case 'FuncLit': n = n.Type; continue;
      case 'FuncType': if (n.Func !== NoPos) return n.Func; return n.Params.Opening;
      case 'CompositeLit': if (n.Type) { n = n.Type; continue; } return n.Lbrace;
      case 'ParenExpr': return n.Lparen;
      case 'SelectorExpr': n = n.X; continue;
      case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': case 'TypeAssertExpr': n = n.X; continue;
      case 'CallExpr': n = n.Fun; continue;
      case 'StarExpr': return n.Star;
      case 'UnaryExpr': return n.OpPos;
      case 'BinaryExpr': n = n.X; continue;
      case 'KeyValueExpr': n = n.Key; continue;
      case 'ArrayType': return n.Lbrack;
      case 'StructType': return n.Struct;
      case 'InterfaceType': return n.Interface;
      case 'MapType': return n.Map;
      case 'ChanType': return n.Begin;
      case 'Field': if (n.Names.length > 0) return n.Names[0]!.NamePos; n = n.Type; continue;
      case 'FieldList': return n.Opening;
      case 'AssignStmt': n = n.Lhs[0]!; continue;
      case 'ExprStmt': n = n.X; continue;
      case 'IncDecStmt': n = n.X; continue;
      case 'SendStmt': n = n.Chan; continue;
      case 'ReturnStmt': return n.Return;
      case 'BlockStmt': return n.Lbrace;
      case 'ValueSpec': n = n.Names[0]!; continue;
      case 'TypeSpec': n = n.Name; continue;
      case 'ImportSpec': if (n.Name) { n = n.Name; continue; } n = n.Path; continue;
      case 'FuncDecl': return n.Type.Func;
      case 'GenDecl': return n.TokPos;
      case 'BadDecl': case 'BadStmt': return n.From;
      case 'DeclStmt': n = n.Decl; continue;
      case 'EmptyStmt': return n.Semicolon;
      case 'LabeledStmt': n = n.Label; continue;
      case 'GoStmt': return n.Go;
      case 'DeferStmt': return n.Defer;
      case 'BranchStmt': return n.TokPos;
      case 'IfStmt': return n.If;
      case 'CaseClause': case 'CommClause': return n.Case;
      case 'SwitchStmt': case 'TypeSwitchStmt': return n.Switch;
      case 'SelectStmt': return n.Select;
      case 'ForStmt': case 'RangeStmt': return n.For;
      case 'File': return n.Package;
      case 'Comment': return n.Slash;
      case 'CommentGroup': n = n.List[0]!; continue;
    }
  }
}

/** The position gc's syntax tree gives an expression (cf. syntax Node.Pos): the operator of a
 *  binary expression, the "(" of a call, the "[" of an index, the "." of a selector. gc reports a
 *  few errors there rather than at the start. */
export function syntaxPos(e: ast.Expr): Pos {
  switch (e.kind) {
    case 'BinaryExpr': return e.OpPos;
    case 'CallExpr': return e.Lparen >= 0 ? e.Lparen : startPos(e.Fun);
    case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': return e.Lbrack;
    case 'SelectorExpr': return e.Sel.NamePos - 1;
    case 'TypeAssertExpr': return e.Lparen - 1;
    case 'KeyValueExpr': return e.Colon;
    case 'CompositeLit': return e.Lbrace;
    default: return startPos(e);
  }
}

/** The position just past a node's end, for the few messages gc reports there (missing return). */
export function endPosOfBlock(b: ast.BlockStmt): Pos {
  return b.Rbrace;
}

/** Type-checks a package (cf. types2 Checker.Files). */
export interface CheckResult {
  pkg: Package;
  /** The errors gc prints, in the order gc reports them (at most ten; see tooManyErrors). */
  diagnostics: Diagnostic[];
  /** When gc gives up after its tenth error: where it prints "too many errors" (the position of
   *  the tenth error reported, which need not be the last one printed). */
  tooManyErrors: Diagnostic | null;
}

export function checkPackage(opts: CheckOptions): CheckResult {
  const c = new Checker(opts);
  const name = opts.files[0]?.Name.Name ?? 'main';
  collectObjects(c);
  packageObjects(c);
  c.processDelayed(0);
  const order = initOrder(c);
  unusedImports(c);
  finalizeUntyped(c);
  const pkg: Package = {
    path: opts.path, name, files: opts.files, info: c.info, scope: c.pkgScope, initOrder: order,
    funcs: c.funcs, types: c.typeNames,
  };
  setReasonTypeString(c.outerReasonTypeString);
  const all = [...(opts.prior ?? []), ...c.diagnostics];
  return { pkg, ...(opts.allErrors ? { diagnostics: all, tooManyErrors: null } : gcCutoff(all)) };
}

/** gc's reporting rules (cf. base.ErrorfAt): a repeated message on the same line is dropped, and
 *  the compiler stops at the tenth error. */
function gcCutoff(all: readonly Diagnostic[]): { diagnostics: Diagnostic[]; tooManyErrors: Diagnostic | null } {
  const out: Diagnostic[] = [];
  let last: Diagnostic | null = null;
  for (const d of all) {
    if (last && last.msg === d.msg && last.file === d.file && last.file.position(last.pos).line === d.file.position(d.pos).line) continue;
    last = d;
    out.push(d);
    if (out.length >= MaxErrors) return { diagnostics: out, tooManyErrors: { file: d.file, pos: d.pos, msg: 'too many errors' } };
  }
  return { diagnostics: out, tooManyErrors: null };
}

/** The lines gc prints for a check result: errors sorted by position, then "too many errors". */
export function formatCheckResult(r: Pick<CheckResult, 'diagnostics' | 'tooManyErrors'>): string[] {
  const sorted = [...r.diagnostics].sort((a, b) => a.pos - b.pos);
  const lines = sorted.map(formatDiagnostic);
  const seen = new Set<string>();
  const uniq = lines.filter((l) => (seen.has(l) ? false : (seen.add(l), true)));
  if (r.tooManyErrors) {
    const p = r.tooManyErrors.file.position(r.tooManyErrors.pos);
    uniq.push(`${p.filename}:${p.line}:${p.column}: too many errors`);
  }
  return uniq;
}

/** Reports unused local variables of a function body, scope by scope (cf. types2 usage). */
export function usage(c: Checker, scope: Scope): void {
  const unused: Var[] = [];
  for (const o of scope.names.values()) {
    if (o.kind === 'Var' && c.localVars.has(o) && !c.usedVars.has(o)) unused.push(o);
  }
  unused.sort((a, b) => a.pos - b.pos);
  for (const v of unused) c.errorAt(v.pos, M.declaredAndNotUsed(v.name), [], true);
  for (const ch of scope.children ?? []) if (!ch.isFunc) usage(c, ch);
}

/** Untyped expressions that never met a typed context keep their untyped type (e.g. constant
 *  declarations); record them now. */
function finalizeUntyped(c: Checker): void {
  for (const [e, u] of c.untyped) c.recordType(e, u.mode, u.type, u.val);
  c.untyped.clear();
}

export { Typ };
