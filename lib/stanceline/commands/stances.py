"""``stances`` and ``evaluate stances``: who stands where on which issue, and how well that is found."""
from __future__ import annotations

import sys

from ._common import add_corpus_arguments, add_output_arguments, load_and_annotate, write_frame

STANCE_OUTPUT = ["article_id", "outlet", "published", "actor", "side", "issue", "polarity", "condition", "evidence",
                 "start_char", "end_char", "source", "speaker"]

MATCHING_RULE = """matching rule: an extracted stance matches a gold stance when they are in the same
article, cite the same evidence sentence (the gold evidence found in the body overlaps the extracted
[start_char, end_char), or the texts are equal), and have the same issue and polarity; strict also
needs the same canonical actor, lenient only the same side. One-to-one, greedy."""


def register(sub, evaluate) -> None:
    p = sub.add_parser("stances", help="stances: actor x issue x polarity, with evidence sentence and offsets")
    add_corpus_arguments(p)
    add_output_arguments(p)
    p.add_argument("--matrix", choices=("side", "actor", "outlet"),
                   help="print the stance matrix (counts per issue, one example) instead of the rows")
    p.add_argument("--holder-as-actor", action="store_true",
                   help="when a person reports their own side's position («Пєсков: Москва проти»), make the state "
                        "the actor and the person the speaker (default: the person is the actor, as in the gold)")
    p.add_argument("--rules-only", action="store_true",
                   help="the rules alone, without the learned pass over the issues they leave unread and its veto")
    p.set_defaults(func=_stances)

    e = evaluate.add_parser("stances", help="precision/recall/F1 of stances against gold, strict and lenient",
                            description=MATCHING_RULE)
    e.add_argument("--gold", required=True, metavar="DIR", help="gold folder or file(s) (*.gold.yaml)")
    add_corpus_arguments(e)
    e.add_argument("--errors", action="store_true", help="also list the misses and false finds (lenient)")
    e.add_argument("--rules-only", action="store_true", help="score the rules alone, without the learned pass and its veto")
    e.set_defaults(func=_evaluate)


def _stances(args) -> int:
    from ..compare import build_stance_matrix
    from ..stances import extract_stances

    corpus, annotations = load_and_annotate(args)
    frame = extract_stances(corpus, annotations, own_side_speaker=not args.holder_as_actor, learned=not args.rules_only)
    if args.matrix:
        write_frame(build_stance_matrix(frame, by=args.matrix), args.format, args.output)
    else:
        write_frame(frame[STANCE_OUTPUT], args.format, args.output)
    print(f"{len(frame)} stances in {len(corpus)} articles", file=sys.stderr)
    return 0


def _evaluate(args) -> int:
    from ..evaluate_stances import evaluate_stances
    from ..gold import load_gold
    from ..stances import extract_stances

    gold = load_gold(args.gold)
    corpus, annotations = load_and_annotate(args)
    ids = {a.id for a in corpus}
    missing = [g.id for g in gold if g.id not in ids]
    for gid in missing:
        print(f"warning: gold article {gid} is not among the articles given", file=sys.stderr)
    scores = evaluate_stances(extract_stances(corpus, annotations, learned=not args.rules_only), gold, corpus)
    what = "rules only" if args.rules_only else "rules and learned pass"
    print(f"stances: {scores.articles} gold articles ({annotations.annotator} annotator, {what})")
    print(scores.overall.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print()
    print("per issue:")
    print(scores.per_issue.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    if args.errors:
        m = scores.matches
        m = m[(m["mode"] == "lenient") & (m["status"] != "tp")]
        print()
        print(m[["status", "article_id", "actor", "issue", "polarity", "evidence"]].to_string(index=False, max_colwidth=80))
    return 0
