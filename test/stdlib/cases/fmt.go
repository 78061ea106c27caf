// Cases for fmt's printing, recorded from real Go by scripts/record-stdlib.mjs (see fmt.test.ts).
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
)

func c(name, got string) { fmt.Printf("%s\t%s\n", name, hex.EncodeToString([]byte(got))) }

type P struct{ X, Y int }

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Any   any
	Err   error
	hid   int
	Bytes []byte
}

type MyInt int

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type E struct{ code int }

func (e *E) Error() string { return "E" + fmt.Sprint(e.code) }

type G struct{ n int }

func (G) GoString() string { return "G!" }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type PS struct{ v int }

func (p *PS) String() string { return "PS" + fmt.Sprint(p.v) }

type F struct{}

func (F) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c %d %v %d %v %v %v]", verb, w, wok, p, pok, f.Flag('+'), f.Flag('#'))
}

type WithStringer struct {
	A S
	b S
}

func main() {
	// integers
	c("d", fmt.Sprintf("%d", 42))
	c("d-neg", fmt.Sprintf("%d", -42))
	c("d-width", fmt.Sprintf("[%5d]", 42))
	c("d-left", fmt.Sprintf("[%-5d]", 42))
	c("d-zero", fmt.Sprintf("[%05d]", -42))
	c("d-plus", fmt.Sprintf("[%+d]", 42))
	c("d-space", fmt.Sprintf("[% d]", 42))
	c("d-prec", fmt.Sprintf("[%.3d]", 7))
	c("d-prec0", fmt.Sprintf("[%.0d]", 0))
	c("d-wid-prec", fmt.Sprintf("[%8.3d]", -7))
	c("b", fmt.Sprintf("%b", 5))
	c("o", fmt.Sprintf("%o %#o %O", 8, 8, 8))
	c("x", fmt.Sprintf("%x %X %#x %#X", 255, 255, 255, 255))
	c("x-neg", fmt.Sprintf("%x", -255))
	c("int64-max", fmt.Sprintf("%d %d", int64(math.MaxInt64), int64(math.MinInt64)))
	c("uint64-max", fmt.Sprintf("%d %x", uint64(math.MaxUint64), uint64(math.MaxUint64)))
	c("c", fmt.Sprintf("%c %c", 'A', 0x4E16))
	c("q-rune", fmt.Sprintf("%q %+q", 'x', 0x4E16))
	c("U", fmt.Sprintf("%U %#U", 0x1F600, 'x'))
	c("v-int8", fmt.Sprintf("%v", int8(-5)))
	c("sharpv-uint", fmt.Sprintf("%#v", uint(10)))
	c("myint", fmt.Sprintf("%v %d %T", MyInt(3), MyInt(3), MyInt(3)))
	// floats
	c("v-floats", fmt.Sprint(1.0, 3.14, 1e6, 1e21, 1e-7, 123456.0, 0.000012, 100000000.0))
	c("f", fmt.Sprintf("%f %.2f %.0f %.0f %.0f", 3.14159, 2.675, 0.5, 1.5, 2.5))
	c("e", fmt.Sprintf("%e %.3E %e", 123456.789, 0.000123, 0.0))
	c("g", fmt.Sprintf("%g %.3g %g %G %.10g", 1e6, 3.14159, 1e-5, 1e21, 1.0/3))
	c("float32", fmt.Sprint(float32(0.1), float32(1.0)/3, float32(16777216.0), float32(3.4e38)))
	c("float-width", fmt.Sprintf("[%8.2f] [%-8.2f] [%08.2f] [%+.1f] [% .1f]", 3.14159, 3.14159, -3.14159, 2.0, 2.0))
	c("inf-nan", fmt.Sprintf("%v %v %v %f %5.1f %+v", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN(), math.NaN()))
	c("sharp-g", fmt.Sprintf("%#g %#.3g %#v %#e", 1.0, 2.0, 1.0, 1.0))
	c("x-float", fmt.Sprintf("%x %X %.2x %b", 1.0, 3.5, 3.14159, 1.0))
	c("negzero", fmt.Sprint(math.Copysign(0, -1)))
	c("complex", fmt.Sprint(complex(1, 2), complex(-1.5, 0)))
	c("complex-f", fmt.Sprintf("%.2f %v", complex(1, -2), complex64(complex(0.1, 0.2))))
	// strings and bytes
	c("s", fmt.Sprintf("%s|%10s|%-10s|%.2s", "hi", "hi", "hi", "héllo"))
	c("q", fmt.Sprintf("%q %+q %#q %#q", "hi\n\"", "héllo", "back`", "raw"))
	c("x-str", fmt.Sprintf("%x %X % x %#x % #x", "hi", "hi", "hi", "hi", "hi"))
	c("bytes", fmt.Sprintf("%v %s %x %q %d", []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab")))
	c("sharpv-bytes", fmt.Sprintf("%#v %#v", []byte("ab"), []byte(nil)))
	c("zero-pad-str", fmt.Sprintf("[%05s]", "ab"))
	c("unicode-width", fmt.Sprintf("[%5s]", "日本"))
	c("invalid-utf8", fmt.Sprintf("%q %x", "\xff", "\xff"))
	c("bool", fmt.Sprintf("%t %v %5t", true, false, true))
	// composites
	c("slice", fmt.Sprint([]int{1, 2, 3}, []string{"a", "b"}, []int(nil)))
	c("slice-sharp", fmt.Sprintf("%#v %#v %#v", []int{1, 2}, []string{"a"}, []int(nil)))
	c("array", fmt.Sprintf("%v %#v", [3]int{1, 2, 3}, [2]bool{true, false}))
	c("slice-d", fmt.Sprintf("%d %x %5d", []int{10, 20}, []int{255}, []int{1}))
	c("map", fmt.Sprint(map[string]int{"b": 2, "a": 1, "c": 3}))
	c("map-int", fmt.Sprint(map[int]string{3: "c", -1: "a", 2: "b"}))
	c("map-sharp", fmt.Sprintf("%#v", map[string]int{"z": 26, "a": 1}))
	c("map-nil", fmt.Sprintf("%v %#v", map[string]int(nil), map[string]int(nil)))
	c("map-float", fmt.Sprint(map[float64]string{math.NaN(): "nan", 1: "one", math.Inf(-1): "-inf"}))
	c("map-bool", fmt.Sprint(map[bool]int{true: 1, false: 0}))
	c("map-struct", fmt.Sprint(map[P]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3}))
	c("struct", fmt.Sprintf("%v %+v %#v", P{1, 2}, P{1, 2}, P{1, 2}))
	c("ptr-struct", fmt.Sprintf("%v %+v", &P{1, 2}, &P{3, 4}))
	c("ptr-struct-sharp", fmt.Sprintf("%#v", []*int(nil)))
	c("ptr-slice", fmt.Sprintf("%v", &[]int{1, 2}))
	c("ptr-map", fmt.Sprintf("%v", &map[string]int{"a": 1}))
	c("outer", fmt.Sprintf("%v", Outer{Name: "o", In: Inner{1, "x"}, List: []int{1}, M: map[string]int{"k": 1}, Any: 3, hid: 7, Bytes: []byte("hi")}))
	c("outer-plus", fmt.Sprintf("%+v", Outer{Name: "o", In: Inner{1, "x"}, Err: errors.New("bad")}))
	c("outer-sharp", fmt.Sprintf("%#v", Outer{Name: "o", Any: "s"}))
	c("anon-struct", fmt.Sprintf("%v %+v %#v", struct{ A, B int }{1, 2}, struct{ A int }{1}, struct {
		A int
		B string
	}{1, "x"}))
	c("nested-slices", fmt.Sprint([][]int{{1, 2}, {3}}, []any{1, "a", nil, 2.5}))
	c("slice-of-struct", fmt.Sprintf("%v %+v", []P{{1, 2}, {3, 4}}, []P{{1, 2}}))
	c("iface-slice-sharp", fmt.Sprintf("%#v", []any{1, "a", nil}))
	// nil
	c("nil", fmt.Sprintf("%v %d %s", nil, nil, nil))
	c("nil-T", fmt.Sprintf("%T", nil))
	c("nil-ptr", fmt.Sprintf("%v %+v %#v", (*P)(nil), (*int)(nil), (*P)(nil)))
	c("nil-err", fmt.Sprint(error(nil)))
	c("nil-func", fmt.Sprint((func())(nil)))
	// types
	c("T", fmt.Sprintf("%T %T %T %T %T %T", 1, "s", 1.5, []int{}, map[string]bool{}, &P{}))
	c("T2", fmt.Sprintf("%T %T %T %T %T", P{}, errors.New("x"), S("a"), struct{ A int }{}, [2]string{}))
	c("T3", fmt.Sprintf("%T %T %T %T", 'x', byte(1), complex64(0), func(int) string { return "" }))
	// methods
	c("stringer", fmt.Sprintf("%v %s %q %x %d", S("a"), S("b"), S("c"), S("d"), S("e")))
	c("stringer-sharp", fmt.Sprintf("%#v", S("a")))
	c("stringer-in-slice", fmt.Sprint([]S{"a", "b"}))
	c("stringer-field", fmt.Sprintf("%v %+v", WithStringer{"a", "b"}, WithStringer{"a", "b"}))
	c("error", fmt.Sprintf("%v %s", &E{1}, error(&E{2})))
	c("error-in-struct", fmt.Sprint(struct{ E error }{&E{3}}))
	c("gostringer", fmt.Sprintf("%#v %v", G{1}, G{2}))
	c("panic-method", fmt.Sprintf("%v|%s", Panicky{}, Panicky{}))
	c("nil-receiver", fmt.Sprintf("%v %s", (*PS)(nil), &PS{5}))
	c("formatter", fmt.Sprintf("%v|%+8.3x|%#v|%s", F{}, F{}, F{}, []F{{}}))
	// errors in format
	c("bad-verb", fmt.Sprintf("%d %s %z", "hi", 3, 1.5))
	c("bad-verb-bool", fmt.Sprintf("%d", true))
	c("extra", fmt.Sprintf("%d", 1, "a", nil))
	c("missing", fmt.Sprintf("%d %s"))
	c("bad-width", fmt.Sprintf("%*d", "x", 3))
	c("bad-prec", fmt.Sprintf("%.*d", "x", 3))
	c("star", fmt.Sprintf("[%*d] [%-*d] [%.*f] [%*d]", 5, 1, 5, 1, 2, 3.14159, -4, 7))
	c("argindex", fmt.Sprintf("%[2]d %[1]d %d", 1, 2))
	c("argindex-bad", fmt.Sprintf("%[3]d %[0]d %[x]d", 1, 2))
	c("argindex-star", fmt.Sprintf("%[3]*.[2]*[1]f", 12.0, 2, 6))
	c("noverb", fmt.Sprintf("%"))
	c("percent", fmt.Sprintf("%% %5%"))
	c("w-sprintf", fmt.Sprintf("%w", errors.New("x")))
	c("v-nil-slice-elem", fmt.Sprintf("%v", []*P{nil}))
	c("sprint-spaces", fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	c("sprintln", fmt.Sprintln("a", 1, true, nil))
	c("errorf", fmt.Errorf("wrap: %w", errors.New("inner")).Error())
	c("errorf-2", fmt.Errorf("%w + %w", errors.New("a"), errors.New("b")).Error())
	c("errorf-bad", fmt.Errorf("%w", 3).Error())
	c("errorf-unwrap", fmt.Sprint(errors.Unwrap(fmt.Errorf("x: %w", errors.New("inner")))))
	c("errors-join", errors.Join(errors.New("a"), nil, errors.New("b")).Error())
	c("p-nil", fmt.Sprintf("%p", []int(nil)))
	c("v-uintptr", fmt.Sprintf("%v %#v", uintptr(10), uintptr(10)))
	c("sharp-int-types", fmt.Sprintf("%#v %#v %#v %#v", 1, int8(-1), "s", 2.5))
	c("sharp-bool", fmt.Sprintf("%#v %#v", true, complex(1, 2)))
	c("sharpv-struct-ptr-field", fmt.Sprintf("%#v", Outer{}))
	c("plusv-nested", fmt.Sprintf("%+v", []any{P{1, 2}, &P{3, 4}}))
	// second batch
	c("f32-more", fmt.Sprint(float32(1e-7), float32(16777217), float32(0.3), float32(1)/float32(3)*3, float32(2.5e-40)))
	c("half-even", fmt.Sprintf("%.1f %.1f %.1f %.2f %.0f %.3e", 0.25, 0.35, 0.05, 1.005, 3.5, 1.0005))
	c("str-prec", fmt.Sprintf("[%6.3v] [%.3q] [%-6.2s] [%.0s]", "abcdef", "abcdef", "héllo", "x"))
	c("q-nonprint", fmt.Sprintf("%q %+q %#q %#q", "a\x00b\u2028", "日本\t", "tab\there", "日本"))
	c("c-invalid", fmt.Sprintf("%c|%c|%q|%U", 0xD800, -1, 0x110000, -1))
	c("int-flags", fmt.Sprintf("[%08.3d] [%-8.3d] [%+08d] [% 08d] [%-+5d] [%x] [%#o] [%#b]", 7, 7, 7, 7, 7, -255, 0, 5))
	c("bad-bool", fmt.Sprintf("%t %d %s", 1, []string{"a"}, []int{1, 2}))
	c("slice-verbs", fmt.Sprintf("%.2s %x %q %5.1f", []string{"abc", "de"}, []float64{1.5}, []int{65, 66}, []float64{1.25, 2}))
	c("width-methods", fmt.Sprintf("[%10v] [%-10s] [%05v] [%-10v]", S("a"), S("b"), P{1, 2}, P{3, 4}))
	c("sharp-more", fmt.Sprintf("%#v %#v %#v %#v %#v", 1.0, 1e6, float32(0.5), 'x', complex64(complex(1, -1))))
	c("sharp-arrays", fmt.Sprintf("%#v %#v %#v", [2]byte{1, 2}, [2]*int{}, struct{}{}))
	c("sharp-nested", fmt.Sprintf("%#v", map[string]any{"a": []int{1}, "b": struct{ X *P }{&P{1, 2}}, "c": nil}))
	c("nan-in-slice", fmt.Sprint([]float64{math.NaN(), math.Inf(1), -0.0, 1e-320}))
	c("T-more", fmt.Sprintf("%T %T %T %T %T", (func())(nil), make(chan int), [2]P{}, map[P][]string{}, struct {
		a int
		B []*P
	}{}))
	c("v-special-ints", fmt.Sprintf("%v %d %x %o", int16(-32768), uint16(65535), int32(-1), uint32(4294967295)))
	c("percent-flags", fmt.Sprintf("%-5%|%05%|%+%"))
	c("empty", fmt.Sprintf("%s|%v|%q|%x|%d", "", []int{}, "", "", []int{}))
	c("nil-map-elem", fmt.Sprint(map[string]*int{"a": nil}, map[string]error{"e": nil}, []error{nil}))
	c("big-width", fmt.Sprintf("%1000000000d|%.1000000000d", 1, 1))
	c("verb-unicode", fmt.Sprintf("%é %ü", 1, "s"))
	c("star-uint", fmt.Sprintf("[%*d] [%*d]", uint(3), 1, int8(-3), 2))
}
