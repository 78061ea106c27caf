// build -gcflags=-m -l
package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type Item struct{ name string }

func (i *Item) Set(s string) { i.name = s }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		p.Set(s)
	}
	return out
}

type Inner[T any] struct{ v T }

func (in *Inner[T]) Get() T  { return in.v }
func (in Inner[T]) Show()    { fmt.Println(in.v) }

type Outer[T any] struct {
	Inner[T]
	extra int
}

type Number interface{ int | float64 }

func Kind[T Number](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	}
	return "float"
}

func Convert[T, U Number](x T) U { return U(x) }

func main() {
	items := FromStrings[Item]([]string{"a", "b"})
	fmt.Println(items)
	o := &Outer[string]{}
	o.Show()
	fmt.Println(o.Get())
	fmt.Println(Kind(1), Kind(2.5), Convert[int, float64](3))
}
