// run
package main

import "fmt"

func thunk(s string) func() string { return func() string { return s } }

func bomb(s string) func() { return func() { panic(s) } }

func main() {
	hello := func() string { return "hello" }
	a := thunk("a")
	b := thunk("b")
	fmt.Println(hello(), a(), b())
	// main's own literal is func1; the copies of thunk's literal are func2 and func3; bomb's is func4.
	boom := bomb("boom")
	boom()
}
