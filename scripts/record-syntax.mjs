#!/usr/bin/env node
// Records what real Go 1.23 says about the syntax test inputs; tests only read the recorded files.
//
// - test/syntax/errors/cases.txt holds many small programs, each after a "=== NAME" line. Each is
//   built alone as prog.go with `go build -o /dev/null prog.go` in a fresh directory outside any
//   module; the compiler's lines (without the "# command-line-arguments" header) go into
//   test/syntax/errors/cases.expected.json as { NAME: [lines...] }.
// - test/syntax/testdata/X.go gets X.ast.json: go/parser's tree dumped by scripts/goast-dump.go.
//
//   node scripts/record-syntax.mjs        (needs /usr/lib/go-1.23/bin/go)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GO = '/usr/lib/go-1.23/bin/go';
const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off', GO111MODULE: '', LANG: 'C' };

/** Splits cases.txt (read as bytes, latin1) into [name, source] pairs. */
export function splitCases(text) {
  const out = [];
  const re = /^=== (.*)\n/gm;
  const heads = [...text.matchAll(re)];
  heads.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < heads.length ? heads[i + 1].index : text.length;
    out.push([m[1], text.slice(start, end)]);
  });
  return out;
}

function recordErrors() {
  const casesFile = join(root, 'test/syntax/errors/cases.txt');
  const cases = splitCases(readFileSync(casesFile).toString('latin1'));
  const result = {};
  for (const [name, src] of cases) {
    const dir = mkdtempSync(join(tmpdir(), 'golesson-syntax-'));
    try {
      writeFileSync(join(dir, 'prog.go'), Buffer.from(src, 'latin1'));
      const r = spawnSync(GO, ['build', '-o', '/dev/null', 'prog.go'], { cwd: dir, env });
      const lines = r.stderr.toString('latin1').split('\n').filter((l) => l !== '' && l !== '# command-line-arguments');
      result[name] = lines;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  writeFileSync(join(root, 'test/syntax/errors/cases.expected.json'), JSON.stringify(result, null, 1) + '\n', 'latin1');
  console.log(`recorded ${cases.length} error cases`);
}

function recordAsts() {
  const dir = join(root, 'test/syntax/testdata');
  const files = readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => join(dir, f));
  if (files.length === 0) return;
  const r = spawnSync(GO, ['run', join(root, 'scripts/goast-dump.go'), dir, ...files], { env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('goast-dump failed');
  console.log(`recorded ${files.length} go/ast dumps`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  recordErrors();
  recordAsts();
}
