// run
package main

import "fmt"

func add(m map[string]int, k string) { m[k] = len(k) }

func main() {
	m := map[string]int{}
	add(m, "hello")
	alias := m
	alias["x"] = 1
	fmt.Println(m)
	type S struct{ N int }
	ms := map[string]S{"a": {1}}
	s := ms["a"]
	s.N = 5
	fmt.Println(ms["a"].N)
	ms["a"] = s
	fmt.Println(ms)
	mp := map[string]*S{"a": {1}}
	mp["a"].N = 9
	fmt.Println(mp["a"].N)
	ml := map[string][]int{}
	ml["k"] = append(ml["k"], 1, 2)
	ml["k"][0] = 7
	fmt.Println(ml)
	mm := map[string]map[string]int{}
	if mm["a"] == nil {
		mm["a"] = map[string]int{}
	}
	mm["a"]["b"]++
	fmt.Println(mm)
}
