#!/usr/bin/env node
// Records what real Go 1.23 returns for the standard-library unit cases (test/stdlib/cases/X.go).
//
// Each X.go is a Go program that reports its cases through a function `c(name, got string)`,
// printing one line per case: the name, a tab, and the hex of the bytes Go produced. This script
// runs it outside any module and writes the lines to X.expected next to it. The unit tests under
// test/stdlib rebuild the same values in TypeScript, call golesson's implementation and compare.
// Tests never run this; they only read the .expected files.
//
// It also records the whole-program cases test/stdlib/programs/X.go, run end to end through
// golesson by test/stdlib/programs.test.ts: go run's stdout, stderr and exit code go to X.out,
// X.err and X.exit; X.in, when present, is the program's standard input.
//
//   node scripts/record-stdlib.mjs            every case file
//   FILTER=fmt node scripts/record-stdlib.mjs files whose name contains "fmt"
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'stdlib', 'cases');
const GO = '/usr/lib/go-1.23/bin/go';
const filter = process.env.FILTER ?? '';
const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off', GO111MODULE: '', LANG: 'C' };

for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.go') || !name.includes(filter)) continue;
  const tmp = mkdtempSync(join(tmpdir(), 'golesson-stdlib-'));
  try {
    copyFileSync(join(dir, name), join(tmp, name));
    const r = spawnSync(GO, ['run', name], {
      cwd: tmp,
      env,
      encoding: 'buffer',
    });
    if (r.status !== 0) {
      process.stderr.write(`${name}: go run failed (status ${r.status})\n${r.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const out = join(dir, name.replace(/\.go$/, '.expected'));
    writeFileSync(out, r.stdout);
    const lines = r.stdout.toString('latin1').split('\n').filter(Boolean).length;
    console.log(`${name}: ${lines} cases -> ${out.slice(root.length + 1)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const progDir = join(root, 'test', 'stdlib', 'programs');
for (const name of readdirSync(progDir).sort()) {
  if (!name.endsWith('.go') || !name.includes(filter)) continue;
  const tmp = mkdtempSync(join(tmpdir(), 'golesson-stdlib-'));
  try {
    copyFileSync(join(progDir, name), join(tmp, name));
    const inFile = join(progDir, name.replace(/\.go$/, '.in'));
    const input = existsSync(inFile) ? readFileSync(inFile) : Buffer.alloc(0);
    const r = spawnSync(GO, ['run', name], { cwd: tmp, env, input, encoding: 'buffer' });
    const base = join(progDir, name.replace(/\.go$/, ''));
    writeFileSync(base + '.out', r.stdout);
    writeFileSync(base + '.err', r.stderr);
    writeFileSync(base + '.exit', `${r.status}\n`);
    console.log(`${name}: exit ${r.status}, ${r.stdout.length} bytes of stdout`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
