// %help: how cells work and what each magic does, shown in the pager.
import type { Magic } from './magic.js';

export const helpMagic: Magic = {
  name: 'help',
  usage: '%help',
  summary: 'show this help',
  body: false,
  async run(ctx) {
    const width = Math.max(...ctx.magics.all().map((m) => m.usage.length));
    const text = [
      'golesson: Go 1.23 in a notebook, run by an interpreter (no Go toolchain needed).',
      '',
      'Cells build one program that grows:',
      '  - a whole program (package main, imports, func main) replaces same-named declarations, then runs main;',
      '  - declarations (func, type, var, const, import) are added, replacing same-named ones;',
      '  - statements run at once; their top-level variables stay for later cells, and a final',
      '    expression is shown as the cell\'s result.',
      '',
      'Magics (a % line at the top of a cell):',
      ...ctx.magics.all().map((m) => `  ${m.usage.padEnd(width)}  ${m.summary}`),
      '',
      'NAME? shows the documentation of NAME (for example fmt.Println?).',
      'Interrupt stops a running cell and keeps the session.',
      '',
      'The Go specification: https://go.dev/ref/spec',
      'The standard library:  https://pkg.go.dev/std',
    ].join('\n');
    ctx.io.page({ 'text/plain': text });
    return { status: 'ok' };
  },
};
