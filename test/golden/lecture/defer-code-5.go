// run
package main

import (
  "fmt"
)

/*
闭包引用了 x 变量，a,b 可以看作2个不同的实例，实例之间互相不影响。实例内部，x变量是同一个地址，因此具有”累加效应“
*/

func main() {
  var a = Accumulator()
  
  fmt.Printf("%d\n", a(1))
  fmt.Printf("%d\n", a(10))
  fmt.Printf("%d\n", a(100))
  
  fmt.Println("%-----------------")
  var b = Accumulator()
  
  fmt.Printf("%d\n", b(1))
  fmt.Printf("%d\n", b(10))
  fmt.Printf("%d\n", b(100))
  
}

func Accumulator() func(int) int {
  var x int
  
  return func(delta int) int {
    fmt.Printf("(%+v, %+v) - ", &x, x)
    x += delta
    return x
  }
}
