// The shapes the interpreter's public surface (index.ts) speaks in: what a host passes in to run Go
// code and what it gets back. Hosts (kernel/, cli/) depend on these and on nothing deeper.
import type { TraceLog } from './traced.js';

export type { TraceLog };

/** Where a running program's output and input go. Output chunks are byte strings (UTF-8 bytes). */
export interface RunIO {
  stdout(bytes: string): void;
  stderr(bytes: string): void;
  /** Called when the program reads os.Stdin and has nothing buffered: the next chunk (a byte
   *  string, usually one line with its newline), or null at end of input. May wait for the user. */
  readStdin?(): Promise<string | null>;
  /** Rich output from the Go package golesson/display: a MIME bundle (mime type -> data), shown
   *  as display_data, or as update_display_data when `update` is set for an earlier `id`. */
  display?(bundle: Readonly<Record<string, string>>, id?: string, update?: boolean): void;
  /** display.Clear(): clear the cell's output, at once or (`wait`) when the next output arrives. */
  clearOutput?(wait: boolean): void;
}

export interface RunOptions extends RunIO {
  /** The name positions and traces print, e.g. "./prog.go" (the default). */
  filename?: string;
  /** A cell of a shared Int32Array: the host sets it to 1 to interrupt the program. */
  interrupt?: Int32Array;
  /** os.Args[1:]. */
  args?: readonly string[];
  /** Seed for select's and map iteration's pseudo-random choices (deterministic for a seed). */
  seed?: number;
  /** Compile for %trace and record defer/panic/recover events (see CellResult.trace). */
  trace?: boolean;
}

/** How a Go program (or a notebook cell) ended. */
export type Outcome =
  | 'exited' // main returned: exit status 0
  | 'os-exit' // os.Exit(n)
  | 'compile-error' // never ran; diagnostics say why
  | 'panic' // unrecovered panic: exit status 2
  | 'fatal' // fatal error (deadlock, stack overflow, out of memory, Goexit in main...): exit status 2
  | 'interrupted'; // stopped by the host

export interface RunResult {
  readonly outcome: Outcome;
  /** The Go program's own exit status (`go run` then prints "exit status N" and exits 1). */
  readonly exitStatus: number;
  /** For compile-error: gc-formatted lines, e.g. "./prog.go:7:2: declared and not used: x". */
  readonly diagnostics: readonly string[];
  /** For compile-error: set when the go command itself refused (e.g. not a main package), so the
   *  lines come without the compiler's `# command-line-arguments` header. */
  readonly byGoCommand?: boolean;
}

/** A notebook cell's result: a run result plus the value of a final expression, if any. */
export interface CellResult extends RunResult {
  /** `%v` of a statement cell's final expression, for the execute_result (a byte string). */
  readonly value?: string;
  /** With RunOptions.trace: what the run did with defer, panic and recover, in order. */
  readonly trace?: TraceLog;
}

export type Completeness =
  | { readonly status: 'complete' }
  | { readonly status: 'incomplete'; readonly indent: string }
  | { readonly status: 'invalid' };

export interface Completion {
  readonly matches: readonly string[];
  /** Byte range [start, end) of the text the matches replace, in JS string indices of the code. */
  readonly start: number;
  readonly end: number;
}

export interface Inspection {
  readonly found: boolean;
  /** Plain-text documentation: the declaration's signature and doc comment. */
  readonly text: string;
}

/** A notebook session (interpreter/session.ts): cells merged into one evolving program. */
export interface GoSession {
  /** Runs one cell (whole program, declarations, or statements; see GUIDE §5). */
  execute(code: string, opts: RunOptions): Promise<CellResult>;
  isComplete(code: string): Completeness;
  /** cursor is a JS string index into code. */
  complete(code: string, cursor: number): Completion;
  inspect(code: string, cursor: number): Inspection;
  /** Escape analysis of a cell as `go build -gcflags=GCFLAGS` prints it (a byte string); runs
   *  nothing and changes nothing. ok is false when the cell does not compile or a flag is unknown. */
  escape(code: string, gcflags: string, filename?: string): { output: string; ok: boolean };
  /** Forgets every declaration and variable. */
  reset(): void;
  /** What the session holds, one line each (e.g. "func f(x int) int", "var total int"). */
  list(): string[];
}
