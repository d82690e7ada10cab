"""Whether a model's words about a text stay within that text.

A model's summary, key point, question or answer is checked before a client sees it:
every name, number and date it states must be in the text (names compared without
accents or case, numbers as values, so "twelve" matches "12" and "EUR 14.50" matches
"14.5"). Failing that, the operation falls back to the extractive method and says why.

What this does not catch, and the README says so: a fact moved within the text (the
chef trained in Lyon becoming a restaurant "in the heart of Lyon") and new claims made
of ordinary words ("family-run"). Sentence support (``textops.extractive.support``)
narrows the second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recommendations.embeddings import common_words
from recommendations.pairing.text import fold_text
from textops.sentences import word_set

_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS |= {"hundred": 100, "thousand": 1000, "dozen": 12}
# "one" is a pronoun as often as a number ("the best one"); it counts only when the text's digits do.
_PRONOUN_NUMBERS = frozenset({"one"})

# Month and weekday names (English, French, Spanish, Italian, German), without accents.
# "may" and "march" are verbs too: they count as dates only when capitalised (see grounding_of).
_MONTHS_AND_DAYS = frozenset(
    fold_text(word)
    for word in word_set(
        "january february march april may june july august september october november december monday tuesday "
        "wednesday thursday friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre "
        "octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero marzo "
        "abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves "
        "viernes sabado domingo gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
        "lunedi martedi mercoledi giovedi venerdi sabato domenica januar februar marz juni juli oktober "
        "dezember montag dienstag mittwoch donnerstag freitag samstag sonntag"
    )
)

# Words that start sentences without naming anything: a capital there is grammar, not a name.
_FUNCTION_WORDS = word_set(
    "a an the this that these those it its it's they their there here he she his her we our you your i in "
    "on at by for from with without of to into onto over under after before during since until and or but "
    "so yet also as if when while where which who whom whose what why how is are was were be been being "
    "has have had do does did can could will would shall should may might must not no yes all any both "
    "each every few many more most much other some such only own same than too very overall however "
    "additionally moreover furthermore meanwhile finally first second third then thus guests diners "
    "visitors customers readers staff le la les un une des du de et ou mais dans sur avec pour par en au "
    "aux ce cette ces il elle ils elles el los las uno una y o pero en con para por su sus este esta "
    "estos estas il lo gli uno una e o ma con per su questo questa der die das ein eine und oder aber mit "
    "fur auf im am"
)

_PARTS = re.compile(r"[-'’]")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(¿¡]\s*|^\s*[-*•]\s*)$")


def _number_value(raw: str) -> str:
    """A number as a comparable value: "1,500" -> "1500", "14.50" -> "14.5", "12,5" -> "12.5"."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
        raw = raw.replace(",", "")
    raw = raw.replace(",", ".")
    if raw.count(".") > 1:  # a date or a phone number: compare as written
        return raw
    if "." in raw:
        raw = raw.rstrip("0").rstrip(".")
    return raw.lstrip("0") or "0"


def numbers_in(text: str) -> set[str]:
    """The numbers a text states, as values, from digits and from number words."""
    found = {_number_value(match.group()) for match in _NUMBER.finditer(text)}
    for token in _TOKEN.findall(fold_text(text)):
        for part in token.split("-"):
            if part in _NUMBER_WORDS and part not in _PRONOUN_NUMBERS:
                found.add(str(_NUMBER_WORDS[part]))
    return found


def _names(text: str) -> list[str]:
    """Capitalised words that name something: not a sentence's first word unless clearly a name."""
    names: list[str] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        folded = fold_text(word)
        if folded in _FUNCTION_WORDS:
            continue
        # A capital at a sentence's start is grammar when the word is an ordinary one
        # (in the embedding model's English vocabulary): "Located", "Diners", "Expect".
        if _SENTENCE_START.search(text[: match.start()]) and folded in common_words():
            continue
        names.append(word)
    return names


@dataclass(frozen=True)
class Grounding:
    """The output's names, numbers and dates that the text does not contain (empty: grounded)."""

    missing: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.missing

    def reason(self) -> str:
        shown = ", ".join(repr(item) for item in self.missing[:4])
        more = f" and {len(self.missing) - 4} more" if len(self.missing) > 4 else ""
        return f"not in the text: {shown}{more}"


def grounding_of(output: str, source: str) -> Grounding:
    """Checks every name, number and date of ``output`` against ``source``."""
    source_words = {fold_text(token) for token in _TOKEN.findall(source)}
    source_words |= {part for word in list(source_words) for part in _PARTS.split(word) if part}
    source_numbers = numbers_in(source)
    missing: list[str] = []

    for name in _names(output):
        # "Toronto's", "Sant'Ambrogio", "Delaunay-Brisset": each part of length > 1 must be the text's.
        parts = [part for part in _PARTS.split(fold_text(name)) if len(part) > 1]
        if not all(part in source_words or _stem_in(part, source_words) for part in parts):
            missing.append(name)
    for number in sorted(numbers_in(output) - source_numbers):
        missing.append(number)
    for token in _TOKEN.findall(output):
        folded = fold_text(token)
        if folded in _MONTHS_AND_DAYS and token[0].isupper() and folded not in source_words:
            missing.append(token)
    return Grounding(tuple(dict.fromkeys(missing)))


def _stem_in(word: str, vocabulary: set[str]) -> bool:
    """ "Loire's" or "Burgundian" are still the text's words when their stem is there."""
    for suffix in ("'s", "s", "es", "ian", "an", "ese", "ish"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] in vocabulary:
            return True
    return any(known.startswith(word) and len(word) >= 5 for known in vocabulary)
