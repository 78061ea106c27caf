// Cases for package math's functions over a grid of inputs, recorded from real Go (math.test.ts).
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
)

func c(name, got string) { fmt.Printf("%s\t%s\n", name, hex.EncodeToString([]byte(got))) }

func g(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

var inputs = []float64{0, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, math.Pi / 6, math.Pi / 4, math.Pi / 3, math.Pi, 10, 100, 1e-10, 1e10, -0.7, -3.3, 123.456, 0.999, 7e22}

func bits(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func main() {
	// Random inputs over several magnitudes; the name carries the inputs' bits.
	st := uint64(0x9E3779B97F4A7C15)
	next := func() float64 {
		st ^= st << 13
		st ^= st >> 7
		st ^= st << 17
		mant := float64(st>>11) / (1 << 53)
		scale := []float64{1e-300, 1e-20, 1e-3, 0.1, 1, 3, 30, 700, 1e10, 1e300}[st%10]
		if st&(1<<20) != 0 {
			mant = -mant
		}
		return mant * scale
	}
	for i := 0; i < 150; i++ {
		x, y := next(), next()
		n := bits(x) + "/" + bits(y)
		c("Exp/"+n, g(math.Exp(x)))
		c("Log/"+n, g(math.Log(math.Abs(x))))
		c("Expm1/"+n, g(math.Expm1(x)))
		c("Log1p/"+n, g(math.Log1p(math.Abs(x))))
		c("Sin/"+n, g(math.Sin(x)))
		c("Cos/"+n, g(math.Cos(x)))
		c("Tan/"+n, g(math.Tan(x)))
		c("Atan/"+n, g(math.Atan(x)))
		c("Atan2/"+n, g(math.Atan2(x, y)))
		c("Hypot/"+n, g(math.Hypot(x, y)))
		c("Pow/"+n, g(math.Pow(math.Abs(x), y/100)))
		c("Cbrt/"+n, g(math.Cbrt(x)))
		c("Sinh/"+n, g(math.Sinh(x)))
		c("Tanh/"+n, g(math.Tanh(x)))
		c("Sqrt/"+n, g(math.Sqrt(math.Abs(x))))
		c("Mod/"+n, g(math.Mod(x, y)))
		c("Remainder/"+n, g(math.Remainder(x, y)))
		c("Asinh/"+n, g(math.Asinh(x)))
		c("Atanh/"+n, g(math.Atanh(y/(1+math.Abs(y)))))
		c("Acosh/"+n, g(math.Acosh(1+math.Abs(x))))
	}

	for i, x := range inputs {
		n := fmt.Sprint(i)
		c("sin/"+n, g(math.Sin(x)))
		c("cos/"+n, g(math.Cos(x)))
		c("tan/"+n, g(math.Tan(x)))
		c("exp/"+n, g(math.Exp(x)))
		c("log/"+n, g(math.Log(x)))
		c("log2/"+n, g(math.Log2(x)))
		c("log10/"+n, g(math.Log10(x)))
		c("sqrt/"+n, g(math.Sqrt(x)))
		c("cbrt/"+n, g(math.Cbrt(x)))
		c("atan/"+n, g(math.Atan(x)))
		c("asin/"+n, g(math.Asin(x/200)))
		c("acos/"+n, g(math.Acos(x/200)))
		c("sinh/"+n, g(math.Sinh(x/10)))
		c("cosh/"+n, g(math.Cosh(x/10)))
		c("tanh/"+n, g(math.Tanh(x)))
		c("expm1/"+n, g(math.Expm1(x/10)))
		c("log1p/"+n, g(math.Log1p(x)))
		c("pow/"+n, g(math.Pow(x, 1.7)))
		c("powi/"+n, g(math.Pow(1.1, x)))
		c("atan2/"+n, g(math.Atan2(x, 2)))
		c("hypot/"+n, g(math.Hypot(x, 3)))
		c("exp2/"+n, g(math.Exp2(x)))
		c("gamma/"+n, g(math.Gamma(x)))
		c("erf/"+n, g(math.Erf(x)))
	}
}
