// run
package main

import "fmt"

func f() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered from ", r)
		}
	}()
	fmt.Println("before panic")
	panic("problem")
}

func g() {
	defer fmt.Println("g's defer runs during panic")
	panic("g panics")
}

func h() {
	defer func() {
		fmt.Println("h recovers:", recover())
	}()
	g()
	fmt.Println("not reached")
}

func main() {
	fmt.Println(f())
	h()
	fmt.Println("after h")
}
