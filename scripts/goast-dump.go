// goast-dump prints go/parser's syntax tree of each Go file named on the command line as JSON, in the
// shape golesson's own AST has (kind + go/ast field names, positions as byte offsets, -1 for none),
// so test/syntax can compare golesson's parser with Go's. Comments, scopes and objects are left out.
//
// Usage: go run scripts/goast-dump.go OUT_DIR FILE.go...   (writes OUT_DIR/FILE.ast.json)
package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
)

var skip = map[string]bool{
	"Doc": true, "Comment": true, "Comments": true, "Obj": true, "Scope": true, "Imports": true,
	"Unresolved": true, "FileStart": true, "FileEnd": true, "GoVersion": true, "Package": true,
	"EndPos": true, "Incomplete": true, "Implicit": true,
}

var fset = token.NewFileSet()

func dump(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		if u, ok := v.Interface().(*ast.UnaryExpr); ok && u.Op == token.AND {
			// golesson (like gc) drops parentheses around the operand of &
			for {
				p, ok := u.X.(*ast.ParenExpr)
				if !ok {
					break
				}
				u.X = p.X
			}
		}
		return dump(v.Elem())
	case reflect.Slice:
		out := []any{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, dump(v.Index(i)))
		}
		return out
	case reflect.Struct:
		m := map[string]any{"kind": v.Type().Name()}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if skip[f.Name] || !f.IsExported() {
				continue
			}
			m[f.Name] = field(v.Field(i))
		}
		return m
	}
	return v.Interface()
}

func field(v reflect.Value) any {
	switch x := v.Interface().(type) {
	case token.Pos:
		if !x.IsValid() {
			return -1
		}
		return fset.Position(x).Offset
	case token.Token:
		return x.String()
	case ast.ChanDir:
		switch x {
		case ast.SEND:
			return "SEND"
		case ast.RECV:
			return "RECV"
		}
		return "BOTH"
	}
	return dump(v)
}

func main() {
	out := os.Args[1]
	for _, name := range os.Args[2:] {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			panic(err)
		}
		b, err := json.Marshal(dump(reflect.ValueOf(f)))
		if err != nil {
			panic(err)
		}
		base := strings.TrimSuffix(filepath.Base(name), ".go")
		if err := os.WriteFile(filepath.Join(out, base+".ast.json"), append(b, '\n'), 0o644); err != nil {
			panic(err)
		}
	}
}
