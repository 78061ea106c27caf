// The golesson command as a user runs it (a child process of bin/golesson.js): run, trace and build
// print what go run / go build printed for the same files (test/golden's recordings) and exit alike.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparable } from '../golden-support/compare.mjs';

const root = new URL('../../', import.meta.url).pathname;
const golden = `${root}test/golden/`;
const read = (p: string) => (existsSync(p) ? readFileSync(p, 'latin1') : '');

function golesson(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [`${root}bin/golesson.js`, ...args], { cwd, input, encoding: 'latin1', timeout: 60000 });
  return { stdout: r.stdout, stderr: r.stderr, exit: r.status };
}

describe('golesson run', () => {
  for (const name of ['lecture/defer-code-4', 'panics/string', 'compile-errors/undefined']) {
    const base = `${golden}${name}`;
    it.skipIf(!existsSync(`${base}.go`))(`prints what go run printed for ${name}.go`, () => {
      const dir = base.slice(0, base.lastIndexOf('/'));
      const file = base.slice(base.lastIndexOf('/') + 1);
      const r = golesson(['run', `${file}.go`], dir);
      const expected = comparable({ stdout: read(`${base}.out`), stderr: read(`${base}.err`), exit: read(`${base}.exit`).trim() });
      const actual = comparable({ stdout: r.stdout, stderr: r.stderr, exit: String(r.exit) });
      expect(actual).toEqual(expected);
    });
  }

  it('reads the terminal when the program reads stdin', () => {
    const r = golesson(['run', 'scan.go'], `${root}test/cli/programs`, 'gopher\n');
    expect(r).toEqual({ stdout: 'hello, gopher\n', stderr: '', exit: 0 });
  });

  it('stops a runaway program on Ctrl-C with go run\'s signal: interrupt', async () => {
    const child = spawn(process.execPath, [`${root}bin/golesson.js`, 'run', 'spin.go'], { cwd: `${root}test/cli/programs` });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(out).toBe('spinning\n');
    expect(err).toBe('signal: interrupt\n');
    expect(code).toBe(1);
  });
});

describe('golesson trace', () => {
  it('prints the program\'s output, then the timeline', () => {
    const r = golesson(['trace', 'defer-code-3.go'], `${golden}lecture`);
    const goPrinted = read(`${golden}lecture/defer-code-3.out`);
    expect(r.exit).toBe(0);
    expect(r.stdout.startsWith(`${goPrinted}\n%trace:`)).toBe(true);
    expect(r.stdout).toContain(`main.f3 returns r = ${goPrinted.trim()} (the return statement set r = 1; deferred calls changed it)`);
  });
});

describe('golesson build', () => {
  for (const name of ['escape-code-2', 'escape-code-6-m2', 'defer-code-7-defer']) {
    it(`prints what go build -gcflags printed for ${name}.go`, () => {
      const src = read(`${golden}lecture/${name}.go`);
      const flags = /^\/\/ build -gcflags=(.*)$/m.exec(src)![1]!;
      const r = golesson(['build', `-gcflags=${flags}`, `${name}.go`], `${golden}lecture`);
      expect(r.stderr).toBe(read(`${golden}lecture/${name}.escape`));
      expect(r.exit).toBe(0);
    });
  }

  it('refuses -m without -l with a reason', () => {
    const r = golesson(['build', '-gcflags=-m', 'escape-code-2.go'], `${golden}lecture`);
    expect(r.exit).toBe(1);
    expect(r.stderr).toMatch(/-m without -l/);
  });
});
