#!/usr/bin/env python3
"""Benchmark the ML Workbook kernel the way Jupyter uses it.

Usage: kernel_bench.py [KERNELS_DIR] [--kernel mlworkbook] [--starts 10] [--cells 50]

KERNELS_DIR is a Jupyter kernels directory (…/share/jupyter/kernels) holding the kernelspec;
without it the kernelspec is looked up as Jupyter does, so JUPYTER_PATH=PREFIX/share/jupyter works.

Measures
  cold start: from start_kernel() until the execute_result of a trivial cell ("1 + 1"), sent as
              soon as the kernel answers kernel_info, over --starts fresh kernels;
  trivial cell: the round trip of "1 + 1" (execute_request until the kernel is idle again, the
              result received) on one warm kernel, over --cells cells.
Prints the medians next to the goals (cold start <= 2.0 s, trivial cell <= 120 ms) with a PASS or
FAIL line each. Exit status: 0 when the measurements ran (goals met or not), 1 on an error
(kernel missing, dead, wrong result), 2 on bad usage.
"""
import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel  # noqa: E402
from jupyter_client.manager import KernelManager  # noqa: E402

COLD_START_GOAL_S = 2.0
TRIVIAL_CELL_GOAL_MS = 120.0
TIMEOUT_S = 60
TRIVIAL_CELL = "1 + 1"


class BenchError(Exception):
    """The kernel could not be measured."""


def execute(client, code):
    """Runs code, waits until the kernel is idle again; returns the text/plain result."""
    results = []

    def keep_result(msg):
        if msg["msg_type"] == "execute_result":
            results.append(msg["content"]["data"].get("text/plain"))
        elif msg["msg_type"] == "error":
            raise BenchError(f"cell {code!r} failed: {msg['content']['ename']}: {msg['content']['evalue']}")

    reply = client.execute_interactive(code, timeout=TIMEOUT_S, output_hook=keep_result)
    if reply["content"]["status"] != "ok":
        raise BenchError(f"cell {code!r} replied {reply['content']['status']}")
    if results != ["2"]:
        raise BenchError(f"cell {code!r} expected the result '2', got {results}")


def start(specs, name):
    """Starts a kernel; returns its manager and a ready client."""
    manager = KernelManager(kernel_name=name, kernel_spec_manager=specs)
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=TIMEOUT_S)
    except RuntimeError as e:
        stop(manager, client)
        raise BenchError(f"kernel {name} did not start: {e}") from e
    return manager, client


def stop(manager, client):
    client.stop_channels()
    manager.shutdown_kernel(now=True)


def cold_start_seconds(specs, name):
    began = time.perf_counter()
    manager, client = start(specs, name)
    try:
        execute(client, TRIVIAL_CELL)
        return time.perf_counter() - began
    finally:
        stop(manager, client)


def trivial_cell_milliseconds(specs, name, cells):
    manager, client = start(specs, name)
    try:
        execute(client, TRIVIAL_CELL)  # the first cell pays for start-up, not measured
        times = []
        for _ in range(cells):
            began = time.perf_counter()
            execute(client, TRIVIAL_CELL)
            times.append((time.perf_counter() - began) * 1000)
        return times
    finally:
        stop(manager, client)


def verdict(median, goal, unit, what):
    status = "PASS" if median <= goal else "FAIL"
    print(f"{status} {what}: median {median:.{3 if unit == 's' else 1}f} {unit}, goal <= {goal:g} {unit}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kernels_dir", nargs="?", help="a Jupyter kernels directory holding the kernelspec")
    parser.add_argument("--kernel", default="mlworkbook", help="kernelspec name (default mlworkbook)")
    parser.add_argument("--starts", type=int, default=10, help="cold starts to time (default 10)")
    parser.add_argument("--cells", type=int, default=50, help="trivial cells to time (default 50)")
    args = parser.parse_args()
    if args.starts < 1 or args.cells < 1:
        parser.error(f"--starts and --cells expected >= 1, got {args.starts} and {args.cells}")

    specs = KernelSpecManager(kernel_dirs=[args.kernels_dir]) if args.kernels_dir else KernelSpecManager()
    try:
        spec = specs.get_kernel_spec(args.kernel)
    except NoSuchKernel:
        where = args.kernels_dir or "Jupyter's kernel directories (set JUPYTER_PATH=PREFIX/share/jupyter)"
        print(f"kernel_bench: kernelspec {args.kernel!r} expected in {where}, got none", file=sys.stderr)
        return 1
    print(f"kernel {args.kernel}: {spec.resource_dir}")
    print(f"java: {spec.argv[0]}")

    try:
        starts = []
        for i in range(args.starts):
            starts.append(cold_start_seconds(specs, args.kernel))
            print(f"  cold start {i + 1}: {starts[-1]:.3f} s", flush=True)
        cells = trivial_cell_milliseconds(specs, args.kernel, args.cells)
    except BenchError as e:
        print(f"kernel_bench: {e}", file=sys.stderr)
        return 1

    print(f"cold start -> first output: median {statistics.median(starts):.3f} s "
          f"(min {min(starts):.3f}, max {max(starts):.3f}) over {len(starts)} starts")
    print(f"trivial cell round trip: median {statistics.median(cells):.1f} ms "
          f"(min {min(cells):.1f}, max {max(cells):.1f}) over {len(cells)} cells")
    verdict(statistics.median(starts), COLD_START_GOAL_S, "s", "cold start -> first output")
    verdict(statistics.median(cells), TRIVIAL_CELL_GOAL_MS, "ms", "trivial cell round trip")
    return 0


if __name__ == "__main__":
    sys.exit(main())
