package main

import "fmt"

type S struct{ f []int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, "->", r, isErr, err != nil)
	}()
	f()
}

func main() {
	try("unhashable", func() {
		m := map[any]int{}
		m[[]int{1}] = 1
	})
	try("uncomparable", func() {
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("negative make", func() {
		n := -1
		_ = make([]int, n)
	})
	try("cap < len", func() {
		n := 5
		_ = make([]int, n, n-1)
	})
	try("nil deref", func() {
		var p *S
		fmt.Println(p.f)
	})
	try("shift", func() {
		s := -1
		fmt.Println(1 << s)
	})
	try("slice3", func() {
		a := make([]int, 3, 5)
		i, j, k := 1, 4, 3
		_ = a[i:j:k]
	})
	try("string idx", func() {
		s := "abc"
		i := 3
		_ = s[i]
	})
	try("arr idx", func() {
		var a [4]int
		i := -1
		_ = a[i]
	})
	try("conv", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
	try("iface", func() {
		var e error
		_ = e.(fmt.Stringer)
	})
	try("iface2", func() {
		var x any = S{}
		_ = x.(fmt.Stringer)
	})
	var p *S
	fmt.Println(p.f)
}
