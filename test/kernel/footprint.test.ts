// The kernel writes nothing to the file system: a whole session (programs, statement cells,
// displays, %trace, %escape, errors, panics, completion, history, shutdown) run under strace, with
// every call that could create, change or remove a file recorded. golesson keeps its session,
// history and temporaries in memory, so the allowed set of written paths is empty.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKernel } from './client.js';

// strace must be installed and allowed to trace (a container may forbid ptrace).
const hasStrace = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true'], { stdio: 'ignore' }).status === 0;
if (!hasStrace) console.warn('NOTICE: strace is missing (Debian package strace) or may not trace here; the file-footprint test is skipped');

/** Calls that can create, change or remove a file; open/openat count only with a write flag. */
const FILE_CALLS = 'open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,link,linkat,symlink,symlinkat,truncate,chmod,fchmodat,chown,fchownat,utimensat,mknod,mknodat';

function straceArgs(out: string): string[] {
  return ['strace', '-f', '-qq', '-e', `trace=${FILE_CALLS}`, '-o', out];
}

/** Each attempted write in an strace log: the call and the path it names (failed attempts count). */
export function writesIn(log: string): string[] {
  const out: string[] = [];
  for (const line of log.split('\n')) {
    const m = /^\d+ +(\w+)\((.*)$/.exec(line);
    if (!m) continue;
    const [, call, rest] = m as unknown as [string, string, string];
    const path = /"((?:[^"\\]|\\.)*)"/.exec(rest)?.[1] ?? '?';
    if (call === 'open' || call === 'openat') {
      if (!/O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/.test(rest)) continue;
    }
    out.push(`${call} ${path}`);
  }
  return out;
}

const SESSION: readonly string[] = [
  'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n',
  'x := 21\nx * 2',
  'package main\n\nimport "golesson/display"\n\nfunc main() {\n\tid := display.HTML("<b>one</b>")\n\tid.Markdown("**two**")\n\tdisplay.Clear()\n}\n',
  '%trace\npackage main\n\nimport "fmt"\n\nfunc main() {\n\tdefer fmt.Println("deferred")\n\tfmt.Println("body")\n}\n',
  '%escape\npackage main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n',
  '%time\nfor i := range 3 {\n\t_ = i\n}',
  'package main\n\nfunc main() {\n\ty := 1\n}\n',
  'package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["a"] = 1\n}\n',
  'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar s string\n\tn, err := fmt.Scanln(&s)\n\tfmt.Println(n, err)\n}\n',
  '%ls',
];

describe('file-system footprint', () => {
  it('sees a write when there is one (the log parser works)', () => {
    if (!hasStrace) return;
    const dir = mkdtempSync(join(tmpdir(), 'golesson-fp-'));
    try {
      const log = join(dir, 'strace.log');
      const r = spawnSync(straceArgs(log)[0]!, [...straceArgs(log).slice(1), process.execPath, '-e', `require('fs').writeFileSync(${JSON.stringify(join(dir, 'made'))}, 'x')`]);
      expect(r.status).toBe(0);
      expect(writesIn(readFileSync(log, 'utf8'))).toContain(`openat ${join(dir, 'made')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasStrace)('a whole session writes no file, not even in its home, working or temporary directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golesson-fp-'));
    const home = join(dir, 'home');
    const cwd = join(dir, 'cwd');
    const tmp = join(dir, 'tmp');
    for (const d of [home, cwd, tmp]) mkdirSync(d);
    const log = join(dir, 'strace.log');
    const k = await startKernel({ prefix: straceArgs(log), cwd, env: { HOME: home, TMPDIR: tmp, XDG_RUNTIME_DIR: tmp, JUPYTER_RUNTIME_DIR: tmp } });
    try {
      const outputs: string[] = [];
      for (const code of SESSION) {
        const { reply, iopub } = await k.client.execute(code, { stop_on_error: false });
        expect(reply.content['status'], code).toMatch(/^(ok|error)$/);
        outputs.push(...iopub.map((m) => m.header.msg_type));
      }
      // Every kind of output was produced.
      for (const t of ['stream', 'execute_result', 'display_data', 'update_display_data', 'clear_output', 'error']) expect(outputs).toContain(t);
      await k.client.request('shell', 'complete_request', { code: 'fmt.Pri', cursor_pos: 7 });
      await k.client.request('shell', 'inspect_request', { code: 'append', cursor_pos: 3, detail_level: 0 });
      await k.client.request('shell', 'history_request', { output: true, raw: true, hist_access_type: 'tail', n: 5 });
      await k.client.request('shell', 'is_complete_request', { code: 'func f() {' });
      const { reply } = await k.client.request('control', 'shutdown_request', { restart: false });
      expect(reply.content['status']).toBe('ok');
      expect(await k.exited).toBe(0);
    } finally {
      await k.stop();
    }
    try {
      const log0 = readFileSync(log, 'utf8');
      // The trace saw the kernel at work (it read its own code), and it wrote nothing.
      expect(log0).toMatch(/golesson\.js/);
      expect(writesIn(log0)).toEqual([]);
      const calls = log0.split('\n').filter((l) => /^\d+ +\w+\(/.test(l)).length;
      console.log(`footprint: ${SESSION.length} cells and 4 other requests; ${calls} file system calls traced, 0 writes`);
      for (const d of [home, cwd, tmp]) expect(readdirSync(d), d).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});
