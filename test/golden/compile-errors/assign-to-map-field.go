// run
package main

type P struct{ X int }

func f() P { return P{} }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].X = 2
	f().X = 3
	var arr [3]int
	arr = [4]int{}
	_ = arr
}
