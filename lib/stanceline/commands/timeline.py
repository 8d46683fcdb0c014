"""``timeline`` (dated events, per mention or merged) and ``evaluate timeline`` (scores vs gold and dateparser)."""
from __future__ import annotations

import sys

from ._common import add_corpus_arguments, add_output_arguments, load_and_annotate, write_frame

MENTION_COLUMNS = ["article_id", "date_start", "date_end", "precision", "expression", "event_type", "what", "actors",
                   "place", "evidence", "start_char", "end_char", "expression_start", "expression_end", "ambiguous",
                   "rule"]
MERGED_COLUMNS = ["event_id", "date_start", "date_end", "precision", "event_type", "what", "actors", "place",
                  "n_sources", "sources", "first_reported", "dates_conflict", "dates_reported", "expressions"]


def register(sub, evaluate) -> None:
    p = sub.add_parser("timeline", help="dated events: one row per article mention, or merged across articles")
    add_corpus_arguments(p)
    add_output_arguments(p)
    p.add_argument("--merged", action="store_true", help="merge the same event across articles, listing its sources")
    p.set_defaults(func=_timeline)

    e = evaluate.add_parser("timeline", help="event P/R/F1 and date accuracy vs gold, beside the dateparser baseline")
    add_corpus_arguments(e)
    e.add_argument("--gold", required=True, metavar="DIR", help="gold folder or file (*.gold.yaml)")
    e.add_argument("--details", action="store_true", help="also list every missed, spurious or wrongly dated event")
    e.set_defaults(func=_evaluate)


def _listy(frame, columns):
    out = frame.copy()
    for col in columns:
        if col in out:
            out[col] = out[col].map(lambda v: "; ".join(v) if isinstance(v, (list, tuple)) else v)
    return out


def _timeline(args) -> int:
    from ..timelines import build_timeline, extract_events

    corpus, annotations = load_and_annotate(args)
    events = extract_events(corpus, annotations)
    if args.merged:
        frame = build_timeline(events)[MERGED_COLUMNS]
    else:
        frame = events[MENTION_COLUMNS]
    if args.format != "json":
        frame = _listy(frame, ["actors", "sources", "dates_reported", "expressions"])
    write_frame(frame, args.format, args.output)
    return 0


def _evaluate(args) -> int:
    import pandas as pd

    from ..evaluate_timeline import evaluate_timeline
    from ..gold import load_gold

    gold = load_gold(args.gold)
    corpus, annotations = load_and_annotate(args)
    scores, tables = evaluate_timeline(gold, corpus, annotations, return_matches=True)
    print(f"events in {len(gold)} gold articles ({args.gold}); annotator {args.annotator}")
    with pd.option_context("display.width", 200, "display.max_columns", None):
        print(scores.to_string(index=False))
        if args.details:
            m = tables["stanceline"]
            bad = m[(m["status"] != "tp") | (m.get("date_ok", True) == False)]  # noqa: E712
            print("\nstanceline errors:" if len(bad) else "\nstanceline: no errors")
            if len(bad):
                print(bad.to_string(index=False))
    sys.stdout.flush()
    return 0
