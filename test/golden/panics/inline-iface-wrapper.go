// run
package main

import "fmt"

type Maker interface{ Make() func() }

type bomb struct{ msg string }

func (b bomb) Make() func() { return func() { panic(b.msg) } }

func main() {
	// Called directly on the concrete type: inlined, the literal is copied into main.
	direct := bomb{"direct"}.Make()
	_ = direct
	// Through an interface the call reaches gc's wrapper (*bomb).Make, into which bomb.Make is
	// inlined: the literal is the wrapper's copy, main.(*bomb).Make.bomb.Make.func1.
	var m Maker = bomb{"first"}
	m = bomb{"through the interface"}
	f := m.Make()
	fmt.Println("calling")
	f()
}
