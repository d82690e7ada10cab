"""The evaluation's vocabulary: acceptable wine styles (eval_data/pairings.json) and the halves."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, Literal

from recommendations.pairing.grapes import canonical_grape
from recommendations.pairing.text import fold_text
from recommendations.pairing.wines import WineProfile

_BOUND_KEYS: Final = {
    f"{bound}_{attribute}": (attribute, 1 if bound == "min" else -1)
    for attribute in ("body", "acidity", "tannin", "sweetness", "oak")
    for bound in ("min", "max")
}
STYLE_CRITERIA_KEYS: Final = frozenset({"colour", "grapes_any", "note", *_BOUND_KEYS})


def _as_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(item) for item in value]


@dataclass(frozen=True)
class Style:
    """One acceptable-style object, read once: colours folded, grapes by canonical name."""

    colours: frozenset[str] | None
    grapes: frozenset[str] | None
    bounds: tuple[tuple[str, int, int], ...]  # (profile attribute, bound, +1 for a minimum, -1 for a maximum)

    def matches(self, *, colour: str, grapes: frozenset[str], profile: WineProfile) -> bool:
        """``colour`` folded and ``grapes`` canonical (``canonical_grapes``), as the style's are."""
        if self.colours is not None and colour not in self.colours:
            return False
        if self.grapes is not None and not self.grapes & grapes:
            return False
        return all(
            (getattr(profile, attribute) - bound) * direction >= 0 for attribute, bound, direction in self.bounds
        )


def read_style(criteria: Mapping[str, Any]) -> Style:
    """Every key of the object must hold: "colour" (one or a list), "grapes_any" (any of the
    wine's grapes, compared by canonical name, so "Shiraz" is Syrah), and "min_"/"max_" bounds
    on body, acidity, tannin, sweetness and oak. "note" is documentation. An unknown key raises,
    so a typo in the data cannot silently make a criterion match everything."""
    unknown = set(criteria) - STYLE_CRITERIA_KEYS
    if unknown:
        raise ValueError(f"Unknown style criteria: {', '.join(sorted(unknown))}")
    return Style(
        colours=frozenset(fold_text(item).strip() for item in _as_list(criteria["colour"]))
        if "colour" in criteria
        else None,
        grapes=frozenset(canonical_grape(grape) for grape in _as_list(criteria["grapes_any"]))
        if "grapes_any" in criteria
        else None,
        bounds=tuple(
            (attribute, int(criteria[key]), direction)
            for key, (attribute, direction) in _BOUND_KEYS.items()
            if key in criteria
        ),
    )


@lru_cache(maxsize=4096)
def canonical_grapes(grapes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(canonical_grape(grape) for grape in grapes)


def style_matches(criteria: Mapping[str, Any], *, colour: str, grapes: Sequence[str], profile: WineProfile) -> bool:
    """Whether a wine fits one acceptable-style object of the pairing evaluation set (``read_style``)."""
    return read_style(criteria).matches(
        colour=fold_text(colour).strip(), grapes=canonical_grapes(tuple(grapes)), profile=profile
    )


Half = Literal["tune", "test"]


def half_of(text: str) -> Half:
    """The half an evaluation item belongs to, for good: a hash of its folded text, never a random draw.

    Only the tuning half may guide rule changes (and the pairing model's fit); the test half
    is what the README quotes.
    """
    digest = hashlib.blake2b(_split_key(text).encode(), digest_size=8).digest()
    return "tune" if digest[0] % 2 == 0 else "test"


# The halves were drawn with this folding. fold_text has since learned letters NFKD leaves whole
# ("ł", "ø"); an item must never change halves because the pairing knowledge reads better.
_SPLIT_FOLDING: Final = str.maketrans(
    {"’": "'", "‘": "'", "–": "-", "—": "-", "·": "", "œ": "oe", "æ": "ae", "ß": "ss"}
)


def _split_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_SPLIT_FOLDING))
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).casefold().split())
