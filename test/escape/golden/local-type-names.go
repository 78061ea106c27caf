// build -gcflags=-m -l
package main

import "fmt"

type Box[T any] struct{ v T }

func Wrap[T any](v T) *Box[T] { return &Box[T]{v} }

// Types declared in functions are numbered in instance and dictionary names (main.point·1).
func main() {
	type point struct{ x, y int }
	type label string
	fmt.Println(Wrap(point{1, 2}), Box[label]{"a"}, Wrap[any](point{}))
	func() {
		type inner struct{ p *int }
		fmt.Println(Wrap(inner{}))
	}()
}
