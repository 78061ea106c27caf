// The registry of standard packages golesson provides, by import path.
import type { StdPackage } from './package.js';
import { bufioPackage } from './bufio.js';
import { bytesPackage } from './bytes.js';
import { cmpPackage } from './cmp.js';
import { contextPackage } from './context.js';
import { heapPackage, listPackage } from './container.js';
import { displayPackage } from './display.js';
import { errorsPackage } from './errors.js';
import { fmtPackage } from './fmt.js';
import { ioPackage } from './io.js';
import { iterPackage } from './iter.js';
import { logPackage } from './log.js';
import { mapsPackage } from './maps.js';
import { mathPackage } from './math.js';
import { bitsPackage } from './math_bits.js';
import { randPackage } from './rand/v1.js';
import { randV2Package } from './rand/v2.js';
import { osPackage } from './os.js';
import { runtimePackage } from './runtime.js';
import { slicesPackage } from './slices.js';
import { sortPackage } from './sort.js';
import { strconvPackage } from './strconv.js';
import { stringsPackage } from './strings.js';
import { syncPackage } from './sync.js';
import { atomicPackage } from './sync_atomic.js';
import { timePackage } from './time.js';
import { unicodePackage } from './unicode.js';
import { utf8Package } from './unicode_utf8.js';
import { pkg as sessionPackage } from './golesson_session.js';

/** Packages a user's program may import. */
const user: readonly StdPackage[] = [
  bufioPackage, bytesPackage, cmpPackage, heapPackage, listPackage, contextPackage, displayPackage, errorsPackage, fmtPackage,
  ioPackage, iterPackage, logPackage, mapsPackage, mathPackage, bitsPackage, randPackage, randV2Package, osPackage, runtimePackage,
  slicesPackage, sortPackage, strconvPackage, stringsPackage, syncPackage, atomicPackage, timePackage,
  unicodePackage, utf8Package,
];

/** Packages the notebook session weaves into its programs (importable, but not advertised). */
const internal: readonly StdPackage[] = [sessionPackage];

export const stdPackages: ReadonlyMap<string, StdPackage> = new Map([...user, ...internal].map((p) => [p.path, p]));

/** The import paths users may import, sorted (for the "unsupported package" diagnostic). */
export function supportedPackages(): string[] {
  // unsafe is the type checker's own (types/unsafe.ts).
  return [...user.map((p) => p.path), 'unsafe'].sort();
}

export type { StdPackage } from './package.js';
export { mayBlock, packageName } from './package.js';
