// run
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for i, v := range s {
		fmt.Print(i, v)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	for i, r := range "aé世" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[i] = v * 2
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl)
	var np *[4]int
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	var n uint8 = 3
	for i := range n {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
}
