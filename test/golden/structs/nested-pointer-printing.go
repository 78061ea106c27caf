// run
package main

import "fmt"

type Inner struct{ V int }

type Outer struct {
	Name string
	In   *Inner
	Same *Inner
}

func main() {
	in := &Inner{7}
	o := Outer{"o", in, in}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(&o)
	fmt.Println([]*Inner{in}, [1]*Inner{in})
	fmt.Println(map[string]*Inner{"k": in})
	other := &Inner{7}
	fmt.Println(Outer{"p", other, in})
	var x int = 5
	fmt.Println(struct{ P *int }{&x}, &x)
	pp := &in
	fmt.Println(*pp == in, **pp)
}
