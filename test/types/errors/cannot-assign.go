package main

type T struct{ X int }

func f() T   { return T{} }
func g() int { return 1 }

const c = 1

func main() {
	m := map[string]T{}
	m["a"].X = 1
	f().X = 2
	g() = 3
	c = 4
	"s" = "t"
	len("a") = 1
	var s string
	s[0] = 'a'
	for i := range 3 {
		_ = i
	}
	var fn func()
	fn = nil
	_ = fn
	T.X = 1
}
