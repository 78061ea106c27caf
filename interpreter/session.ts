// A notebook session (GUIDE §5): cells merged into one program that grows. A whole-program cell
// replaces the declarations it repeats and runs main; a declarations cell is merged; a statement
// cell runs at once as main's body. Each run is a Go program run; package-level variables, and the
// variables a statement cell defines, keep their values into the next run.
import type { CellResult, Completeness, Completion, GoSession, Inspection, RunIO, RunOptions } from './api.js';
import { withTrace } from './traced.js';
import { analyzeEscapes, buildDiagnostics, parseGcflags } from './escape/index.js';
import { hasMain, importStd, noMainError } from './run.js';
import { compileErrorReport } from './gorun.js';
import { FileSet, SourceFile, encodeUTF8 } from './source/file.js';
import { formatDiagnostics } from './source/diagnostic.js';
import { formatCheckResult } from './types/check.js';
import type * as ast from './syntax/ast.js';
import { parseCell, parseFile, hasSyntaxErrors } from './syntax/parser.js';
import { startPos } from './syntax/positions.js';
import type { Package } from './types/info.js';
import { signatureString, typeString } from './types/typestring.js';
import { declKeys, keyName, unitSummary, type CellFile, type Unit } from './session/units.js';
import { importLocalName, importPath, inferredImports } from './session/imports.js';
import { cellVariables, endsInValueCall, firstPassBody, secondPassBody, sessionPkg } from './session/statements.js';
import { funcDecl, importDecl } from './session/synth.js';
import { assistComplete, assistInspect, assistIsComplete } from './session/assist.js';
import { useSessionStore, snapshot, type SessionStore } from './stdlib/golesson_session.js';
import { checkProgram, runChecked, stdPackageNames } from './session/program.js';

/** A variable a statement cell defined, living on as a package-level variable. */
interface CellVar {
  readonly name: string;
  /** Its type as Go source, in the main package's terms. */
  readonly typeText: string;
  /** Packages the type text refers to (path by name). */
  readonly imports: ReadonlyMap<string, string>;
  readonly serial: number;
}

type Kind = 'program' | 'declarations' | 'statements';

/** A cell's program, checked, and the session state it would leave. */
interface Proposal {
  readonly kind: Kind;
  readonly pkg: Package;
  readonly goVersion: string;
  readonly units: Unit[];
  readonly cellVars: Map<string, CellVar>;
  readonly imports: Map<string, string>;
  readonly source: SourceFile;
}

export class Session implements GoSession {
  private fset = new FileSet();
  private units: Unit[] = [];
  private cellVars = new Map<string, CellVar>();
  /** Imports written in cells, by local name. */
  private imports = new Map<string, string>();
  private store: SessionStore = { kept: new Map(), live: new Map(), result: undefined };
  private serial = 0;

  reset(): void {
    this.fset = new FileSet();
    this.units = [];
    this.cellVars.clear();
    this.imports.clear();
    this.store = { kept: new Map(), live: new Map(), result: undefined };
  }

  list(): string[] {
    const lines = [...this.imports].map(([name, path]) =>
      path.endsWith(`/${name}`) || path === name ? `import "${path}"` : `import ${name} "${path}"`,
    );
    for (const u of this.units) lines.push(unitSummary(u));
    for (const v of this.cellVars.values()) lines.push(`var ${v.name} ${v.typeText}`);
    return lines;
  }

  isComplete(code: string): Completeness {
    return assistIsComplete(code);
  }

  complete(code: string, cursor: number): Completion {
    return assistComplete(code, cursor, this.scopeNames(), (name) => {
      const pkg = this.packageNamed(name);
      return pkg ? [...pkg.scope.names.keys()].filter((n) => /^\p{Lu}/u.test(n)) : null;
    });
  }

