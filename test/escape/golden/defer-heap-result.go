// build -gcflags=-d=defer
package main

func f() (r int) {
	defer func() { r++ }()
	p := &r
	go func() { _ = p }()
	return 1
}

func main() { _ = f() }
