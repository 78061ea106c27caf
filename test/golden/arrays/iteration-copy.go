// run
package main

import "fmt"

type Big struct{ vals [4]int }

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	sl := arr[:]
	for i, v := range sl {
		if i == 0 {
			sl[3] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	b := Big{[4]int{1}}
	c := b
	c.vals[0] = 9
	fmt.Println(b.vals, c.vals)
	pa := &arr
	fmt.Println(len(pa), pa[0], (*pa)[1])
	fmt.Printf("%v %T\n", pa, pa)
}
