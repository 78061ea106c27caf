// run
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Pair[K comparable, V any](k K) map[K]V { return map[K]V{} }

type Box[T any] struct{ v T }

func main() {
	fmt.Println(Zero())
	fmt.Println(Pair("k"))
	var b Box
	fmt.Println(b)
}
