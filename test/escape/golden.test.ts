// Escape analysis against the real compiler: each test/escape/golden/X.go (and each lecture program
// in test/golden/lecture with a build recipe) must give exactly the recorded X.escape, order
// included. Recorded by scripts/record-escape.mjs (and the golden recorder); FILTER=part picks cases.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golessonBuild } from './support.js';

const here = import.meta.dirname;
const dirs = [join(here, 'golden'), join(here, '..', 'golden', 'lecture')];
const filter = process.env['FILTER'];

describe('escape analysis matches go build -gcflags', () => {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
      const src = readFileSync(join(dir, name)).toString('latin1');
      const m = /^\/\/ build -gcflags=(.*)$/.exec(src.split('\n')[0] ?? '');
      const expectedFile = join(dir, name.replace(/\.go$/, '.escape'));
      if (m === null || !existsSync(expectedFile)) continue;
      if (filter !== undefined && !name.includes(filter)) continue;
      it(name, () => {
        const want = readFileSync(expectedFile, 'latin1');
        const got = golessonBuild(src, name, m[1]!);
        if (got !== want && dir === dirs[0]) writeFileSync(expectedFile.replace(/\.escape$/, '.actual'), got, 'latin1');
        expect(got).toBe(want);
      });
    }
  }
});
