"""Rules vs dateparser on the gold temporal expressions: accuracy and speed.

Usage: ``python benchmarks/bench_dates.py [GOLD ...]`` (default: data/gold/dev and the seed gold).
Each gold event gives an expression, its evidence sentence and the publication date. stanceline
resolves the expression inside its sentence (so tense is available); dateparser, with the settings
that fix its Ukrainian failures (``stanceline.timelines.DATEPARSER_SETTINGS``) and
``RELATIVE_BASE`` = publication date, resolves the expression text; its ``period`` widens the
instant to a week, month or year. A value is correct when start and end equal the gold interval
(for week gold: a span of at most seven days that overlaps it, as in ``evaluate timeline``).
Prints accuracy and microseconds per expression; asserts nothing about time.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    from stanceline.evaluate_timeline import date_correct
    from stanceline.gold import load_gold
    from stanceline.timelines import extract_temporal_expressions
    from stanceline.timelines.baseline import dateparser_interval

    sources = argv or [str(ROOT / "data" / "gold" / "dev")] + \
        [str(p) for p in (ROOT.parent / "shared" / "seed").glob("*.gold.yaml")]
    cases = [(g.language, g.published, e) for g in load_gold(sources) for e in g.events]
    print(f"{len(cases)} gold expressions from {', '.join(Path(s).name for s in sources)}")

    t0 = time.perf_counter()
    rules_ok = 0
    for language, published, e in cases:
        found = extract_temporal_expressions(e.evidence, published, language, include_non_dates=False)
        off = e.evidence.find(e.temporal_expression)
        hit = [x for x in found if x.start_char < off + len(e.temporal_expression) and x.end_char > off]
        rules_ok += bool(hit) and date_correct(hit[0].start, hit[0].end, e)
    rules_time = time.perf_counter() - t0

    t0 = time.perf_counter()
    dp_ok = 0
    for language, published, e in cases:
        start, end, _ = dateparser_interval(e.temporal_expression, language, published)
        dp_ok += date_correct(start, end, e)
    dp_time = time.perf_counter() - t0

    n = len(cases)
    print(f"{'system':<22}{'correct':>8}{'accuracy':>10}{'µs/expression':>15}")
    print(f"{'stanceline rules':<22}{rules_ok:>8}{rules_ok / n:>10.3f}{rules_time / n * 1e6:>15.0f}")
    print(f"{'dateparser (fixed)':<22}{dp_ok:>8}{dp_ok / n:>10.3f}{dp_time / n * 1e6:>15.0f}")
    print("(stanceline's time includes annotating the sentence for tense)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
