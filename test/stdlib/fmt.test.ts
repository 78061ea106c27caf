// fmt's printing against what real Go printed for the same values (cases/fmt.go, recorded).
import { describe, expect, it } from 'vitest';
import { sprint, sprintf, sprintln } from '../../interpreter/stdlib/fmt.js';
import { fmtPackage } from '../../interpreter/stdlib/fmt.js';
import { GoPanic } from '../../interpreter/runtime/panic.js';
import { nilDeref } from '../../interpreter/runtime/errors.js';
import { loadExpected, normalizeAddresses } from './expected.js';
import {
  Iface, Slice, types, ptrTo, sliceOf, arrayOf, mapOf, funcOf, chanOf, errorType, anyType,
  iv, sv, fv, f32, bv, rv, cv, box, slice, bytes, gomap, named, struct, make, utf8, type TypeDesc,
} from './values.js';

const I = types.int;
const P = named('P', struct([['X', I], ['Y', I]]));
const Inner = named('Inner', struct([['A', I], ['B', types.string]]));
const MyInt = named('MyInt', I);
const S = named('S', types.string);
S.addMethod('String', (s: string) => 'S<' + s + '>');
const E = named('E', struct([['code', I]]));
const pE = ptrTo(E);
pE.addMethod('Error', (e: { code: number }) => 'E' + e.code);
const errStr = named('errorString', struct([{ name: 's', type: types.string, pkg: 'errors' }]), 'errors');
const pErrStr = ptrTo(errStr);
pErrStr.addMethod('Error', (e: { s: string }) => e.s);
const newErr = (s: string): Iface => new Iface(pErrStr, make(errStr, s));
const Outer = named('Outer', struct([
  ['Name', types.string], ['In', Inner], ['Ptr', ptrTo(Inner)], ['List', sliceOf(I)],
  ['M', mapOf(types.string, I)], ['Any', anyType], ['Err', errorType], ['hid', I], ['Bytes', sliceOf(types.uint8)],
]));
const G = named('G', struct([['n', I]]));
G.addMethod('GoString', () => 'G!');
ptrTo(G).addMethod('GoString', () => 'G!');
const Panicky = named('Panicky', struct([]));
Panicky.addMethod('String', () => {
  throw new GoPanic(sv('boom'));
});
const PS = named('PS', struct([['v', I]]));
const pPS = ptrTo(PS);
pPS.addMethod('String', (p: { v: number } | null) => {
  if (p === null) throw nilDeref();
  return 'PS' + p.v;
});
const F = named('F', struct([]));
F.addMethod('Format', (_f: unknown, st: Iface, verb: number) => {
  const m = st.type.m;
  const [w, wok] = m.Width!(st.value);
  const [p, pok] = m.Precision!(st.value);
  const text = sprintf('F[%c %d %v %d %v %v %v]', [rv(verb), iv(w), bv(wok), iv(p), bv(pok), bv(m.Flag!(st.value, 0x2b)), bv(m.Flag!(st.value, 0x23))]);
  m.Write!(st.value, bytes(text));
});
const WithStringer = named('WithStringer', struct([['A', S], ['b', S]]));

const Pv = (x: number, y: number): Iface => new Iface(P, make(P, x, y));
const pP = ptrTo(P);
const Ival = (a: number, b: string) => make(Inner, a, b);
const outer = (o: Partial<Record<string, unknown>>) =>
  make(Outer, o.Name ?? '', o.In ?? Ival(0, ''), o.Ptr ?? null, o.List ?? null, o.M ?? null, o.Any ?? null, o.Err ?? null, o.hid ?? 0, o.Bytes ?? null);
const f = (format: string, ...a: (Iface | null)[]): string => sprintf(format, a);
const fs = (format: string, ...a: (Iface | null)[]): string => sprintf(utf8(format), a);
const strs = (...xs: string[]) => box(sliceOf(types.string), slice(xs));
const ints = (...xs: number[]) => box(sliceOf(I), slice(xs));
const u8s = (s: string) => box(sliceOf(types.uint8), bytes(s));
const errorf = fmtPackage.impl.errorf as (format: string, a: Slice<Iface | null>) => [string, unknown];

