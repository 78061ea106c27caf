// run
package main

func main() {
	var f func(int) int
	f(1)
}
