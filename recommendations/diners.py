"""Who at the table is having which dish: "I'm having the lamb chops, she's having the halibut".

A table of two often asks for one bottle first and then for a glass "just for her". The
sentence that said who has what is kept with the conversation (as the words said for each
diner, not as menu ids: the recommender reads them as it reads any dish), and a later "for
her", "what about him?" or "pour ma femme" means that diner's dish.

Pure functions over folded text (``fold_text``): no menu, no database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from recommendations.pairing.text import fold_text

# Diners kept with a conversation, and the words kept for each dish: a table, not a banquet.
MAX_DINERS: Final = 8
MAX_DISH_CHARACTERS: Final = 80
# Past this, a message is read for diners only in its first characters (the API takes 500).
_READ_CHARACTERS: Final = 600

# A diner as the table names them, and who that is: "she", "my wife", "ma femme" are "her".
_HER_NOUNS: Final = (
    r"(?:my|our) (?:wife|girlfriend|gf|fiancee|mum|mom|mother|sister|daughter|grandmother|gran|nan|aunt)|"
    r"(?:ma|notre) (?:femme|copine|fille|mere|soeur|compagne)|"
    r"(?:mi|nuestra) (?:mujer|esposa|novia|hermana|hija|madre)|(?:mia|nostra) (?:moglie|ragazza|sorella|figlia|madre)|"
    r"(?:(?:a )?minha|(?:a )?nossa) (?:mulher|esposa|namorada|irma|filha|mae)"
)
_HIM_NOUNS: Final = (
    r"(?:my|our) (?:husband|boyfriend|bf|fiance|dad|father|brother|son|grandfather|grandad|uncle)|"
    r"(?:mon|notre) (?:mari|copain|fils|pere|frere|compagnon)|"
    r"(?:mi|nuestro) (?:marido|esposo|novio|hermano|hijo|padre)|(?:mio|nostro) (?:marito|ragazzo|fratello|figlio|padre)|"
    r"(?:(?:o )?meu|(?:o )?nosso) (?:marido|esposo|namorado|irmao|filho|pai)"
)
_OTHER_NOUNS: Final = r"my (?:partner|friend|date|colleague|boss|guest|plus one|other half)"
_NOUNS: Final = rf"(?:{_HER_NOUNS}|{_HIM_NOUNS}|{_OTHER_NOUNS})"
_HER: Final = rf"{_HER_NOUNS}|she|she's|shes|her|hers|elle|ella|lei|the lady"
_HIM: Final = rf"{_HIM_NOUNS}|he|he's|hes|him|his|lui|the gentleman"
_ME: Final = r"i|i'm|im|i'll|ill|i'd|me|myself|mine|je|moi|yo|io|mi(?!\s+[a-z])"
_PERSON: Final = rf"(?:{_HER}|{_HIM}|{_OTHER_NOUNS}|{_ME})"

_VERB: Final = (
    r"(?:(?:'m|'s|'ll|'d|\s+am|\s+is|\s+will|\s+would|\s+wants? to)\s+)?(?:be\s+)?"
    r"(?:having|have|has|getting|get|gets|ordering|ordered|order|orders|going for|goes for|go for|"
    r"doing|eating|eats|taking|takes|chose|chosen|picked|on|got|"
    r"prends|prend|vais prendre|va prendre|tomo|toma|quiero|quiere|pido|pide|prendo|prende)\s+"
)
_ARTICLE: Final = r"(?:(?:the|a|an|some|le|la|les|l'|el|los|las|il|lo|gli|i|un|une|una|uno)\s+|l')?"
# The colour of one diner's wine: "white for her n red for me", "a red for his cevapi", "for me
# something w bubbles", "du blanc pour elle". The words a diner uses, and the colour each means.
_COLOUR_WORDS: Final = {
    **dict.fromkeys(("red", "rouge", "rosso", "tinto"), "red"),
    **dict.fromkeys(("white", "blanc", "bianco", "blanco"), "white"),
    **dict.fromkeys(("rose", "pink", "rosado", "rosato"), "rose"),
    **dict.fromkeys(("sparkling", "bubbles", "bubbly", "fizz", "prosecco", "champagne", "cava"), "sparkling"),
    "orange": "orange",
}
# What a diner has runs to the next clause: a comma, " - ", "while", "but", or another diner.
# Or to "and a red for...": the next diner's wine; or to "please".
_CLAUSE_END: Final = (
    rf"(?=\s*(?:$|[,.;:!?(]|\s[-–—]\s|\b(?:while|but|so|what|which|any|one|can|could)\b|"
    rf"\b(?:and|&|et|y|e|n)\s+(?:{_PERSON}|(?:an?\s+|un\s+|una\s+|du\s+)?(?:{'|'.join(_COLOUR_WORDS)}))\b|"
    rf"\b(?:please|pls|plz|thanks|thx|por favor|per favore|s'il vous plait)\b))"
)
_DISH: Final = r"(?P<dish>[^,.;:!?()]+?)"
_FOR: Final = r"(?:for|pour|para|per)"
# Where a clause begins: "The steak for me, and the sole for her."
_CLAUSE_START: Final = r"(?:^|[,;.!?]\s*|\band\s+)"
# "I'm having the lamb", "my brother's on the rabo de toro", "je prends le gigot".
_HAVING: Final = re.compile(rf"(?<![\w'])(?P<person>{_PERSON})\s*{_VERB}{_ARTICLE}{_DISH}{_CLAUSE_END}")
# "ma femme la sole", "my husband: the rib-eye", "me: scallops": no verb, a diner then their dish.
_NAMED_THEN_DISH: Final = re.compile(
    rf"(?<![\w'])(?:(?P<named>{_NOUNS})\s+(?=(?:the|le|la|les|l'|el|los|las|il|lo|gli|i|un|una|uno)\b)|(?P<colon>{_PERSON})\s*:\s*)"
    rf"{_ARTICLE}{_DISH}{_CLAUSE_END}"
)
# "The steak for me and the sole for her."
_FOR_WHOM: Final = re.compile(
    rf"{_CLAUSE_START}{_ARTICLE}(?P<dish>(?:(?!\b{_FOR}\b)[^,.;:!?()])+?)\s+{_FOR}\s+(?P<person>{_PERSON})\b"
)
# "For her the red snapper, for me the lamb": a diner, then their dish with its article.
_FOR_THEN_DISH: Final = re.compile(
    rf"{_CLAUSE_START}{_FOR}\s+(?P<person>{_PERSON})\s*[,:]?\s+"
    rf"(?:the|le|la|les|l'|el|los|las|il|lo|gli)\s*{_DISH}{_CLAUSE_END}"
)
# "For my sea bass", "pour son magret": a dish named by whose it is.
# Not "her": "for her" is the diner herself far more often than "for her sole".
_OWNER: Final = r"(?P<owner>my|his|mon|ma|mes|mi|il mio|la mia)"
_OWNED_DISH: Final = rf"(?!{_NOUNS}\b){_OWNER}\s+{_DISH}{_CLAUSE_END}"  # not "my wife": a diner
_FOR_OWNER: Final = re.compile(rf"\b{_FOR}\s+{_OWNED_DISH}")
_OWNERS: Final = {"my": "me", "mon": "me", "ma": "me", "mes": "me", "mi": "me", "il mio": "me", "la mia": "me"}

DINER_COLOURS: Final = frozenset(_COLOUR_WORDS.values())
_COLOUR: Final = rf"(?P<colour>{'|'.join(_COLOUR_WORDS)})"
# "Her" and "his" name the diner only at the end of what is said for them: "a red for her
# birthday" is for no one's dish ("for her and me", "for her n red for me" still are hers).
_DINER_ALONE: Final = r"(?=\s*(?:$|[,.;:!?(]|\s[-–—]\s|\b(?:and|&|n|y|et|e|please|pls|plz|tonight|too|as well)\b))"
_COLOUR_FOR: Final = re.compile(
    rf"\b{_COLOUR}(?:\s+(?:wine|one|glass|vino|vin))?\s+{_FOR}\s+(?:(?P<person>{_PERSON})\b{_DINER_ALONE}|{_OWNED_DISH})"
)
# "For me something w bubbles", "for him a big red": the colour is the wine's, not a dish's
# ("for her the red snapper"), so nothing but the wine's words may follow it.
_FOR_THEN_COLOUR: Final = re.compile(
    rf"(?:^|[,;.!?]\s*|\b(?:and|just|now)\s+){_FOR}\s+(?P<person>{_PERSON})\s+"
    rf"(?:[^,.;:!?()]*?\s)?{_COLOUR}(?=\s*(?:wine|vino|vin|one|glass|please|pls|$|[,.;:!?]|\b(?:and|n|under|below|"
    r"max|by|for|pour|para|per|tonight|too)\b))"
)
# "Nothing red for her", "for me anything but red": a colour refused is no wish for it.
_NOT_THIS_COLOUR: Final = re.compile(
    r"\b(?:no|not|nothing|never|anything but|hates?|don'?t|pas de|pas|sin|non|kein\w*)\s*$"
)

# A later question about one diner: "just for her", "what about him?", "my wife's main". "For me"
# only as the table says it of one of them ("and for me?", "just for me"), not "too dear for me".
_MEANT: Final = re.compile(
    rf"\b{_FOR}\s+(?P<other>{_HER}|{_HIM}|{_OTHER_NOUNS})\b|"
    rf"(?:^|\b(?:and|just|only|now|et|y|e)\s+){_FOR}\s+(?P<me>me|myself|moi|mi(?!\s+[a-z])|me stesso)\b|"
    rf"\b(?:what|how)\s+about\s+(?P<about>{_PERSON})\b|"
    rf"\b(?P<whose>{_HER}|{_HIM}|{_OTHER_NOUNS})(?:'s)?\s+(?:dish|main|plate|food|meal|order|starter)\b|"
    rf"^\s*(?:and|et|y|e)\s+(?P<alone>{_PERSON})\s*\??\s*$|"
    # "Hers under 12 pls", "and mine? red, same budget", "his one by the glass".
    rf"^\W*(?:(?:and|now|then)\s+)?(?P<own>hers|his|mine|her one|his one|my one)\b"
)
# "His and hers", "for him and me", "her & i": both diners, not one of them.
# Object and possessive forms only: "a glass just for her and i'll stick with the bottle" is hers.
_BOTH: Final = r"(?:his|hers|him|her|me|mine|us|lui|elle|moi|ella|mi|lei)"
_TWO_DINERS: Final = re.compile(rf"(?<![\w']){_BOTH}\s+(?:and|&|n|et|y|e|und)\s+{_BOTH}(?![\w'])")
_HER_WORDS: Final = re.compile(rf"^(?:{_HER})$")
_HIM_WORDS: Final = re.compile(rf"^(?:{_HIM})$")
_ME_WORDS: Final = re.compile(rf"^(?:{_ME}|mi|me stesso)$")
# Said of a diner, never a dish they are having: "I have a nut allergy", "she's on a diet".
_NOT_A_DISH: Final = re.compile(
    r"^(?:same|the same|it|that|this|one|something|anything|wine|a glass|glass|bottle|and|e|y|et|und|o|a)$|"
    r"\b(?:allerg\w*|intoleran\w*|budget|diet|limit|glass(?! noodles)|bottle|first|second|third|last|one)\b"
)


def _who(person: str) -> str:
    """The one name of a diner however the table says it: "she's", "hers", "my wife" are "her"."""
    person = " ".join(person.split())
    if _HER_WORDS.match(person):
        return "her"
    if _HIM_WORDS.match(person):
        return "him"
    if _ME_WORDS.match(person):
        return "me"
    if person in ("her one", "his one", "my one"):
        return _who(person.removesuffix(" one"))
    return _OWNERS.get(person) or person.removeprefix("my ")


def _folded(text: str) -> str:
    return " ".join(fold_text(text[:_READ_CHARACTERS]).split())


def diners_said(text: str, *, is_dish: Callable[[str], bool] = lambda _: True) -> tuple[tuple[str, str], ...]:
    """Who has which dish, as this question says it: (("me", "lamb chops"), ("her", "halibut")).

    ``is_dish`` tells a dish from other words ("a budget of 40"); what the diner says last of one
    diner wins ("she's having the halibut... actually no, she's having the lamb")."""
    folded = _folded(text)
    found: list[tuple[int, str, str]] = []
    for pattern in (_HAVING, _NAMED_THEN_DISH, _FOR_WHOM, _FOR_THEN_DISH, _FOR_OWNER):
        for match in pattern.finditer(folded):
            person = next(
                group
                for group in (match.groupdict().get(key) for key in ("person", "named", "colon", "owner"))
                if group
            )
            dish = match.group("dish").strip()[:MAX_DISH_CHARACTERS]
            if dish and not _NOT_A_DISH.search(dish) and is_dish(dish):
                found.append((match.start(), _who(person), dish))
    diners: dict[str, str] = {}
    for _, who, dish in sorted(found):
        diners.pop(who, None)
        diners[who] = dish
    return tuple(diners.items())[-MAX_DINERS:]


def diner_colours_said(text: str, *, is_dish: Callable[[str], bool] = lambda _: True) -> tuple[tuple[str, str], ...]:
    """The colour said for each diner's wine: (("her", "white"), ("me", "red")). ``is_dish`` tells
    "red for my steak" (mine) from "red for my anniversary" (no one's)."""
    folded = _folded(text)
    found = sorted(
        (match.start(), _who(match.group("person") or match.group("owner")), _COLOUR_WORDS[match.group("colour")])
        for pattern in (_COLOUR_FOR, _FOR_THEN_COLOUR)
        for match in pattern.finditer(folded)
        if not _NOT_THIS_COLOUR.search(folded, max(0, match.start("colour") - 20), match.start("colour"))
        and (match.groupdict().get("dish") is None or is_dish(match.group("dish")))
    )
    return diners_merged((), ((who, colour) for _, who, colour in found))


# "A glass of red for me and a bottle of white for the table": each colour poured its own way.
_GLASS_OF: Final = r"glass|glasses|verre|copa|copo|bicchiere|calice|glas"
_BOTTLE_OF: Final = r"bottle|btl|bouteille|botella|garrafa|bottiglia|flasche"
_SERVED_AS: Final = re.compile(
    rf"\b(?P<served>{_GLASS_OF}|{_BOTTLE_OF})\s+(?:of\s+|de\s+|d'|di\s+|du\s+)?(?:(?:the|le|el|il|o)\s+)?"
    rf"(?P<colour>{'|'.join(_COLOUR_WORDS)})\b"
)


def colour_bases_said(text: str) -> tuple[tuple[str, bool], ...]:
    """Each colour's basis when one message asks a glass of one colour and a bottle of another:
    (("red", True), ("white", False)). Nothing when all is asked one way."""
    folded = _folded(text)
    bases: dict[str, bool] = {}
    for match in _SERVED_AS.finditer(folded):
        bases[_COLOUR_WORDS[match.group("colour")]] = re.fullmatch(_GLASS_OF, match.group("served")) is not None
    if len(set(bases.values())) < 2:
        return ()
    return tuple(bases.items())


def diners_merged(before: Iterable[tuple[str, str]], said: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The table after a new message: "and my friend is having the risotto" adds a diner; one
    named again has the dish said now."""
    diners = dict(before)
    for who, dish in said:
        diners.pop(who, None)
        diners[who] = dish
    return tuple(diners.items())[-MAX_DINERS:]


def diner_meant(text: str) -> str | None:
    """The one diner a follow-up asks about ("and just for her, a glass?"), if any: none when it
    names two together ("his and hers", "for him and me")."""
    folded = _folded(text)
    match = _MEANT.search(folded)
    if match is None or _TWO_DINERS.search(folded):
        return None
    return _who(next(group for group in match.groups() if group))
