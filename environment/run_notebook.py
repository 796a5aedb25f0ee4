#!/usr/bin/env python3
"""Execute one notebook top to bottom in a Jupyter kernel and report every error.

Usage: run_notebook.py NOTEBOOK --report REPORT.json [--output EXECUTED.ipynb]
                        [--kernel mlworkbook] [--cell-timeout SECONDS] [--max-output-bytes N]
                        [--cwd DIR]

The notebook file itself is never modified. The kernel starts in the notebook's folder, or in
--cwd DIR (the grader runs a copy of a submission where its source notebook lives). All cells
run, even after an error, so the report lists every failing cell at once. A cell that runs past --cell-timeout is
interrupted (the kernel supports interrupt requests) and reported as timed out.
With --max-output-bytes, a cell's stream and display outputs past N bytes (of their JSON
content) are dropped as they arrive and one "output truncated" line per stream is kept in
their place (a stderr stream stays a stderr stream); error outputs and results are always kept.

The report (JSON) holds: notebook, kernel, seconds, cells (count), and errors, a list of
{cell (1-based index among all cells), execution_count, grade_id, ename, evalue, traceback};
a kernel that fails to start or dies is reported as one error with cell = null.
Exit status: 0 when the notebook ran (errors or not; read the report), 2 on bad usage.
"""
import argparse
import json
import os
import re
import sys
import time

os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
except ImportError as missing:  # pragma: no cover - depends on the machine
    sys.stderr.write(
        f"run_notebook.py: Jupyter's nbclient/nbformat expected in {sys.executable}, got {missing}. "
        "Run ./workbook setup (it installs Jupyter), or use the Python that has Jupyter.\n")
    sys.exit(3)

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def plain(text):
    return ANSI.sub("", text)


def grade_id(cell):
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def cell_errors(cells):
    """Every error output of the executed cells, in cell order."""
    found = []
    for index, cell in enumerate(cells, start=1):
        if cell.get("cell_type") != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append({
                    "cell": index,
                    "execution_count": cell.get("execution_count"),
                    "grade_id": grade_id(cell),
                    "ename": output.get("ename", ""),
                    "evalue": plain(output.get("evalue", "")),
                    "traceback": [plain(line) for line in output.get("traceback", [])],
                })
    return found


class CappedClient(NotebookClient):
    """A NotebookClient that keeps at most max_output_bytes of stream/display output per cell."""

    def __init__(self, nb, max_output_bytes=0, **kwargs):
        super().__init__(nb, **kwargs)
        self.max_output_bytes = max_output_bytes
        self.output_bytes = {}
        self.truncated = set()

    def output(self, outs, msg, display_id, cell_index):
        if self.max_output_bytes <= 0 or msg["msg_type"] not in ("stream", "display_data"):
            return super().output(outs, msg, display_id, cell_index)
        size = self.output_bytes.get(cell_index, 0) + len(json.dumps(msg["content"]))
        self.output_bytes[cell_index] = size
        if size <= self.max_output_bytes:
            return super().output(outs, msg, display_id, cell_index)
        name = msg["content"].get("name", "stdout")
        if (cell_index, name) not in self.truncated:
            self.truncated.add((cell_index, name))
            marker = nbformat.v4.new_output("stream", name=name,
                                            text=f"\n… output truncated past {self.max_output_bytes} bytes\n")
            outs.append(marker)
            return marker
        return None


def main():
    parser = argparse.ArgumentParser(description="Execute a notebook and report its errors.")
    parser.add_argument("notebook")
    parser.add_argument("--report", required=True)
    parser.add_argument("--output")
    parser.add_argument("--kernel", default="mlworkbook")
    parser.add_argument("--cell-timeout", type=int, default=120)
    parser.add_argument("--max-output-bytes", type=int, default=0)
    parser.add_argument("--cwd")
    args = parser.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    client = CappedClient(
        nb,
        max_output_bytes=args.max_output_bytes,
        timeout=args.cell_timeout,
        kernel_name=args.kernel,
        allow_errors=True,
        interrupt_on_timeout=True,
        resources={"metadata": {"path": os.path.abspath(args.cwd) if args.cwd
                                else os.path.dirname(os.path.abspath(args.notebook))}},
    )
    started = time.monotonic()
    fatal = None
    try:
        client.execute()
    except (CellTimeoutError, DeadKernelError, RuntimeError, OSError) as problem:
        fatal = {"cell": None, "execution_count": None, "grade_id": None,
                 "ename": type(problem).__name__, "evalue": plain(str(problem)), "traceback": []}
    seconds = time.monotonic() - started

    errors = cell_errors(nb.cells)
    if fatal:
        errors.append(fatal)
    report = {
        "notebook": os.path.basename(args.notebook),
        "kernel": args.kernel,
        "seconds": round(seconds, 3),
        "cells": len(nb.cells),
        "unexecuted_code_cells": [i for i, c in enumerate(nb.cells, start=1)
                                  if c.get("cell_type") == "code" and c.get("source", "").strip()
                                  and c.get("execution_count") is None],
        "errors": errors,
    }
    if args.output:
        nbformat.write(nb, args.output)
    with open(args.report, "w", encoding="utf-8") as out:
        json.dump(report, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
