// run
package main

func main() {
	s := make([]int, 3)
	i := -1
	s[i] = 1
}
