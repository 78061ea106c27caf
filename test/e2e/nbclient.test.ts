// nbclient (Debian's python3-nbclient) runs a notebook through the installed golesson kernelspec.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTestKernelspec, python, pythonHas } from './kernelspec-fixture.js';
import { root } from '../kernel/client.js';

const available = pythonHas('nbclient');
if (!available) console.warn(`NOTICE: ${python} lacks nbclient (Debian python3-nbclient); skipping the notebook run`);

const cell = (source: string) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });

describe('nbclient', () => {
  it.skipIf(!available)('executes a notebook with the golesson kernel', () => {
    const spec = installTestKernelspec();
    const nb = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'golesson', display_name: 'Go (golesson)', language: 'go' } },
      cells: [
        cell('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'),
        cell('1 + 2'),
        cell('package main\n\nfunc main() { panic("boom") }\n'),
        cell('"after"'),
      ].map((c, i) => ({ ...c, id: `cell-${i}` })),
    };
    const file = join(spec.prefix, 'lesson.ipynb');
    writeFileSync(file, JSON.stringify(nb));
    const r = spawnSync(python, [join(root, 'test/e2e/run_notebook.py'), file, 'golesson'], { env: spec.env, encoding: 'utf8', timeout: 120000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { language_info: Record<string, string>; cells: Array<{ execution_count: number; outputs: Array<Record<string, any>> }> };
    expect(out.language_info).toMatchObject({ name: 'go', file_extension: '.go', pygments_lexer: 'go', codemirror_mode: 'go' });
    expect(out.cells.map((c) => c.execution_count)).toEqual([1, 2, 3, 4]);
    expect(out.cells[0]!.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: 'hello, world\n' }]);
    expect(out.cells[1]!.outputs).toEqual([{ output_type: 'execute_result', execution_count: 2, data: { 'text/plain': '3' }, metadata: {} }]);
    const panic = out.cells[2]!.outputs;
    expect(panic[0]).toMatchObject({ output_type: 'stream', name: 'stderr' });
    expect(panic[0]!['text']).toMatch(/^panic: boom\n/);
    expect(panic[1]).toEqual({ output_type: 'error', ename: 'panic', evalue: 'boom', traceback: ['exit status 2'] });
    expect(out.cells[3]!.outputs[0]!['data']).toEqual({ 'text/plain': 'after' });
  }, 180000);
});
