// build -gcflags=-m=2 -l
package main

type T struct{ a int }

func mk() *T {
	t := T{1}
	return &t
}

func main() { _ = mk() }
