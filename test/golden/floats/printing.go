// run
package main

import "fmt"

func main() {
	fs := []float64{0, 1, -1, 0.1, 1.5, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.123, 3.0000001, 2.0 / 3}
	for _, f := range fs {
		fmt.Println(f)
		fmt.Printf("%v %g %f %.2f %e %G %8.3f|%-8.2f|\n", f, f, f, f, f, f, f, f)
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Printf("%v %.10f\n", f32, f32)
}
