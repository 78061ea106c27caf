// run
package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func useAll(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func main() {
	useAll([]string{"a", "b", "c"})
}
