// Every lecture cell runs in golesson's own interpreter: the terminal run of `golesson lecture`
// (kernel cell runner, notebook Session) goes through all notebooks, and only the cells tagged
// raises-exception end in an error.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoSession } from '../../interpreter/api.js';
import { lectureNotebooks, packageRoot } from '../../cli/lecture.js';
import { runHeadless } from '../../cli/lecture-headless.js';

const root = packageRoot();
const indexTs = join(root, 'interpreter', 'index.ts');
const mod = existsSync(indexTs) ? ((await import(indexTs)) as { Session?: new () => GoSession }) : {};
if (typeof mod.Session !== 'function') console.warn('lecture terminal run skipped: interpreter/index.ts exports no Session yet');

describe.skipIf(typeof mod.Session !== 'function')('the lecture in the terminal', () => {
  it('runs every cell of every notebook', { timeout: 300_000 }, async () => {
    const S = mod.Session!;
    let text = '';
    const summary = await runHeadless({
      notebooks: lectureNotebooks(root, 'en'),
      newSession: () => new S(),
      out: { color: false, text: (s) => (text += s), bytes: (_stream, b) => (text += Buffer.from(b, 'latin1').toString('utf8')) },
    });
    expect(summary.unexpectedErrors, text.slice(-3000)).toBe(0);
    expect(summary.cells).toBeGreaterThan(90);
    // The cells meant to fail did fail, with Go's report.
    expect(text.match(/\(this cell is meant to end in an error\)/g)?.length).toBe(2);
    expect(text).toContain('panic: runtime error: invalid memory address or nil pointer dereference');
  });
});
