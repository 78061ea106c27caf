// build -gcflags=-m -l
package main

var handlers []func()

func register(f func()) { handlers = append(handlers, f) }

func main() {
	n := 1
	register(func() { println(n) })
}
