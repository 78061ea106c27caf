// build -gcflags=-m -l
package main

type T struct{ n int }

var g *T

func set() { g = &T{1} }

func main() { set() }
