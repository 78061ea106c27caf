// build -gcflags=-m -l
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	s := fmt.Sprint(p, &p)
	_ = s
}
