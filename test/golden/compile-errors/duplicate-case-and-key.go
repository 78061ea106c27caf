// run
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "a": 2}
	switch x := 3; x {
	case 1, 1:
	case 2:
	case 2:
	}
	arr := []int{0: 1, 0: 2}
	fmt.Println(m, arr)
	var i interface{} = 1
	switch i.(type) {
	case int, int:
	}
}
