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

func main() {
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
