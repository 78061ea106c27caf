// What the `go` command itself adds around a program's own output, so that golesson's `run` and
// `build` print the same bytes and exit the same way as `go run` and `go build`.
import type { RunResult } from './api.js';

/** The name gc prints in positions for a file given on the command line: `x.go` -> `./x.go`,
 *  `dir/x.go` -> `dir/x.go`, `./x.go` -> `./x.go`. */
export function gcFileName(path: string): string {
  const clean = path.replace(/\/+/g, '/');
  if (clean.startsWith('/') || clean.startsWith('./') || clean.startsWith('../')) return clean;
  return clean.includes('/') ? clean : `./${clean}`;
}

/** The lines `go run` prints on stderr after the program ends, and `go run`'s own exit code. */
export function goRunEpilogue(r: RunResult): { stderr: string; exitCode: number } {
  switch (r.outcome) {
    case 'compile-error':
      return { stderr: r.byGoCommand ? r.diagnostics.map((d) => `${d}\n`).join('') : compileErrorReport(r.diagnostics), exitCode: 1 };
    case 'interrupted':
      return { stderr: 'signal: interrupt\n', exitCode: 1 };
    default:
      return r.exitStatus === 0
        ? { stderr: '', exitCode: 0 }
        : { stderr: `exit status ${r.exitStatus}\n`, exitCode: 1 };
  }
}

/** gc's report for a package that does not compile: the package header, then one line each. */
export function compileErrorReport(diagnostics: readonly string[]): string {
  return `# command-line-arguments\n${diagnostics.map((d) => `${d}\n`).join('')}`;
}
