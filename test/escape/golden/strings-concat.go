// build -gcflags=-m -l
package main

func f(a, b string) string { return a + b }

func main() {
	s := f("a", "b")
	bs := []byte(s)
	bs[0] = 'x'
	_ = string(bs)
	rs := []rune(s)
	_ = rs
}
