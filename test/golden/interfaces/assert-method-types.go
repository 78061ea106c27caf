// run
package main

import (
	"errors"
	"fmt"
)

// A type assertion to an interface checks each method's name and signature.
type Shower interface{ Show(int) string }
type Namer interface{ Show(string) string }
type Counter interface{ Count() int }

type T struct{}

func (T) Show(s string) string { return "T:" + s }
func (*T) Count() int64        { return 1 }

type Inner struct{}

func (Inner) Show(n int) string { return fmt.Sprint("inner ", n) }

type Outer struct{ Inner }

type BadErr struct{}

func (BadErr) Error() int { return 7 }

type GoodErr struct{}

func (GoodErr) Error() string { return "good" }

type Box[V any] struct{ v V }

func (b Box[V]) Show(x V) string { return fmt.Sprint("box ", b.v, x) }

func kind(x any) string {
	switch v := x.(type) {
	case Shower:
		return v.Show(1)
	case Namer:
		return v.Show("one")
	case Counter:
		return "counter"
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{T{}, &T{}, Outer{}, &Outer{}, BadErr{}, GoodErr{}, Box[int]{3}, Box[string]{"s"}}
	for _, x := range values {
		_, s := x.(Shower)
		_, n := x.(Namer)
		_, c := x.(Counter)
		_, e := x.(error)
		fmt.Printf("%T: Shower %v, Namer %v, Counter %v, error %v; %s\n", x, s, n, c, e, kind(x))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var err error = GoodErr{}
		var be *BadErr
		fmt.Println(errors.As(err, &be))
	}()
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = values[0].(Shower)
}
