// run
package main

func run(f func()) { f() }

func main() {
	x := 0
	run(func() {
		run(func() {
			if x == 0 {
				panic("inside nested closures")
			}
		})
	})
}
