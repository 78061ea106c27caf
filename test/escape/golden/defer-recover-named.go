// build -gcflags=-m -l
package main

func f() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = nil
		}
	}()
	return nil
}

func main() { _ = f() }
