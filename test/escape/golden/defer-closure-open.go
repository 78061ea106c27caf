// build -gcflags=-d=defer
package main

func f() {
	defer func() { println(1) }()
	defer func() { println(2) }()
}

func main() { f() }
