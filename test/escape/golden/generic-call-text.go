// build -gcflags=-m -l
package main

import "fmt"

type MyInt int

type S struct{ a, b int }

type P struct {
	p *int
	s string
}

type Q = struct{ x float64 }

func Id[T any](x T) T { return x }

func Two[A, B any](a A, b B) A { return a }

func Key[K comparable](k K) K { return k }

func main() {
	fmt.Println(Id(MyInt(1)))
	fmt.Println(Id(S{1, 2}))
	fmt.Println(Id(P{}))
	fmt.Println(Id([]int{1}))
	fmt.Println(Id([2]string{}))
	fmt.Println(Id(Q{}))
	fmt.Println(Id[any](1))
	fmt.Println(Id(uint8(1)), Id('x'), Id(1.5), Id(true), Id(2i))
	fmt.Println(Two(1, "a"), Two[MyInt, *int](1, nil))
	fmt.Println(Id[[]*S](nil), Key(&S{}))
	fmt.Println(Id[struct{ A int "tag" }](struct{ A int "tag" }{}))
}
