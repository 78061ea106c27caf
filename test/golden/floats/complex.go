// run
package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	fmt.Println(c*c, c/complex(0, 1), c+1, -c)
	fmt.Println(math.Hypot(real(c), imag(c)))
	var c64 complex64 = 1 + 2i
	fmt.Println(c64, c64*c64)
	fmt.Printf("%T %T %v %.2f\n", c, c64, c, c)
	fmt.Println(c == complex(3, 4), c != 0)
	z := 2i
	fmt.Println(z*z, z)
}
