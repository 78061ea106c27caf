// run
package main

import "fmt"

type Celsius float64
type Name string

const Boiling Celsius = 100
const Me Name = "gopher"

func main() {
	fmt.Println(Boiling, Me)
	fmt.Printf("%T %T %v\n", Boiling, Me, Boiling/3)
	const x int8 = 100
	fmt.Println(x, x/3)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	const b = len("hello") > 3
	fmt.Println(b)
	const r = 'a' + 1
	fmt.Printf("%c %v %T\n", r, r, r)
}
