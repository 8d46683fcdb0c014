"""What every command shares: corpus and annotator options, problem reporting, table output."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from ..annotate import ANNOTATORS, annotate_corpus
from ..articles import load_articles

FORMATS = ("table", "csv", "json")


def add_corpus_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--annotator", choices=ANNOTATORS, default="builtin",
                        help="builtin (default, no models needed) or stanza (needs models)")
    parser.add_argument("--stanza-config", metavar="YAML",
                        help="stanza.Pipeline options (model paths) for --annotator stanza")
    parser.add_argument("--cache-dir", metavar="DIR", help="annotation cache (default .cache/annotations or $STANCELINE_CACHE)")
    parser.add_argument("--no-cache", action="store_true", help="annotate again, read and write no cache")


def add_output_arguments(parser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")


def load_corpus(args):
    """Load the articles named on the command line; report problems on stderr."""
    corpus = load_articles(args.paths)
    for problem in corpus.problems:
        print(str(problem), file=sys.stderr)
    if not len(corpus):
        raise SystemExit("no articles loaded")
    return corpus


def load_and_annotate(args):
    corpus = load_corpus(args)
    annotations = annotate_corpus(corpus, args.annotator, cache_dir=args.cache_dir, use_cache=not args.no_cache,
                                  stanza_config=args.stanza_config)
    for article_id, reason in annotations.failures.items():
        print(f"error: {article_id}: annotation failed: {reason}", file=sys.stderr)
    return corpus, annotations


def write_frame(frame: pd.DataFrame, fmt: str, output: str | None = None) -> None:
    """Print or save a DataFrame as an aligned table, CSV or JSON (records, UTF-8, dates ISO)."""
    if fmt == "csv":
        text = frame.to_csv(index=False)
    elif fmt == "json":
        text = json.dumps(json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False)),
                          ensure_ascii=False, indent=2) + "\n"
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 60):
            text = (frame.to_string(index=False) if len(frame) else "(no rows)") + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
