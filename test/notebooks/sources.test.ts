// The lecture notebooks are in step with their sources: regenerated in memory, every committed
// notebook has the same cells (kind, id, source, tags) and metadata; the zh and en editions share
// their structure and code; the lecture's programs are all there, each with its %trace/%escape cell.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { generateAll, sourceFiles, NOTEBOOKS } from '../../scripts/notebooks/generate.mjs';
// @ts-expect-error plain ESM script without type declarations
import { parseSource, joinSource, notebookName, KERNELSPEC, LANGUAGE_INFO } from '../../scripts/notebooks/notebook-source.mjs';

interface Cell {
  cell_type: string;
  id: string;
  source: string | string[];
  metadata: Record<string, unknown>;
  outputs?: unknown[];
}
interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/** What a notebook is made of, outputs left out. */
function shape(nb: Notebook) {
  return {
    cells: nb.cells.map((c) => ({
      type: c.cell_type,
      id: c.id,
      source: joinSource(c.source) as string,
      // A code cell's metadata may gain what a front end records; its tags come from the source.
      metadata: c.cell_type === 'code' ? { tags: c.metadata.tags ?? [] } : c.metadata,
    })),
    metadata: nb.metadata,
    nbformat: `${nb.nbformat}.${nb.nbformat_minor}`,
  };
}

const generated = (generateAll() as { path: string; text: string }[]).map((g) => ({
  path: g.path,
  fresh: JSON.parse(g.text) as Notebook,
}));

describe('committed notebooks are in step with notebooks/src', () => {
  it('finds the three lecture notebooks', () => {
    const names = (sourceFiles() as string[]).map((f) => notebookName(f));
    expect(names).toEqual(['01-defer.ipynb', '02-escape.ipynb', '03-defer-implementation.ipynb']);
  });

  for (const g of generated) {
    const rel = g.path.slice(NOTEBOOKS.length + 1);
    it(`${rel} matches its source`, () => {
      expect(existsSync(g.path), `${rel} missing: run node scripts/notebooks/generate.mjs`).toBe(true);
      const committed = JSON.parse(readFileSync(g.path, 'utf8')) as Notebook;
      expect(shape(committed)).toEqual(shape(g.fresh));
    });
  }
});

describe('editions', () => {
  for (const file of sourceFiles() as string[]) {
    const name = notebookName(file) as string;
    const zh = JSON.parse(readFileSync(join(NOTEBOOKS, 'zh', name), 'utf8')) as Notebook;
    const en = JSON.parse(readFileSync(join(NOTEBOOKS, 'en', name), 'utf8')) as Notebook;

    it(`${name}: zh and en have the same cells and identical code`, () => {
      expect(zh.cells.map((c) => [c.cell_type, c.id])).toEqual(en.cells.map((c) => [c.cell_type, c.id]));
      const code = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === 'code').map((c) => joinSource(c.source));
      expect(code(zh)).toEqual(code(en));
      expect(code(zh).length).toBeGreaterThan(0);
    });

    it(`${name}: the zh edition is Chinese, the en edition English`, () => {
      const cjk = /[\u4e00-\u9fff]/;
      for (const c of zh.cells.filter((c) => c.cell_type === 'markdown')) {
        expect(cjk.test(joinSource(c.source)), `zh cell ${c.id}`).toBe(true);
      }
      for (const c of en.cells.filter((c) => c.cell_type === 'markdown')) {
        const text = joinSource(c.source) as string;
        const han = [...text].filter((ch) => cjk.test(ch)).length;
        // English cells may quote a Chinese name (the talk's title), no more.
        expect(han, `en cell ${c.id}`).toBeLessThan(10);
      }
    });

    it(`${name}: carries the golesson kernelspec and Go's language_info`, () => {
      for (const nb of [zh, en]) {
        expect(nb.nbformat).toBe(4);
        expect(nb.nbformat_minor).toBe(5);
        expect(nb.metadata.kernelspec).toEqual({ name: 'golesson', display_name: 'Go (golesson)', language: 'go' });
        expect(nb.metadata.language_info).toEqual({
          name: 'go',
          mimetype: 'text/x-go',
          file_extension: '.go',
          pygments_lexer: 'go',
          codemirror_mode: 'go',
        });
        expect(KERNELSPEC.name).toBe('golesson');
        expect(LANGUAGE_INFO.pygments_lexer).toBe('go');
      }
    });
  }
});

