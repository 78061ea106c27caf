// build -gcflags=-m -l
package main

type T struct{ n int }

func (t *T) run() {}

func main() {
	t := &T{}
	go t.run()
}
