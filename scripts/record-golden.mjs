#!/usr/bin/env node
// Records the expected outputs of the golden programs (test/golden/**/X.go) by running real Go 1.23.
//
// Each program's first line is its recipe (see test/golden/README.md). The recorder copies the
// program under its own name into a fresh temporary directory outside any module, runs real Go there
// several times, rejects the program if the outputs differ, and writes X.out / X.err / X.exit (run
// recipes) or X.escape (build recipes) next to it. Tests never call this; they only read its files.
//
//   npm run golden:record                      every program
//   FILTER=defer,lecture/ npm run golden:record   programs whose path contains one of the parts
//   RUNS=5 npm run golden:record               runs per program (default 3)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRecipe } from './golden-recipe.mjs';
import { comparable } from '../test/golden-support/compare.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldenDir = join(root, 'test', 'golden');
const GO = { '1.23': '/usr/lib/go-1.23/bin/go', '1.19': '/usr/lib/go-1.19/bin/go' };
const runs = Number(process.env.RUNS ?? 3);
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 60000);
const filters = (process.env.FILTER ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Every .go file under dir, as paths relative to test/golden, sorted. */
function listPrograms(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listPrograms(p));
    else if (name.endsWith('.go')) out.push(relative(goldenDir, p));
  }
  return out;
}

/** Runs a command; resolves with its stdout and stderr as Buffers and its exit code. */
function run(cmd, args, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off', GO111MODULE: '', LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) reject(new Error(`${cmd} ${args.join(' ')} killed by ${signal} (timeout ${timeoutMs} ms?)`));
      else resolveRun({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), exit: code ?? -1 });
    });
  });
}

/** Removes the Go Playground's playback headers that `-tags faketime` puts before every write:
 *  "\0\0PB", 8-byte big-endian time, 4-byte big-endian length, then that many bytes. Text outside
 *  records (the go command's own "exit status N") passes through unchanged. */
export function stripPlayback(buf) {
  const parts = [];
  let i = 0;
  const isHeader = (at) => at + 16 <= buf.length && buf[at] === 0 && buf[at + 1] === 0 && buf[at + 2] === 0x50 && buf[at + 3] === 0x42;
  while (i < buf.length) {
    if (isHeader(i)) {
      const len = buf.readUInt32BE(i + 12);
      parts.push(buf.subarray(i + 16, i + 16 + len));
      i += 16 + len;
    } else {
      let j = i + 1;
      while (j < buf.length && !isHeader(j)) j++;
      parts.push(buf.subarray(i, j));
      i = j;
    }
  }
  return Buffer.concat(parts);
}

/** What must not vary between runs: the files in the form the driver compares them (heap addresses
 *  by identity, panic traces by layout; register garbage in trace arguments does vary). */
function stableShape(files) {
  if (files.escape !== undefined) return files.escape.toString('latin1');
  const t = comparable({ stdout: files.out.toString('latin1'), stderr: files.err.toString('latin1'), exit: files.exit.toString('latin1') });
  return JSON.stringify(t);
}

/** One recording of a program with one Go: the files to write (name suffix -> bytes). */
async function recordOnce(goBin, recipe, source, name) {
  const dir = mkdtempSync(join(tmpdir(), 'golesson-golden-'));
  try {
    writeFileSync(join(dir, name), source);
    const local = (b) => Buffer.from(b.toString('latin1').split(dir + '/').join('./'), 'latin1');
    if (recipe.kind === 'run') {
      const args = ['run', ...(recipe.faketime ? ['-tags', 'faketime'] : []), name];
      const r = await run(goBin, args, dir);
      const clean = recipe.faketime ? stripPlayback : (b) => b;
      return { out: local(clean(r.stdout)), err: local(clean(r.stderr)), exit: Buffer.from(`${r.exit}\n`) };
    }
    const r = await run(goBin, ['build', `-gcflags=${recipe.gcflags}`, '-o', '/dev/null', name], dir);
    if (r.exit !== 0 || r.stdout.length > 0) {
      throw new Error(`go build exited ${r.exit}:\n${r.stdout}${r.stderr}`);
    }
    return { escape: local(r.stderr) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Records one program with one Go `runs` times; throws if the outputs vary. */
async function recordStable(goBin, recipe, source, name) {
  let first;
  for (let k = 0; k < runs; k++) {
    const files = await recordOnce(goBin, recipe, source, name);
    const shape = stableShape(files);
    if (!first) first = { files, shape };
    else if (shape !== first.shape) throw new Error(`output varies between runs (run 1 vs run ${k + 1})`);
  }
  return first.files;
}

const expectedSuffixes = ['out', 'err', 'exit', 'escape'];

/** The files recorded earlier, in the shape recordOnce returns, or undefined if there are none. */
function readResults(base, prefix, recipe) {
  const read = (suffix) => (existsSync(`${base}.${prefix}${suffix}`) ? readFileSync(`${base}.${prefix}${suffix}`) : undefined);
  if (recipe.kind === 'build') {
    const escape = read('escape');
    return escape === undefined ? undefined : { escape };
  }
  const out = read('out');
  const exit = read('exit');
  if (out === undefined || exit === undefined) return undefined;
  return { out, err: read('err') ?? Buffer.alloc(0), exit };
}

/** Writes a recording, unless the files already there say the same in the compared form: then
 *  they stay, so re-recording does not churn addresses and trace arguments in git. */
function writeResults(base, prefix, files, recipe) {
  const old = recipe && readResults(base, prefix, recipe);
  if (old && stableShape(old) === stableShape(files)) return;
  for (const suffix of expectedSuffixes) {
    const path = `${base}.${prefix}${suffix}`;
    const data = files[suffix];
    // An empty stderr is the common case: no X.err means "nothing on stderr".
    if (data === undefined || (suffix === 'err' && data.length === 0)) {
      if (existsSync(path)) rmSync(path);
    } else {
      writeFileSync(path, data);
    }
  }
}

async function recordProgram(rel) {
  const path = join(goldenDir, rel);
  const source = readFileSync(path);
  const recipe = parseRecipe(source.toString('utf8'));
  const base = path.slice(0, -'.go'.length);
  const name = basename(path);
  const files = await recordStable(GO['1.23'], recipe, source, name);
  writeResults(base, '', files, recipe);
  if (recipe.go119) writeResults(base, 'go119.', await recordStable(GO['1.19'], recipe, source, name), recipe);
  else writeResults(base, 'go119.', {});
  return files;
}

async function main() {
  if (!existsSync(GO['1.23'])) {
    console.error(`record-golden: Go 1.23 not found at ${GO['1.23']} (see ../shared/tools/install-go-oracle.sh)`);
    process.exit(2);
  }
  const programs = listPrograms(goldenDir).filter((p) => filters.length === 0 || filters.some((f) => p.includes(f)));
  const failures = [];
  let next = 0;
  const width = Math.max(1, Math.min(8, cpus().length));
  async function worker() {
    while (next < programs.length) {
      const rel = programs[next++];
      try {
        const files = await recordProgram(rel);
        const summary = files.escape !== undefined ? `escape ${files.escape.length}B` : `exit ${files.exit.toString().trim()}, out ${files.out.length}B, err ${files.err.length}B`;
        console.log(`ok   ${rel}  (${summary})`);
      } catch (e) {
        failures.push(rel);
        console.log(`FAIL ${rel}: ${e instanceof Error ? e.message : e}`);
      }
    }
  }
  await Promise.all(Array.from({ length: width }, worker));
  console.log(`\n${programs.length - failures.length} recorded, ${failures.length} rejected`);
  if (failures.length) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
