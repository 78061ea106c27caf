// run
package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a, a+1, a+2)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var s64 float64
	for i := 0; i < 10; i++ {
		s64 += 0.1
	}
	fmt.Println(s64, s64 == 1)
	x := float32(1) / 3
	fmt.Println(x, float64(x), x*3)
	fmt.Printf("%T %v %.20f\n", x, x, x)
	var h float32 = 1e38
	fmt.Println(h*10, -h*10)
}
