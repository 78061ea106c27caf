// run
package main

import "fmt"

func main() {
	a := [3]string{"x", "y", "z"}
	b := [3]string{"x", "y", "z"}
	fmt.Println(a == b)
	b[2] = "Z"
	fmt.Println(a == b, a != b)
	seen := map[[2]int]bool{}
	for _, p := range [][2]int{{1, 2}, {2, 1}, {1, 2}} {
		if seen[p] {
			fmt.Println("dup", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen))
	var grid [3][3]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	fmt.Println(len(grid), cap(grid[0][:2]))
}
