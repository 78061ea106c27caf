// %escape: the compiler's escape-analysis verdicts for the cell (run nothing), as
// `go build -gcflags='-m -l'` prints them, drawn onto the cell's source.
import { escapeBundle } from '../../interpreter/index.js';
import { fromBytes } from '../cell.js';
import { usageError, type Magic } from './magic.js';

/** `-m=2`, `-d=defer` and a file name to show in positions -> gcflags and the file name. */
export function escapeArgs(args: string): { gcflags: string; filename: string } | string {
  let m = '-m';
  let defer = false;
  let filename = './prog.go';
  for (const a of args.split(/\s+/).filter(Boolean)) {
    if (a === '-m') m = '-m';
    else if (/^-m=[12]$/.test(a)) m = a === '-m=1' ? '-m' : a;
    else if (a === '-d=defer') defer = true;
    else if (/^[\w.-]+\.go$/.test(a)) filename = `./${a}`;
    else return `%escape: unknown argument ${a} (usage: %escape [-m=2] [-d=defer] [file.go])`;
  }
  // -d=defer alone reports only defers, as `go build -gcflags=-d=defer` does.
  const gcflags = defer && !/\s-m/.test(` ${args}`) ? '-d=defer' : `${m} -l${defer ? ' -d=defer' : ''}`;
  return { gcflags, filename };
}

export const escapeMagic: Magic = {
  name: 'escape',
  usage: '%escape [-m=2] [-d=defer] [file.go]',
  summary: "the compiler's escape analysis of the cell (go build -gcflags='-m -l'), drawn on its source",
  body: true,
  async run(ctx) {
    const parsed = escapeArgs(ctx.args);
    if (typeof parsed === 'string') return usageError(parsed);
    const { output, ok } = ctx.session.escape(ctx.body, parsed.gcflags, parsed.filename);
    const text = fromBytes(output);
    if (!ok) {
      const lines = text.split('\n').filter((l) => l && !l.startsWith('# '));
      return { status: 'error', ename: 'CompileError', evalue: lines[0] ?? 'compile error', traceback: lines };
    }
    ctx.io.display(escapeBundle(ctx.body, parsed.filename, text));
    return { status: 'ok' };
  },
};
