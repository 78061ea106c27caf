// run
package main

import (
	"errors"
	"fmt"
)

type I interface{ Foo() }
type S struct{ a, b int }

func (S) Error() string { return "S" }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func called(s string) int { fmt.Println("called", s); return 0 }

//go:noinline
func mk() error { return errors.New("x") }

func main() {
	e := mk()
	try("ptr", func() { fmt.Println(e.(*S), called("ptr")) })
	try("val", func() { fmt.Println(e.(S), called("val")) })
	try("iface-assign", func() { x := e.(I); _ = x; called("iface-assign") })
	try("iface-sum", func() { fmt.Println(e.(I) != nil, called("iface-sum")) })
	var a any = e
	try("any-iface", func() { fmt.Println(a.(I), called("any-iface")) })
	try("any-err", func() { fmt.Println(a.(fmt.Stringer), called("any-err")) })
	try("iface-stringer", func() { fmt.Println(e.(fmt.Stringer), called("iface-stringer")) })
	try("iface-arg", func() { show(e.(I), called("iface-arg")) })
}

func show(i I, n int) { fmt.Println(i, n) }
