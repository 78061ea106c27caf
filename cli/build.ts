// `golesson build [-gcflags=FLAGS] FILE.go`: what `go build -gcflags=FLAGS FILE.go` prints (the
// compiler's -m, -m=2 and -d=defer reports, or its errors) and how it exits. Nothing is built.
import { readFileSync } from 'node:fs';
import { buildDiagnostics, importStd } from '../interpreter/index.js';
import { gcFileName } from '../interpreter/gorun.js';

const usage = "usage: golesson build [-gcflags='-m -l'] [-o FILE] FILE.go";

export async function buildCommand(argv: string[]): Promise<number> {
  let gcflags = '';
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-gcflags=')) gcflags = unquote(a.slice('-gcflags='.length));
    else if (a === '-gcflags') gcflags = unquote(argv[++i] ?? '');
    else if (a === '-o') i++; // nothing is written: the output file does not matter
    else if (a.startsWith('-o=')) continue;
    else if (a.endsWith('.go') && file === undefined) file = a;
    else {
      process.stderr.write(`golesson build: unexpected argument ${a}\n${usage}\n`);
      return 2;
    }
  }
  if (file === undefined) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, 'latin1'); // the compiler reads bytes; columns count bytes
  } catch (e) {
    process.stderr.write(`golesson build: ${(e as Error).message}\n`);
    return 1;
  }
  const { output, ok } = buildDiagnostics(source, gcFileName(file), gcflags, { importer: importStd });
  process.stderr.write(Buffer.from(output, 'latin1'));
  return ok ? 0 : 1;
}

/** `'-m -l'` as a shell would have passed it, for callers that keep the quotes. */
function unquote(s: string): string {
  return /^(['"]).*\1$/.test(s) ? s.slice(1, -1) : s;
}
