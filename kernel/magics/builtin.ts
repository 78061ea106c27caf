// The magics golesson ships. %escape and %trace register here when their analyses land
// (kernel/magics/escape.ts and kernel/magics/trace.ts, each exporting a Magic).
import { MagicRegistry } from './registry.js';
import { helpMagic } from './help.js';
import { lsmagicMagic } from './lsmagic.js';
import { timeMagic } from './time.js';
import { resetMagic } from './reset.js';
import { lsMagic } from './ls.js';
import { traceMagic } from './trace.js';

export function builtinMagics(): MagicRegistry {
  const r = new MagicRegistry();
  for (const m of [helpMagic, lsmagicMagic, timeMagic, resetMagic, lsMagic, traceMagic]) r.register(m);
  return r;
}
