package main

func main() {
	var r <-chan int
	var s chan<- int
	x := 1
	r <- 1
	_ = <-s
	x <- 1
	_ = <-x
	c := make(chan int)
	c <- "a"
	select {
	case x > 0:
	case v := <-c:
		_ = v
	}
}
