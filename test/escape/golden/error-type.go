// build -gcflags=-m -l
package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func f() error { return &MyErr{"x"} }

func main() { _ = f() }
