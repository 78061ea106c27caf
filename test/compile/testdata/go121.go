//go:build go1.21

package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	var p *MyErr
	if n == 0 {
		return p
	}
	return nil
}

type T struct {
	a [3]int
	m map[string]int
}

func variadic(pre string, xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println(pre, len(xs), xs == nil)
	return s
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	res = a / b
	return
}

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	e := find(-3)
	var me *MyErr
	fmt.Println(e, errors.As(e, &me), me.code)
	e0 := find(0)
	fmt.Println(e0 == nil, e0 != nil)
	t1 := T{m: map[string]int{}}
	t2 := t1
	t2.a[0] = 5
	t2.m["x"] = 1
	fmt.Println(t1.a, t2.a, t1.m)
	fmt.Println(variadic("none"), variadic("some", 1, 2), variadic("slice", []int{4, 5}...))
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	c := complex(1, 2)
	c2 := c * c
	fmt.Println(c2, real(c2), imag(c2), c == complex(1, 2))
	var u8 uint8 = 200
	u8 += 100
	var i16 int16 = -32768
	i16--
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u8, i16, u32, uint64(1)<<63, ^uint(0))
	f := 3.7
	fmt.Println(int(f), int(-f), uint8(int(f)), float32(1)/3)
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len(bad))
	var nm map[string]int
	var ns []int
	fmt.Println(nm, ns, nm == nil, ns == nil, nm["x"], len(nm))
	m := map[int]int{1: 1, 2: 2, 3: 3}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	x := 5
	switch {
	case x > 3:
		fmt.Println("big")
	case x > 1:
		fmt.Println("medium")
	}
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	fmt.Println(counter())
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr)
	sl := make([]int, 2, 10)
	sl2 := append(sl, 1)
	sl3 := append(sl, 2)
	fmt.Println(sl2, sl3, len(sl[:5]), cap(sl[2:]), sl[1:3:4])
	defer fmt.Println("exiting")
	if len(os.Args) > 5 {
		return
	}
	os.Exit(3)
}
