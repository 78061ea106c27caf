// run
package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3, "aa": 0}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)
	n := map[int]string{10: "x", -1: "y", 3: "z"}
	fmt.Println(n)
	f := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(f)
	nested := map[string][]int{"z": {1}, "a": {2, 3}}
	fmt.Println(nested)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	var nm map[string]int
	fmt.Println(nm)
	fmt.Printf("%#v %d\n", nm, len(nm))
	type K struct{ A, B int }
	km := map[K]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3}
	fmt.Println(km)
}
