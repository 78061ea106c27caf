// build -gcflags=-m=2 -l
package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Double[T Number](x T) T { return x * 2 }

func Apply[T Number](xs []T) []T {
	for i, x := range xs {
		xs[i] = Double(x)
	}
	return xs
}

func Counter[T Number]() func(T) T {
	var total T
	return func(d T) T {
		total += d
		return total
	}
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func main() {
	fmt.Println(Apply([]int{1, 2}))
	fmt.Println(Apply([]float64{1.5}))
	c := Counter[int]()
	c(1)
	fmt.Println(c(2))
	sq := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4))
}
