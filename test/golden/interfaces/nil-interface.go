// run
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e)
	fmt.Printf("%T %v\n", e, e)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	var p *MyErr
	var i interface{} = p
	fmt.Println(p == nil, i == nil, i.(*MyErr) == nil)
	var iface interface{}
	fmt.Println(iface == nil)
	fmt.Printf("%v %T\n", iface, iface)
}
