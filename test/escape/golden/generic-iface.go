// build -gcflags=-m -l
package main

import "fmt"

type Stringer interface{ String() string }

type S struct{ a, b int }

func (s S) String() string { return "s" }

func Show[T any](x T) { fmt.Println(x) }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int", v)
	case string:
		return "string " + v
	}
	return fmt.Sprintf("%v", x)
}

// A type parameter's method is a function pointer from the dictionary, called with the receiver.
func Strs[T Stringer](x T) {
	fmt.Println(x.String())
	h := x.String
	fmt.Println(h())
}

func Assert[T any](v any) T {
	return v.(T)
}

func Many[T any](n int) []T {
	a := make([]T, n)
	b := new(T)
	c := []T{*b}
	var d T
	e := &d
	f := any(d)
	fmt.Println(len(a), c, e, f)
	return a
}

func main() {
	Show(1)
	Show(S{})
	Show(&S{})
	fmt.Println(Describe(1), Describe("s"), Describe(2.5))
	Strs(S{})
	fmt.Println(Assert[S](S{}))
	fmt.Println(Many[*S](2), Many[string](1))
}
