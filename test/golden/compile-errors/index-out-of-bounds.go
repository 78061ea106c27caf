// run
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[5])
	fmt.Println(arr[-1])
	s := "abc"
	fmt.Println(s[10])
	fmt.Println(arr[1:5])
	sl := []int{1}
	fmt.Println(sl[2:1])
}
