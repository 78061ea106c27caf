#!/usr/bin/env node
// Checks the stored notebook outputs against real Go 1.23, for the lecture's authors: every plain
// code cell's stdout against `go run -tags faketime` (virtual time, as golesson's clock), and every
// %escape cell's text against `go build -gcflags=...`. Heap addresses are compared by identity.
// Needs Go at /usr/lib/go-1.23/bin/go (or $GO); nothing is written into the project.
//
//   node scripts/notebooks/verify-with-go.mjs [--lang zh|en]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparableOutputs } from './compare-outputs.mjs';
import { notebookPaths } from './execute.mjs';
import { joinSource } from './notebook-source.mjs';

const GO = process.env.GO ?? '/usr/lib/go-1.23/bin/go';
const goEnv = { ...process.env, GOTOOLCHAIN: 'local', GO111MODULE: 'off' };

/** The program's output without the faketime playback headers (`\0\0PB`, time, length). */
function playback(buf) {
  const parts = [];
  let b = buf;
  while (b.length >= 16 && b[0] === 0 && b[1] === 0 && b[2] === 0x50 && b[3] === 0x42) {
    const n = b.readUInt32BE(12);
    parts.push(b.subarray(16, 16 + n));
    b = b.subarray(16 + n);
  }
  parts.push(b);
  return Buffer.concat(parts).toString('utf8');
}

/** The gcflags a `%escape [-m=2] [-d=defer]` line stands for. */
function gcflagsOf(magicArgs) {
  const m = magicArgs.find((a) => /^-m(=\d)?$/.test(a));
  if (magicArgs.includes('-d=defer') && !m) return '-d=defer';
  return `${m ?? '-m'} -l${magicArgs.includes('-d=defer') ? ' -d=defer' : ''}`;
}

/** Compares one cell; returns undefined when it agrees with Go, else a description. */
function verifyCell(cell, dir) {
  const lines = joinSource(cell.source).split('\n');
  const magic = lines[0].startsWith('%') ? lines[0].trim().split(/\s+/) : null;
  const src = (magic ? lines.slice(1) : lines).join('\n') + '\n';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'prog.go'), src);
  const outs = comparableOutputs(cell.outputs);
  let expected;
  let actual;
  if (magic && magic[0] === '%escape') {
    const r = spawnSync(GO, ['build', `-gcflags=${gcflagsOf(magic.slice(1))}`, '-o', '/dev/null', 'prog.go'], { cwd: dir, env: goEnv, encoding: 'utf8' });
    expected = r.stderr;
    actual = outs.find((o) => o.output_type === 'display_data')?.data['text/plain'] ?? '';
  } else {
    const r = spawnSync(GO, ['run', '-tags', 'faketime', 'prog.go'], { cwd: dir, env: goEnv });
    const stdout = playback(r.stdout);
    expected = stdout === '' ? '' : comparableOutputs([{ output_type: 'stream', name: 'stdout', text: stdout }])[0].text;
    actual = outs.find((o) => o.output_type === 'stream' && o.name === 'stdout')?.text ?? '';
  }
  return expected === actual ? undefined : `go printed:\n${expected}golesson printed:\n${actual}`;
}

function main(argv) {
  if (!existsSync(GO)) {
    console.error(`no Go at ${GO} (set $GO); see ../shared/tools/install-go-oracle.sh`);
    return 4;
  }
  const lang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : 'en';
  const work = mkdtempSync(join(tmpdir(), 'golesson-verify-'));
  let ok = 0;
  let bad = 0;
  let unexecuted = 0;
  try {
    for (const path of notebookPaths([lang])) {
      const nb = JSON.parse(readFileSync(path, 'utf8'));
      for (const cell of nb.cells.filter((c) => c.cell_type === 'code')) {
        if (cell.execution_count === null) {
          unexecuted++;
          continue;
        }
        const diff = verifyCell(cell, join(work, cell.id));
        if (diff === undefined) ok++;
        else {
          bad++;
          console.log(`${path.split('/').slice(-2).join('/')} cell ${cell.id}: differs from Go\n${diff}`);
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`${ok} cells agree with Go 1.23, ${bad} differ${unexecuted ? `, ${unexecuted} not executed` : ''}`);
  return bad ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
