// build -gcflags=-m -l
package main

import "fmt"

// Ptr's parameter moves to the heap in each shape compiled: int and MyInt share go.shape.int,
// string has its own, and every pointer is go.shape.*uint8 under a constraint without type terms.
func Ptr[T any](x T) *T { return &x }

type MyInt int

type Point struct{ X, Y int }

func main() {
	p := Ptr(3)
	q := Ptr("s")
	r := Ptr(MyInt(4))
	s := Ptr(&Point{1, 2})
	t := Ptr(&struct{ a int }{1})
	fmt.Println(*p, *q, *r, s, t)
}
