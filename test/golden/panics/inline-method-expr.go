// run
package main

type Gate struct{ open bool }

func (g Gate) Guard() func() {
	return func() {
		if !g.open {
			panic("gate closed")
		}
	}
}

func main() {
	// A method expression call is a static call: Gate.Guard is inlined into main.
	guard := Gate.Guard(Gate{open: false})
	guard()
}