/** The code cells of a source, by id. */
function codeCells(name: string): Map<string, string> {
  const file = (sourceFiles() as string[]).find((f) => f.endsWith(name))!;
  const cells = parseSource(readFileSync(file, 'utf8'), name) as { kind: string; id: string; source?: string }[];
  return new Map(cells.filter((c) => c.kind === 'code').map((c) => [c.id, c.source!]));
}

describe('lecture content', () => {
  it('01: defer-code-1..7 each run, then run again under %trace', () => {
    const code = codeCells('01-defer.md');
    for (let n = 1; n <= 7; n++) {
      const program = code.get(`defer-code-${n}`);
      expect(program, `defer-code-${n}`).toMatch(/^package main\n/);
      expect(code.get(`defer-code-${n}-trace`)).toBe(`%trace\n${program}`);
    }
    expect(code.get('defer-code-7-go121')).toBe(`//go:build go1.21\n\n${code.get('defer-code-7')}`);
    expect(code.get('loopvar-closures-go121')).toBe(`//go:build go1.21\n\n${code.get('loopvar-closures')}`);
  });

  it('02: escape-code-1..6 each run, then analysed with %escape', () => {
    const code = codeCells('02-escape.md');
    for (let n = 1; n <= 6; n++) {
      const program = code.get(`escape-code-${n}`);
      expect(program, `escape-code-${n}`).toMatch(/^package main\n/);
      expect(code.get(`escape-code-${n}-escape`)).toBe(`%escape\n${program}`);
    }
    const m2 = [...code.entries()].filter(([, s]) => s.startsWith('%escape -m=2\n'));
    expect(m2.length).toBeGreaterThanOrEqual(2);
  });

  it('03: uses %escape -d=defer on the lecture programs', () => {
    const code = codeCells('03-defer-implementation.md');
    const d = [...code.values()].filter((s) => s.startsWith('%escape -d=defer\n'));
    expect(d.length).toBeGreaterThanOrEqual(3);
  });

  it('no notebook stores an output that did not come from a kernel run', () => {
    // Outputs are only ever written by execute.mjs; a stored output therefore comes with the
    // execution count the kernel gave it.
    for (const g of generated) {
      const committed = JSON.parse(readFileSync(g.path, 'utf8')) as Notebook & { cells: (Cell & { execution_count: number | null })[] };
      for (const c of committed.cells) {
        if (c.cell_type === 'code' && (c.outputs ?? []).length > 0) expect(c.execution_count, c.id).not.toBeNull();
      }
    }
  });
});

describe('source format', () => {
  it('reads markdown and code cells, repeats and magics', () => {
    const src = [
      'preamble',
      '<!-- md id=a -->',
      '<!-- zh -->',
      '中文',
      '<!-- en -->',
      'English',
      '<!-- code id=p tags=raises-exception -->',
      '```go',
      'package main',
      '```',
      '<!-- code id=q repeat=p magic="%escape -m=2" -->',
    ].join('\n');
    expect(parseSource(src, 'x.md')).toEqual([
      { kind: 'markdown', id: 'a', text: { zh: '中文', en: 'English' }, line: 2 },
      { kind: 'code', id: 'p', source: 'package main', tags: ['raises-exception'], line: 7 },
      { kind: 'code', id: 'q', source: '%escape -m=2\npackage main', tags: [], line: 11 },
    ]);
  });

  it('rejects a markdown cell without one of its editions', () => {
    expect(() => parseSource('<!-- md -->\n<!-- zh -->\n中文\n', 'x.md')).toThrow(/no <!-- en --> part/);
  });

  it('rejects duplicate ids and repeats of unknown cells', () => {
    const cell = '<!-- code id=a -->\n```go\nx\n```\n';
    expect(() => parseSource(cell + cell, 'x.md')).toThrow(/duplicate cell id "a"/);
    expect(() => parseSource('<!-- code repeat=zz magic=%trace -->\n', 'x.md')).toThrow(/names no earlier code cell/);
  });
});
