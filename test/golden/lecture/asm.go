// run
/*
compile: go build -o test asm.go
check assembly: go tool objdump -s "main\.main" test
*/

package main

func main() {
  defer println(0x11)
}
