// run
package main

import "fmt"

const greeting = "héllo"
var first = greeting[0]
const n = len(greeting)

func main() {
	fmt.Println(first, n)
	fmt.Printf("%T %T\n", first, n)
	const r = '世'
	const s = string(r)
	fmt.Println(s, len(s), r)
	var bs = [n]byte{}
	fmt.Println(len(bs))
	const maxU8 = ^uint8(0)
	const minI8 = -1 << 7
	fmt.Println(maxU8, minI8)
	const f = 5 / 2.0
	const i = 5 / 2
	fmt.Println(f, i)
}
