// run
package main

import (
	"fmt"
	"math"
)

type count int

// Bump changes its receiver: calling it on a loop counter takes the counter's address.
func (c *count) Bump() { *c += 1 << 40 }

// Loop counters whose ranges are known, used in arithmetic at the edges of exactness: values near
// 2^31 and 2^53, negative operands of % and /, shifts, masks, and counters that the body or a
// closure writes (so nothing may be assumed about them).
func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += (i ^ (i >> 3)) & 1023
		if i%7 == 0 {
			sum -= 3
		}
	}
	fmt.Println("mix", sum)

	// Around 2^31: the bitwise operators must not be done in 32 bits.
	for i := 2147483640; i < 2147483650; i++ {
		fmt.Println(i, i&0xff, i|1, i^0x7fffffff, i>>1, i<<2, i*3, i/7, i%7, -i)
	}

	// Around 2^53 and the int64 limits: exact 64-bit arithmetic.
	for i := 9007199254740990; i <= 9007199254740993; i++ {
		fmt.Println(i, i+1, i*2, i-9007199254740993, i>>1, i&1)
	}
	for i := math.MaxInt64 - 3; i < math.MaxInt64; i++ {
		fmt.Println(i, i+1, i/2, i%10)
	}

	// Counting down through negative values: % and / of negatives, and -0 never shows.
	for i := 10; i >= -10; i-- {
		fmt.Print(i%3, i/3, i*0, -i*0, i&-4, i>>1, " ")
	}
	fmt.Println()
	for i := 5; i > -6; i-- {
		fmt.Print(i%(-4), i/(-4), " ")
	}
	fmt.Println()

	// Unsigned counters: no negative results.
	for i := uint(0); i < 4; i++ {
		fmt.Print(i-1, i-2, " ", i*math.MaxUint32, " ")
	}
	fmt.Println()
	for i := uint64(0); i < 3; i++ {
		fmt.Println(i - 3)
	}

	// The body writes the counter: no range can be assumed.
	n := 0
	for i := 0; i < 60; i++ {
		if i == 50 {
			i = math.MaxInt64 - 1
		}
		n = i + 1
	}
	fmt.Println("written", n)

	// A closure writes the counter.
	var bump func()
	last := 0
	for i := 0; i < 10; i++ {
		bump = func() { i += 1 << 40 }
		if i == 5 {
			bump()
		}
		last = i * 1024
	}
	fmt.Println("closure", last)

	// Its address is taken.
	for i := 0; i < 3; i++ {
		p := &i
		*p += 1 << 62
		fmt.Println("pointer", i, i*2)
	}

	// The bound is the last value a closure may see after the loop (Go 1.22 gives each iteration
	// its own variable, so each closure sees its own).
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i << 20 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range over an integer, a slice and a string.
	total := 0
	for i := range 100 {
		total += i * i % 13
	}
	xs := []int{5, -6, 7}
	for i := range xs {
		total += i << 30
	}
	for i, r := range "héllo" {
		total += i*int(r) - i%2
	}
	fmt.Println("ranges", total)

	// A pointer method called on the counter writes it.
	for i := count(0); i < 10; i++ {
		if i == 3 {
			i.Bump()
		}
		fmt.Print(i<<20, i*i, " ")
	}
	fmt.Println()

	// Bytes and narrow types converted to int.
	var b byte = 200
	for i := 0; i < 3; i++ {
		fmt.Print(int(b)+i, int(b)<<24, int8(i)-100, " ")
	}
	fmt.Println()
}
