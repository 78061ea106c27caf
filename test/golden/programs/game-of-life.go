// run
package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func Parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := make([]bool, len(line))
		for i, c := range line {
			row[i] = c == '#'
		}
		g = append(g, row)
	}
	return g
}

func (g Grid) Alive(r, c int) bool {
	h, w := len(g), len(g[0])
	r, c = (r+h)%h, (c+w)%w
	return g[r][c]
}

func (g Grid) Step() Grid {
	next := make(Grid, len(g))
	for r := range g {
		next[r] = make([]bool, len(g[r]))
		for c := range g[r] {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && g.Alive(r+dr, c+dc) {
						n++
					}
				}
			}
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, a := range row {
			if a {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := Parse(`
.#......
..#.....
###.....
........
........
........`)
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Print(g)
	count := 0
	for _, row := range g {
		for _, a := range row {
			if a {
				count++
			}
		}
	}
	fmt.Println("alive:", count)
}
