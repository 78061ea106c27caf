// The golden driver: every test/golden/**/X.go runs through golesson and must print what real Go 1.23
// printed when the recorder ran it (X.out, X.err, X.exit; X.escape for build recipes). Programs in
// test/golden/PENDING are expected to fail until golesson catches up; one that passes fails the test
// so it gets taken off the list. FILTER=part,part picks programs by path.
import { appendFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { comparable, comparableBuild, firstDifference, readable, type Transcript } from './golden-support/compare.mjs';
import { pending, programs, readExpected, type Program } from './golden-support/corpus.js';
import { golessonBuild, golessonRun } from './golden-support/golesson.js';

const all = programs();
const pendingList = pending();
/** scripts/pending.mjs sets this to collect each program's verdict. */
const resultsPath = process.env.GOLDEN_RESULTS;
/** A runaway program is interrupted after this long; generous, since CI machines may be loaded. */
const runTimeoutMs = 120000;

interface Verdict {
  readonly pass: boolean;
  readonly reason: string;
  /** Expected and actual in compared form, for the diff. */
  readonly expected?: unknown;
  readonly actual?: unknown;
}

function shortError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return `golesson threw: ${text.split('\n')[0]!.replace(/ imported from .*/, '').slice(0, 120)}`;
}

async function checkRun(p: Program): Promise<Verdict> {
  const expected: Transcript = {
    stdout: readExpected(`${p.base}.out`) ?? '',
    stderr: readExpected(`${p.base}.err`) ?? '',
    exit: readExpected(`${p.base}.exit`) ?? '',
  };
  if (expected.exit === '') return { pass: false, reason: 'not recorded yet (npm run golden:record)' };
  let actual: Transcript;
  try {
    actual = await golessonRun(p.source, p.filename, runTimeoutMs);
  } catch (e) {
    writeFileSync(`${p.base}.actual`, `golesson failed:\n${e instanceof Error ? e.stack : e}\n`);
    return { pass: false, reason: shortError(e) };
  }
  const want = comparable(expected);
  const got = comparable(actual);
  if (want.stdout === got.stdout && want.stderr === got.stderr && want.exit === got.exit) {
    return { pass: true, reason: '' };
  }
  writeFileSync(
    `${p.base}.actual`,
    `=== stdout\n${actual.stdout}=== stderr\n${actual.stderr}=== exit\n${actual.exit}`,
    'latin1',
  );
  const unexpectedCompileError = got.stderr.startsWith('# command-line-arguments\n') && !want.stderr.startsWith('# command-line-arguments\n');
  const reason = unexpectedCompileError
    ? `compile error: ${readable(got.stderr.split('\n')[1] ?? '').slice(0, 120)}`
    : [
        firstDifference('stdout', want.stdout, got.stdout),
        firstDifference('stderr', want.stderr, got.stderr),
        firstDifference('exit', want.exit, got.exit),
      ]
        .filter(Boolean)
        .join(', ') + ' differ';
  const view = (t: Transcript) => ({ stdout: readable(t.stdout), stderr: readable(t.stderr), exit: t.exit });
  return { pass: false, reason, expected: view(want), actual: view(got) };
}

async function checkBuild(p: Program, gcflags: string): Promise<Verdict> {
  const expected = readExpected(`${p.base}.escape`);
  if (expected === undefined) return { pass: false, reason: 'not recorded yet (npm run golden:record)' };
  let actual: string;
  try {
    actual = await golessonBuild(p.source, p.filename, gcflags);
  } catch (e) {
    writeFileSync(`${p.base}.actual`, `golesson failed:\n${e instanceof Error ? e.stack : e}\n`);
    return { pass: false, reason: shortError(e) };
  }
  const want = comparableBuild(expected);
  const got = comparableBuild(actual);
  if (want === got) return { pass: true, reason: '' };
  writeFileSync(`${p.base}.actual`, actual, 'latin1');
  return { pass: false, reason: `${firstDifference('escape', want, got)} differs`, expected: readable(want), actual: readable(got) };
}

describe('golden', () => {
  test('PENDING names only existing programs', () => {
    if (process.env.FILTER) return;
    const known = new Set(all.map((p) => p.rel));
    expect([...pendingList.keys()].filter((rel) => !known.has(rel))).toEqual([]);
  });

  for (const p of all) {
    const isPending = pendingList.has(p.rel);
    test(`${p.rel}${isPending ? ' (pending)' : ''}`, async () => {
      const verdict = p.recipe.kind === 'run' ? await checkRun(p) : await checkBuild(p, p.recipe.gcflags);
      if (verdict.pass && existsSync(`${p.base}.actual`)) rmSync(`${p.base}.actual`);
      if (resultsPath) appendFileSync(resultsPath, JSON.stringify({ rel: p.rel, pass: verdict.pass, reason: verdict.reason }) + '\n');
      if (isPending) {
        if (verdict.pass) {
          throw new Error(`${p.rel} passes now: take it off test/golden/PENDING (or run node scripts/pending.mjs)`);
        }
        return;
      }
      if (!verdict.pass) {
        if (verdict.expected !== undefined) expect(verdict.actual, verdict.reason).toEqual(verdict.expected);
        // Same readable text but different bytes (or no diff to show): fail with the reason.
        throw new Error(`${p.rel}: ${verdict.reason}`);
      }
    }, 2 * runTimeoutMs);
  }
});
