// run
package main

import "errors"

func f(fail bool) (err error) {
	if fail {
		err := errors.New("inner")
		return
	}
	return nil
}

func main() {
	_ = f(true)
}
