package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) inc() { t.n++ }

func named() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}

func helper() any { return recover() }

func notDirect() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper saw:", r)
	}()
	if s == "" {
		panic("p1")
	}
	return s
}

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ RuntimeError() }); ok {
				_ = re
				err = errors.New(fmt.Sprint(r))
			}
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(named())
	args()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Println(notDirect())
	fmt.Println(div(7, 0))
	var m map[string]int
	func() {
		defer func() { fmt.Println(recover()) }()
		m["a"] = 1
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var x any = "str"
		_ = x.(int)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(nil)
	}()
	t := T{}
	t.inc()
	p := &t
	p.inc()
	fmt.Println(t.n)
}
