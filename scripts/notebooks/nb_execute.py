# Executes lecture notebooks with nbclient through an installed Jupyter kernelspec (golesson's), as
# scripts/notebooks/execute.mjs asks: reads each IN notebook, runs every cell top to bottom in one
# kernel, and writes the executed notebook to OUT. Run with Debian's /usr/bin/python3.
#
#   python3 nb_execute.py [--kernel NAME] [--timeout SECONDS] IN OUT [IN OUT ...]
#
# A cell tagged raises-exception may end in an error; any other error stops that notebook and
# exits with status 1. Exit status 3 means the kernelspec is not installed, 4 that nbclient is
# missing.
import argparse
import copy
import os
import sys

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
except ImportError as e:  # pragma: no cover - depends on the machine
    print(f"nbclient is not installed ({e}); install it with: apt-get install python3-nbclient", file=sys.stderr)
    sys.exit(4)


def merge_streams(nb) -> None:
    """Joins consecutive outputs to the same stream: how the kernel batched its writes depends on
    timing, and the stored notebook must not (re-running it must give the same file)."""
    for cell in nb.cells:
        merged = []
        for out in cell.get("outputs", []):
            last = merged[-1] if merged else None
            if out.output_type == "stream" and last is not None and last.output_type == "stream" and last.name == out.name:
                last.text += out.text
            else:
                merged.append(out)
        if "outputs" in cell:
            cell.outputs = merged


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", default="golesson")
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    if len(args.paths) % 2:
        ap.error("paths come in pairs: IN OUT")

    try:
        spec = KernelSpecManager().get_kernel_spec(args.kernel)
    except NoSuchKernel:
        print(
            f"no Jupyter kernelspec named {args.kernel!r}; install it with: npx golesson install --user",
            file=sys.stderr,
        )
        return 3
    print(f"kernel {args.kernel}: {spec.resource_dir}", file=sys.stderr)

    failed = 0
    for src, dst in zip(args.paths[0::2], args.paths[1::2]):
        nb = nbformat.read(src, as_version=4)
        # nbclient replaces language_info with the kernel's; the stored metadata stays the
        # source's (scripts/notebooks/notebook-source.mjs), so the notebooks stay in step with it.
        metadata = copy.deepcopy(nb.metadata)
        client = NotebookClient(
            nb,
            kernel_name=args.kernel,
            timeout=args.timeout,
            # No timestamps in the stored notebooks: re-running must give the same file.
            record_timing=False,
            resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}},
        )
        try:
            client.execute()
        except CellExecutionError as e:
            print(f"{src}: a cell failed:\n{e}", file=sys.stderr)
            failed += 1
            continue
        except Exception as e:  # kernel died, timeout, ...
            print(f"{src}: {type(e).__name__}: {e}", file=sys.stderr)
            failed += 1
            continue
        nb.metadata = metadata
        merge_streams(nb)
        nbformat.write(nb, dst)
        cells = sum(1 for c in nb.cells if c.cell_type == "code")
        print(f"{src}: {cells} code cells executed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
