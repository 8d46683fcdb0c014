"""CoNLL-U, the on-disk format of annotations: written and read without losing entities or offsets.

Why not stanza's own writer alone: written without a parse, it invents a chain of heads (each word
headed by the previous one), which a reader cannot tell from a real parse. Here a missing parse is
written as ``_`` in HEAD and DEPREL and read back as ``None``. Character offsets and BIOES entity
tags go in the MISC column (``start_char=…|end_char=…|ner=…``, as stanza writes them), and the
document text is stored in a ``# doc_text`` comment (JSON-escaped) so offsets stay valid for the
exact article body, paragraph breaks included.
"""
from __future__ import annotations

import json

from stanza.models.common.doc import Document

__all__ = ["document_to_conllu", "conllu_to_document", "ConlluError"]


class ConlluError(ValueError):
    """A CoNLL-U text that this module cannot read back (names the line)."""


def _field(value) -> str:
    if value is None or value == "":
        return "_"
    return str(value).replace("\t", " ").replace("\n", " ")


def document_to_conllu(doc: Document, *, doc_id: str | None = None, meta: dict | None = None) -> str:
    """Serialise ``doc`` (tokens, lemmas, UPOS, XPOS, feats, optional heads, NER, offsets)."""
    lines = []
    if doc_id is not None:
        lines.append(f"# newdoc id = {doc_id}")
    for key, value in (meta or {}).items():
        lines.append(f"# {key} = {_field(value)}")
    lines.append("# doc_text = " + json.dumps(doc.text or "", ensure_ascii=False))
    for number, sentence in enumerate(doc.sentences, start=1):
        lines.append(f"# sent_id = {number}")
        lines.append(f"# text = {_field(sentence.text)}")
        for token in sentence.tokens:
            misc = [f"start_char={token.start_char}", f"end_char={token.end_char}", f"ner={token.ner or 'O'}"]
            if len(token.words) > 1:
                first, last = token.words[0].id, token.words[-1].id
                lines.append(f"{first}-{last}\t{_field(token.text)}\t_\t_\t_\t_\t_\t_\t_\t" + "|".join(misc))
                misc = None
            for word in token.words:
                head = "_" if word.head is None else str(word.head)
                deprel = _field(word.deprel) if word.head is not None else "_"
                lines.append("\t".join([
                    str(word.id), _field(word.text), _field(word.lemma), _field(word.upos), _field(word.xpos),
                    _field(word.feats), head, deprel, "_", "|".join(misc) if misc else "_",
                ]))
        lines.append("")
    return "\n".join(lines) + "\n"


def conllu_to_document(text: str) -> Document:
    """Read what :func:`document_to_conllu` wrote (one document) back into a :class:`Document`."""
    doc_text = None
    sentences: list[list[dict]] = []
    current: list[dict] = []
    pending_mwt: dict | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("# doc_text = "):
            try:
                doc_text = json.loads(line[len("# doc_text = "):])
            except json.JSONDecodeError as exc:
                raise ConlluError(f"line {number}: doc_text is not valid JSON: {exc.msg}") from None
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ConlluError(f"line {number}: expected 10 tab-separated columns, found {len(cols)}")
        misc = _parse_misc(cols[9])
        if "-" in cols[0]:
            start, end = (int(x) for x in cols[0].split("-"))
            pending_mwt = {"id": (start, end), "text": cols[1], **misc}
            current.append({"id": (start, end), "text": cols[1], **_token_misc(misc)})
            continue
        if "." in cols[0]:
            continue  # empty nodes carry no surface text
        entry = {
            "id": int(cols[0]), "text": cols[1], "lemma": _value(cols[2]), "upos": _value(cols[3]),
            "xpos": _value(cols[4]), "feats": _value(cols[5]),
        }
        if cols[6] != "_":
            entry["head"] = int(cols[6])
            entry["deprel"] = _value(cols[7])
        if pending_mwt is not None and entry["id"] <= pending_mwt["id"][1]:
            if entry["id"] == pending_mwt["id"][1]:
                pending_mwt = None
        else:
            entry.update(_token_misc(misc))
        current.append(entry)
    if current:
        sentences.append(current)
    if doc_text is None:
        raise ConlluError("no '# doc_text' comment: this file was not written by stanceline")
    return Document(sentences, text=doc_text)


def _value(col: str):
    return None if col == "_" else col


def _parse_misc(col: str) -> dict:
    out = {}
    if col == "_":
        return out
    for item in col.split("|"):
        key, _, value = item.partition("=")
        out[key] = value
    return out


def _token_misc(misc: dict) -> dict:
    out = {}
    if "start_char" in misc:
        out["start_char"] = int(misc["start_char"])
        out["end_char"] = int(misc["end_char"])
    if "ner" in misc:
        out["ner"] = misc["ner"]
    return out
