// run
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Grow()           { a.Legs++ }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
	Volume int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Describe())
	d.Grow()
	fmt.Println(d.Legs)
	fmt.Printf("%v %+v\n", d, d)
	l := Loud{&d, 11}
	l.Grow()
	fmt.Println(l.Legs, d.Legs, l.Describe(), l.Volume)
	l.Name = "Max"
	fmt.Println(d.Name)
}
