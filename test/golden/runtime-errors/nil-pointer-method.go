// run
package main

type T struct{ V int }

func (t *T) Get() int { return t.V }

func main() {
	var t *T
	println(t.Get())
}
