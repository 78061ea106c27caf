// run
package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(n, s)
	var _ = 3
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
}
