// A session's program as the pipeline sees it: the cells' files checked together as package main,
// then compiled and run like any program (run.ts).
import type { RunOptions, RunResult } from '../api.js';
import type { Diagnostic } from '../source/diagnostic.js';
import type * as ast from '../syntax/ast.js';
import { checkPackage, type CheckResult } from '../types/check.js';
import type { Package } from '../types/info.js';
import { supportedPackages, packageName } from '../stdlib/index.js';
import { compileChecked, importStd, runCompiled } from '../run.js';

/** Checks the cells' files as package main; `prior` are the parser's non-syntax errors (gc goes on
 *  to type-check after them, and they count towards its ten). */
export function checkProgram(files: readonly ast.File[], prior: readonly Diagnostic[] = []): CheckResult {
  return checkPackage({ path: 'main', files, importer: importStd, supported: supportedPackages(), prior });
}

/** Compiles and runs a checked program; `goVersion` is the running cell's build constraint. */
export function runChecked(pkg: Package, goVersion: string, opts: RunOptions): Promise<RunResult> {
  return runCompiled(compileChecked(pkg, goVersion, opts.trace).program, opts);
}

/** Standard packages by package name (for imports a cell leaves out), user-visible ones only. */
export function stdPackageNames(): Map<string, string> {
  const names = new Map<string, string>();
  // Two packages of one name (math/rand, math/rand/v2): the unversioned one, as goimports picks.
  for (const path of supportedPackages()) {
    const name = packageName(path);
    const had = names.get(name);
    if (had === undefined || packageName(had) !== had.slice(had.lastIndexOf('/') + 1)) names.set(name, path);
  }
  return names;
}
