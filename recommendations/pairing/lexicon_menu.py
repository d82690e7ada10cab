"""Everyday menu words beyond the core lexicon: more ingredients, cuts, methods and sauces.

Written from the words real menus use around their dishes ("broiled", "charred",
"sablefish", "gochujang"), each with what it brings to the glass on the scales of
``recommendations.pairing.lexicon``. ``tests/test_lexicon.py`` checks that no spelling
here shadows another term's.
"""

from __future__ import annotations

from typing import Final

from recommendations.pairing.terms import FoodTerm

# fmt: off
MENU_TERMS: Final[tuple[FoodTerm, ...]] = (
)
# fmt: on
