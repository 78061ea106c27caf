"""Executes a notebook with nbclient and prints its outputs as JSON (for nbclient.test.ts)."""
import json
import sys

import nbformat
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
client = NotebookClient(nb, timeout=60, kernel_name=sys.argv[2], allow_errors=True)
client.execute()
print(json.dumps({
    "language_info": nb.metadata.get("language_info", {}),
    "cells": [{"execution_count": c.get("execution_count"), "outputs": c.get("outputs", [])} for c in nb.cells],
}))
