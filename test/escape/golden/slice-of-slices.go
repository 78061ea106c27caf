// build -gcflags=-m -l
package main

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
	}
	_ = grid
}
