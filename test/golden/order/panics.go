// run
package main

import "fmt"

type I interface{ Foo() }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func called(s string) int { fmt.Println("called", s); return 0 }

func main() {
	var e any = "str"
	try("a", func() { fmt.Println(e.(I), called("a")) })
	try("b", func() { fmt.Println(e.(int), called("b")) })
	try("c", func() { x := e.(int) + called("c"); _ = x })
	try("d", func() { var y any = e.(I); _ = y; fmt.Println(y, called("d")) })
	try("e", func() { fmt.Println(e.(*int), called("e")) })
	try("f", func() { z := e.(I); _ = z; called("f") })
	try("g", func() { fmt.Println(e.(fmt.Stringer), called("g")) })
	try("h", func() { n := 0; fmt.Println(10/n, called("h")) })
	try("i", func() { var p *struct{ x int }; fmt.Println(p.x, called("i")) })
	try("j", func() { s := []int{}; fmt.Println(s[1:5], called("j")) })
	try("k", func() { fmt.Println(make([]int, len(e.(string))-5), called("k")) })
}
