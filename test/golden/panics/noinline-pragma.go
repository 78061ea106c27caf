// run
package main

//go:noinline
func makeBomb(msg string) func() {
	return func() { panic(msg) }
}

func small(msg string) func() {
	return func() { panic(msg) }
}

func main() {
	_ = small("unused")
	f := makeBomb("marked go:noinline")
	f()
}
