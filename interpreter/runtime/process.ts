// The running program's connection to its host: where os.Stdout, os.Stderr, println and the
// display package write, and os.Args. runMain installs these for each run; standard-library code
// reaches them here while the program runs (stdlib/package.ts: per-run state is not captured).
import type { RunOptions } from '../api.js';

type Writer = (bytes: string) => void;

const discard: Writer = () => {};

interface ProcessState {
  stdout: Writer;
  stderr: Writer;
  display: RunOptions['display'] | undefined;
  clearOutput: RunOptions['clearOutput'] | undefined;
  args: readonly string[];
  filename: string;
}

const state: ProcessState = { stdout: discard, stderr: discard, display: undefined, clearOutput: undefined, args: [], filename: './prog.go' };

/** What `go run` puts in os.Args[0]. */
export const ARG0 = '/tmp/go-build/b001/exe/prog';

/** Installs the host's writers for a run (runmain.ts), or detaches them (null). */
export function attachProcess(opts: RunOptions | null): void {
  state.stdout = opts?.stdout.bind(opts) ?? discard;
  state.stderr = opts?.stderr.bind(opts) ?? discard;
  state.display = opts?.display?.bind(opts);
  state.clearOutput = opts?.clearOutput?.bind(opts);
  state.args = opts?.args ?? [];
  state.filename = opts?.filename ?? './prog.go';
}

/** Writes bytes (a byte string) to the program's standard output, at once. */
export function writeStdout(bytes: string): void {
  if (bytes.length > 0) state.stdout(bytes);
}

/** Writes bytes to the program's standard error (println, panics, fatal errors). */
export function writeStderr(bytes: string): void {
  if (bytes.length > 0) state.stderr(bytes);
}

/** The display hook (golesson/display), if the host has one. */
export function displayHook(): RunOptions['display'] | undefined {
  return state.display;
}

/** The clear-output hook (golesson/display), if the host has one. */
export function clearOutputHook(): RunOptions['clearOutput'] | undefined {
  return state.clearOutput;
}

/** os.Args: the program name then the host's arguments. */
export function programArgs(): string[] {
  return [ARG0, ...state.args];
}

/** The file name traces print ("./prog.go"). */
export function programFile(): string {
  return state.filename;
}
