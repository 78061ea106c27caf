package main

import "fmt"

func double[T int | float64](x T) T { return x * 2 }

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	fmt.Println(apply(double, 3))
	var g func(float64) float64 = double
	fmt.Println(g(1.5))
}
