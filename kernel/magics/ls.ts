// %ls: what the session holds, one declaration or variable a line.
import type { Magic } from './magic.js';

export const lsMagic: Magic = {
  name: 'ls',
  usage: '%ls',
  summary: 'list the declarations and variables the session holds',
  body: false,
  async run(ctx) {
    const lines = ctx.session.list();
    ctx.io.stdout(lines.length === 0 ? 'the session is empty\n' : lines.join('\n') + '\n');
    return { status: 'ok' };
  },
};
