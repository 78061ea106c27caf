// %lsmagic: the names of the available magics.
import type { Magic } from './magic.js';

export const lsmagicMagic: Magic = {
  name: 'lsmagic',
  usage: '%lsmagic',
  summary: 'list the available magics',
  body: false,
  async run(ctx) {
    ctx.io.stdout(`Available magics: ${ctx.magics.all().map((m) => `%${m.name}`).join(' ')}\n`);
    return { status: 'ok' };
  },
};
