// The pipeline for one program: parse, type-check (standard packages parsed from their Go
// declarations and checked once, then cached), compile to JavaScript, run main through the
// concurrency runtime's runMain. Compile errors come back as gc-formatted lines.
import type { RunOptions, RunResult } from './api.js';
import { SourceFile } from './source/file.js';
import { formatDiagnostics, type Diagnostic } from './source/diagnostic.js';
import { parseFile, hasSyntaxErrors } from './syntax/parser.js';
import { sharesLoopVars } from './syntax/buildline.js';
import { checkPackage, formatCheckResult } from './types/check.js';
import type { Package } from './types/info.js';
import { compileProgram, type CompiledProgram } from './compile/program.js';
import { stdPackages, supportedPackages, packageName } from './stdlib/index.js';
import { makeRuntime } from './runtime/rt.js';
import { runMain } from './runtime/runmain.js';
import { toGoPanic } from './runtime/errors.js';
import { resetAddresses } from './runtime/address.js';
import { isGeneratorFunction } from './runtime/defer.js';

const stdCache = new Map<string, Package>();
/** Standard files get positions far from the user's (positions are global across files). */
let stdBase = 1 << 30;

/** The checked standard package at path, or null if golesson does not provide it. */
export function importStd(path: string): Package | null {
  const have = stdCache.get(path);
  if (have !== undefined) return have;
  const sp = stdPackages.get(path);
  if (sp === undefined) return null;
  const file = new SourceFile(`$GOROOT/src/${path}/${packageName(path)}.go`, sp.source, stdBase);
  stdBase += sp.source.length + 1024;
  const parsed = parseFile(file);
  if (parsed.diagnostics.length > 0) throw new Error(`internal error: std package ${path}: ${formatDiagnostics(parsed.diagnostics).join('; ')}`);
  const { pkg, diagnostics } = checkPackage({ path, files: [parsed.file], importer: importStd, supported: supportedPackages() });
  if (diagnostics.length > 0) throw new Error(`internal error: std package ${path}: ${formatDiagnostics(diagnostics).join('; ')}`);
  stdCache.set(path, pkg);
  return pkg;
}

/** Packages the main package needs, dependencies first. */
function dependencyOrder(main: Package): Package[] {
  const out: Package[] = [];
  const seen = new Set<string>();
  const visit = (p: Package): void => {
    if (seen.has(p.path)) return;
    seen.add(p.path);
    for (const f of p.files)
      for (const imp of f.Imports) {
        const path = imp.Path.Value.slice(1, -1);
        const dep = importStd(path);
        if (dep) visit(dep);
      }
    out.push(p);
  };
  visit(main);
  return out;
}

export interface BuildResult {
  readonly diagnostics: readonly string[];
  readonly program: CompiledProgram | null;
  readonly packages: readonly Package[];
  /** The go command refused before compiling (the lines carry no compiler header). */
  readonly byGoCommand?: boolean;
}

/** The linker's complaint about a main package without func main (a byte string: `·` is UTF-8). */
export const noMainError = 'runtime.main_main\xc2\xb7f: function main is undeclared in the main package';

/** Whether a checked main package declares func main (else the link step fails). */
export function hasMain(pkg: Package): boolean {
  return pkg.scope.names.get('main')?.kind === 'Func';
}

/** Parses, checks and compiles a program; diagnostics are gc-formatted lines. */
export function buildProgram(source: string, opts: { filename?: string; trace?: boolean } = {}): BuildResult {
  const file = SourceFile.fromText(opts.filename ?? './prog.go', source);
  const parsed = parseFile(file);
  if (hasSyntaxErrors(parsed.diagnostics)) {
    return { diagnostics: formatDiagnostics(parsed.diagnostics), program: null, packages: [] };
  }
  if (parsed.file.Name.Name !== 'main') {
    return { diagnostics: ['package command-line-arguments is not a main package'], program: null, packages: [], byGoCommand: true };
  }
  // Other parser errors (e.g. a parenthesized defer) do not stop gc: it type-checks as well.
  const checked = checkPackage({
    path: 'main',
    files: [parsed.file],
    importer: importStd,
    goVersion: parsed.file.GoVersion || undefined,
    supported: supportedPackages(),
    prior: parsed.diagnostics,
  });
  const { pkg, diagnostics } = checked;
  if (diagnostics.length > 0) return { diagnostics: formatCheckResult(checked), program: null, packages: [pkg] };
  if (!hasMain(pkg)) return { diagnostics: [noMainError], program: null, packages: [pkg] };
  return { diagnostics: [], ...compileChecked(pkg, parsed.file.GoVersion, opts.trace) };
}

/** Compiles a checked main package with the packages it imports; `goVersion` is the file's (or
 *  running cell's) build constraint, which decides the loop-variable semantics. */
export function compileChecked(pkg: Package, goVersion: string, trace?: boolean): { program: CompiledProgram; packages: Package[] } {
  const packages = dependencyOrder(pkg);
  const program = compileProgram(packages, { loopvar: sharesLoopVars(goVersion) ? 'shared' : 'per-iteration', std: stdPackages, trace });
  return { program, packages };
}

/** Runs a whole Go program as `go run` would. */
export async function runProgram(source: string, opts: RunOptions): Promise<RunResult> {
  const built = buildProgram(source, { filename: opts.filename, trace: opts.trace });
  if (built.program === null) {
    return { outcome: 'compile-error', exitStatus: 1, diagnostics: built.diagnostics, ...(built.byGoCommand ? { byGoCommand: true } : {}) };
  }
  return runCompiled(built.program, opts);
}

/** Runs a compiled program's init and main as goroutine 1 (runMain), Go's endings included. */
export function runCompiled(prog: CompiledProgram, opts: RunOptions): Promise<RunResult> {
  resetAddresses();
  const { init, main } = prog.load(makeRuntime(stdPackages));
  return runMain(
    {
      init: convertNil(init),
      main: convertNil(main),
      frames: (e) => prog.goFrames(e),
    },
    opts,
  );
}

/** Wraps an entry point so a JS null-property TypeError surfaces as Go's nil dereference panic. */
function convertNil(f: () => unknown): () => unknown {
  if (isGeneratorFunction(f)) {
    return function* () {
      try {
        return yield* f() as Generator<unknown, unknown, unknown>;
      } catch (e) {
        throw toGoPanic(e);
      }
    };
  }
  return () => {
    try {
      return f();
    } catch (e) {
      throw toGoPanic(e);
    }
  };
}
