// build -gcflags=-m -l
/*
go build -gcflags '-m -l' escape-code-1.go

没有逃逸

值传递，直接在栈上分配

GO语言函数传递都是通过值的，调用函数时，直接在栈上COPY出一份参数，不存在逃逸
*/
package main

type T1 struct {}

func main() {
  var x T1
  _ = identity1(x)
}

func identity1(x T1) T1 {
  return x
}
