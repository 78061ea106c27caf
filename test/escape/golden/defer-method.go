// build -gcflags=-m -l
package main

type T struct{ n int }

func (t *T) close() {}

func main() {
	t := &T{}
	defer t.close()
}
