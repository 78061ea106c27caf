// build -gcflags=-m -l
/*
go build -gcflags '-m -l' escape-code-3.go

z 发生逃逸

z 是对 x 的拷贝， ref3 函数中对 z 取了引用，所以 z 不能放在栈上。否则在 ref3 函数之外，通过引用不能找到 z，所以z必须要逃逸到堆上。尽管在main函数中，直接丢弃了 ref3 的结果，但是 Go编译器还没有那么智能，分析不出这种情况。
而对 x 从来没有取引用，所以 x 不会发生逃逸。
*/
package main

type T3 struct {}

func main() {
  var x T3
  _ = *ref3(x)
}

func ref3(z T3) *T3 {
  return &z
}
