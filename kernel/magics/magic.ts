// What a magic is: a `%name args` line at the top of a cell, run in the worker beside the session.
import type { CellResult, GoSession, RunOptions } from '../../interpreter/api.js';
import type { Bundle, CellEnd } from '../worker-protocol.js';
import type { MagicRegistry } from './registry.js';

/** Where a cell's output goes (text is ordinary JS text, not byte strings). */
export interface CellIO {
  stdout(text: string): void;
  stderr(text: string): void;
  display(bundle: Bundle, id?: string, update?: boolean): void;
  /** Shows a bundle in the client's pager (an execute_reply payload). */
  page(bundle: Bundle): void;
}

export interface MagicContext {
  readonly session: GoSession;
  readonly io: CellIO;
  /** The rest of the magic's line, trimmed. */
  readonly args: string;
  /** The cell after the magic's line (for body magics such as %time, %escape, %trace). */
  readonly body: string;
  readonly magics: MagicRegistry;
  /** Runs code as a cell would run (magics included). */
  run(code: string): Promise<CellEnd>;
  /** Runs Go code (no magics) with extra run options, returning the session's result too. */
  runGo(code: string, extra: Partial<RunOptions>): Promise<{ end: CellEnd; result: CellResult | null }>;
  /** The options the kernel runs Go code with (output, stdin, display, interrupt), for magics
   *  that call the interpreter themselves. */
  readonly runOptions: RunOptions;
}

export interface Magic {
  /** Without the `%`. */
  readonly name: string;
  /** e.g. "%time" or "%escape [-m=2] [-d=defer] [file.go]". */
  readonly usage: string;
  /** One line for %help and %lsmagic. */
  readonly summary: string;
  /** True when the magic takes the rest of the cell as its body; otherwise the rest runs after it. */
  readonly body: boolean;
  run(ctx: MagicContext): Promise<CellEnd>;
}

/** A magic's usage error, reported like IPython's UsageError. */
export function usageError(message: string): CellEnd {
  return { status: 'error', ename: 'UsageError', evalue: message, traceback: [`UsageError: ${message}`] };
}
