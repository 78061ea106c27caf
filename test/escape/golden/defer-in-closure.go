// build -gcflags=-d=defer
package main

func main() {
	func() {
		defer println(1)
	}()
	for i := 0; i < 2; i++ {
		func() {
			defer println(i)
		}()
	}
}
