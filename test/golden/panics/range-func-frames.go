// run
package main

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for i := range seq {
		_ = i
	}
	// Loop bodies of range-over-func are functions of their own in the trace: main.main.func1-range1
	// and -range2 (numbered per enclosing function, nested loops included).
	f := func() {
		for i := range seq {
			for j := range seq {
				if i+j > 2 {
					panic("nested range")
				}
			}
		}
	}
	f()
}
