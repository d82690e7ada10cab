"""Who at the table is having which dish: "I'm having the lamb chops, she's having the halibut".

A table of two often asks for one bottle first and then for a glass "just for her". The
sentence that said who has what is kept with the conversation (as the words said for each
diner, not as menu ids: the recommender reads them as it reads any dish), and a later "for
her", "what about him?" or "my wife's main" means that diner's dish.

Pure functions over folded text (``fold_text``): no menu, no database.
"""

from __future__ import annotations

import re
from typing import Final

from recommendations.pairing.text import fold_text

# A diner as the table names them, and who that is: "she", "my wife" and "the lady" are "her".
_HER: Final = (
    r"she|she's|shes|her|hers|the lady|my (?:wife|girlfriend|gf|fiancee|mum|mom|mother|sister|daughter|"
    r"grandmother|gran|nan|aunt)"
)
_HIM: Final = (
    r"he|he's|hes|him|his|the gentleman|my (?:husband|boyfriend|bf|fiance|dad|father|brother|son|"
    r"grandfather|grandad|uncle)"
)
_ME: Final = r"i|i'm|im|i'll|ill|i'd|me|myself|mine"
_OTHER: Final = r"my (?:partner|friend|date|colleague|boss|guest|plus one|other half)"
_PERSON: Final = rf"(?:{_HER}|{_HIM}|{_ME}|{_OTHER})"

_VERB: Final = (
    r"(?:(?:'m|'s|'ll|'d|\s+am|\s+is|\s+will|\s+would|\s+wants? to)\s+)?(?:be\s+)?"
    r"(?:having|have|has|getting|get|gets|ordering|ordered|order|orders|going for|goes for|go for|"
    r"doing|eating|eats|taking|takes|chose|chosen|picked|on)\s+"
)
# What a diner has runs to the next clause: a comma, " - ", "and", "while", "but"...
_CLAUSE_END: Final = (
    rf"(?=\s*(?:$|[,.;:!?(]|\s[-–—]\s|\b(?:while|but|so|what|which|any|one|can|could)\b|\b(?:and|&)\s+{_PERSON}\b))"
)
_HAVING: Final = re.compile(
    rf"(?<![\w'])(?P<person>{_PERSON})\s*{_VERB}(?:the|a|an|some)?\s*(?P<dish>[^,.;:!?()]+?){_CLAUSE_END}"
)
# "The steak for me and the sole for her."
_FOR_WHOM: Final = re.compile(
    rf"(?:^|[,;.!?]\s*|\band\s+)(?:the\s+|a\s+|an\s+)?(?P<dish>(?:(?!\bfor\b)[^,.;:!?()])+?)\s+for\s+"
    rf"(?P<person>{_PERSON})\b"
)
# A later question about one diner: "just for her", "what about him?", "my wife's main".
_MEANT: Final = re.compile(
    rf"\bfor\s+(?P<for>{_PERSON})\b|\b(?:what|how)\s+about\s+(?P<about>{_PERSON})\b|"
    rf"(?P<whose>{_PERSON})(?:'s)?\s+(?:dish|main|plate|food|meal|order|starter)\b|^\s*and\s+(?P<and>{_PERSON})\s*\??\s*$"
)
_HER_WORDS: Final = re.compile(rf"^(?:{_HER})$")
_HIM_WORDS: Final = re.compile(rf"^(?:{_HIM})$")
_ME_WORDS: Final = re.compile(rf"^(?:{_ME})$")
_TOO_VAGUE: Final = re.compile(r"^(?:same|the same|it|that|this|one|something|anything|wine|a glass|glass|bottle)$")


def _who(person: str) -> str:
    """The one name of a diner however the table says it: "she's", "hers", "my wife" are "her"."""
    person = " ".join(person.split())
    if _HER_WORDS.match(person):
        return "her"
    if _HIM_WORDS.match(person):
        return "him"
    if _ME_WORDS.match(person):
        return "me"
    return person.removeprefix("my ")


def diners_said(text: str) -> tuple[tuple[str, str], ...]:
    """Who has which dish, as this question says it: (("me", "lamb chops"), ("her", "halibut"))."""
    folded = fold_text(text)
    found: dict[str, str] = {}
    for pattern in (_HAVING, _FOR_WHOM):
        for match in pattern.finditer(folded):
            dish = match.group("dish").strip()
            who = _who(match.group("person"))
            if dish and not _TOO_VAGUE.match(dish) and who not in found:
                found[who] = dish
    return tuple(found.items())


def diner_meant(text: str) -> str | None:
    """The one diner a follow-up asks about ("and just for her, a glass?"), if any."""
    match = _MEANT.search(fold_text(text))
    if match is None:
        return None
    return _who(next(group for group in match.groups() if group))
