// run
package main

import "fmt"

type Person struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	p := Person{"Ann", 30, nil}
	q := Person{Name: "Bob"}
	fmt.Println(p, q)
	fmt.Printf("%v|%+v|%#v\n", p, p, q)
	q.Age = 41
	r := q
	r.Name = "Rob"
	fmt.Println(q.Name, r.Name)
	pp := &p
	pp.Age++
	fmt.Println(p.Age, (*pp).Age)
	fmt.Println(pp)
	fmt.Printf("%+v\n", pp)
	anon := struct {
		X, Y int
	}{1, 2}
	fmt.Println(anon, anon.X+anon.Y)
	fmt.Printf("%T\n", anon)
	var empty struct{}
	fmt.Println(empty)
}
