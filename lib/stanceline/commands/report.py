"""``report``: build the static report site from the notebooks, executed fresh on a corpus."""
from __future__ import annotations

import sys
from pathlib import Path

from ..annotate import ANNOTATORS


def register(sub, evaluate) -> None:
    p = sub.add_parser("report", help="execute the notebooks on a corpus and build the HTML report site")
    p.add_argument("--corpus", default="data/articles", metavar="DIR",
                   help="folder of articles the notebooks run on (default: data/articles, the sample corpus)")
    p.add_argument("--annotator", choices=ANNOTATORS, default="builtin", help="builtin (default) or stanza")
    p.add_argument("--out", default="build/site", metavar="DIR", help="site folder (default: build/site)")
    p.add_argument("--notebooks", default="notebooks", metavar="DIR", help="notebook folder (default: notebooks)")
    p.add_argument("--timeout", type=int, default=600, metavar="SECONDS", help="time allowed per notebook cell")
    p.add_argument("--cache-dir", metavar="DIR", help="annotation cache (default .cache/annotations or $STANCELINE_CACHE)")
    p.set_defaults(func=_report)


def _report(args) -> int:
    from ..report import build_site

    result = build_site(args.corpus, annotator=args.annotator, out=args.out, notebooks_dir=args.notebooks,
                        timeout=args.timeout, cache_dir=args.cache_dir,
                        progress=lambda line: print(line, file=sys.stderr, flush=True))
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"Built the report from {result.corpus_path} ({result.n_articles} articles): "
          f"{len(result.pages)} pages, {len(result.csv_files)} CSV files.")
    print(f"Open {Path(result.index).as_uri()}")
    return 1 if result.errors else 0
