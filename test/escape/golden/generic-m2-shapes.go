// build -gcflags=-m=2 -l
package main

import "fmt"

func Ptr[T any](x T) *T { return &x }

type MyInt int

func main() {
	p := Ptr(3)
	q := Ptr("s")
	r := Ptr(MyInt(4))
	s := Ptr(&struct{ a int }{1})
	fmt.Println(*p, *q, *r, s)
}
