#!/usr/bin/env node
// Escape-analysis speed: how long `%escape` takes (parse, check, analyse) on the largest golden
// programs, once the standard packages are loaded (as in a running kernel).
// Prints medians; not a test. Run after `npm run build`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { buildDiagnostics, importStd } = await import(join(root, 'dist/interpreter/index.js'));

const dir = join(root, 'test/escape/golden');
const files = readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => join(dir, f));
files.sort((a, b) => statSync(b).size - statSync(a).size);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(source, name, flags) {
  const ms = [];
  for (let i = 0; i < 15; i++) {
    const t = process.hrtime.bigint();
    buildDiagnostics(source, `./${name}`, flags, { importer: importStd });
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

// Load and check the standard packages once, as a kernel has by its second cell.
buildDiagnostics('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println() }\n', './warm.go', '-m -l', { importer: importStd });

console.log('program                          lines  flags        median ms');
for (const f of files.slice(0, 6)) {
  const src = readFileSync(f, 'latin1');
  const flags = /^\/\/ build -gcflags=(.*)$/m.exec(src)?.[1] ?? '-m -l';
  const name = f.slice(dir.length + 1);
  console.log(`${name.padEnd(32)} ${String(src.split('\n').length).padStart(5)}  ${flags.padEnd(11)} ${time(src, name, flags).toFixed(1).padStart(9)}`);
}
