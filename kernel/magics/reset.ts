// %reset: forget every declaration and variable of the session.
import type { Magic } from './magic.js';

export const resetMagic: Magic = {
  name: 'reset',
  usage: '%reset',
  summary: 'forget every declaration and variable the session holds',
  body: false,
  async run(ctx) {
    ctx.session.reset();
    return { status: 'ok' };
  },
};
