// The stored notebook outputs are what the golesson kernel produces today: every notebook is
// re-executed through nbclient with a freshly installed kernelspec and compared output by output
// (heap addresses by identity). Also unit tests for that comparison.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinMagics } from '../../kernel/magics/builtin.js';
// @ts-expect-error plain ESM script without type declarations
import { executeNotebooks, hasNbclient, installTempKernelspec, ROOT } from '../../scripts/notebooks/execute.mjs';
// @ts-expect-error plain ESM script without type declarations
import { comparableOutputs, outputDifferences } from '../../scripts/notebooks/compare-outputs.mjs';

const stream = (name: string, text: string | string[]) => ({ output_type: 'stream', name, text });
const nb = (outputs: unknown[], execution_count: number | null = 1) => ({
  cells: [{ cell_type: 'code', id: 'c', source: 'x', metadata: {}, execution_count, outputs }],
});

describe('output comparison', () => {
  it('compares heap addresses by identity within a cell', () => {
    const a = comparableOutputs([stream('stdout', '(0xc000012110, 0)\n(0xc000012110, 1)\n(0xc000100000, 0)\n')]);
    const same = comparableOutputs([stream('stdout', '(0xc00008c040, 0)\n(0xc00008c040, 1)\n(0xc000090000, 0)\n')]);
    const merged = comparableOutputs([stream('stdout', '(0xc00008c040, 0)\n(0xc00008c040, 1)\n(0xc00008c040, 0)\n')]);
    expect(same).toEqual(a);
    expect(merged).not.toEqual(a);
  });

  it('joins consecutive writes to one stream and keeps streams apart', () => {
    expect(comparableOutputs([stream('stdout', 'a\n'), stream('stdout', ['b\n', 'c\n']), stream('stderr', 'e\n')])).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'a\nb\nc\n' },
      { output_type: 'stream', name: 'stderr', text: 'e\n' },
    ]);
  });

  it('reports changed outputs and cells that were never executed', () => {
    expect(outputDifferences(nb([stream('stdout', '5\n')]), nb([stream('stdout', '5\n')]))).toEqual([]);
    expect(outputDifferences(nb([stream('stdout', '5\n')]), nb([stream('stdout', '6\n')]))[0]).toMatch(/^cell c: outputs differ/);
    expect(outputDifferences(nb([], null), nb([stream('stdout', '5\n')]))[0]).toMatch(/stored without execution/);
    const html = (s: string) => ({ output_type: 'display_data', data: { 'text/html': s, 'text/plain': 't' }, metadata: {} });
    expect(outputDifferences(nb([html('<b>1</b>')]), nb([html('<b>2</b>')]))).toHaveLength(1);
  });
});

// The kernel needs the built command line (`golesson install`, `golesson kernel`) and the
// interpreter's notebook Session; until those exist there is nothing to execute the notebooks with.
const needed = ['dist/cli/main.js', 'dist/cli/install.js', 'dist/kernel/kernel.js', 'dist/interpreter/index.js'];
const missing = needed.filter((f) => !existsSync(join(ROOT, f)));
// The lecture's cells use %trace and %escape: without them no notebook can run to its end.
const magics = builtinMagics();
const missingMagics = ['trace', 'escape'].filter((m) => magics.get(m) === undefined);
const nbclient = hasNbclient();
const canRun = missing.length === 0 && missingMagics.length === 0 && nbclient;
if (!canRun) {
  console.warn(
    `notebook re-execution skipped: ${
      missing.length
        ? `not built yet: ${missing.join(', ')}`
        : missingMagics.length
          ? `the kernel has no ${missingMagics.map((m) => `%${m}`).join(', ')} yet`
          : 'nbclient missing (apt-get install python3-nbclient)'
    }`,
  );
}

describe.skipIf(!canRun)('notebooks re-execute to their stored outputs', () => {
  it('every notebook, every output', { timeout: 900_000 }, async () => {
    const ks = installTempKernelspec();
    try {
      const results = (await executeNotebooks({ check: true, jupyterPath: ks.jupyterPath, jobs: 3 })) as {
        path: string;
        ok: boolean;
        problems: string[];
        log: string;
      }[];
      expect(results.length).toBe(6);
      const report = results.filter((r) => !r.ok).map((r) => `${r.path}:\n${r.problems.join('\n')}\n${r.log}`);
      expect(report).toEqual([]);
    } finally {
      ks.cleanup();
    }
  });
});
