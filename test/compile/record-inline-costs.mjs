// Records what gc 1.23 decides about inlining each function of test/compile/inline/X.go: X.costs
// holds one line per function, `name<TAB>cost` when gc can inline it, `name<TAB>cannot: reason`
// otherwise (from `go build -gcflags=-m=2`, which reports the full cost even past the budget).
// Needs Go 1.23 at /usr/lib/go-1.23; run: node test/compile/record-inline-costs.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), 'inline');
for (const name of readdirSync(here).filter((f) => f.endsWith('.go')).sort()) {
  const dir = mkdtempSync(join(tmpdir(), 'golesson-inlcost-'));
  copyFileSync(join(here, name), join(dir, name));
  const r = spawnSync('/usr/lib/go-1.23/bin/go', ['build', '-gcflags=-m=2', '-o', '/dev/null', name], {
    cwd: dir, env: { ...process.env, GOTOOLCHAIN: 'local', GO111MODULE: 'off' }, encoding: 'utf8',
  });
  const lines = [];
  const seen = new Set();
  for (const l of `${r.stdout}${r.stderr}`.split('\n')) {
    let m = /^\.\/[^:]+:\d+:\d+: can inline (\S+) with cost (\d+) as:/.exec(l);
    let entry = null;
    if (m) entry = [m[1], m[2]];
    else if ((m = /^\.\/[^:]+:\d+:\d+: cannot inline ([^\s:]+): (.*)$/.exec(l))) entry = [m[1], `cannot: ${m[2]}`];
    if (entry === null || seen.has(entry[0])) continue;
    seen.add(entry[0]);
    lines.push(entry.join('\t'));
  }
  writeFileSync(join(here, name.replace(/\.go$/, '.costs')), lines.join('\n') + '\n');
  console.log(`${name}: ${lines.length} functions`);
}
