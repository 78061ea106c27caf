// run
package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Iface interface{}
	Err   error
}

func main() {
	o := Outer{Name: "o", In: Inner{1, []string{"x"}}, Ptr: &Inner{2, nil}, M: map[string]int{"k": 1}, Iface: 3.5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.Ptr)
	fmt.Printf("%+v\n", o.Ptr)
	fmt.Printf("%v %+v\n", o.M, o.Iface)
	o2 := Outer{}
	fmt.Printf("%v\n", o2)
	fmt.Printf("%+v\n", o2)
	fmt.Printf("%#v\n", o2)
	ps := []*Inner{{3, nil}}
	fmt.Println(len(ps), *ps[0])
	fmt.Printf("%v\n", []Inner{{4, []string{"a", "b"}}})
}