  inspect(code: string, cursor: number): Inspection {
    return assistInspect(code, cursor, this.units, this.cellVars, (name, member) => {
      const obj = this.packageNamed(name)?.scope.names.get(member);
      if (!obj || !/^\p{Lu}/u.test(member)) return null;
      const q = (path: string) => path.slice(path.lastIndexOf('/') + 1);
      switch (obj.kind) {
        case 'Func': return `func ${name}.${member}${signatureString(obj.type, q).replace(/^func/, '')}`;
        case 'TypeName': {
          const t = obj.type;
          const u = t.kind === 'Named' ? t.underlying : t;
          // Unexported fields are the package's business: show what a user can touch.
          const body = u.kind === 'Struct' ? `struct {${u.fields.filter((f) => /^\p{Lu}/u.test(f.name)).map((f) => ` ${f.name} ${typeString(f.type, q)};`).join('')} /* unexported fields */ }` : typeString(u, q);
          const methods = t.kind === 'Named' ? t.methods.filter((m) => /^\p{Lu}/u.test(m.name)).map((m) => `func (${member}) ${m.name}${signatureString(m.type, q).replace(/^func/, '')}`) : [];
          return [`type ${name}.${member} ${body}`, ...methods].join('\n');
        }
        case 'Const': return `const ${name}.${member} ${typeString(obj.type, q)}`;
        case 'Var': return `var ${name}.${member} ${typeString(obj.type, q)}`;
        default: return null;
      }
    });
  }

  /** The standard package a cell would reach by this name (imported, or by its own name). */
  private packageNamed(name: string): Package | null {
    const path = this.imports.get(name) ?? stdPackageNames().get(name);
    return path === undefined ? null : importStd(path);
  }

  async execute(code: string, opts: RunOptions): Promise<CellResult> {
    const p = this.propose(code, opts.filename ?? './prog.go');
    if ('lines' in p) return { outcome: 'compile-error', exitStatus: 1, diagnostics: p.lines };

    // The cell is accepted: it is now part of the session, whatever its run does.
    this.units = p.units;
    this.cellVars = p.cellVars;
    this.imports = p.imports;
    if (p.kind === 'declarations') return { outcome: 'exited', exitStatus: 0, diagnostics: [] };
    if (!hasMain(p.pkg)) return { outcome: 'compile-error', exitStatus: 1, diagnostics: [noMainError] };

    this.store.result = undefined;
    useSessionStore(this.store);
    try {
      const run = (io: RunIO) => runChecked(p.pkg, p.goVersion, { ...opts, ...io });
      const { result, trace } = opts.trace ? await withTrace(opts, run) : { result: await run(opts), trace: undefined };
      const value = this.store.result !== undefined && result.outcome === 'exited' ? this.store.result : undefined;
      return { ...result, ...(value !== undefined ? { value } : {}), ...(trace ? { trace } : {}) };
    } finally {
      snapshot(this.store);
      useSessionStore(null);
    }
  }

  /** What `go build -gcflags=GCFLAGS` would print for the cell (a byte string), in the session's context: a whole
   *  program alone, as the command line analyses a file; other cells with the session's
   *  declarations, reporting only the cell's own lines. Runs nothing and changes nothing. */
  escape(code: string, gcflags: string, filename = './prog.go'): { output: string; ok: boolean } {
    const flags = parseGcflags(gcflags);
    if (typeof flags === 'string') return { output: flags + '\n', ok: false };
    if (/^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*package\s/.test(code)) {
      return buildDiagnostics(encodeUTF8(code), filename, gcflags, { importer: importStd });
    }
    const p = this.propose(code, filename);
    if ('lines' in p) return { output: compileErrorReport(p.lines), ok: false };
    // Positions in other cells get a marked file name, so that only the cell's own lines are kept
    // (cells may share a file name); the mark is dropped from positions quoted in kept lines.
    const fset = this.fset;
    const cellFile = p.source;
    const where = { position: (pos: number) => (cellFile.contains(pos) ? cellFile.position(pos) : { ...fset.position(pos), filename: `${fset.position(pos).filename}\u0000` }) };
    const lines = analyzeEscapes(p.pkg, flags, where as SourceFile)
      .filter((l) => l.startsWith(`${filename}:`))
      .map((l) => l.replace(/\u0000/g, ''));
    return { output: lines.length > 0 ? compileErrorReport(lines) : '', ok: true };
  }

