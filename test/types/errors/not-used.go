package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1
	x
	f
	len("abc")
	"str"
	1 == 2
	int(3)
	append([]int{}, 1)
	f()
	new(int)
	make([]int, 1)
	-x
	x == 1
	x.y
	(f())
	<-make(chan int)
	[]int{1}
	func() {}
	cap([]int{})
}
