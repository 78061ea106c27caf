// build -gcflags=-m -l
package main

type T struct{ n int }

func (t *T) inc() { t.n++ }

func main() {
	var t T
	f := (*T).inc
	f(&t)
}
