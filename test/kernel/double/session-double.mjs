// TEST DOUBLE of the interpreter's notebook session (GoSession in interpreter/api.ts), used only by
// the kernel tests when GOLESSON_KERNEL_DOUBLE=1 (to tell a kernel fault from an interpreter one) or
// when the interpreter is not built. It understands exactly the Go snippets the
// kernel tests send (matched by text, not parsed), and behaves as the real session is specified to:
// output through RunOptions as byte strings, stdin through readStdin, interrupt through the shared
// flag, compile errors as diagnostics, panics on stderr. It is never imported by kernel/.

const predeclared = ['append', 'cap', 'len', 'make', 'new', 'panic', 'print', 'println', 'recover'];
const docs = {
  append: 'func append(slice []Type, elems ...Type) []Type\n\nAppends elements to the end of a slice.',
  'fmt.Println': 'func fmt.Println(a ...any) (n int, err error)\n\nPrintln formats using the default formats for its operands and writes to standard output.',
  'fmt.Printf': 'func fmt.Printf(format string, a ...any) (n int, err error)',
  'fmt.Print': 'func fmt.Print(a ...any) (n int, err error)',
  'fmt.Sprintf': 'func fmt.Sprintf(format string, a ...any) string',
};

const bytes = (s) => Buffer.from(s, 'utf8').toString('latin1');
const quoted = (code, call) => {
  const m = new RegExp(call.replace(/[.()]/g, '\\$&') + '\\("((?:[^"\\\\]|\\\\.)*)"').exec(code);
  return m ? JSON.parse(`"${m[1]}"`) : undefined;
};
const interrupted = (flag) => flag !== undefined && Atomics.load(flag, 0) !== 0;

export class Session {
  vars = new Map();
  displays = 0;

  async execute(code, opts) {
    const ok = { outcome: 'exited', exitStatus: 0, diagnostics: [] };
    const stop = { outcome: 'interrupted', exitStatus: 2, diagnostics: [] };
    const flag = opts.interrupt;
    if (/declared and not used|x := 1 }/.test(code)) {
      return { outcome: 'compile-error', exitStatus: 1, diagnostics: ['./prog.go:2:15: declared and not used: x'] };
    }
    if (code.includes('for { fmt.Println("flood") }')) {
      while (!interrupted(flag)) opts.stdout(bytes('flood\n'));
      return stop;
    }
    if (/for \{\s*\}/.test(code)) {
      for (const m of code.matchAll(/fmt\.Println\("([^"]*)"\)/g)) opts.stdout(bytes(m[1] + '\n'));
      while (!interrupted(flag)) {}
      return stop;
    }
    if (code.includes('make([]byte, 1<<20)')) {
      const hold = [];
      for (;;) hold.push(new Array(1 << 20).fill(1.5));
    }
    if (code.includes('fmt.Scanln(&name)')) {
      const line = (await opts.readStdin?.()) ?? null;
      if (interrupted(flag)) return stop;
      const name = line === null ? '' : line.replace(/\n$/, '');
      opts.stdout(`hello, ${name}\n`);
      return ok;
    }
    if (code.includes('return f(n+1) + 1')) {
      opts.stderr(bytes('runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n'));
      return { outcome: 'fatal', exitStatus: 2, diagnostics: [] };
    }
    if (code.includes('<-ch')) {
      opts.stderr(bytes('fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n'));
      return { outcome: 'fatal', exitStatus: 2, diagnostics: [] };
    }
    const panicked = quoted(code, 'panic');
    if (panicked !== undefined) {
      opts.stderr(bytes(`panic: ${panicked}\n\ngoroutine 1 [running]:\nmain.main()\n\t./prog.go:2 +0x25\n`));
      return { outcome: 'panic', exitStatus: 2, diagnostics: [] };
    }
    const exit = /os\.Exit\((\d+)\)/.exec(code);
    // golesson/display as interpreter/stdlib/display.ts defines it: every display gets an ID.
    const html = quoted(code, 'display.HTML');
    if (html !== undefined) opts.display?.({ 'text/html': html, 'text/plain': html.replace(/<[^>]*>/g, '') }, `golesson-display-${++this.displays}`, false);
    const text = /(\w+) := display\.Text\("([^"]*)"\)/.exec(code);
    if (text) {
      const id = `golesson-display-${++this.displays}`;
      opts.display?.({ 'text/plain': text[2] }, id, false);
      for (const m of code.matchAll(new RegExp(`${text[1]}\\.Text\\("([^"]*)"\\)`, 'g'))) opts.display?.({ 'text/plain': m[1] }, id, true);
    }
    for (const m of code.matchAll(/fmt\.(Println|Print)\("((?:[^"\\]|\\.)*)"\)/g)) {
      opts.stdout(bytes(JSON.parse(`"${m[2]}"`) + (m[1] === 'Println' ? '\n' : '')));
    }
    if (code.includes('display.Clear()')) opts.clearOutput?.(false);
    const err = quoted(code, 'fmt.Fprintln(os.Stderr, ');
    const errm = /fmt\.Fprintln\(os\.Stderr, "([^"]*)"\)/.exec(code);
    if (errm) opts.stderr(bytes(errm[1] + '\n'));
    void err;
    if (exit) return { outcome: 'os-exit', exitStatus: Number(exit[1]), diagnostics: [] };
    const decl = /^\s*(\w+) := (\d+)\s*$/.exec(code);
    if (decl) {
      this.vars.set(decl[1], Number(decl[2]));
      return ok;
    }
    const sum = /^\s*(\w+|\d+) \+ (\w+|\d+)\s*$/.exec(code);
    if (sum) {
      const v = (t) => (/^\d+$/.test(t) ? Number(t) : this.vars.get(t) ?? 0);
      return { ...ok, value: String(v(sum[1]) + v(sum[2])) };
    }
    if (/^\s*"[^"]*"\s*$/.test(code)) return { ...ok, value: JSON.parse(code.trim()) };
    return ok;
  }

  isComplete(code) {
    let depth = 0;
    for (const c of code) {
      if (c === '{' || c === '(') depth++;
      else if (c === '}' || c === ')') depth--;
      if (depth < 0) return { status: 'invalid' };
    }
    if (depth > 0) return { status: 'incomplete', indent: '\t' };
    return { status: 'complete' };
  }

  complete(code, cursor) {
    // As the real session: the identifier before the cursor, replaced by whole names.
    const word = /[\p{L}\p{N}_]*$/u.exec(code.slice(0, cursor))[0];
    const names = [...predeclared, ...this.vars.keys()].filter((n) => n.startsWith(word)).sort();
    return { matches: names, start: cursor - word.length, end: cursor };
  }

  inspect(code, cursor) {
    const before = /[\w.]*$/.exec(code.slice(0, cursor))[0];
    const after = /^[\w.]*/.exec(code.slice(cursor))[0];
    const text = docs[before + after];
    return text ? { found: true, text } : { found: false, text: '' };
  }

  reset() {
    this.vars.clear();
  }

  list() {
    return [...this.vars.keys()].map((k) => `var ${k} int`);
  }
}
