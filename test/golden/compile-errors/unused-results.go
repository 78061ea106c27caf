// run
package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1
	f()
	x == 2
	"literal"
	len("abc")
	x
}
