// run
package main

// mk costs 81, one over gc's budget: not inlined, the literal keeps its name.
func mk(n int) func() {
	x0 := n * 2
	_ = x0
	x1 := n * 3
	_ = x1
	x2 := n * 4
	_ = x2
	x3 := n * 5
	_ = x3
	x4 := n * 6
	_ = x4
	x5 := n * 7
	_ = x5
	_ = -n
	return func() {
		if n > 0 {
			panic("boom")
		}
	}
}

func main() {
	f := mk(1)
	f()
}
