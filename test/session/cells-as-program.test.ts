// A run of statement cells behaves as the one program they add up to: each golden program under
// test/golden/session/ is cut at its "// cell" lines, the parts run as cells of one session, and
// together they must print what real Go printed for the whole program.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../interpreter/session.js';

const dir = join(import.meta.dirname, '../golden/session');

/** The parts of main's body between "// cell" lines, each dedented one tab. */
function cells(src: string): string[] {
  const body = src.slice(src.indexOf('func main() {\n') + 'func main() {\n'.length, src.lastIndexOf('}'));
  return body
    .split(/^\t\/\/ cell\n/m)
    .map((c) => c.replace(/^\t/gm, ''))
    .filter((c) => c.trim() !== '');
}

describe('cells as one program', () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.go'))) {
    it(name, async () => {
      const src = readFileSync(join(dir, name), 'utf8');
      const want = readFileSync(join(dir, name.replace(/\.go$/, '.out')), 'utf8');
      const s = new Session();
      let out = '';
      for (const cell of cells(src)) {
        const r = await s.execute(cell, { stdout: (b) => (out += b), stderr: (b) => (out += b) });
        expect(r.outcome, cell).toBe('exited');
        // A cell ending in fmt.Println shows its output, not Println's byte count and error.
        expect(r.value, cell).toBeUndefined();
      }
      expect(Buffer.from(out, 'latin1').toString('utf8')).toBe(want);
    });
  }
});
