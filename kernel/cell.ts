// Running one notebook cell in the worker: magics at the top, `name?` lookups, then Go code through
// the session; the session's result becomes a CellEnd (ok, or an error named like Go's failure).
import type { CellResult, GoSession, RunOptions } from '../interpreter/api.js';
import type { CellEnd } from './worker-protocol.js';
import type { CellIO, MagicContext } from './magics/magic.js';
import type { MagicRegistry } from './magics/registry.js';

/** Go text from a byte string (one char per byte). */
export function fromBytes(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A byte string (one char per byte) from text. */
export function toBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** Why a run was stopped from outside the program, if it was. */
export type StopReason = 'interrupt' | 'output-limit';

export interface CellHost {
  readonly session: GoSession;
  readonly magics: MagicRegistry;
  readonly io: CellIO;
  readonly runOptions: RunOptions;
  /** The last stderr bytes of the run (where a panic or fatal error is reported). */
  stderrTail(): string;
  stopReason(): StopReason | undefined;
}

const lookupPattern = /^\s*(?:\?\s*([\p{L}_][\p{L}\p{N}_.]*)|([\p{L}_][\p{L}\p{N}_.]*)\s*\?)\s*$/u;

export async function runCell(code: string, host: CellHost): Promise<CellEnd> {
  const lookup = lookupPattern.exec(code);
  if (lookup) {
    const name = lookup[1] ?? lookup[2]!;
    const found = host.session.inspect(name, name.length);
    if (!found.found) return { status: 'error', ename: 'NameError', evalue: `no documentation found for ${name}`, traceback: [`no documentation found for ${name}`] };
    host.io.page({ 'text/plain': found.text });
    return { status: 'ok' };
  }
  let rest = code;
  for (;;) {
    const m = /^[ \t]*(?:\r?\n[ \t]*)*%([A-Za-z_][\w-]*)([^\n]*)(?:\n|$)/.exec(rest);
    if (!m) break;
    const magic = host.magics.get(m[1]!);
    if (!magic) {
      const msg = `unknown magic %${m[1]}; %lsmagic lists the magics, %help explains them`;
      return { status: 'error', ename: 'UsageError', evalue: msg, traceback: [`UsageError: ${msg}`] };
    }
    const body = rest.slice(m[0].length);
    const ctx: MagicContext = {
      session: host.session,
      io: host.io,
      args: m[2]!.trim(),
      body,
      magics: host.magics,
      runOptions: host.runOptions,
      run: (c) => runCell(c, host),
      runGo: (c, extra) => runGoWith(c, host, extra),
    };
    const end = await magic.run(ctx);
    if (magic.body || end.status === 'error') return end;
    rest = body;
  }
  if (rest.trim() === '') return { status: 'ok' };
  return runGo(rest, host);
}

async function runGo(code: string, host: CellHost): Promise<CellEnd> {
  return (await runGoWith(code, host, {})).end;
}

/** Runs Go code with extra run options (e.g. `trace`), returning the session's result as well. */
async function runGoWith(code: string, host: CellHost, extra: Partial<RunOptions>): Promise<{ end: CellEnd; result: CellResult | null }> {
  let result: CellResult;
  try {
    result = await host.session.execute(code, { ...host.runOptions, ...extra });
  } catch (e) {
    return { end: internalError(e), result: null };
  }
  return { end: cellEnd(result, host), result };
}

/** The CellEnd for a session result. */
function cellEnd(result: CellResult, host: CellHost): CellEnd {
  const stop = host.stopReason();
  if (stop === 'output-limit') {
    const msg = 'the cell printed too much output and was stopped';
    return { status: 'error', ename: 'OutputLimitExceeded', evalue: msg, traceback: [msg] };
  }
  if (stop === 'interrupt' || result.outcome === 'interrupted') return interrupted();
  switch (result.outcome) {
    case 'exited':
      return result.value === undefined ? { status: 'ok' } : { status: 'ok', value: fromBytes(result.value) };
    case 'os-exit':
      if (result.exitStatus === 0) return { status: 'ok' };
      return exitError('exit', `exit status ${result.exitStatus}`, result.exitStatus);
    case 'compile-error': {
      const lines = result.diagnostics.map(fromBytes);
      return { status: 'error', ename: 'CompileError', evalue: lines[0] ?? 'compile error', traceback: lines };
    }
    case 'panic':
      return exitError('panic', lastReport(host.stderrTail(), 'panic: ') ?? 'panic', result.exitStatus);
    case 'fatal':
      return exitError('fatal error', lastReport(host.stderrTail(), 'fatal error: ') ?? 'fatal error', result.exitStatus);
  }
}

/** The message of the last `prefix...` line of the run's stderr (the report Go printed). */
function lastReport(stderr: string, prefix: string): string | undefined {
  const lines = fromBytes(stderr).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.startsWith(prefix)) return lines[i]!.slice(prefix.length);
  return undefined;
}

/** The report itself went to stderr, as `go run` prints it; the traceback ends like `go run`. */
function exitError(ename: string, evalue: string, status: number): CellEnd {
  return { status: 'error', ename, evalue, traceback: [`exit status ${status}`] };
}

export function interrupted(): CellEnd {
  return { status: 'error', ename: 'Interrupted', evalue: 'the cell was interrupted', traceback: ['interrupted: the cell was stopped; the session keeps its declarations and variables'] };
}

export function internalError(e: unknown): CellEnd {
  const err = e instanceof Error ? e : new Error(String(e));
  return {
    status: 'error',
    ename: 'InternalError',
    evalue: err.message,
    traceback: ['golesson internal error (a bug in golesson, not in your program):', ...(err.stack ?? err.message).split('\n')],
  };
}
