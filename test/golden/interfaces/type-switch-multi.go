// run
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func describe(v any) {
	switch x := v.(type) {
	case int, int8:
		fmt.Printf("small int kind %T %v\n", x, x)
	case fmt.Stringer:
		fmt.Println("stringer", x.String())
	case float64:
		fmt.Println("float", x+0.5)
	case nil:
		fmt.Println("nil!")
	case []any:
		for _, e := range x {
			describe(e)
		}
	default:
		fmt.Printf("default %T\n", x)
	}
}

func main() {
	describe(1)
	describe(int8(2))
	describe(Celsius(20))
	describe(2.0)
	describe(nil)
	describe([]any{3, "s", Celsius(-1)})
	var s fmt.Stringer
	describe(s)
	var p *Celsius
	describe(p)
}
