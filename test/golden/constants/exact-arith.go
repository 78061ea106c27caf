// run
package main

import "fmt"

const huge = 1e500
const tiny = huge / 1e499

func main() {
	fmt.Println(tiny)
	const x = 0.1 + 0.2
	fmt.Println(x == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	const big = 123456789012345678901234567890
	fmt.Println(big % 1000000007)
	fmt.Println(big / 1e20)
	const m = -7 / 2
	const n = -7 % 3
	fmt.Println(m, n, 7>>1, -7>>1)
	const c = complex(1, 2) * complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	const shifted = 1 << 64 >> 60
	fmt.Println(shifted)
}
