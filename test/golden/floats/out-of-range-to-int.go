// run
package main

import (
	"fmt"
	"math"
)

type Small int16

func main() {
	fs := []float64{1e20, -1e20, math.NaN(), math.Inf(1), -math.Inf(1), -1.5, 3e9, -3e9, 1 << 63, 2.9, -2.9, 70000.5, -40000, 2147483647.9, -2147483648.5}
	for _, f := range fs {
		fmt.Println(f, int64(f), int32(f), int16(f), int8(f), uint8(f), uint16(f), uint32(f), uint64(f), int(f), uint(f), Small(f))
	}
	for _, f := range []float32{-1, 3e9, float32(math.NaN()), 1e10, 65536.5} {
		fmt.Println(f, uint(f), int32(f), uint16(f), int8(f), uint32(f), rune(f), byte(f))
	}
}
