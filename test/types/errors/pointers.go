package main

func f() int { return 1 }

func main() {
	x := 1
	_ = &f()
	_ = &1
	_ = *x
	p := &x
	_ = p.foo
	var q *int = nil
	_ = *nil
	_ = &x == &"a"
	_ = q
}
