// build -gcflags=-m -l
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

func main() {
	t := T{1}
	fmt.Println(t)
	_ = t.String()
}
