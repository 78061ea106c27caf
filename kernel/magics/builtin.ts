// The magics golesson ships.
import { MagicRegistry } from './registry.js';
import { helpMagic } from './help.js';
import { lsmagicMagic } from './lsmagic.js';
import { timeMagic } from './time.js';
import { resetMagic } from './reset.js';
import { lsMagic } from './ls.js';
import { traceMagic } from './trace.js';
import { escapeMagic } from './escape.js';

export function builtinMagics(): MagicRegistry {
  const r = new MagicRegistry();
  for (const m of [helpMagic, lsmagicMagic, timeMagic, resetMagic, lsMagic, traceMagic, escapeMagic]) r.register(m);
  return r;
}
