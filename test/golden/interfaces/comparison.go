// run
package main

import "fmt"

type K struct{ A int }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	b = "1"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	a, b = &K{1}, &K{1}
	fmt.Println(a == b)
	var e1 error
	var e2 error
	fmt.Println(e1 == e2)
	a = nil
	fmt.Println(a == nil)
	m := map[interface{}]string{1: "int", "1": "string", K{1}: "struct"}
	fmt.Println(m[1], m["1"], m[K{1}], len(m))
}
