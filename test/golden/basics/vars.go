// run
package main

import "fmt"

var global = 10
var (
	a, b = 1, "two"
	c    float64
	d    bool
	e    string
)

func main() {
	x := 5
	var y int
	var z = "zed"
	fmt.Println(global, a, b, c, d, e == "", x, y, z)
	x, y = y, x
	fmt.Println(x, y)
	x += 3
	x -= 1
	x *= 10
	x /= 4
	x %= 7
	fmt.Println(x)
	x++
	x--
	x++
	fmt.Println(x)
	var p, q, r = 1, 2.5, "s"
	fmt.Printf("%T %T %T\n", p, q, r)
	_ = z
	i, j := 1, 2
	i, j = j, i
	fmt.Println(i, j)
}
