package main

type T struct{ A int }
type U struct{ A int }
type V struct{ B int }

func main() {
	_ = string(65)
	_ = int("a")
	_ = []byte(1)
	_ = T(U{})
	_ = T(V{})
	_ = int8(1000)
	_ = uint(-1)
	f := 1.5
	_ = int(f)
	_ = bool(1)
	_ = string(1.5)
	_ = float64("x")
	var p *int
	_ = uintptr(p)
	_ = int(1, 2)
	_ = int()
}
