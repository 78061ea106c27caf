// How a golden program's output is compared with what real Go printed (GUIDE §3): exact bytes, except
// heap addresses (compared by identity) and the goroutine trace after a panic (frame layout only).

/** @typedef {{ stdout: string, stderr: string, exit: string }} Transcript  What a `go run` printed:
 *  byte strings (one char per byte) for both streams, and its exit code. */

const heapAddress = /0xc[0-9a-f]{6,}/g;

/** The n-th distinct heap address becomes `0xc<n>`, so "same address" and "different address"
 *  still count while the numbers themselves do not.
 * @param {readonly string[]} texts */
function numberAddresses(texts) {
  const seen = new Map();
  return texts.map((t) =>
    t.replace(heapAddress, (a) => {
      let n = seen.get(a);
      if (n === undefined) {
        n = seen.size;
        seen.set(a, n);
      }
      return `0xc<${n}>`;
    }),
  );
}

/** Lines before the trace must match byte for byte, except machine details no interpreter has: the
 *  faulting pc of a SIGSEGV, the data address of a panic value printed as `(T) 0x...`, and the stack
 *  pointer and bounds a stack overflow reports.
 * @param {string} head */
function normalizePanicHead(head) {
  return head
    .replace(/^(\[signal [^\]]*pc=)0x[0-9a-f]+\]/gm, '$10x?]')
    .replace(/^(\t?panic: .*\([^)]*\) )0x[0-9a-f]+/gm, '$10x?')
    .replace(/^runtime: sp=\S+ stack=\[[^\]]*\]$/gm, 'runtime: sp=0x? stack=[0x?, 0x?]');
}

/** A frame's function line without its argument list: `main.f(0x1, {0x2, 0x3})` -> `main.f`.
 * @param {string} line */
function functionName(line) {
  const m = /^(.*?)\([^()]*\)$/.exec(line);
  return m ? m[1] : line;
}

/** The trace after the first `goroutine N [...]:` line, reduced to its layout: goroutine headers,
 *  and for each frame in the program's own file the function name and `file:line` (no arguments, no
 *  +0x offsets). Frames inside the Go runtime and standard library are dropped on both sides.
 * @param {string} trace */
function traceLayout(trace) {
  const lines = trace.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line.startsWith('\t') && next !== undefined && next.startsWith('\t')) {
      // A frame: function line, then its tab-indented file:line.
      const fileLine = /^\t(\S+?):(\d+)(?: \+0x[0-9a-f]+)?$/.exec(next);
      i++;
      if (!fileLine || !fileLine[1].startsWith('./')) continue;
      const fn = line.startsWith('created by ') ? line : functionName(line);
      out.push(`${fn}\n\t${fileLine[1]}:${fileLine[2]}`);
      continue;
    }
    const header = /^(goroutine \d+ \[[^,\]]*)[^\]]*\]:$/.exec(line);
    out.push(header ? `${header[1]}]:` : line);
  }
  return out.join('\n');
}

/** A trace starts at the first goroutine header, or at the system stack a fatal error prints first. */
const traceStart = /^(goroutine \d+ \[|runtime stack:$)/m;

/** The transcript in the form that is compared.
 * @param {Transcript} t @returns {Transcript} */
export function comparable(t) {
  const m = traceStart.exec(t.stderr);
  const head = m ? t.stderr.slice(0, m.index) : t.stderr;
  const trace = m ? t.stderr.slice(m.index) : '';
  const [stdout, headNumbered, traceNumbered] = numberAddresses([t.stdout, head, trace]);
  return {
    stdout,
    stderr: normalizePanicHead(headNumbered) + traceLayout(traceNumbered),
    exit: t.exit,
  };
}

/** Build output (`-gcflags=-m ...`) is compared exactly, order included.
 * @param {string} output */
export function comparableBuild(output) {
  return output;
}

/** UTF-8 bytes as readable text, for diffs; invalid sequences show as U+FFFD.
 * @param {string} bytes */
export function readable(bytes) {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The first line at which two texts differ, for short reasons: `stdout line 3`.
 * @param {string} what @param {string} expected @param {string} actual */
export function firstDifference(what, expected, actual) {
  if (expected === actual) return undefined;
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `${what} line ${i + 1}`;
  }
  return what;
}
