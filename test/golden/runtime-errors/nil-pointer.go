// run
package main

import "fmt"

type T struct{ V int }

func main() {
	var p *T
	fmt.Println("about to dereference")
	fmt.Println(p.V)
}
