// build -gcflags=-m -l
package main

var sink *int

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			x := i * j
			sink = &x
		}
	}
}
