// build -gcflags=-m -l
package main

func safe(f func()) (err interface{}) {
	defer func() {
		err = recover()
	}()
	f()
	return nil
}

func main() { _ = safe(func() { panic(1) }) }
