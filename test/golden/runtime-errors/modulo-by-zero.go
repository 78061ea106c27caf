// run
package main

func main() {
	x, y := int8(5), int8(0)
	println(x % y)
}
