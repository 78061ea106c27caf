// The messages between the kernel's main thread (sockets) and its worker thread (the Go session).
import type { Completeness } from '../interpreter/api.js';

/** A MIME bundle: mime type -> data (strings; images base64). */
export type Bundle = Readonly<Record<string, string>>;

/** A page payload (the pager: %help, `name?`), as execute_reply carries it. */
export interface PagePayload {
  readonly source: 'page';
  readonly data: Bundle;
  readonly start: number;
}

/** How a cell (or a magic) ended. */
export type CellEnd =
  | { readonly status: 'ok'; readonly value?: string }
  | { readonly status: 'error'; readonly ename: string; readonly evalue: string; readonly traceback: readonly string[] };

/** A cell's end plus what it sent to the pager, ready to become an execute_reply. */
export type CellOutcome = CellEnd & { readonly payload: readonly PagePayload[] };

export type ToWorker =
  | { readonly type: 'execute'; readonly id: number; readonly code: string; readonly allowStdin: boolean; readonly silent: boolean }
  | { readonly type: 'complete'; readonly id: number; readonly code: string; readonly cursor: number }
  | { readonly type: 'inspect'; readonly id: number; readonly code: string; readonly cursor: number }
  | { readonly type: 'is_complete'; readonly id: number; readonly code: string }
  | { readonly type: 'input_reply'; readonly value: string | null };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'load_failed'; readonly message: string }
  | { readonly type: 'stream'; readonly name: 'stdout' | 'stderr'; readonly text: string }
  | { readonly type: 'display'; readonly bundle: Bundle; readonly id?: string; readonly update: boolean }
  | { readonly type: 'clear_output'; readonly wait: boolean }
  | { readonly type: 'input_request'; readonly prompt: string; readonly password: boolean }
  | { readonly type: 'result'; readonly id: number; readonly result: WorkerResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stack: string };

export type WorkerResult =
  | { readonly kind: 'execute'; readonly outcome: CellOutcome }
  | { readonly kind: 'complete'; readonly matches: readonly string[]; readonly start: number; readonly end: number }
  | { readonly kind: 'inspect'; readonly found: boolean; readonly text: string }
  | { readonly kind: 'is_complete'; readonly completeness: Completeness };

/** What the main thread passes to a new worker. */
export interface WorkerData {
  /** One Int32 cell: 1 asks the running program to stop (RunOptions.interrupt). */
  readonly interrupt: SharedArrayBuffer;
  /** Module exporting `Session` (a GoSession class); the interpreter's index by default. */
  readonly sessionModule: string;
  /** Stream output beyond this many bytes per cell is cut and the cell stopped. */
  readonly outputLimit: number;
}
