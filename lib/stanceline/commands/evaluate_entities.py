"""``evaluate entities``: precision, recall and F1 of the annotator's named entities on entity gold."""
from __future__ import annotations

import sys

from ._common import add_corpus_arguments, add_output_arguments, write_frame


def register(sub, evaluate) -> None:
    p = evaluate.add_parser("entities", help="score named entities against hand-made entity gold (exact span and label)",
                            description="Exact-span scoring (CoNLL): an entity is correct when its article, offsets and "
                                        "label equal a gold mention's; 'span' rows ignore the label. Only articles "
                                        "with gold are scored.")
    p.add_argument("--gold", required=True, metavar="DIR", help="entity gold folder or files (*.entities.yaml)")
    add_corpus_arguments(p)
    add_output_arguments(p)
    p.add_argument("--errors", action="store_true", help="print the misses and false alarms instead of the scores")
    p.set_defaults(func=_evaluate_entities)


def _evaluate_entities(args) -> int:
    from ..annotate import annotate_corpus
    from ..evaluate_entities import evaluate_entities, load_entity_gold, score_table
    from ._common import load_corpus

    corpus = load_corpus(args)
    gold = load_entity_gold(args.gold, corpus=corpus)
    ids = {g.article_id for g in gold}
    subset = [a for a in corpus if a.id in ids]
    annotations = annotate_corpus(subset, args.annotator, cache_dir=args.cache_dir, use_cache=not args.no_cache,
                                  stanza_config=args.stanza_config)
    scores = evaluate_entities(gold, subset, annotations)
    print(f"{scores.articles} gold articles, {len(gold)} gold mentions, annotator {annotations.annotator}",
          file=sys.stderr)
    if args.errors:
        write_frame(scores.matches[scores.matches["status"] != "tp"], args.format, args.output)
    else:
        write_frame(score_table(scores), args.format, args.output)
    return 0
