"""Sentences and clauses of a client's text, each with its character offsets in that text.

Every extractive result is made of these spans, so ``text[start:end]`` is always exactly
what we show: evidence a client can highlight, and words we cannot have invented.

The splitter is rules, not a model: a sentence ends at ``.``, ``!``, ``?`` or ``…`` followed
by a space and something that can start a sentence, or at a line break (menus and
policies are written as lines). Abbreviations ("St.", "e.g.", "approx."), initials and
decimals do not end one. The rules hold for the Latin-script languages we see on menus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textops.words import word_set

# Lower-cased abbreviations that end with a dot but rarely end a sentence.
ABBREVIATIONS = word_set(
    "st mt dr mr mrs ms prof jr sr no nos vs approx appr ca cf eg ie incl excl min max dept co ltd inc "
    "fig vol pp p av ave rd blvd sq ste mme mlle m sra sr sres dña dª nº nr bzw usw ggf ecc"
)
_ENDERS = ".!?…"
# A sentence may start with a capital, a digit, a quote, a bracket or Spanish's inverted marks.
_STARTERS = re.compile(r"[\"'“‘«(\[¿¡*\d]|[^\W\d_]")
# List markers at the start of a line: "-", "*", "•", "1.", "2)".
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+")
# Where a long sentence may be cut into clauses that stand alone.
_CLAUSE_BREAK = re.compile(r"\s*(?:;|:(?=\s)|\s[–—]\s|\s-\s)\s*")
MIN_CLAUSE_WORDS = 4
# A line ending with one of these words goes on on the next line, whatever its first letter.
_CARRY_ON = word_set("the a an of from and or with to in on at for by de du des la le et y del e di")


@dataclass(frozen=True)
class Span:
    """A piece of the text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "text": self.text}


def _trimmed(source: str, start: int, end: int) -> Span | None:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    marker = _LIST_MARKER.match(source, start, end)
    if marker and marker.end() < end:
        start = marker.end()
    if not any(character.isalnum() for character in source[start:end]):
        return None
    return Span(start, end, source[start:end])


def _ends_sentence(source: str, dot: int) -> bool:
    """Whether the ender at ``dot`` closes a sentence (the caller checked what follows)."""
    if source[dot] != ".":
        return True
    word = re.search(r"([^\W\d_]+)\.?$", source[max(0, dot - 12) : dot])
    if word is None:
        return True
    token = word.group(1)
    if token.lower() == "m" and source[max(0, dot - 3) : dot - 1].lower() in ("a.", "p."):
        return True  # "until 5.30 p.m. Our dress code...": a time ends a sentence before a capital
    if token.lower() in ABBREVIATIONS:
        return False
    if source[dot - len(token) - 1 : dot - len(token)] in tuple("°0123456789"):
        return True  # "fermented at 16°C. The wine then...": a unit, not an initial
    # "J. Smith", "e.g." and "a.m.": a single letter before the dot.
    return len(token) > 1


def split_sentences(source: str) -> list[Span]:
    """The sentences of ``source`` in order, trimmed, with their offsets."""
    spans: list[Span] = []
    start = 0
    index = 0
    length = len(source)
    while index < length:
        character = source[index]
        cut: int | None = None
        if character == "\n":
            # A line break ends a line of a menu or a list; a hard-wrapped paragraph goes on
            # in lower case after it, and is joined.
            before = source[start:index].rstrip()
            after = source[index + 1 :].lstrip(" \t")
            wrapped = (
                bool(before)
                and before[-1] not in _ENDERS + ":"
                and (after[:1].islower() or before.rsplit(None, 1)[-1].lower() in _CARRY_ON)
            )
            if not wrapped:
                cut = index
        elif character in _ENDERS:
            end = index + 1
            while end < length and (source[end] in _ENDERS or source[end] in "\"'”’»)]"):
                end += 1
            following = end
            while following < length and source[following] in " \t":
                following += 1
            at_break = following >= length or source[following] in "\r\n"
            if following > end or at_break:
                starts_next = at_break or bool(_STARTERS.match(source, following))
                lower_next = following < length and source[following].islower() and source[index] == "."
                if starts_next and not lower_next and _ends_sentence(source, index):
                    cut = end
            if cut is None:
                index = end
                continue
        if cut is not None:
            span = _trimmed(source, start, cut)
            if span is not None:
                spans.append(span)
            start = cut
        index += 1
    tail = _trimmed(source, start, length)
    if tail is not None:
        spans.append(tail)
    return spans


def split_clauses(source: str, sentence: Span) -> list[Span]:
    """A long sentence's parts that stand alone (cut at ";", ": ", dashes), else the sentence."""
    pieces: list[Span] = []
    start = sentence.start
    for found in _CLAUSE_BREAK.finditer(sentence.text):
        piece = _trimmed(source, start, sentence.start + found.start())
        if piece is not None:
            pieces.append(piece)
        start = sentence.start + found.end()
    last = _trimmed(source, start, sentence.end)
    if last is not None:
        pieces.append(last)
    if len(pieces) < 2 or any(len(piece.text.split()) < MIN_CLAUSE_WORDS for piece in pieces):
        return [sentence]
    return pieces


def words_in(text: str) -> int:
    return len(text.split())
