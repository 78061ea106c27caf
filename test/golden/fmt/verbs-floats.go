// run
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{3.14159265, -0.000123, 1e10, 123456.789, 0}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%f|%F|%.2f|%8.3f|%-10.1e|%+.1f|%G\n", v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%x|%X|%b\n", 1.5, 1.5, 1.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%5.1f|%-8.3g|%08.3f|% .2f\n", math.Pi, math.Pi, -math.Pi, math.Pi)
	fmt.Printf("%g %g %g %g\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%.3g %.10g %g\n", 1234.5678, 1.0/3, float32(0.1))
	fmt.Printf("%v %v\n", float32(1)/3, 2.0/3)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%#g %#.3x\n", 1.0, 1.0)
}
