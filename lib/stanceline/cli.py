"""``python -m stanceline``: the command line. Each command lives in :mod:`stanceline.commands`."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import __version__, commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m stanceline",
                                     description="Stances and event timelines from peace-talks coverage.")
    parser.add_argument("--version", action="version", version=f"stanceline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    evaluate = sub.add_parser("evaluate", help="score an extractor against gold annotations")
    evaluate_sub = evaluate.add_subparsers(dest="what", required=True, metavar="WHAT")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, evaluate_sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except (ValueError, RuntimeError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
