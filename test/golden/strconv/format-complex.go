// run
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	cs := []complex128{1 + 2i, -1.5 - 0.25i, complex(math.Inf(1), math.NaN()), complex(0, math.Copysign(0, -1)), 1e21 + 1e-7i}
	for _, c := range cs {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 128), strconv.FormatComplex(c, 'e', 3, 64))
	}
	fmt.Println(strconv.FormatComplex(complex128(complex64(0.1+0.2i)), 'g', -1, 64), strconv.FormatComplex(complex128(complex64(0.1+0.2i)), 'g', -1, 128))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatComplex(1, 'g', -1, 32)
}
