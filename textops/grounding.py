"""Whether a model's words about a text stay within that text.

A model's summary, key point, question or answer is checked before a client sees it:
every name, number and date it states must be in the text (names compared without
accents or case, numbers as values, so "twelve" matches "12" and "EUR 14.50" matches
"14.5"). Failing that, the operation falls back to the extractive method and says why.

What this does not catch, and the README says so: a fact moved within the text (the
chef trained in Lyon becoming a restaurant "in the heart of Lyon") and new claims made
of ordinary words ("family-run"). Sentence support (``textops.answers.support``)
narrows the second.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from recommendations.pairing.text import fold_text, stem, words_of
from recommendations.retrieval.embeddings import common_words
from textops.sentences import split_sentences
from textops.words import word_set

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
# Counts up to this, written as words in a model's output, are not held to the text.
SMALL_COUNT = 10
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
    "don doesn didn isn aren wasn weren won couldn shouldn wouldn hasn haven hadn "
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


def numbers_in(text: str, *, counts: bool = True) -> set[str]:
    """The numbers a text states, as values, from digits and from number words.

    ``counts=False`` leaves out the small numbers written as words ("three banquet menus"):
    a writer counts what the text lists without the text saying the count.
    """
    found = {_number_value(match.group()) for match in _NUMBER.finditer(text)}
    for token in _TOKEN.findall(fold_text(text)):
        for part in token.split("-"):
            wanted = part in _NUMBER_WORDS and part not in _PRONOUN_NUMBERS
            if wanted and (counts or _NUMBER_WORDS[part] > SMALL_COUNT):
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
        # "They're", "It's", "Don't": a function word with its contraction.
        if folded in _FUNCTION_WORDS or _PARTS.split(folded)[0] in _FUNCTION_WORDS:
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
    source_words, source_numbers = _facts_of(source)
    missing: list[str] = []

    for name in _names(output):
        # "Toronto's", "Sant'Ambrogio", "Delaunay-Brisset": each part of length > 1 must be the text's.
        # Parts with digits ("Under-12s") are numbers, checked as numbers below.
        parts = [part for part in _PARTS.split(fold_text(name)) if len(part) > 1 and not any(c.isdigit() for c in part)]
        if not all(part in source_words or _stem_in(part, source_words) for part in parts):
            missing.append(name)
    for number in sorted(numbers_in(output, counts=False) - source_numbers):
        missing.append(number)
    for token in _TOKEN.findall(output):
        folded = fold_text(token)
        if folded in _MONTHS_AND_DAYS and token[0].isupper() and folded not in source_words:
            missing.append(token)
    return Grounding(tuple(dict.fromkeys(missing)))


# Units say nothing of what a number is about: "EUR 12.50" is the tart's price or the burrata's.
_UNIT_WORDS = word_set(
    "eur euro euros usd gbp chf dollar dollars pound pounds per cent percent am pm hour hours minute minutes "
    "day days week weeks month months year years"
)


def _context_stems(words: list[str]) -> set[str]:
    return {
        stem(word)[:5]
        for word in words
        if word not in _FUNCTION_WORDS and word not in _UNIT_WORDS and not word[0].isdigit() and len(word) > 2
    }


def _looks_like_heading(text: str) -> bool:
    """ "Starters", "Desserts (v)": short, no full stop, no price."""
    return len(text.split()) <= 6 and text[-1] not in ".!?…" and not any(c.isdigit() for c in text)


_RANGE_AFTER = re.compile(r"\s*(?:[a-z.]*\s*)?(?:to|-|–|—|and)\s*(?:[a-z]{1,3}\s*)?[$€£]?\d", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[a-z.]*\s*)?(?:to|-|–|—|and)\s*(?:[a-z]{1,3}\s*)?[$€£]?$", re.IGNORECASE)


# A text is checked claim by claim (each sentence of a summary, each key point): what the
# checks read from the text is read once per text, not once per claim.
@functools.lru_cache(maxsize=64)
def _facts_of(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """The text's words (folded, and their hyphen and apostrophe parts) and its numbers."""
    words = {fold_text(token) for token in _TOKEN.findall(source)}
    words |= {part for word in list(words) for part in _PARTS.split(word) if part}
    return frozenset(words), frozenset(numbers_in(source))


@functools.lru_cache(maxsize=64)
def _number_units(source: str) -> tuple[tuple[set[str], set[str]], ...]:
    """Each sentence's numbers and context stems (with its heading's, for a menu line)."""
    spans = split_sentences(source)
    units = []
    for index, span in enumerate(spans):
        heading = spans[index - 1].text if index and _looks_like_heading(spans[index - 1].text) else ""
        units.append((numbers_in(span.text), _context_stems(words_of(f"{span.text} {heading}"))))
    return tuple(units)


def misplaced_numbers(output: str, source: str) -> list[str]:
    """Numbers of ``output`` that the text states only about something else.

    "a 10% service charge" when the text's 10 is "10 p.m." and its service charge 12.5%: each
    number must be in a sentence of the text (or the line before it: a menu's heading) that
    shares a word with the number's neighbours (three words either side) in ``output``. A
    number with no such words is left alone.
    """
    units = _number_units(source)
    misplaced: list[str] = []
    for match in _NUMBER.finditer(output):
        if _RANGE_AFTER.match(output, match.end()) or _RANGE_BEFORE.search(output[: match.start()]):
            continue  # "from £9 to £12.50": a range over several of the text's lines, not one fact
        value = _number_value(match.group())
        before = words_of(output[max(0, match.start() - 60) : match.start()])[-3:]
        after = words_of(output[match.end() : match.end() + 60])[:3]
        context = _context_stems(before + after)
        if context and not any(value in numbers and context & stems for numbers, stems in units):
            misplaced.append(match.group())
    return list(dict.fromkeys(misplaced))


def _stem_in(word: str, vocabulary: frozenset[str]) -> bool:
    """ "Loire's" or "Burgundian" are still the text's words when their stem is there."""
    for suffix in ("'s", "s", "es", "ian", "an", "ese", "ish"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] in vocabulary:
            return True
    return any(known.startswith(word) and len(word) >= 5 for known in vocabulary)
