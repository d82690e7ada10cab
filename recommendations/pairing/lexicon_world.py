"""Named dishes of the world's kitchens, each written as its parts.

A dish here is understood the way its menu description would be: "pastitsio" is pasta,
minced beef, a cream sauce and cheese, baked. Only dishes whose parts the lexicon knows
are listed; ``tests/test_lexicon.py`` checks that every part resolves and that no
spelling shadows another term's.
"""

from __future__ import annotations

from typing import Final

from recommendations.pairing.terms import FoodTerm

# fmt: off
WORLD_DISHES: Final[tuple[FoodTerm, ...]] = (
)
# fmt: on
