"""Speed of stance extraction: the rules alone, and the rules with the learned pass over what they leave.

The corpus: the sample articles (all three languages) repeated until there are at least ``--articles``
of them (default 1,000), annotated once with the built-in annotator before the clock starts, so only
extraction is timed. Each run repeats ``--repeat`` times (default 3) and the fastest counts.
Prints sentences per second, articles per second, stances found and the cost of the learned pass.
Usage: ``python benchmarks/bench_stances.py [--articles 1000] [--repeat 3]``.
"""
from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(n: int):
    from stanceline import annotate_corpus, load_articles

    base = list(load_articles(ROOT / "data" / "articles"))
    annotations = annotate_corpus(base)
    articles, documents = [], {}
    i = 0
    while len(articles) < n:
        a = base[i % len(base)]
        copy = replace(a, id=f"{a.id}--{i}")
        articles.append(copy)
        documents[copy.id] = annotations.documents[a.id]
        i += 1
    return articles, replace(annotations, documents=documents)


def run(articles, annotations, learned: bool, repeat: int) -> tuple[float, int]:
    from stanceline.stances import extract_stances

    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(extract_stances(articles, annotations, learned=learned))
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles, annotations = build_corpus(args.articles)
    sentences = sum(len(annotations.documents[a.id].sentences) for a in articles)
    print(f"{len(articles):,} articles, {sentences:,} sentences (uk, en, ru), built-in annotations; best of {args.repeat}")
    print(f"{'run':<28} {'seconds':>8} {'sentences/s':>12} {'articles/s':>11} {'stances':>8}")
    times = {}
    for label, learned in (("rules only", False), ("rules + learned pass", True)):
        seconds, found = run(articles, annotations, learned, args.repeat)
        times[label] = seconds
        print(f"{label:<28} {seconds:>8.2f} {sentences / seconds:>12,.0f} {len(articles) / seconds:>11,.1f} {found:>8,}")
    print(f"the learned pass costs {times['rules + learned pass'] / times['rules only'] - 1:+.0%} of the rules' time")


if __name__ == "__main__":
    main()
