// build -gcflags=-m -l

package main

import (
  "fmt"
)

func main() {
  for i :=0; i<5; i++ {
    defer fmt.Println(i, 1)
  }
  
  for i :=0; i<5; i++ {
    defer func() {
      fmt.Println(i, 2)
    }()
  }
  
  for i :=0; i<5; i++ {
    defer func() {
      j := i
      fmt.Println(j, 3)
      //fmt.Println(j, &j, i, &i, 3)
      //5 0xc00008e020 5 0xc000086028 3
      //5 0xc000086078 5 0xc000086028 3
      //5 0xc000086090 5 0xc000086028 3
      //5 0xc00008e038 5 0xc000086028 3
      //5 0xc0000860a8 5 0xc000086028 3
    }()
  }
  
  for i :=0; i<5; i++ {
    j := i
    defer fmt.Println(j, 4)
  }
  
  for i :=0; i<5; i++ {
    j := i
    defer func() {
      fmt.Println(j, 5)
    }()
  }
  
  for i :=0; i<5; i++ {
    defer func(j int) {
      fmt.Println(j, 6)
    }(i)
  }
}