  /**
   * The program a cell proposes: the session's declarations with the cell's replacing theirs, the
   * cell's statements as main (checked twice, see session/statements.ts), checked as one package.
   * Nothing of the session changes here.
   */
  private propose(code: string, filename: string): Proposal | { lines: readonly string[] } {
    const source = this.fset.add(SourceFile.fromText(filename, code, this.fset.nextBase()));
    const parsed = parseCell(source);
    if (hasSyntaxErrors(parsed.diagnostics)) return { lines: formatDiagnostics(parsed.diagnostics) };
    const tree: ast.File = {
      kind: 'File', Doc: null, Package: parsed.packageClause?.NamePos ?? source.base,
      Name: parsed.packageClause ?? { kind: 'Ident', NamePos: source.base, Name: 'main' },
      Decls: parsed.decls, FileStart: source.base, FileEnd: source.end, Imports: parsed.imports,
      Comments: parsed.comments, GoVersion: parsed.goVersion, source,
    };
    if (parsed.packageClause && parsed.packageClause.Name !== 'main') {
      return { lines: formatDiagnostics([{ file: source, pos: parsed.packageClause.NamePos, msg: `package ${parsed.packageClause.Name} is not a main package: a notebook cell is part of package main` }]) };
    }
    if (parsed.packageClause && parsed.stmts.length > 0) {
      return { lines: formatDiagnostics([{ file: source, pos: startPos(parsed.stmts[0]!), msg: 'syntax error: non-declaration statement outside function body' }]) };
    }
    const cell: CellFile = { source, tree, imports: parsed.imports };
    const hasMain = parsed.decls.some((d) => d.kind === 'FuncDecl' && !d.Recv && d.Name.Name === 'main');
    const kind: Kind = parsed.stmts.length > 0 ? 'statements' : parsed.packageClause || hasMain ? 'program' : 'declarations';

    const serial = ++this.serial;
    const newUnits: Unit[] = parsed.decls.map((decl) => ({ keys: declKeys(decl), decl, cell, serial }));
    const imports = new Map(this.imports);
    for (const spec of parsed.imports) {
      const name = importLocalName(spec);
      if (name !== '_' && name !== '.') imports.set(name, importPath(spec));
    }
    let units = replaceUnits(this.units, newUnits);
    const cellVars = new Map(this.cellVars);
    for (const u of newUnits) for (const k of u.keys) { const n = keyName(k); if (n) cellVars.delete(n); }

    let stmts: ast.Stmt[] = [];
    if (kind === 'statements') {
      // Pass 1: the cell as a function body, to learn its variables' types.
      let probe = this.assemble(units, cellVars, imports, cell, firstPassBody(parsed.stmts), null);
      let first = checkProgram(probe.files, parsed.diagnostics);
      if (endsInValueCall(parsed.stmts, first.diagnostics)) {
        // A final len(s), cap(s) or T(x) is a value, not a statement Go accepts: show it instead.
        probe = this.assemble(units, cellVars, imports, cell, firstPassBody(parsed.stmts, true), null);
        first = checkProgram(probe.files, parsed.diagnostics);
      }
      if (first.diagnostics.length > 0) return { lines: formatCheckResult(first) };
      const found = cellVariables(parsed.stmts, first.pkg.info);
      for (const [name, v] of found.vars) {
        const used = new Map<string, string>();
        const typeText = typeString(v.type, (path) => {
          if (path === 'main') return '';
          const local = path.slice(path.lastIndexOf('/') + 1);
          used.set(local, path);
          return local;
        });
        cellVars.set(name, { name, typeText, imports: used, serial });
        units = units.filter((u) => !u.keys.some((k) => keyName(k) === name));
      }
      stmts = secondPassBody(parsed.stmts, found.hasValue);
    }

    const program = this.assemble(units, cellVars, imports, cell, kind === 'statements' ? stmts : null, kind === 'program' ? cell : null);
    const checked = checkProgram(program.files, parsed.diagnostics);
    if (checked.diagnostics.length > 0) return { lines: formatCheckResult(checked) };
    return { kind, pkg: checked.pkg, goVersion: parsed.goVersion, units, cellVars, imports, source };
  }

  /** Names visible to the next cell, for completion. */
  private scopeNames(): string[] {
    const names = new Set<string>(this.imports.keys());
    for (const u of this.units) for (const k of u.keys) { const n = keyName(k); if (n) names.add(n); }
    for (const n of this.cellVars.keys()) names.add(n);
    return [...names];
  }

