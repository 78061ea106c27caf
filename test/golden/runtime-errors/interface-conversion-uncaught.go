// run
package main

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Cat struct{}

func main() {
	var a interface{} = Cat{}
	println(a.(Animal).Sound())
}
