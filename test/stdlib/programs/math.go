package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.MaxInt8, math.MaxUint16)
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Abs(-3.2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(0.49999999999999994), math.RoundToEven(2.5), math.RoundToEven(3.5), math.RoundToEven(-0.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(0), math.Exp2(3))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	i, f := math.Modf(-3.25)
	fmt.Println(i, f)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Nextafter(1, 2))
	fmt.Println(math.Sin(0), math.Cos(0), math.Atan2(1, 1), math.Pow(-8, 1.0/3), math.Sqrt(-1), math.Pow(0, -1))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(255), bits.Reverse8(1), bits.RotateLeft8(1, -1))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, sum, carry, bits.ReverseBytes16(0x1234))
	var x uint8 = 200
	x += 100
	var y int8 = 127
	y++
	fmt.Println(x, y, 7/2, -7/2, 7%-3, 1<<62, float32(0.1), float64(float32(0.1)))
	fmt.Printf("%.3f %8.3e %g %v %v\n", math.Pi, math.Pi*1e10, 1e-320, float32(math.Pi), complex(math.Pi, -1))
}
