// run
package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}} {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
	var u uint8 = 200
	fmt.Println(u/7, u%7)
	var i32 int32 = -2147483648
	fmt.Println(i32/-1, i32%-1)
	x := -9
	fmt.Println(x>>1, x>>10, uint(x)>>60)
}
