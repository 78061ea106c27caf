// run
package main

import "fmt"

func describe(vs ...any) {
	for _, v := range vs {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
}

func main() {
	describe(1, "s", 2.5, true, nil, []any{1, "a"}, map[string]any{"k": 1})
	var x any = 5
	x = x.(int) + 1
	fmt.Println(x)
	items := []any{}
	items = append(items, 1, "two", 3.0)
	fmt.Println(items, len(items))
	fmt.Printf("%v %d\n", items[0], items[0])
}
