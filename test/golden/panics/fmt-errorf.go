// run
package main

import (
	"errors"
	"fmt"
)

var base = errors.New("base")

func main() {
	panic(fmt.Errorf("context: %w", base))
}
