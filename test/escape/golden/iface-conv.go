// build -gcflags=-m -l
package main

import "fmt"

type T struct{ a int }

func main() {
	t := T{1}
	var i interface{} = t
	_ = i
	fmt.Println(t, 42, "s")
}
