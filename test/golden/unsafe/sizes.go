// run
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c bool
}

type E struct {
	S
	d [3]int16
	e struct{}
}

func main() {
	var s S
	var e E
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s.b), unsafe.Offsetof(s.c), unsafe.Sizeof(e), unsafe.Offsetof(e.c), unsafe.Offsetof(e.e))
	p := &e
	fmt.Println(unsafe.Offsetof(p.d), unsafe.Sizeof(p), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof(complex64(0)))
	const size = unsafe.Sizeof(int32(0)) * 2
	var arr [size]byte
	fmt.Println(len(arr), size)
}
