// The lecture in a terminal, for machines without Jupyter: each notebook's cells in order, Markdown as
// text, code with its source and then its output, run through the same cell runner as the kernel
// (magics included) on a fresh notebook Session per notebook.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { GoSession, RunOptions } from '../interpreter/api.js';
import { runCell, type StopReason } from '../kernel/cell.js';
import { builtinMagics } from '../kernel/magics/builtin.js';
import type { CellIO } from '../kernel/magics/magic.js';
import type { Bundle, CellEnd } from '../kernel/worker-protocol.js';

/** The parts of a stored notebook the terminal shows. */
interface NotebookCell {
  readonly cell_type: string;
  readonly id?: string;
  readonly source: string | readonly string[];
  readonly metadata?: { readonly tags?: readonly string[] };
}

/** Where the headless run writes: text for the terminal, and bytes a Go program printed. */
export interface TerminalOut {
  text(s: string): void;
  /** Go output: a byte string (one char per byte) for stdout or stderr. */
  bytes(stream: 'stdout' | 'stderr', b: string): void;
  readonly color: boolean;
}

export interface HeadlessOptions {
  readonly notebooks: readonly string[];
  /** Makes the notebook Session (one per notebook, as a kernel per notebook would). */
  readonly newSession: () => GoSession;
  readonly out: TerminalOut;
  /** Set to 1 by the caller (Ctrl-C) to stop the running cell. */
  readonly interrupt?: Int32Array;
}

export interface HeadlessSummary {
  readonly cells: number;
  /** Code cells that ended in an error they were not tagged to expect (raises-exception). */
  readonly unexpectedErrors: number;
  /** Magic cells shown as notes because this build lacks the magic. */
  readonly missingMagics: number;
}

const style = (on: boolean, code: string, s: string): string => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

function joined(s: string | readonly string[]): string {
  return typeof s === 'string' ? s : s.join('');
}

/** Markdown for a terminal: kept as written, with HTML disclosure tags turned into plain labels. */
export function markdownForTerminal(md: string): string {
  return md
    .replace(/<details>\s*<summary>(.*?)<\/summary>\s*/g, '$1:\n')
    .replace(/\s*<\/details>/g, '')
    .trimEnd();
}

/** The magics golesson's kernel provides that a build may still lack, and what they would show. */
const lateMagics: Readonly<Record<string, string>> = {
  trace: 'the defer/panic timeline of this run',
  escape: "the compiler's escape-analysis verdicts for this code",
};

/** The first line's magic name, if the cell starts with one. */
function leadingMagic(code: string): { name: string; body: string } | undefined {
  const m = /^[ \t]*%([A-Za-z_][\w-]*)[^\n]*(?:\n|$)/.exec(code);
  return m ? { name: m[1]!, body: code.slice(m[0].length) } : undefined;
}

/** Runs the notebooks' cells in order and prints them; resolves with a summary. */
export async function runHeadless(opts: HeadlessOptions): Promise<HeadlessSummary> {
  const { out } = opts;
  const c = out.color;
  const magics = builtinMagics();
  const interrupt = opts.interrupt ?? new Int32Array(new SharedArrayBuffer(4));
  let cells = 0;
  let unexpectedErrors = 0;
  let missingMagics = 0;

  for (const path of opts.notebooks) {
    const nb = JSON.parse(readFileSync(path, 'utf8')) as { cells: NotebookCell[] };
    const name = basename(path, '.ipynb');
    const session = opts.newSession();
    const codeCells = nb.cells.filter((x) => x.cell_type === 'code').length;
    let codeIndex = 0;
    out.text(`\n${style(c, '1;7', ` ${name} `)} ${codeCells} code cells\n`);

    for (const cell of nb.cells) {
      cells++;
      const source = joined(cell.source);
      if (cell.cell_type === 'markdown') {
        out.text(`\n${markdownForTerminal(source)}\n`);
        continue;
      }
      if (cell.cell_type !== 'code') continue;
      codeIndex++;
      const expectError = cell.metadata?.tags?.includes('raises-exception') ?? false;
      out.text(`\n${style(c, '36', `── ${name} [${codeIndex}/${codeCells}]${cell.id ? ` ${cell.id}` : ''} ──`)}\n`);
      // Positions in what a magic reports (%escape's ./prog.go:L:C, %trace's lines) count from the
      // line after the magic, so the listing numbers the Go code that way too.
      const magic = leadingMagic(source);
      const lines = source.split('\n');
      const first = magic ? 1 : 0;
      const numbered = lines.map((l, i) => `${style(c, '2', i < first ? '   ' : String(i - first + 1).padStart(3))}  ${l}`);
      out.text(`${numbered.join('\n')}\n${style(c, '36', '── output ──')}\n`);

      let code = source;
      if (magic && lateMagics[magic.name] !== undefined && magics.get(magic.name) === undefined) {
        missingMagics++;
        out.text(style(c, '33', `[%${magic.name} needs golesson's kernel magic, which this build does not have yet: it would show ${lateMagics[magic.name]}]`) + '\n');
        if (magic.name !== 'trace') continue;
        // %trace runs the program as usual; without the magic, show at least the program's output.
        code = magic.body;
      }

      Atomics.store(interrupt, 0, 0);
      let tail = '';
      let stop: StopReason | undefined;
      const showBundle = (bundle: Bundle): void => {
        const text = bundle['text/plain'];
        if (text !== undefined) out.text(text.endsWith('\n') ? text : `${text}\n`);
        else out.text(style(c, '33', `[a display of ${Object.keys(bundle).join(', ')}: open the notebook in Jupyter to see it]`) + '\n');
      };
      const io: CellIO = {
        stdout: (t) => out.text(t),
        stderr: (t) => out.text(t),
        display: (bundle) => showBundle(bundle),
        page: (bundle) => showBundle(bundle),
      };
      const runOptions: RunOptions = {
        stdout: (b) => out.bytes('stdout', b),
        stderr: (b) => {
          tail = (tail + b).slice(-65536);
          out.bytes('stderr', b);
        },
        display: (bundle) => showBundle(bundle),
        interrupt,
        readStdin: async () => null,
      };
      let end: CellEnd;
      try {
        end = await runCell(code, {
          session,
          magics,
          io,
          runOptions,
          stderrTail: () => tail,
          stopReason: () => {
            if (stop === undefined && Atomics.load(interrupt, 0) !== 0) stop = 'interrupt';
            return stop;
          },
        });
      } catch (e) {
        end = { status: 'error', ename: 'InternalError', evalue: (e as Error).message, traceback: [(e as Error).stack ?? String(e)] };
      }
      if (end.status === 'ok') {
        if (end.value !== undefined) out.text(`${end.value}\n`);
        continue;
      }
      // A Go failure has already printed Go's own report to stderr; the traceback adds its last line.
      out.text(style(c, '31', end.traceback.join('\n')) + '\n');
      if (expectError) out.text(style(c, '2', '(this cell is meant to end in an error)') + '\n');
      else unexpectedErrors++;
      if (end.ename === 'Interrupted') return { cells, unexpectedErrors, missingMagics };
    }
  }
  return { cells, unexpectedErrors, missingMagics };
}
