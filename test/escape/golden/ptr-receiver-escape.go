// build -gcflags=-m -l
package main

type T struct{ n int }

var keep *T

func (t *T) save() { keep = t }

func main() {
	var t T
	t.save()
}
