// golesson/session: the hooks a notebook session (interpreter/session.ts) weaves into each cell's
// program, so that package-level variables keep their values from one cell's run to the next and a
// statement cell's final expression can be shown. Not meant for users' own imports.
import type { StdPackage } from './package.js';
import type { Iface } from '../runtime/iface.js';
import type { RType } from '../runtime/rtype.js';

/** A variable's value as it was when a run ended, with the shape of its type and where it lived. */
interface Kept {
  readonly shape: string;
  readonly value: unknown;
  /** The pointer to the variable in that run: closures and pointers the run made still use it. */
  readonly location?: Iface;
}

/** What the session shares with the program it is running. */
export interface SessionStore {
  /** Values kept from earlier runs, by variable key. */
  readonly kept: Map<string, Kept>;
  /** The variables of the run under way: key -> pointer (as an interface value). */
  readonly live: Map<string, Iface>;
  /** The formatted final expression of a statement cell, if it had one. */
  result: string | undefined;
}

let current: SessionStore | null = null;

/** Makes `store` the one the next program run talks to (a worker runs one program at a time). */
export function useSessionStore(store: SessionStore | null): void {
  current = store;
}

/** A key that changes whenever a type's layout changes, even if its name does not (a struct
 *  redefined in a later cell keeps the name main.T but not the fields). */
export function typeShape(t: RType, depth = 0): string {
  if (depth > 6) return t.string;
  switch (t.kind) {
    case 'Struct':
      return `${t.string}{${t.fields.map((f) => `${f.name} ${typeShape(f.type, depth + 1)}`).join(';')}}`;
    case 'Pointer':
    case 'Slice':
    case 'Chan':
      return `${t.string}(${typeShape(t.elem!, depth + 1)})`;
    case 'Array':
      return `${t.string}(${typeShape(t.elem!, depth + 1)})`;
    case 'Map':
      return `${t.string}(${typeShape(t.key!, depth + 1)},${typeShape(t.elem!, depth + 1)})`;
    default:
      return t.string;
  }
}

/** Reads the variable a pointer interface value points at. Pointers to structs and arrays are the
 *  struct object or array itself (docs/runtime-values.md); others have load/store. */
function load(p: Iface): unknown {
  const kind = p.type.elem!.kind;
  if (kind === 'Struct' || kind === 'Array') return p.value;
  return (p.value as { load(): unknown }).load();
}

function store(p: Iface, v: unknown): void {
  const kind = p.type.elem!.kind;
  if (kind === 'Struct') Object.assign(p.value as object, v as object);
  else if (kind === 'Array') {
    const dst = p.value as unknown[];
    const src = v as unknown[];
    for (let i = 0; i < dst.length; i++) dst[i] = src[i];
  } else (p.value as { store(v: unknown): void }).store(v);
}

/** After a run: remembers the values of the run's variables for the next one. */
export function snapshot(s: SessionStore): void {
  for (const [key, p] of s.live) s.kept.set(key, { shape: typeShape(p.type.elem!), value: load(p), location: p });
  s.live.clear();
}

/** Makes an earlier run's variable an alias of this run's: a closure kept from that run
 *  (counter := 0; inc := func() { counter++ } in one cell, inc() in the next) then reads and
 *  changes the variable the later cells see, as one Go program would. Each earlier location
 *  forwards to the next, so a chain of runs ends at the newest. */
function forward(old: Iface, now: Iface): void {
  const from = old.value as Record<string, unknown>;
  const to = now.value as Record<string, unknown>;
  if (from === to || Array.isArray(from)) return;
  const kind = old.type.elem!.kind;
  const props = kind === 'Struct' ? Object.keys(from) : ['v'];
  for (const k of props) {
    Object.defineProperty(from, k, { get: () => to[k], set: (v: unknown) => void (to[k] = v), configurable: true, enumerable: true });
  }
}

export const pkg: StdPackage = {
  path: 'golesson/session',
  source: `package session

import (
	"fmt"
	"strings"
)

// Keep registers a package-level variable under key; if an earlier run kept a value of the same
// type under that key, the variable gets it back.
func Keep(key string, p any)

// Result records a statement cell's final expression, formatted as fmt.Println would print it.
func Result(vs ...any) { setResult(strings.TrimSuffix(fmt.Sprintln(vs...), "\\n")) }

func setResult(s string)
`,
  impl: {
    Keep(key: string, p: Iface): void {
      if (!current) return;
      current.live.set(key, p);
      const kept = current.kept.get(key);
      if (kept && kept.shape === typeShape(p.type.elem!)) {
        store(p, kept.value);
        if (kept.location) forward(kept.location, p);
      }
    },
    setResult(s: string): void {
      if (current) current.result = s;
    },
  },
};
