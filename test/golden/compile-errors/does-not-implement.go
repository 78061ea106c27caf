// run
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

type Cat struct{}

func main() {
	var s Speaker = Dog{}
	s = Cat{}
	var x interface{} = Cat{}
	_ = x.(Speaker)
	c := Cat{}
	_ = Speaker(c)
	d := s.(Cat)
	fmt.Println(d)
}
