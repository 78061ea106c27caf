package main

import (
	"fmt"
	"unsafe"
)

type In struct{ a, b int32 }
type T struct {
	x bool
	In
	*P
	m map[int]int
}
type P struct{ q int }

func (T) M() {}

func main() {
	var t T
	fmt.Println(unsafe.Sizeof(int))
	fmt.Println(unsafe.Offsetof(t))
	fmt.Println(unsafe.Offsetof(t.M))
	fmt.Println(unsafe.Offsetof(t.q))
	fmt.Println(unsafe.Sizeof())
	fmt.Println(unsafe.Offsetof(t.b), unsafe.Offsetof(t.In.b), unsafe.Offsetof(t.m))
	var f = unsafe.Sizeof
	_ = f
	const c = unsafe.Sizeof(t)
	var s string = unsafe.Sizeof(t)
}