const cases: Record<string, () => string> = {
  d: () => f('%d', iv(42)),
  'd-neg': () => f('%d', iv(-42)),
  'd-width': () => f('[%5d]', iv(42)),
  'd-left': () => f('[%-5d]', iv(42)),
  'd-zero': () => f('[%05d]', iv(-42)),
  'd-plus': () => f('[%+d]', iv(42)),
  'd-space': () => f('[% d]', iv(42)),
  'd-prec': () => f('[%.3d]', iv(7)),
  'd-prec0': () => f('[%.0d]', iv(0)),
  'd-wid-prec': () => f('[%8.3d]', iv(-7)),
  b: () => f('%b', iv(5)),
  o: () => f('%o %#o %O', iv(8), iv(8), iv(8)),
  x: () => f('%x %X %#x %#X', iv(255), iv(255), iv(255), iv(255)),
  'x-neg': () => f('%x', iv(-255)),
  'int64-max': () => f('%d %d', box(types.int64, 9223372036854775807n), box(types.int64, -9223372036854775808n)),
  'uint64-max': () => f('%d %x', box(types.uint64, 18446744073709551615n), box(types.uint64, 18446744073709551615n)),
  c: () => f('%c %c', rv(65), iv(0x4e16)),
  'q-rune': () => f('%q %+q', rv(0x78), iv(0x4e16)),
  U: () => f('%U %#U', iv(0x1f600), rv(0x78)),
  'v-int8': () => f('%v', box(types.int8, -5)),
  'sharpv-uint': () => f('%#v', box(types.uint, 10)),
  myint: () => f('%v %d %T', box(MyInt, 3), box(MyInt, 3), box(MyInt, 3)),
  'v-floats': () => sprint([fv(1), fv(3.14), fv(1e6), fv(1e21), fv(1e-7), fv(123456), fv(0.000012), fv(100000000)]),
  f: () => f('%f %.2f %.0f %.0f %.0f', fv(3.14159), fv(2.675), fv(0.5), fv(1.5), fv(2.5)),
  e: () => f('%e %.3E %e', fv(123456.789), fv(0.000123), fv(0)),
  g: () => f('%g %.3g %g %G %.10g', fv(1e6), fv(3.14159), fv(1e-5), fv(1e21), fv(1 / 3)),
  float32: () => sprint([f32(0.1), f32(Math.fround(1) / 3), f32(16777216), f32(3.4e38)]),
  'float-width': () => f('[%8.2f] [%-8.2f] [%08.2f] [%+.1f] [% .1f]', fv(3.14159), fv(3.14159), fv(-3.14159), fv(2), fv(2)),
  'inf-nan': () => f('%v %v %v %f %5.1f %+v', fv(Infinity), fv(-Infinity), fv(NaN), fv(Infinity), fv(NaN), fv(NaN)),
  'sharp-g': () => f('%#g %#.3g %#v %#e', fv(1), fv(2), fv(1), fv(1)),
  'x-float': () => f('%x %X %.2x %b', fv(1), fv(3.5), fv(3.14159), fv(1)),
  negzero: () => sprint([fv(-0)]),
  complex: () => sprint([cv(1, 2), cv(-1.5, 0)]),
  'complex-f': () => f('%.2f %v', cv(1, -2), box(types.complex64, new (cv(0, 0).value as any).constructor(Math.fround(0.1), Math.fround(0.2)))),
  s: () => fs('%s|%10s|%-10s|%.2s', sv('hi'), sv('hi'), sv('hi'), sv(utf8('héllo'))),
  q: () => f('%q %+q %#q %#q', sv('hi\n"'), sv(utf8('héllo')), sv('back`'), sv('raw')),
  'x-str': () => f('%x %X % x %#x % #x', sv('hi'), sv('hi'), sv('hi'), sv('hi'), sv('hi')),
  bytes: () => f('%v %s %x %q %d', u8s('ab'), u8s('ab'), u8s('ab'), u8s('ab'), u8s('ab')),
  'sharpv-bytes': () => f('%#v %#v', u8s('ab'), box(sliceOf(types.uint8), null)),
  'zero-pad-str': () => f('[%05s]', sv('ab')),
  'unicode-width': () => f('[%5s]', sv(utf8('日本'))),
  'invalid-utf8': () => f('%q %x', sv('\xff'), sv('\xff')),
  bool: () => f('%t %v %5t', bv(true), bv(false), bv(true)),
  slice: () => sprint([ints(1, 2, 3), strs('a', 'b'), box(sliceOf(I), null)]),
  'slice-sharp': () => f('%#v %#v %#v', ints(1, 2), strs('a'), box(sliceOf(I), null)),
  array: () => f('%v %#v', box(arrayOf(I, 3), [1, 2, 3]), box(arrayOf(types.bool, 2), [true, false])),
  'slice-d': () => f('%d %x %5d', ints(10, 20), ints(255), ints(1)),
  map: () => sprint([box(mapOf(types.string, I), gomap(mapOf(types.string, I), [['b', 2], ['a', 1], ['c', 3]]))]),
  'map-int': () => sprint([box(mapOf(I, types.string), gomap(mapOf(I, types.string), [[3, 'c'], [-1, 'a'], [2, 'b']]))]),
  'map-sharp': () => f('%#v', box(mapOf(types.string, I), gomap(mapOf(types.string, I), [['z', 26], ['a', 1]]))),
  'map-nil': () => f('%v %#v', box(mapOf(types.string, I), null), box(mapOf(types.string, I), null)),
  'map-float': () => sprint([box(mapOf(types.float64, types.string), gomap(mapOf(types.float64, types.string), [[NaN, 'nan'], [1, 'one'], [-Infinity, '-inf']]))]),
  'map-bool': () => sprint([box(mapOf(types.bool, I), gomap(mapOf(types.bool, I), [[true, 1], [false, 0]]))]),
  'map-struct': () => sprint([box(mapOf(P, I), gomap(mapOf(P, I), [[make(P, 2, 1), 1], [make(P, 1, 2), 2], [make(P, 1, 1), 3]]))]),
  struct: () => f('%v %+v %#v', Pv(1, 2), Pv(1, 2), Pv(1, 2)),
  'ptr-struct': () => f('%v %+v', box(pP, make(P, 1, 2)), box(pP, make(P, 3, 4))),
  'ptr-struct-sharp': () => f('%#v', box(sliceOf(ptrTo(I)), null)),
  'ptr-slice': () => f('%v', box(ptrTo(sliceOf(I)), { load: () => slice([1, 2]), store() {} })),
  'ptr-map': () => f('%v', box(ptrTo(mapOf(types.string, I)), { load: () => gomap(mapOf(types.string, I), [['a', 1]]), store() {} })),
  outer: () => f('%v', box(Outer, outer({ Name: 'o', In: Ival(1, 'x'), List: slice([1]), M: gomap(mapOf(types.string, I), [['k', 1]]), Any: iv(3), hid: 7, Bytes: bytes('hi') }))),
  'outer-plus': () => f('%+v', box(Outer, outer({ Name: 'o', In: Ival(1, 'x'), Err: newErr('bad') }))),
  'outer-sharp': () => f('%#v', box(Outer, outer({ Name: 'o', Any: sv('s') }))),
  'anon-struct': () => {
    const ab = struct([['A', I], ['B', I]]);
    const a = struct([['A', I]]);
    const as = struct([['A', I], ['B', types.string]]);
    return f('%v %+v %#v', box(ab, make(ab, 1, 2)), box(a, make(a, 1)), box(as, make(as, 1, 'x')));
  },
  'nested-slices': () => sprint([box(sliceOf(sliceOf(I)), slice([slice([1, 2]), slice([3])])), box(sliceOf(anyType), slice([iv(1), sv('a'), null, fv(2.5)]))]),
  'slice-of-struct': () => f('%v %+v', box(sliceOf(P), slice([make(P, 1, 2), make(P, 3, 4)])), box(sliceOf(P), slice([make(P, 1, 2)]))),
  'iface-slice-sharp': () => f('%#v', box(sliceOf(anyType), slice([iv(1), sv('a'), null]))),
  nil: () => f('%v %d %s', null, null, null),
  'nil-T': () => f('%T', null),
  'nil-ptr': () => f('%v %+v %#v', box(pP, null), box(ptrTo(I), null), box(pP, null)),
  'nil-err': () => sprint([null]),
  'nil-func': () => sprint([box(funcOf([], [], false), null)]),
  T: () => f('%T %T %T %T %T %T', iv(1), sv('s'), fv(1.5), ints(), box(mapOf(types.string, types.bool), null), box(pP, make(P, 0, 0))),
  T2: () => {
    const a = struct([['A', I]]);
    return f('%T %T %T %T %T', Pv(0, 0), newErr('x'), box(S, 'a'), box(a, make(a, 0)), box(arrayOf(types.string, 2), ['', '']));
  },
  T3: () => f('%T %T %T %T', rv(120), box(types.uint8, 1), box(types.complex64, cv(0, 0).value), box(funcOf([I], [types.string], false), () => '')),
  stringer: () => f('%v %s %q %x %d', box(S, 'a'), box(S, 'b'), box(S, 'c'), box(S, 'd'), box(S, 'e')),
  'stringer-sharp': () => f('%#v', box(S, 'a')),
  'stringer-in-slice': () => sprint([box(sliceOf(S), slice(['a', 'b']))]),
  'stringer-field': () => f('%v %+v', box(WithStringer, make(WithStringer, 'a', 'b')), box(WithStringer, make(WithStringer, 'a', 'b'))),
  error: () => f('%v %s', box(pE, make(E, 1)), box(pE, make(E, 2))),
  'error-in-struct': () => {
    const t = struct([['E', errorType]]);
    return sprint([box(t, make(t, box(pE, make(E, 3))))]);
  },
  gostringer: () => f('%#v %v', box(G, make(G, 1)), box(G, make(G, 2))),
  'panic-method': () => f('%v|%s', box(Panicky, make(Panicky)), box(Panicky, make(Panicky))),
  'nil-receiver': () => f('%v %s', box(pPS, null), box(pPS, make(PS, 5))),
  formatter: () => f('%v|%+8.3x|%#v|%s', box(F, make(F)), box(F, make(F)), box(F, make(F)), box(sliceOf(F), slice([make(F)]))),
  'bad-verb': () => f('%d %s %z', sv('hi'), iv(3), fv(1.5)),
  'bad-verb-bool': () => f('%d', bv(true)),
  extra: () => f('%d', iv(1), sv('a'), null),
  missing: () => f('%d %s'),
  'bad-width': () => f('%*d', sv('x'), iv(3)),
  'bad-prec': () => f('%.*d', sv('x'), iv(3)),
  star: () => f('[%*d] [%-*d] [%.*f] [%*d]', iv(5), iv(1), iv(5), iv(1), iv(2), fv(3.14159), iv(-4), iv(7)),
  argindex: () => f('%[2]d %[1]d %d', iv(1), iv(2)),
  'argindex-bad': () => f('%[3]d %[0]d %[x]d', iv(1), iv(2)),
  'argindex-star': () => f('%[3]*.[2]*[1]f', fv(12), iv(2), iv(6)),
  noverb: () => f('%'),
  percent: () => f('%% %5%'),
  'w-sprintf': () => f('%w', newErr('x')),
  'v-nil-slice-elem': () => f('%v', box(sliceOf(pP), slice([null]))),
  'sprint-spaces': () => sprint([sv('a'), iv(1), iv(2), sv('b'), sv('c'), fv(3.5), null]),
  sprintln: () => sprintln([sv('a'), iv(1), bv(true), null]),
  errorf: () => errorf('wrap: %w', slice([newErr('inner')]))[0],
  'errorf-2': () => errorf('%w + %w', slice([newErr('a'), newErr('b')]))[0],
  'errorf-bad': () => errorf('%w', slice([iv(3)]))[0],
  'p-nil': () => f('%p', box(sliceOf(I), null)),
  'v-uintptr': () => f('%v %#v', box(types.uintptr, 10), box(types.uintptr, 10)),
  'sharp-int-types': () => f('%#v %#v %#v %#v', iv(1), box(types.int8, -1), sv('s'), fv(2.5)),
  'sharp-bool': () => f('%#v %#v', bv(true), cv(1, 2)),
  'sharpv-struct-ptr-field': () => f('%#v', box(Outer, outer({}))),
  'f32-more': () => sprint([f32(1e-7), f32(16777217), f32(0.3), f32(Math.fround(Math.fround(Math.fround(1) / Math.fround(3)) * 3)), f32(2.5e-40)]),
  'half-even': () => f('%.1f %.1f %.1f %.2f %.0f %.3e', fv(0.25), fv(0.35), fv(0.05), fv(1.005), fv(3.5), fv(1.0005)),
  'str-prec': () => f('[%6.3v] [%.3q] [%-6.2s] [%.0s]', sv('abcdef'), sv('abcdef'), sv(utf8('héllo')), sv('x')),
  'q-nonprint': () => f('%q %+q %#q %#q', sv('a\x00b' + utf8('\u2028')), sv(utf8('日本\t')), sv('tab\there'), sv(utf8('日本'))),
  'c-invalid': () => f('%c|%c|%q|%U', iv(0xd800), iv(-1), iv(0x110000), iv(-1)),
  'int-flags': () => f('[%08.3d] [%-8.3d] [%+08d] [% 08d] [%-+5d] [%x] [%#o] [%#b]', iv(7), iv(7), iv(7), iv(7), iv(7), iv(-255), iv(0), iv(5)),
  'bad-bool': () => f('%t %d %s', iv(1), strs('a'), ints(1, 2)),
  'slice-verbs': () => f('%.2s %x %q %5.1f', strs('abc', 'de'), box(sliceOf(types.float64), slice([1.5])), ints(65, 66), box(sliceOf(types.float64), slice([1.25, 2]))),
  'width-methods': () => f('[%10v] [%-10s] [%05v] [%-10v]', box(S, 'a'), box(S, 'b'), Pv(1, 2), Pv(3, 4)),
  'sharp-more': () => f('%#v %#v %#v %#v %#v', fv(1), fv(1e6), f32(0.5), rv(120), box(types.complex64, cv(1, -1).value)),
  'sharp-arrays': () => f('%#v %#v %#v', box(arrayOf(types.uint8, 2), [1, 2]), box(arrayOf(ptrTo(I), 2), [null, null]), box(struct([]), make(struct([])))),
  'sharp-nested': () => {
    const xs = struct([['X', pP]]);
    const m = mapOf(types.string, anyType);
    return f('%#v', box(m, gomap(m, [['a', ints(1)], ['b', box(xs, make(xs, make(P, 1, 2)))], ['c', null]])));
  },
  'nan-in-slice': () => sprint([box(sliceOf(types.float64), slice([NaN, Infinity, 0, 1e-320]))]),
  'T-more': () => {
    const an = struct([['a', I], ['B', sliceOf(pP)]]);
    return f('%T %T %T %T %T', box(funcOf([], [], false), null), box(chanOf('BOTH', I), {}), box(arrayOf(P, 2), [make(P, 0, 0), make(P, 0, 0)]), box(mapOf(P, sliceOf(types.string)), null), box(an, make(an, 0, null)));
  },
  'v-special-ints': () => f('%v %d %x %o', box(types.int16, -32768), box(types.uint16, 65535), box(types.int32, -1), box(types.uint32, 4294967295)),
  'percent-flags': () => f('%-5%|%05%|%+%'),
  empty: () => f('%s|%v|%q|%x|%d', sv(''), ints(), sv(''), sv(''), ints()),
  'nil-map-elem': () => sprint([box(mapOf(types.string, ptrTo(I)), gomap(mapOf(types.string, ptrTo(I)), [['a', null]])), box(mapOf(types.string, errorType), gomap(mapOf(types.string, errorType), [['e', null]])), box(sliceOf(errorType), slice([null]))]),
  'big-width': () => f('%1000000000d|%.1000000000d', iv(1), iv(1)),
  'verb-unicode': () => f(utf8('%é %ü'), iv(1), sv('s')),
  'star-uint': () => f('[%*d] [%*d]', box(types.uint, 3), iv(1), box(types.int8, -3), iv(2)),
  'plusv-nested': () => f('%+v', box(sliceOf(anyType), slice([Pv(1, 2), box(pP, make(P, 3, 4))]))),
};

// Cases whose Go code runs Go bodies of the std packages: covered end to end by the golden corpus.
const endToEndOnly = new Set(['errorf-unwrap', 'errors-join']);

describe('fmt printing matches Go 1.23', () => {
  const expected = loadExpected('fmt');
  for (const [name, want] of expected) {
    if (endToEndOnly.has(name)) continue;
    it(name, () => {
      const run = cases[name];
      expect(run, `no TypeScript side for case ${name}`).toBeDefined();
      expect(normalizeAddresses(run!())).toBe(normalizeAddresses(want));
    });
  }
  it('has no TypeScript cases missing from the recording', () => {
    expect(Object.keys(cases).filter((n) => !expected.has(n))).toEqual([]);
  });
});
