// run
package main

func main() {
	a1 := 1
	a2 := 2
	a3 := 3
	a4 := 4
	a5 := 5
	a6 := 6
	a7 := 7
	a8 := 8
	a9 := 9
	a10 := 10
	a11 := 11
	a12 := 12
}
