// build -gcflags=-m -l
package main

func main() {
	x := 0
	f := func() func() int {
		return func() int {
			x++
			return x
		}
	}
	_ = f()()
}
