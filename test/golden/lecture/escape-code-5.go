// build -gcflags=-m -l
/*
go build -gcflags '-m -l' escape-code-5.go

i 没有发生逃逸

在main函数里对 i 取了引用，把它传给ref4 函数，i的引用一直在 main 函数的作用域里，因此 i 没有发生逃逸。

和上个代码例子相比，i的写法有了点小差别，但是i的命运是不同的，导致程序运行效果不同：例子4中，变量i先在main的栈帧中分配，之后又在ref3函数栈帧中分配，然后又逃逸到堆上，到堆上分配了一次，共三次分配。
本例中，i 只分配了一次，然后通过引用传递。
*/
package main

type T5 struct {
  M *int
}

func main() {
	var i int
  ref5(&i)
}

func ref5(y *int) (z T5){
  z.M = y
  return z
}
