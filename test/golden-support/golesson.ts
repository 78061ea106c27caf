// Runs a golden program through golesson in-process, the way `golesson run` / `golesson build` would,
// and returns what `go run` / `go build` would have printed.
import { interruptAfter } from '../support/interrupt.js';
import type { Transcript } from './compare.mjs';

/** The interpreter's public surface as the driver uses it (interpreter/index.ts). Loaded lazily so
 *  that the corpus can exist before the interpreter does: every program then fails with the reason. */
interface InterpreterSurface {
  importStd(path: string): unknown;
  runProgram(source: string, opts: Record<string, unknown>): Promise<{ outcome: string; exitStatus: number; diagnostics: readonly string[] }>;
}
interface GoRunSurface {
  goRunEpilogue(r: { outcome: string; exitStatus: number; diagnostics: readonly string[] }): { stderr: string; exitCode: number };
}
/** The escape analysis entry (interpreter/escape/index.ts): what `go build -gcflags=FLAGS NAME.go`
 *  prints, header and positions included. It takes the source as a byte string. */
interface EscapeSurface {
  buildDiagnostics?: (
    source: string,
    filename: string,
    gcflags: string,
    env: { importer: (path: string) => unknown },
  ) => { output: string; ok: boolean };
}

let loaded: Promise<{ api: InterpreterSurface; gorun: GoRunSurface }> | undefined;

function load() {
  // Dynamic imports resolve only when called, so a missing index.ts fails the programs, not the file.
  loaded ??= Promise.all([import('../../interpreter/index.js'), import('../../interpreter/gorun.js')]).then(([api, g]) => ({
    api: api as InterpreterSurface,
    gorun: g as GoRunSurface,
  }));
  return loaded;
}


/** `go run NAME.go` as golesson does it: stdout and stderr as byte strings, and go run's exit code. */
export async function golessonRun(source: string, filename: string, timeoutMs: number): Promise<Transcript> {
  const { api, gorun } = await load();
  let stdout = '';
  let stderr = '';
  const dog = interruptAfter(timeoutMs);
  try {
    const result = await api.runProgram(source, {
      filename,
      stdout: (b: string) => {
        stdout += b;
      },
      stderr: (b: string) => {
        stderr += b;
      },
      interrupt: dog.cell,
    });
    const ending = gorun.goRunEpilogue(result);
    return { stdout, stderr: stderr + ending.stderr, exit: `${ending.exitCode}\n` };
  } finally {
    dog.stop();
  }
}

/** `go build -gcflags=FLAGS NAME.go` as golesson does it: what the compiler prints (stderr). */
export async function golessonBuild(source: string, filename: string, gcflags: string): Promise<string> {
  const { api } = await load();
  const escape = (await import('../../interpreter/escape/index.js')) as EscapeSurface;
  if (typeof escape.buildDiagnostics !== 'function') {
    throw new Error('interpreter/escape/index.ts has no buildDiagnostics yet');
  }
  const bytes = Buffer.from(source, 'utf8').toString('latin1');
  return escape.buildDiagnostics(bytes, filename, gcflags, { importer: (p) => api.importStd(p) }).output;
}
