"""golesson against jupyter_kernel_test (Debian's python3-jupyter-kernel-test), every sample set.

Run by test/e2e/jupyter-kernel-test.test.ts with JUPYTER_PATH pointing at an installed kernelspec.
"""
import os
import unittest

import jupyter_kernel_test

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'
STDERR = 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Fprintln(os.Stderr, "oops")\n}\n'
UNUSED = 'package main\n\nfunc main() { x := 1 }\n'
DISPLAY_HTML = 'package main\n\nimport "golesson/display"\n\nfunc main() {\n\tdisplay.HTML("<b>bold</b>")\n}\n'
CLEAR = 'package main\n\nimport (\n\t"fmt"\n\t"golesson/display"\n)\n\nfunc main() {\n\tfmt.Println("soon gone")\n\tdisplay.Clear()\n}\n'


class GolessonKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("GOLESSON_KERNEL_NAME", "golesson")
    language_name = "go"
    file_extension = ".go"

    code_hello_world = HELLO
    code_stderr = STDERR

    completion_samples = [
        {"text": "pri", "matches": {"print", "println"}},
        {"text": "x := app", "matches": {"append"}},
    ]

    complete_code_samples = ['fmt.Println("hi")', HELLO, "x := 1"]
    incomplete_code_samples = ["func f() {", "for i := 0; i < 3; i++ {", 'fmt.Println("a",']
    invalid_code_samples = ["}", "func f() { } }"]

    code_page_something = "%help"

    code_generate_error = UNUSED

    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": '"hello"', "result": "hello"},
    ]
    code_history_pattern = "1 + *"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [
        {"code": DISPLAY_HTML, "mime": "text/html"},
    ]

    code_inspect_sample = "append"

    code_clear_output = CLEAR


if __name__ == "__main__":
    unittest.main()
