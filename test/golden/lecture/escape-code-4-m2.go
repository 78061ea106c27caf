// build -gcflags=-m=2 -l
/*
go build -gcflags '-m -l' escape-code-4.go

y 发生逃逸

ref4 函数对 y 取了引用，所以 y 发生了逃逸。
*/
package main

type T4 struct {
  M *int
}

func main() {
	var i int
  ref4(i)
}

func ref4(y int) (z T4){
  z.M = &y
  return z
}
