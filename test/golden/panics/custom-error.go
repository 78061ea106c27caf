// run
package main

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

func lookup(n string) { panic(NotFound{n}) }

func main() {
	lookup("gopher")
}
