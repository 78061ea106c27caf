// The driver's way of running golesson: streams and exit as go run shows them, and the watchdog that
// stops a program which never ends (so one runaway golden program cannot hang the suite).
import { describe, expect, test } from 'vitest';
import { golessonRun } from './golesson.js';

// The first run loads and checks the standard packages, which can take a while on a busy machine.
describe('golessonRun', { timeout: 120000 }, () => {
  test('stdout, stderr and the go command epilogue', async () => {
    const src = 'package main\n\nimport "os"\n\nfunc main() {\n\tprintln("err")\n\tos.Stdout.WriteString("out\\n")\n\tos.Exit(3)\n}\n';
    expect(await golessonRun(src, './exit.go', 60000)).toEqual({ stdout: 'out\n', stderr: 'err\nexit status 3\n', exit: '1\n' });
  });
  test('a compile error is reported as go run reports it', async () => {
    const r = await golessonRun('package main\n\nfunc main() {\n\tx := 1\n}\n', './unused.go', 60000);
    expect(r).toEqual({ stdout: '', stderr: '# command-line-arguments\n./unused.go:4:2: declared and not used: x\n', exit: '1\n' });
  });
  test('the watchdog interrupts a program that never ends', async () => {
    const r = await golessonRun('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', './spin.go', 300);
    expect(r.exit).toBe('1\n');
    expect(r.stderr).toBe('signal: interrupt\n');
  });
});
