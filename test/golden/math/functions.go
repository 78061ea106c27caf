// run
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Log1p(0))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Println(math.Hypot(3, 4), math.Sqrt(-1), math.Log(0), math.Log(-1))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MaxInt32, math.MaxUint32)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	i, f := math.Modf(3.75)
	fmt.Println(i, f, math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Inf(1)-math.Inf(1), math.Max(math.NaN(), 1), math.Signbit(-0.0))
	fmt.Println(math.Pow(0, -1), math.Pow(-8, 1.0/3), math.IsNaN(math.Pow(-8, 1.0/3)))
}
