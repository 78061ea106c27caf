// run
package main

import "fmt"

type T struct{ name string }

func (t T) Say()   { fmt.Println("value receiver:", t.name) }
func (t *T) Shout() { fmt.Println("pointer receiver:", t.name) }

func main() {
	t := T{"first"}
	defer t.Say()
	defer t.Shout()
	f := t.Say
	defer f()
	defer func() { t.Say() }()
	t.name = "second"
	var fn func()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer fn()
	fmt.Println("end of main body")
}
