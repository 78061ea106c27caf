// run
package main

import (
	"errors"
	"fmt"
)

type P struct{ X, Y int }

type C struct{ n int }

func (c C) Val() int { return c.n }
func (c *C) Bump() int { c.n += 100; return 0 }

func ret(a *int) (int, int) {
	f := func() int { *a = 99; return 1 }
	return *a, f()
}

func named() (r int) {
	defer func() { r *= 2 }()
	r = 5
	g := func() int { r = 7; return 1 }
	return r + g()
}

func main() {
	a := 1
	inc := func() int { a++; return a }
	// op-assign
	sum := 10
	add := func() int { sum = 1000; return 1 }
	sum += add()
	fmt.Println("opassign", sum)
	// index assignment
	s := []int{0, 0, 0}
	i := 0
	setI := func() int { i = 2; return 5 }
	s[i] = setI()
	fmt.Println("index", s)
	// bool early copy vs int late
	fmt.Println("cmp", a == 2, a, inc())
	// struct literal early vs single field late
	type One struct{ v int }
	fmt.Println("lit", P{a, a}, One{a}, inc())
	// defer args
	func() {
		defer fmt.Println("defer", a, inc())
	}()
	// method receiver
	c := C{1}
	fmt.Println("recv", c.Val(), c.Bump(), c)
	cv := C{1}
	fmt.Println("recv2", cv, cv.Bump())
	// return
	x := 1
	fmt.Println(ret(&x))
	fmt.Println(named())
	// && 
	b := false
	setB := func() bool { b = true; return true }
	fmt.Println("and", b, b && true, setB())
	fmt.Println("and2", a, a > 0 && setB(), inc())
	// panic order
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var arr []int
		fmt.Println(arr[3], func() int { fmt.Println("called"); return 0 }())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		var e error = errors.New("x")
		fmt.Println(m["a"], e.(interface{ Foo() }), func() int { fmt.Println("called2"); return 0 }())
	}()
	// string index byte early
	str := "abc"
	chg := func() int { str = "xyz"; return 0 }
	fmt.Println("stridx", str[0], str, chg())
	// map byte value early vs int late
	mb := map[int]byte{1: 'a'}
	mi := map[int]int{1: 1}
	chm := func() int { mb[1] = 'z'; mi[1] = 26; return 0 }
	fmt.Println("map", mb[1], mi[1], chm())
	// float and complex
	fl := 1.5
	cx := complex(1, 2)
	chf := func() int { fl = 9.5; cx = 0; return 0 }
	fmt.Println("float", fl, cx, fl*2, cx*2, chf())
	// slicing
	sl := []int{1, 2, 3}
	chs := func() int { sl = []int{7, 8, 9}; return 0 }
	fmt.Println("slice", sl, sl[1:], len(sl), chs())
	// receive
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println("recv", a, <-ch, inc(), <-ch)
	// conversion
	by := []byte("hi")
	chb := func() int { by[0] = 'X'; return 0 }
	fmt.Println("conv", string(by), []byte(string(by)), chb())
	// pointer deref struct
	pp := &P{1, 2}
	chp := func() int { pp.X = 50; return 0 }
	fmt.Println("ptr", *pp, pp.X, chp())
	// print builtin
	println("println", a, inc())
}
