// run
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, v := range []float64{-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999, -0.0} {
		fmt.Println(v, math.Round(v), math.RoundToEven(v), math.Floor(v), math.Ceil(v), math.Trunc(v), int(v))
	}
	fmt.Println(math.Floor(math.Inf(1)), math.Round(math.NaN()))
	fmt.Printf("%.2f %.2f %.3f\n", 2.675, 1.005, 1.0005)
	fmt.Println(math.Abs(math.MinInt64), math.Nextafter(1, 2))
}
