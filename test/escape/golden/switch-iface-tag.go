// build -gcflags=-m -l
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

// When a case has an interface type and the tag does not, gc compares them all as any.
func classify(t Celsius, s fmt.Stringer) string {
	switch t {
	case s:
		return "same"
	case 100:
		return "boiling"
	}
	return "other"
}

func Match[T comparable](want T, got any) bool {
	switch want {
	case got:
		return true
	}
	return false
}

func main() {
	fmt.Println(classify(20, Celsius(20)), Match(3, 3), Match("a", 1))
}
