"""Speed and peak memory of the built-in annotator against the bare tools it is built on.

The corpus: the sample articles repeated with a varying suffix until there are at least
``--articles`` of them (default 1,000), so no cache can help. Three runs on the same text:

1. bare tools: tokenize-uk sentences and words + pymorphy3 ``parse()`` of every word (the floor);
2. the built-in annotator (``BuiltinAnnotator.annotate``): the same plus UD mapping, gazetteer
   NER and building a ``stanza.Document``;
3. the built-in annotator plus writing each document to the CoNLL-U cache.

Each run happens in a fresh interpreter; prints tokens per second, the ratio to the bare tools,
and the peak resident memory of each (dictionaries included).
Usage: ``python benchmarks/bench_annotate.py [--articles 1000] [--language uk]``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_texts(n: int, language: str) -> list[str]:
    from stanceline import load_articles

    base = [a.text for a in load_articles(ROOT / "data" / "articles") if a.language == language]
    texts = []
    i = 0
    while len(texts) < n:
        texts.append(f"{base[i % len(base)]}\n\nВипуск {i}." if language != "en" else f"{base[i % len(base)]}\n\nIssue {i}.")
        i += 1
    return texts


def bare_tools(texts: list[str], language: str) -> int:
    import pymorphy3
    import tokenize_uk

    morph = pymorphy3.MorphAnalyzer(lang="ru" if language == "ru" else "uk")
    tokens = 0
    for text in texts:
        for line in text.split("\n"):
            for sent, _, _ in tokenize_uk.tokenize_sents_with_spans(line):
                for word, _, _ in tokenize_uk.tokenize_words_with_spans(sent):
                    morph.parse(word)
                    tokens += 1
    return tokens


def builtin(texts: list[str], language: str, cache_dir: str | None = None) -> int:
    from stanceline.annotate import AnnotationCache, BuiltinAnnotator

    annotator = BuiltinAnnotator()
    cache = AnnotationCache(cache_dir) if cache_dir else None
    tokens = 0
    for i, text in enumerate(texts):
        doc = annotator.annotate(text, language)
        tokens += doc.num_tokens
        if cache:
            cache.put(AnnotationCache.key(text, language, annotator.name, annotator.version), doc, doc_id=str(i))
    return tokens


MODES = {
    "bare": "bare tokenize-uk + pymorphy3",
    "builtin": "builtin annotator",
    "builtin+cache": "builtin annotator + CoNLL-U cache",
}


def run_mode(mode: str, articles: int, language: str) -> dict:
    """Run one mode in this process and return its figures (called in a fresh child process)."""
    import resource

    texts = build_texts(articles, language)
    # warm up on two texts so dictionary loading is not timed (it is counted in memory)
    bare_tools(texts[:2], language) if mode == "bare" else builtin(texts[:2], language)
    start = time.perf_counter()
    if mode == "bare":
        tokens = bare_tools(texts, language)
    elif mode == "builtin":
        tokens = builtin(texts, language)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tokens = builtin(texts, language, tmp)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"tokens": tokens, "seconds": seconds, "peak_mib": peak_kib / 1024, "characters": sum(map(len, texts))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--language", choices=("uk", "ru"), default="uk")
    parser.add_argument("--mode", choices=tuple(MODES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.articles, args.language)))
        return
    rates = {}
    for mode, label in MODES.items():
        # each mode in a fresh interpreter: peak memory (max RSS) is then that mode's own
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--articles", str(args.articles),
                              "--language", args.language], check=True, capture_output=True, text=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        if not rates:
            print(f"{args.articles} {args.language} articles, {figures['characters']:,} characters")
        rates[mode] = figures["tokens"] / figures["seconds"]
        print(f"{label:<34} {figures['tokens']:>9,} tokens {figures['seconds']:>7.2f} s "
              f"{rates[mode]:>8,.0f} tokens/s  peak RSS {figures['peak_mib']:>6.0f} MiB")
    print(f"builtin / bare speed ratio:    {rates['builtin'] / rates['bare']:.2f} (goal: at least 0.50)")
    print(f"with cache writes / bare:      {rates['builtin+cache'] / rates['bare']:.2f}")


if __name__ == "__main__":
    main()
