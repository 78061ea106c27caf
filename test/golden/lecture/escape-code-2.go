// build -gcflags=-m -l
/*
go build -gcflags '-m -l' escape-code-2.go

x 没有发生逃逸

identity函数的输入直接当成返回值了，因为没有对 z 作引用，所以z没有逃逸.
对x的引用也没有逃出 main 函数的作用域，因此 x 也没有发生逃逸。
*/
package main

type T2 struct {}

func main() {
  var x T2
  y := &x
  _ = *identity1(y)
}

func identity1(z *T2) *T2 {
  return z
}
