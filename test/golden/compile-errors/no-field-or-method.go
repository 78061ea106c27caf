// run
package main

import (
	"fmt"
	"strings"
)

type P struct{ Name string }

func (p P) Hello() string { return "hi " + p.Name }

func main() {
	p := P{"x"}
	fmt.Println(p.name)
	fmt.Println(p.Goodbye())
	fmt.Println(strings.NoSuchFunc("a"))
	var i interface{} = p
	i.Hello()
	fmt.println("lower")
}
