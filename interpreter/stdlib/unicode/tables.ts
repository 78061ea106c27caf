// Unicode categories and simple case mappings for Go's unicode package, taken from the JS engine's
// own Unicode data (property escapes and case mapping). The engine's Unicode is newer than Go 1.23's
// 15.0.0, so characters assigned since then are treated as unassigned, as Go sees them.
import { UNASSIGNED_15 } from './unassigned15.js';

/** Whether Unicode 15.0.0 leaves r unassigned (binary search over the generated ranges). */
export function unassigned15(r: number): boolean {
  let lo = 0;
  let hi = UNASSIGNED_15.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (UNASSIGNED_15[2 * mid + 1]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo < UNASSIGNED_15.length / 2 && UNASSIGNED_15[2 * lo]! <= r;
}

const reLetter = /^\p{L}$/u;
const reUpper = /^\p{Lu}$/u;
const reLower = /^\p{Ll}$/u;
const reTitle = /^\p{Lt}$/u;
const reMark = /^\p{M}$/u;
const reNumber = /^\p{N}$/u;
const reDigit = /^\p{Nd}$/u;
const rePunct = /^\p{P}$/u;
const reSymbol = /^\p{S}$/u;
const reGraphicBase = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const reZs = /^\p{Zs}$/u;
const reControl = /^\p{Cc}$/u;

function test(re: RegExp, r: number): boolean {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) || unassigned15(r)) return false;
  return re.test(String.fromCodePoint(r));
}

export const isLetter = (r: number): boolean =>
  r < 0x80 ? (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) : test(reLetter, r);
export const isUpper = (r: number): boolean => (r < 0x80 ? r >= 0x41 && r <= 0x5a : test(reUpper, r));
// U+0295 was a lowercase letter in Unicode 15.0 (later Lo).
export const isLower = (r: number): boolean => (r < 0x80 ? r >= 0x61 && r <= 0x7a : r === 0x295 || test(reLower, r));
export const isTitle = (r: number): boolean => r >= 0x80 && test(reTitle, r);
export const isMark = (r: number): boolean => test(reMark, r);
export const isNumber = (r: number): boolean => (r < 0x80 ? r >= 0x30 && r <= 0x39 : test(reNumber, r));
export const isDigit = (r: number): boolean => (r < 0x80 ? r >= 0x30 && r <= 0x39 : test(reDigit, r));
export const isPunct = (r: number): boolean => test(rePunct, r);
export const isSymbol = (r: number): boolean => test(reSymbol, r);
export const isControl = (r: number): boolean => test(reControl, r);

/** unicode.IsSpace: Go's White_Space set. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return (r >= 0x2000 && r <= 0x200a) || r === 0x1680 || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

/** unicode.IsPrint (and strconv.IsPrint): L, M, N, P, S and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r <= 0xff) {
    if (r >= 0x20 && r <= 0x7e) return true;
    if (r >= 0xa1 && r <= 0xff) return r !== 0xad;
    return false;
  }
  return test(reGraphicBase, r);
}

/** unicode.IsGraphic: like IsPrint but any Zs space counts. */
export function isGraphic(r: number): boolean {
  if (isPrint(r)) return true;
  return test(reZs, r);
}

function simpleMap(r: number, f: (s: string) => string): number {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) || unassigned15(r)) return r;
  const m = f(String.fromCodePoint(r));
  const cp = m.codePointAt(0)!;
  if (m.length !== String.fromCodePoint(cp).length || unassigned15(cp)) return r;
  return cp;
}

// Where JS's full case mapping differs from Go's simple one for a single code point.
const upperExceptions: ReadonlyMap<number, number> = new Map([
  [0x131, 0x49], // dotless i
  [0x17f, 0x53], // long s
]);
const lowerExceptions: ReadonlyMap<number, number> = new Map([[0x130, 0x69]]);

/** Greek letters with ypogegrammeni: JS upper-cases them to two characters (full mapping);
 *  their simple upper case is the letter with prosgegrammeni. */
function greekIotaUpper(r: number): number {
  if ((r >= 0x1f80 && r <= 0x1f87) || (r >= 0x1f90 && r <= 0x1f97) || (r >= 0x1fa0 && r <= 0x1fa7)) return r + 8;
  if (r === 0x1fb3 || r === 0x1fc3 || r === 0x1ff3) return r + 9;
  return -1;
}

export function toUpper(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  const g = greekIotaUpper(r);
  if (g >= 0) return g;
  return upperExceptions.get(r) ?? simpleMap(r, (s) => s.toUpperCase());
}
export function toLower(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  return lowerExceptions.get(r) ?? simpleMap(r, (s) => s.toLowerCase());
}
export function toTitle(r: number): number {
  // Title case differs from upper case only for a few digraphs (Dž, Lj, Nj, Dz).
  const digraphs: Record<number, number> = { 0x1c4: 0x1c5, 0x1c5: 0x1c5, 0x1c6: 0x1c5, 0x1c7: 0x1c8, 0x1c8: 0x1c8, 0x1c9: 0x1c8, 0x1ca: 0x1cb, 0x1cb: 0x1cb, 0x1cc: 0x1cb, 0x1f1: 0x1f2, 0x1f2: 0x1f2, 0x1f3: 0x1f2 };
  // Georgian Mkhedruli letters are their own title case (their upper case is Mtavruli).
  if (r >= 0x10d0 && r <= 0x10ff && r !== 0x10fb && r !== 0x10fc) return r;
  return digraphs[r] ?? toUpper(r);
}

const tables = new Map<string, RegExp>();

/** Whether r is in the named category ("Lu"), script ("Script=Han") or property ("White_Space"). */
export function inTable(name: string, r: number): boolean {
  let re = tables.get(name);
  if (re === undefined) {
    re = new RegExp(`^\\p{${name}}$`, 'u');
    tables.set(name, re);
  }
  return test(re, r);
}

// Case-folding orbits (cf. unicode.SimpleFold): runes that fold together, e.g. {K, k, U+212A KELVIN
// SIGN}. Built on first use from the simple case mappings over the planes that have cased letters.
let orbits: Map<number, number[]> | null = null;

function foldKey(r: number): number {
  return toLower(toUpper(r));
}

function buildOrbits(): Map<number, number[]> {
  const byKey = new Map<number, number[]>();
  for (let c = 0x41; c < 0x20000; c++) {
    // The Turkish dotted and dotless i map to i and I but fold with nothing (CaseFolding's T status).
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x130 || c === 0x131 || unassigned15(c)) continue;
    const k = foldKey(c);
    if (k === c && toUpper(c) === c && toLower(c) === c) continue;
    let list = byKey.get(k);
    if (list === undefined) byKey.set(k, (list = []));
    list.push(c);
  }
  const out = new Map<number, number[]>();
  for (const [k, list] of byKey) {
    if (!list.includes(k)) list.push(k);
    if (list.length < 2) continue;
    list.sort((a, b) => a - b);
    for (const c of list) out.set(c, list);
  }
  return out;
}

/** unicode.SimpleFold: the next rune of r's folding orbit, wrapping to the smallest. */
export function simpleFold(r: number): number {
  if (r < 0 || r > 0x10ffff) return r;
  orbits ??= buildOrbits();
  const orbit = orbits.get(r);
  if (orbit === undefined) return r;
  for (const c of orbit) if (c > r) return c;
  return orbit[0]!;
}

/** Whether two runes fold to each other (strings.EqualFold's test). */
export function sameFold(a: number, b: number): boolean {
  if (a === b) return true;
  orbits ??= buildOrbits();
  const orbit = orbits.get(a);
  return orbit !== undefined && orbit.includes(b);
}
