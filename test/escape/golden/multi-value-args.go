// build -gcflags=-m -l
package main

import "fmt"

type S struct{ a, b int }

func two() (S, *S) { return S{}, &S{} }

func take(a, b any) {}

func main() {
	fmt.Println(two())
	take(two())
	x := []any{}
	_ = x
	fmt.Println(x)
}
