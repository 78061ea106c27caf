// `golesson lecture`: argument parsing, finding Jupyter, reading the server's URL, and the terminal
// run of a notebook (cells in order, progress, outputs, magics, expected errors).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CellResult, GoSession, RunOptions } from '../../interpreter/api.js';
import { findJupyter, jupyterUrl, lectureNotebooks, localeEdition, packageRoot, parseLectureArgs } from '../../cli/lecture.js';
import { markdownForTerminal, runHeadless } from '../../cli/lecture-headless.js';
import { builtinMagics } from '../../kernel/magics/builtin.js';

const tmp = mkdtempSync(join(tmpdir(), 'golesson-lecture-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('options', () => {
  it('reads flags and picks the edition from the locale', () => {
    expect(parseLectureArgs(['--headless', '--lang', 'zh', '01'], {})).toEqual({
      lang: 'zh',
      headless: true,
      install: true,
      browser: true,
      names: ['01'],
    });
    expect(parseLectureArgs(['--no-install', '--no-browser', '--port=9999'], { LANG: 'zh_CN.UTF-8' })).toMatchObject({
      lang: 'zh',
      install: false,
      browser: false,
      port: '9999',
    });
    expect(parseLectureArgs(['--lang', 'fr'], {})).toMatch(/--lang is zh or en/);
    expect(parseLectureArgs(['--bogus'], {})).toMatch(/unexpected option/);
    expect(localeEdition({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeEdition({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' })).toBe('zh');
  });

  it('finds the lecture notebooks of an edition', () => {
    const root = packageRoot();
    expect(lectureNotebooks(root, 'en').map((p) => p.slice(root.length + 1))).toEqual([
      'notebooks/en/01-defer.ipynb',
      'notebooks/en/02-escape.ipynb',
      'notebooks/en/03-defer-implementation.ipynb',
    ]);
    expect(lectureNotebooks(root, 'zh', ['escape']).map((p) => p.slice(root.length + 1))).toEqual(['notebooks/zh/02-escape.ipynb']);
  });
});

describe('Jupyter', () => {
  const bin = (name: string): string => {
    const dir = join(tmp, `bin-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), '#!/bin/sh\n');
    chmodSync(join(dir, name), 0o755);
    return dir;
  };

  it('prefers JupyterLab, then Jupyter Notebook, else none', () => {
    const lab = bin('jupyter-lab');
    const nb = bin('jupyter-notebook');
    const nopython = join(tmp, 'no-python');
    expect(findJupyter({ PATH: `${nb}:${lab}` }, nopython)).toEqual({ kind: 'lab', command: join(lab, 'jupyter-lab'), args: [] });
    expect(findJupyter({ PATH: nb }, nopython)).toEqual({ kind: 'notebook', command: join(nb, 'jupyter-notebook'), args: [] });
    expect(findJupyter({ PATH: join(tmp, 'empty') }, nopython)).toBeUndefined();
  });

  it("reads the server's address from its log", () => {
    expect(jupyterUrl('[I 14:19:56.965 NotebookApp] http://localhost:8897/?token=6cdf7a')).toBe('http://localhost:8897/?token=6cdf7a');
    expect(jupyterUrl('[I 2024-01-01 ServerApp]     http://127.0.0.1:8888/lab?token=abc')).toBe('http://127.0.0.1:8888/lab?token=abc');
    expect(jupyterUrl('[I NotebookApp] Serving notebooks from local directory: /x')).toBeUndefined();
  });
});

/** A stand-in for the interpreter's Session: prints what it was given, panics on demand. */
class EchoSession implements GoSession {
  readonly ran: string[] = [];
  async execute(code: string, opts: RunOptions): Promise<CellResult> {
    this.ran.push(code);
    if (code.includes('panic(')) {
      opts.stderr('panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t./prog.go:3\nexit status 2\n');
      return { outcome: 'panic', exitStatus: 2, diagnostics: [] };
    }
    opts.stdout(`ran ${code.split('\n').length} lines\n`);
    return { outcome: 'exited', exitStatus: 0, diagnostics: [] };
  }
  escape(code: string, gcflags: string, filename = './prog.go') {
    return { output: `# command-line-arguments\n${filename}:1:1: ${gcflags} of ${code.length} bytes\n`, ok: true };
  }
  isComplete() {
    return { status: 'complete' } as const;
  }
  complete() {
    return { matches: [], start: 0, end: 0 };
  }
  inspect() {
    return { found: false, text: '' };
  }
  reset() {}
  list() {
    return [];
  }
}

describe('terminal run', () => {
  it('shows markdown, numbered code, outputs, magics and expected errors', async () => {
    const cells = [
      { cell_type: 'markdown', id: 'm', metadata: {}, source: ['# Title\n', '\n', '<details><summary>Hint</summary>\n', 'why\n', '</details>'] },
      { cell_type: 'code', id: 'a', metadata: {}, outputs: [], execution_count: null, source: 'package main\n\nfunc main() {}' },
      { cell_type: 'code', id: 'b', metadata: {}, outputs: [], execution_count: null, source: '%escape\npackage main' },
      { cell_type: 'code', id: 'c', metadata: { tags: ['raises-exception'] }, outputs: [], execution_count: null, source: 'panic("boom")' },
      { cell_type: 'code', id: 'd', metadata: {}, outputs: [], execution_count: null, source: 'panic("again")' },
      { cell_type: 'code', id: 'e', metadata: {}, outputs: [], execution_count: null, source: '%lsmagic' },
    ];
    const path = join(tmp, '01-test.ipynb');
    writeFileSync(path, JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    let text = '';
    const sessions: EchoSession[] = [];
    const summary = await runHeadless({
      notebooks: [path],
      newSession: () => {
        const s = new EchoSession();
        sessions.push(s);
        return s;
      },
      out: { color: false, text: (s) => (text += s), bytes: (_stream, b) => (text += Buffer.from(b, 'latin1').toString('utf8')) },
    });

    expect(sessions).toHaveLength(1);
    expect(text).toContain(' 01-test  5 code cells');
    expect(text).toContain('# Title\n\nHint:\nwhy\n');
    expect(text).toContain('── 01-test [1/5] a ──\n  1  package main\n  2  \n  3  func main() {}\n── output ──\nran 3 lines\n');
    // A magic line is not numbered: positions in what magics report count from the Go code.
    expect(text).toContain('── 01-test [2/5] b ──\n     %escape\n  1  package main\n');
    expect(text).toContain('── 01-test [3/5] c ──');
    expect(text).toContain('panic: boom\n');
    expect(text).toContain('(this cell is meant to end in an error)');
    // %lsmagic is one of the kernel's own magics, run as the kernel runs it.
    expect(text).toMatch(/%lsmagic[\s\S]*%time/);
    if (builtinMagics().get('escape') === undefined) {
      expect(text).toContain("[%escape needs golesson's kernel magic");
      expect(summary.missingMagics).toBe(1);
    } else {
      // The kernel's %escape display, as its text/plain reads.
      expect(text).toContain('── output ──\n# command-line-arguments\n./prog.go:1:1: -m -l of 12 bytes\n');
      expect(summary.missingMagics).toBe(0);
    }
    expect(sessions[0]!.ran).toEqual(['package main\n\nfunc main() {}', 'panic("boom")', 'panic("again")']);
    expect(summary.unexpectedErrors).toBe(1);
    expect(summary.cells).toBe(6);
  });

  it('turns disclosure blocks into labels', () => {
    expect(markdownForTerminal('Q\n\n<details><summary>提示</summary>\n\nA\n</details>\n')).toBe('Q\n\n提示:\nA');
  });
});
