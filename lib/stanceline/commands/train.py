"""``train stances``: rebuild the classifier that reads what the stance rules leave unread."""
from __future__ import annotations

import sys

from ._common import add_corpus_arguments, load_and_annotate


def register(sub, evaluate) -> None:
    train = sub.add_parser("train", help="train a learned component from gold annotations")
    train_sub = train.add_subparsers(dest="what", required=True, metavar="WHAT")
    p = train_sub.add_parser(
        "stances", help="train the stance classifier on gold stances and print its cross-validated scores",
        description="Trains stanceline.stances_learned on the gold files (use the dev split only, so that "
                    "the test split stays unseen), prints six-fold cross-validation of the classifier alone and of the rules with it, "
                    "and writes the model (default: the package's knowledge/stance_model.json).")
    p.add_argument("--gold", required=True, metavar="DIR", help="gold folder or file(s) (*.gold.yaml) to learn from")
    p.add_argument("--model", metavar="FILE", help="where to write the model (default: the shipped one)")
    p.add_argument("--no-cv", action="store_true", help="skip the cross-validation report")
    add_corpus_arguments(p)
    p.set_defaults(func=_train)


def _train(args) -> int:
    from ..gold import load_gold
    from ..stances_learned import (DEFAULTS, MODEL_PATH, build_stance_training_set, cross_validate_stance_model,
                                   fit_stance_model, save_stance_model)

    gold = load_gold(args.gold)
    corpus, annotations = load_and_annotate(args)
    data = build_stance_training_set(corpus, annotations, gold)  # once, for the report and the fit
    if not args.no_cv:
        fmt = lambda x: f"{x:.3f}"  # noqa: E731
        cv = cross_validate_stance_model(corpus, annotations, gold, data=data)
        print("classifier alone, six-fold cross-validation over the gold articles:")
        print(cv.to_string(index=False, float_format=fmt))
        cv = cross_validate_stance_model(corpus, annotations, gold, data=data, pipeline=True,
                                         thresholds=(0.3, 0.4, 0.5, 0.6, 0.7))
        print("rules and classifier together (what `stances` outputs), the same folds; the threshold is "
              "chosen here:")
        print(cv.to_string(index=False, float_format=fmt))
        cv = cross_validate_stance_model(corpus, annotations, gold, data=data, pipeline=True,
                                         thresholds=(DEFAULTS["threshold"],), vetoes=(0.0, 0.005, 0.01, 0.02, 0.05))
        print("the same at the threshold, by veto (rule rows whose polarity the model gives less are dropped); "
              "the veto is chosen here:")
        print(cv.to_string(index=False, float_format=fmt))
    model = fit_stance_model(corpus, annotations, gold, gold_label=str(args.gold), data=data)
    path = save_stance_model(model, args.model or MODEL_PATH)
    labels = ", ".join(f"{k} {v}" for k, v in model.meta["labels"].items())
    print(f"trained on {model.meta['articles']} articles, {model.meta['candidates']} candidates ({labels}); "
          f"{len(model.vocab)} features; threshold {model.threshold}, veto {model.veto}", file=sys.stderr)
    print(f"wrote {path}", file=sys.stderr)
    return 0
