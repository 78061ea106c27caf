// run
package main

import "fmt"

type P struct {
	X int
	Y string
}

func main() {
	p := P{1, "y"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, []P{p}, &p)
	fmt.Printf("%d|%x|%s\n", []int{10, 11}, []int{10, 11}, []int{1})
	fmt.Printf("%v|%#v\n", [2]bool{true}, [2]bool{true})
	fmt.Printf("%v|%#v\n", map[string]P{"k": p}, map[string]int{"b": 1, "a": 2})
	var ip *int
	var e error
	var i interface{}
	fmt.Printf("%v|%#v|%v|%#v|%v|%#v\n", ip, ip, e, e, i, i)
	fmt.Printf("%d\n", p)
	fmt.Printf("%s\n", p)
	fmt.Printf("%v %#v\n", struct{}{}, struct{}{})
	fmt.Printf("%#v %#v %#v\n", "s", 1.0, []interface{}{1, "a", nil})
	fmt.Printf("%v %#v\n", 'x', 'x')
	var nilSlice []int
	fmt.Printf("%v %#v %#v\n", nilSlice, nilSlice, []int{})
}
