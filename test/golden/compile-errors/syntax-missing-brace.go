// run
package main

import "fmt"

func main()
{
	fmt.Println("brace on the wrong line")
}
