// Every golden program (recorded from real Go) that compiled with Go must type-check without
// errors here, and every one Go rejected must produce Go's exact error output.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildOutput } from './harness.js';

const root = join(import.meta.dirname, '..', 'golden');
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (n.endsWith('.go')) out.push(p);
  }
  return out;
}
const filter = process.env.FILTER;
const files = walk(root).filter((f) => !filter || f.includes(filter)).sort();

describe('golden programs type-check as real Go compiled them', () => {
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    const firstLine = src.split('\n')[0] ?? '';
    if (!firstLine.startsWith('// run') && !firstLine.startsWith('// build')) continue;
    const errFile = f.replace(/\.go$/, '.err');
    if (!existsSync(errFile) && !existsSync(f.replace(/\.go$/, '.out'))) continue; // not recorded yet
    const expected = existsSync(errFile) ? readFileSync(errFile, 'utf8') : '';
    const compileError = expected.startsWith('# command-line-arguments\n');
    test(f.slice(root.length + 1), () => {
      const name = './' + f.split('/').pop()!;
      const got = buildOutput(src, name);
      if (compileError && expected.includes('function main is undeclared')) {
        // A link-time error, not the type checker's: the package itself checks cleanly.
        expect(got).toBe('');
      } else if (compileError) {
        const want = expected.split('\n').filter((l) => l === '# command-line-arguments' || /^\.\/|^\t/.test(l)).join('\n') + '\n';
        expect(got).toBe(want);
      } else {
        expect(got).toBe('');
      }
    });
  }
});
