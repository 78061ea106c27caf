// run
package main

import "fmt"

type Stringer interface{ String() string }
type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	i = T{7}
	st, ok := i.(Stringer)
	fmt.Println(st, ok)
	t := i.(T)
	fmt.Println(t.n)
	_, ok = i.(*T)
	fmt.Println(ok)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
	var f interface{} = 3.0
	if v, ok := f.(float64); ok {
		fmt.Println("float", v*2)
	}
}
