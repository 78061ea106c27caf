#!/usr/bin/env node
// Records what real Go 1.23's compiler prints for test/escape/golden/X.go: the recipe on the first
// line (`// build -gcflags=FLAGS`) is run as `go build -gcflags='FLAGS' -o /dev/null X.go` in a fresh
// directory outside any module; stdout and stderr, merged as the go command prints them, go to
// X.escape. Tests only read these files.   node scripts/record-escape.mjs   (FILTER=part to pick)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/escape/golden');
const GO = '/usr/lib/go-1.23/bin/go';
const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off', GO111MODULE: '', LANG: 'C' };
const filter = process.env.FILTER ?? '';
let n = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.go') && f.includes(filter)).sort()) {
  const src = readFileSync(join(dir, name), 'latin1');
  const m = /^\/\/ build -gcflags=(.*)$/m.exec(src.split('\n')[0] ?? '');
  if (m === null) throw new Error(`${name}: first line must be // build -gcflags=...`);
  const tmp = mkdtempSync(join(tmpdir(), 'golesson-escape-'));
  try {
    copyFileSync(join(dir, name), join(tmp, name));
    const r = spawnSync('sh', ['-c', `${GO} build -gcflags='${m[1]}' -o /dev/null ${name} 2>&1`], { cwd: tmp, env });
    writeFileSync(join(dir, name.replace(/\.go$/, '.escape')), r.stdout);
    n++;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
console.log(`recorded ${n} programs`);
