// build -gcflags=-m -l
package main

func main() {
	done := make(chan bool)
	x := 0
	go func() {
		x = 1
		done <- true
	}()
	<-done
	println(x)
}
