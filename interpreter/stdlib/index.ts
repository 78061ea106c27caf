// The registry of standard packages golesson provides, by import path.
import type { StdPackage } from './package.js';
import { errorsPackage } from './errors.js';
import { fmtPackage } from './fmt.js';
import { ioPackage } from './io.js';
import { osPackage } from './os.js';

const all: readonly StdPackage[] = [errorsPackage, fmtPackage, ioPackage, osPackage];

export const stdPackages: ReadonlyMap<string, StdPackage> = new Map(all.map((p) => [p.path, p]));

/** The supported import paths, sorted (for the "unsupported package" diagnostic). */
export function supportedPackages(): string[] {
  return [...stdPackages.keys()].sort();
}

export type { StdPackage } from './package.js';
export { mayBlock, packageName } from './package.js';
