// run
package main

import "fmt"

func main() {
	a, b := 10.0, 3.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(-a/b, a/-b)
	x := 1e308
	fmt.Println(x*10 > x)
	fmt.Println(0.1+0.2, 0.3, 1.1*1.1)
	var i int = 7
	fmt.Println(float64(i)/2, float64(i/2))
	f := 2.75
	fmt.Println(int(f), int(-f), uint8(f))
	fmt.Println(1e15+0.3, 1e16+1)
	fmt.Println(100.0, 100.5, 1e2, 12345678.0, 123456789012.0)
}