  /**
   * The files of one program: one per cell that still holds declarations (with the imports its code
   * needs), the session file (cell variables and the init that keeps variables across runs), and
   * the current cell (as written when it is a whole program; with `main` as its statements'
   * function when it is a statement cell).
   */
  private assemble(
    units: readonly Unit[],
    cellVars: ReadonlyMap<string, CellVar>,
    imports: ReadonlyMap<string, string>,
    current: CellFile,
    mainBody: readonly ast.Stmt[] | null,
    whole: CellFile | null,
  ): { files: ast.File[] } {
    const std = stdPackageNames();
    const packageNames = new Set<string>();
    for (const u of units) for (const k of u.keys) { const n = keyName(k); if (n) packageNames.add(n); }
    for (const n of cellVars.keys()) packageNames.add(n);

    const byCell = new Map<CellFile, ast.Decl[]>();
    for (const u of units) {
      if (mainBody && u.keys.includes('func main')) continue; // a statement cell is main
      if (!byCell.has(u.cell)) byCell.set(u.cell, []);
      byCell.get(u.cell)!.push(u.decl);
    }
    if (mainBody) {
      const src = current.source;
      const main = funcDecl('main', mainBody, src.base, src.end);
      if (!byCell.has(current)) byCell.set(current, []);
      byCell.get(current)!.push(main);
    }
    const known = new Map([...imports, [sessionPkg, 'golesson/session']]);
    const files: ast.File[] = [];
    for (const [cell, decls] of byCell) {
      if (cell === whole) {
        // The program as written: Go's rules for its imports apply, unused ones included.
        const imp = cell.imports.length > 0 ? [importDecl(cell.imports)] : [];
        files.push({ ...cell.tree, Decls: [...imp, ...decls] });
        continue;
      }
      const imp = inferredImports(decls, packageNames, known, std);
      files.push({ ...cell.tree, Name: { ...cell.tree.Name, Name: 'main' }, Decls: imp ? [imp, ...decls] : decls, Imports: imp ? (imp.Specs as ast.ImportSpec[]) : [] });
    }
    files.push(this.sessionFile(units, cellVars));
    // Files in the order of their cells, so that positions (and so diagnostics) sort by cell.
    files.sort((a, b) => a.source.base - b.source.base);
    return { files };
  }

  /** The generated file declaring cell variables and keeping every package-level variable. */
  private sessionFile(units: readonly Unit[], cellVars: ReadonlyMap<string, CellVar>): ast.File {
    const imports = new Map<string, string>([[sessionPkg, 'golesson/session']]);
    let decls = '';
    let keeps = '';
    for (const v of cellVars.values()) {
      for (const [n, p] of v.imports) imports.set(n, p);
      decls += `var ${v.name} ${v.typeText}\n`;
      keeps += `\t${sessionPkg}.Keep("cell ${v.name}#${v.serial}", &${v.name})\n`;
    }
    for (const u of units)
      for (const k of u.keys)
        if (k.startsWith('var ')) keeps += `\t${sessionPkg}.Keep("${k}#${u.serial}", &${k.slice(4)})\n`;
    if (keeps === '') imports.delete(sessionPkg);
    const importLines = [...imports].map(([n, p]) => `\t${n} "${p}"\n`).join('');
    const init = keeps === '' ? '' : `func init() {\n${keeps}}\n`;
    const text = `package main\n\nimport (\n${importLines})\n\n${decls}\n${init}`;
    const source = this.fset.add(SourceFile.fromText('golesson-session.go', text, this.fset.nextBase()));
    const parsed = parseFile(source);
    if (hasSyntaxErrors(parsed.diagnostics)) throw new Error(`internal error: session file does not parse:\n${text}`);
    return parsed.file;
  }
}

/** The units after `added` replace every unit sharing a key with them. */
function replaceUnits(units: readonly Unit[], added: readonly Unit[]): Unit[] {
  const keys = new Set(added.flatMap((u) => u.keys));
  return [...units.filter((u) => !u.keys.some((k) => keys.has(k))), ...added];
}

