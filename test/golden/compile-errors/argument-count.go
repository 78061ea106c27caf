// run
package main

func two(a, b int) int { return a + b }

func variadic(a int, rest ...string) {}

func main() {
	two(1)
	two(1, 2, 3)
	variadic()
	two()
}
