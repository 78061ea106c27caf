// build -gcflags=-m -l
package main

func count(s string) int {
	n := 0
	for _, r := range s {
		if r == 'a' {
			n++
		}
	}
	return n
}

func main() { _ = count("banana") }
