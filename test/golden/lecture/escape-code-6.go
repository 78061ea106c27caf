// build -gcflags=-m -l
/*
go build -gcflags '-m -l' escape-code-6.go

i 逃逸，x未逃逸。x的作用域一直在main函数中

本例 i 发生了逃逸，按照前面例子5的分析，i不会发生逃逸。但是此例y赋值给了一个输入的struct，go不能从输出反推到输入。
两个例子的区别是例子5中的T5是在返回值里的，输入只能”流入“到输出，
本例中S6是在输入参数中，所以逃逸分析失败，i要逃逸到堆上。 
*/
package main

type T6 struct {
  M *int
}

func main() {
  var x T6
	var i int
  ref6(&i, &x)
}

func ref6(y *int, z *T6) {
  z.M = y
}
