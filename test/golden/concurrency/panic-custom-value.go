// run
package main

import "fmt"

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

type Code int

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("goroutine recovered:", recover())
			done <- true
		}()
		panic(Code(7))
	}()
	<-done
	panic(MyErr{42})
}
