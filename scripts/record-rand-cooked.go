// Prints the raw 64-bit outputs of math/rand's seeded source, for scripts/record-rand-cooked.mjs.
//
// Line format: "<seed> <uint64> <uint64> ..." — the first `count` Uint64 results of
// rand.NewSource(seed).(rand.Source64) for each seed given on the command line.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

func main() {
	count, err := strconv.Atoi(os.Args[1])
	if err != nil {
		panic(err)
	}
	for _, arg := range os.Args[2:] {
		seed, err := strconv.ParseInt(arg, 10, 64)
		if err != nil {
			panic(err)
		}
		src := rand.NewSource(seed).(rand.Source64)
		var b strings.Builder
		b.WriteString(arg)
		for i := 0; i < count; i++ {
			b.WriteByte(' ')
			b.WriteString(strconv.FormatUint(src.Uint64(), 10))
		}
		fmt.Println(b.String())
	}
}
