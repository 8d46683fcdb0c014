"""``annotate``, ``entities`` and ``models``: turning articles into annotations and entity tables."""
from __future__ import annotations

import sys
from pathlib import Path

from ._common import add_corpus_arguments, add_output_arguments, load_and_annotate, write_frame


def register(sub, evaluate) -> None:
    p = sub.add_parser("annotate", help="annotate articles (fills the CoNLL-U cache; optionally writes CoNLL-U files)")
    add_corpus_arguments(p)
    p.add_argument("--conllu-dir", metavar="DIR", help="also write one <article_id>.conllu per article here")
    p.set_defaults(func=_annotate)

    p = sub.add_parser("entities", help="named entities with offsets and canonical actors")
    add_corpus_arguments(p)
    add_output_arguments(p)
    p.set_defaults(func=_entities)

    p = sub.add_parser("models", help="manage stanza models (download needs internet access)")
    models = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    d = models.add_parser("download", help="download the official stanza models for a language")
    d.add_argument("language", choices=("uk", "en", "ru"))
    d.add_argument("--dir", help="model folder (default $STANZA_RESOURCES_DIR or ~/stanza_resources)")
    d.set_defaults(func=_download)


def _annotate(args) -> int:
    from ..annotate import document_to_conllu

    corpus, annotations = load_and_annotate(args)
    if args.conllu_dir:
        out = Path(args.conllu_dir)
        out.mkdir(parents=True, exist_ok=True)
        for article_id, doc in annotations:
            (out / f"{article_id}.conllu").write_text(document_to_conllu(doc, doc_id=article_id), encoding="utf-8")
    tokens = sum(doc.num_tokens for _, doc in annotations)
    print(f"{len(annotations)} articles, {tokens} tokens: {annotations.annotated} annotated, "
          f"{annotations.from_cache} from cache ({annotations.annotator} {annotations.version})", file=sys.stderr)
    return 1 if annotations.failures else 0


def _entities(args) -> int:
    from ..entities import extract_entities

    corpus, annotations = load_and_annotate(args)
    frame = extract_entities(corpus, annotations)
    write_frame(frame[["article_id", "text", "label", "start_char", "end_char", "actor", "side"]], args.format, args.output)
    return 0


def _download(args) -> int:
    import stanza

    from ..annotate.neural import default_stanza_dir

    target = args.dir or default_stanza_dir()
    print(f"downloading stanza models for {args.language!r} into {target} ...", file=sys.stderr)
    try:
        stanza.download(args.language, model_dir=target)
    except Exception as exc:  # network errors come in many types
        raise RuntimeError(f"download failed ({type(exc).__name__}: {exc}); this needs internet access to "
                           f"stanza's model hub. Copy a downloaded folder and set STANZA_RESOURCES_DIR instead.") from exc
    print(f"done. Use --annotator stanza (models in {target}).", file=sys.stderr)
    return 0
