// run
package main

import "fmt"

type Config struct {
	Host string `json:"host"`
	Port int    `json:"port,omitempty"`
}

func main() {
	c := Config{"localhost", 8080}
	fmt.Printf("%+v %#v\n", c, c)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Println(p.X * p.Y)
	}
	fmt.Printf("%T\n", points)
	var v = struct {
		A int
		b string
	}{A: 1, b: "hidden"}
	fmt.Printf("%v %+v\n", v, v)
	type T struct{ int; string }
	t := T{5, "five"}
	fmt.Println(t.int, t.string, t)
}
