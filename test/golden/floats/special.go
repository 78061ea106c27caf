// run
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf > 1e308, ninf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, math.Signbit(negz))
	fmt.Printf("%v %f %e %5.1f|\n", inf, ninf, nan, inf)
	println(inf, ninf, nan)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), math.MaxFloat32)
	big := 1e300
	fmt.Println(big*big, -big*big)
	fmt.Println(int64(math.Floor(2.5)), math.Round(2.5), math.Round(-2.5))
}
