// run
package main

import (
	"fmt"
	"math"
)

type K struct {
	F float64
	N int
}

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]string{}
	m[0.0] = "pos"
	m[negz] = "neg"
	fmt.Println(m, len(m))
	m[0] += "!"
	fmt.Println(m)
	mi := map[any]int{}
	mi[0.0] = 1
	mi[negz]++
	fmt.Println(mi)
	ms := map[K]int{{0, 1}: 1}
	ms[K{negz, 1}] = 2
	fmt.Println(ms)
	ma := map[[2]float64]bool{{0, 0}: true}
	ma[[2]float64{negz, 0}] = false
	fmt.Println(ma)
	mc := map[complex128]int{0: 1}
	mc[complex(negz, 0)] = 2
	fmt.Println(mc)
	v, ok := m[negz]
	fmt.Println(v, ok)
}
