// run
package main

import (
	"fmt"
	"strings"
)

func apply(f func(int) int, x int) int { return f(x) }
func double(x int) int              { return x * 2 }

type op func(a, b int) int

func main() {
	fmt.Println(apply(double, 5))
	f := double
	fmt.Println(f(7), f != nil)
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	var g func()
	fmt.Println(g == nil)
	up := strings.ToUpper
	fmt.Println(up("go"))
	fs := []func(string) string{strings.ToLower, strings.TrimSpace, strings.Title}
	for _, fn := range fs {
		fmt.Printf("%q\n", fn("  Hello World  "))
	}
	fmt.Printf("%T\n", double)
}
