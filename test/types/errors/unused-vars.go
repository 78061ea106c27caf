package main

func main() {
	a := 1
	var b int
	c, d := 1, 2
	_ = c
	for i := 0; i < 3; i++ {
		e := i
	}
	f := func() {
		g := 1
	}
	var h = 2
	h = 3
	k := 0
	k++
	var v interface{} = 1
	switch w := v.(type) {
	case int:
	}
}
