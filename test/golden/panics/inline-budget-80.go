// run
package main

// mk costs exactly 80, gc's budget: inlined, so the literal is main's copy.
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
	_ = n
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
