// The checker's messages against real Go: each test/types/errors/X.go was built with Go 1.23 by
// scripts/record-type-errors.mjs, which wrote everything the compiler printed into X.err.
// FILTER=substring picks cases.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildOutput } from './harness.js';

const dir = join(import.meta.dirname, 'errors');
const filter = process.env.FILTER ?? '';
const names = readdirSync(dir).filter((n) => n.endsWith('.go') && n.includes(filter)).sort();

describe('type errors as Go 1.23 prints them', () => {
  for (const name of names) {
    test(name, () => {
      // Messages are bytes (they quote the source's bytes), as the command line writes them.
      const src = readFileSync(join(dir, name), 'utf8');
      const want = readFileSync(join(dir, name.replace(/\.go$/, '.err')), 'latin1');
      const got = buildOutput(src, './' + name);
      if (got !== want) writeFileSync(join(dir, name.replace(/\.go$/, '.actual')), got, 'latin1');
      expect(got).toBe(want);
    });
  }
});
