// os.Stdin: bytes come from the host's readStdin callback, which may wait for the user (a Jupyter
// input_request, a terminal line). A goroutine that reads while nothing is buffered parks in
// `IO wait` while the scheduler awaits the host; meanwhile virtual time stands still, as a Go
// program blocked in a read syscall keeps the faketime clock from jumping.
//
// For fmt.Scan*, bufio.Reader and bufio.Scanner on os.Stdin (stdlib):  bytes = yield* stdinRead(n)
import type { RunOptions } from '../api.js';
import { sched, probed } from './scheduler.js';

interface StdinState {
  source: RunOptions['readStdin'] | undefined;
  buf: string;
  eof: boolean;
}

const state: StdinState = { source: undefined, buf: '', eof: false };

/** Installs the host's stdin for a run (or none: reads then see end of input). */
export function attachStdin(source: RunOptions['readStdin'] | undefined): void {
  state.source = source;
  state.buf = '';
  state.eof = source === undefined;
}

/** Reads up to `max` bytes (a byte string), waiting for the host if nothing is buffered; '' means
 *  end of input (io.EOF), like os.File.Read returning 0, io.EOF. */
export function* stdinRead(max: number): Generator<unknown, string, unknown> {
  while (state.buf.length === 0) {
    if (state.eof) return '';
    const g = sched.park('IO wait');
    const s = sched;
    s.awaitHost(
      state.source!(),
      (chunk) => {
        // An answer that arrives after its program ended (interrupted while waiting) is dropped,
        // never fed to the next run.
        if (sched !== s) return;
        if (chunk === null) state.eof = true;
        else state.buf += chunk;
        s.ready(g);
      },
    );
    probed(yield);
  }
  const n = Math.max(1, Math.min(max, state.buf.length));
  const out = state.buf.slice(0, n);
  state.buf = state.buf.slice(n);
  return out;
}

/** Puts bytes back in front of the buffer (a reader that looked one byte too far). */
export function stdinUnread(bytes: string): void {
  state.buf = bytes + state.buf;
}
