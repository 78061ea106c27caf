// Package unsafe as golesson offers it: Sizeof, Alignof and Offsetof, constants computed from gc's
// layout of types on amd64 (types/sizes.ts), which lessons on struct padding and memory use.
// unsafe.Pointer and the functions built on it would let a program read memory as another type,
// which golesson's values cannot model: their uses are positioned errors that say so.
import { NoPos } from '../source/file.js';
import type { Package } from './info.js';
import type { Builtin, Obj } from './types.js';
import { Typ } from './universe.js';

/** Names of package unsafe that golesson refuses (selecting one is an error saying so; they are
 *  not in the package's scope, so a dot import does not reach them either). */
export const unsupportedUnsafe = new Set(['Pointer', 'Add', 'Slice', 'SliceData', 'String', 'StringData']);

export function unsupportedUnsafeMessage(name: string): string {
  return `unsafe.${name} is not supported by golesson (of package unsafe it supports Sizeof, Alignof and Offsetof)`;
}

function makeUnsafe(): Package {
  const names = new Map<string, Obj>();
  for (const name of ['Alignof', 'Offsetof', 'Sizeof'] as const) {
    const b: Builtin = { kind: 'Builtin', name, pos: NoPos, pkg: 'unsafe', type: Typ.invalid };
    names.set(name, b);
  }
  return {
    path: 'unsafe', name: 'unsafe', files: [], scope: { parent: null, names, node: null },
    info: { types: new Map(), defs: new Map(), uses: new Map(), implicits: new Map(), selections: new Map(), instances: new Map(), scopes: new Map() },
    initOrder: [], funcs: [], types: [],
  };
}

export const unsafePackage: Package = makeUnsafe();
