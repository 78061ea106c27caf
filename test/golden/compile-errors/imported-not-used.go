// run
package main

import (
	"fmt"
	"os"
	str "strings"
)

func main() {
}
