#!/usr/bin/env node
// Records what real Go 1.23 prints when building the type checker's error tests; the tests only
// read the recorded files.
//
// Each test/types/errors/X.go is built alone with `go build -o /dev/null X.go` in a fresh
// directory outside any module; everything the compiler prints on stderr (the
// "# command-line-arguments" header and the ./X.go:L:C: lines) goes into X.err, byte for byte.
//
// gc prints a few positions with the file's absolute path ("cannot infer T (/tmp/.../X.go:5:8)");
// the temporary directory is replaced by "." so the recording does not depend on where it ran.
//
//   node scripts/record-type-errors.mjs [FILTER]     (needs /usr/lib/go-1.23/bin/go)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GO = '/usr/lib/go-1.23/bin/go';
const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off', GO111MODULE: '', LANG: 'C' };
const dir = join(root, 'test/types/errors');
const filter = process.argv[2] ?? '';

for (const name of readdirSync(dir).filter((n) => n.endsWith('.go') && n.includes(filter)).sort()) {
  const tmp = mkdtempSync(join(tmpdir(), 'golesson-types-'));
  try {
    copyFileSync(join(dir, name), join(tmp, name));
    const r = spawnSync(GO, ['build', '-o', '/dev/null', name], { cwd: tmp, env, encoding: 'latin1' });
    if (r.error) throw r.error;
    writeFileSync(join(dir, name.replace(/\.go$/, '.err')), r.stderr.split(tmp).join('.'), 'latin1');
    console.log(`${name}: exit ${r.status}, ${r.stderr.split('\n').filter(Boolean).length} lines`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
