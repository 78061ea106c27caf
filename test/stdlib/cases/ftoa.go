// Cases for strconv.FormatFloat / ParseFloat over many values and formats, recorded from real Go
// (ftoa.test.ts). A case's name carries its input: op/format/precision/bitSize/hex bits.
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
)

func c(name, got string) { fmt.Printf("%s\t%s\n", name, hex.EncodeToString([]byte(got))) }

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.5, 1.5, 2.5, 1e21, 1e-7, 123456789, 1.0 / 3, 2.0 / 3, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64 * 3, 1e100, 9.999999999999999e22, 0.000123456, 100, 1e6, 1e-5, 12345.6789, 0.045, 0.035, 1.005}
	s := uint64(88172645463325252)
	for i := 0; i < 120; i++ {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		f := math.Float64frombits(s)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		if i%3 == 0 {
			f = float64(int64(s%2000000)-1000000) / 1000
		}
		vals = append(vals, f)
	}
	for _, v := range vals {
		for _, size := range []int{64, 32} {
			x := v
			if size == 32 {
				x = float64(float32(v))
				if math.IsInf(x, 0) {
					continue
				}
			}
			bits := fmt.Sprintf("%016x", math.Float64bits(x))
			for _, f := range []byte{'e', 'f', 'g', 'x', 'b', 'G'} {
				for _, p := range []int{-1, 0, 1, 3, 6, 17} {
					if f == 'f' && p == -1 && (math.Abs(x) > 1e30 || (math.Abs(x) < 1e-30 && x != 0)) {
						continue
					}
					c(fmt.Sprintf("format/%c/%d/%d/%s", f, p, size, bits), strconv.FormatFloat(x, f, p, size))
				}
			}
			text := strconv.FormatFloat(x, 'g', -1, size)
			back, err := strconv.ParseFloat(text, size)
			c(fmt.Sprintf("parse/%s/%d/%s", hex.EncodeToString([]byte(text)), size, bits), fmt.Sprintf("%016x %v", math.Float64bits(back), err))
		}
	}
}
