"""Text helpers every part of the pairing knowledge shares: folding, crude stemming, phrase tables."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

V = TypeVar("V")

# Letters NFKD does not split into a base and an accent ("Gołąbki", "smørrebrød", "Đà Lạt").
_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "–": "-", "—": "-", "·": "", "œ": "oe", "æ": "ae", "ß": "ss"}
    | {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_WORD = re.compile(r"[a-z0-9]+")
# Plural stripping would damage these endings ("bass" -> "bas", "foie gras" -> "foie gra").
_KEEP_FINAL_S = ("ss", "us", "is", "as", "ys")


@lru_cache(maxsize=32_768)
def fold_text(text: str) -> str:
    """Lower-case text without accents, so "Rosé", "ROSE" and "rosé" read alike everywhere.

    Kept for the texts met again and again (a list's names and notes, read for every question)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_TYPOGRAPHY))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def stem(word: str) -> str:
    """A crude singular, enough for menus: "oysters" and "oyster" must be the same word."""
    if len(word) <= 3 or word.endswith(_KEEP_FINAL_S):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("oes", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def words_of(text: str) -> list[str]:
    """Folded words, dropping the single letters elisions leave behind ("d'agneau", "goat's")."""
    return [word for word in _WORD.findall(fold_text(text)) if len(word) > 1 or word.isdigit()]


def stems_of(text: str) -> list[str]:
    return [stem(word) for word in words_of(text)]


def word_list(text: str) -> tuple[str, ...]:
    """A vocabulary written as "a, b, c" (how the knowledge tables stay readable)."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


def unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def one_edit_apart(left: str, right: str) -> bool:
    """One letter dropped, added, changed, or two neighbours swapped ("cheescake", "lasgna")."""
    if abs(len(left) - len(right)) > 1 or left == right:
        return False
    start = next(
        (index for index, (a, b) in enumerate(zip(left, right, strict=False)) if a != b), min(map(len, (left, right)))
    )
    if len(left) == len(right):
        swapped = left[start + 1 : start + 2] + left[start : start + 1] + left[start + 2 :]
        return left[start + 1 :] == right[start + 1 :] or swapped == right[start:]
    longer, shorter = (left, right) if len(left) > len(right) else (right, left)
    return longer[start + 1 :] == shorter[start:]


def clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, round(value))))


class PhraseTable(Generic[V]):
    """Multi-word vocabulary matched on token runs, longest phrase first.

    Menus say "rib-eye", "rib eye" and "ribeye"; diners say "fish and chips".
    Matching token runs instead of regexes keeps every table a plain mapping.
    ``tokens`` turns a phrase into the tokens it is matched on (stemmed words by default).
    """

    def __init__(self, entries: Mapping[str, V], tokens: Callable[[str], list[str]] = stems_of) -> None:
        self._entries: dict[tuple[str, ...], V] = {}
        for phrase, value in entries.items():
            key = tuple(tokens(phrase))
            if key:
                self._entries.setdefault(key, value)
        self._longest = max((len(key) for key in self._entries), default=1)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: tuple[str, ...]) -> V | None:
        return self._entries.get(key)

    def single_words(self) -> frozenset[str]:
        return frozenset(key[0] for key in self._entries if len(key) == 1)

    def find(self, tokens: Sequence[str]) -> list[tuple[int, int, V]]:
        """(start, end, value) of every match, left to right, without overlaps."""
        found: list[tuple[int, int, V]] = []
        position = 0
        while position < len(tokens):
            for length in range(min(self._longest, len(tokens) - position), 0, -1):
                value = self._entries.get(tuple(tokens[position : position + length]))
                if value is not None:
                    found.append((position, position + length, value))
                    position += length
                    break
            else:
                position += 1
        return found
