package main

import (
	"errors"
	"fmt"
	s "strings"
	_ "os"
)

func main() {
}
