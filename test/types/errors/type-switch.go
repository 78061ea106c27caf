package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var i I
	switch v := i.(type) {
	case T:
	case *T, nil:
		_ = v
	case int:
	case *T:
	}
	x := 1
	switch x.(type) {
	}
	switch _ := i.(type) {
	}
}
