"""Dish profiles: what a dish brings to the glass, understood from its parts.

A dish is read the way a sommelier reads a menu line: its main ingredient and cut,
how it is cooked, its sauce and fat, acidity, salt, chilli heat, sweetness, smoke
and umami, and its cuisine. Every word is looked up in the food lexicon
(``lexicon.py``); a named dish ("moussaka", "cacio e pepe") counts as its parts.
What no term covers is reported as ``unknown`` rather than guessed: an unknown word
never turns a dish into "light", and the recommender leans on retrieval similarity
for a dish it does not understand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from recommendations.pairing.lexicon import LEXICON, TERMS_BY_NAME, FoodTerm
from recommendations.pairing.text import (
    PhraseTable,
    clamp,
    fold_text,
    one_edit_apart,
    stem,
    unique,
    word_list,
    words_of,
)

# Name words weigh most: the chef named the dish after what matters ("Clam chowder" with
# bacon in it is about clams). Tags come next, then the description.
NAME_WEIGHT = 3.0
TAG_WEIGHT = 2.0
DESCRIPTION_WEIGHT = 1.0
# A protein named only in passing ("served with a little bacon") does not define the dish.
MIN_PROTEIN_EVIDENCE = 2.0
# Vegetables that make a pastry savoury when they fill it: an onion or leek tart is no dessert.
SAVOURY_VEGETABLES: Final = frozenset(
    word_list("onion, caramelised onion, red onion, leek, potato, tomato, spinach, asparagus, garlic")
)
# Plant foods that are a whole meatless dish when nothing else is its main: a potato gratin, corn
# chowder, fried plantain, a plate of shishito peppers, avocado toast are vegetarian, not unknown.
PLANT_FOODS: Final = frozenset(
    word_list(
        "potato, fingerling potatoes, fondant potatoes, fries, corn, sweetcorn, onion, caramelised onion, red onion, "
        "spring onion, plantain, cassava, tomato, avocado, mild chillies, oats, rice cakes, savoury pancake, "
        "onion rings"
    )
)
# Words for a diet rather than a food: they say the main is not meat, never what kind of dish it is.
DIET_LABELS: Final = frozenset({"vegetarian"})
_MEATLESS: Final = frozenset({None, "vegetarian", "cheese", "mushroom", "dessert", "chocolate"})
_ANIMAL_MAINS: Final = frozenset({"red_meat", "lamb", "game", "duck", "veal", "pork", "poultry", "fish", "shellfish"})
# Named with one of these, a dish's cheese is its sauce (gnocchi al gorgonzola, risotto al taleggio).
STARCH_MAINS: Final = frozenset(word_list("pasta, filled pasta, gnocchi, rice, risotto"))
# Baked into pastry, dough or a soup, or served as the dip of fried starch, a blue cheese is an
# ingredient too: a Gorgonzola tart, a Stilton soup or polenta chips with a blue-cheese dip want a
# full dry white or a juicy red, not the Sauternes of the blue-cheese course (a Stilton with
# oatcakes, pear or honey is still that course). Other cheeses keep their own rules there: the
# Comté of gougères still asks for Chablis or Champagne.
BLUE_COOKED_IN: Final = frozenset(
    word_list("tart, quiche lorraine, pizza, soup, pastry, fries, corn, savoury pancake, arancini, empanadas")
)
# When words of several proteins weigh the same, the earlier one decides the wine.
PROTEIN_PRIORITY: Final = word_list(
    "chocolate, dessert, lamb, game, red_meat, duck, veal, pork, poultry, mushroom, shellfish, fish, cheese, vegetarian"
)
BASE_WEIGHT: Final[Mapping[str | None, int]] = {
    "red_meat": 4,
    "lamb": 4,
    "game": 4,
    "duck": 3,
    "pork": 3,
    "veal": 3,
    "poultry": 3,
    "mushroom": 3,
    "fish": 2,
    "shellfish": 2,
    "vegetarian": 2,
    "cheese": 3,
    "chocolate": 4,
    "dessert": 3,
    None: 3,
}
# Within a protein, the kind moves the weight: oysters are lighter than lobster, salmon
# heavier than sole, a washed-rind cheese heavier than burrata.
DETAIL_WEIGHT: Final[Mapping[str, int]] = {
    "oily": 1,
    "meaty": 1,
    "delicate": -1,
    "briny": -1,
    "rich": 1,
    "fresh": -1,
    "aged": 1,
    "mature": 1,
    "blue": 1,
    "washed": 1,
    "bloomy": 0,
    "foie": 0,
    "ice": -1,
}
BASE_FAT: Final[Mapping[str | None, int]] = {"red_meat": 2, "lamb": 2, "duck": 2, "game": 1, "pork": 1, "cheese": 2}
# Menu glue, quantities and praise: words that say nothing about the food itself.
STOPWORDS: Final = frozenset(
    stem(word)
    for word in word_list(
        # English
        "a, an, the, and, or, with, without, on, in, of, for, from, to, over, under, by, at, its, it, our, your, "
        "my, their, side, sides, served, serve, topped, top, finished, garnished, accompanied, alongside, plus, "
        "house, homemade, home-made, made, fresh, freshly, local, locally, seasonal, season, daily, today, "
        "tonight, special, chef, chefs, signature, classic, traditional, style, organic, free-range, heritage, "
        "wild, farm, farmhouse, artisan, little, small, large, big, half, whole, dozen, piece, pieces, portion, "
        "plate, platter, bowl, board, selection, choice, assorted, mixed, some, few, splash, touch, hint, "
        "drizzle, dusting, sprinkle, bed, layer, layers, slice, slices, sliced, chopped, diced, shaved, grated, "
        "crushed, torn, pulled, hand-cut, hand, cut, whole, cooked, prepared, dressed, finished, warm, hot, "
        "toasted, melted, golden, crisp, tender, juicy, succulent, perfectly, lightly, gently, slowly, slow, "
        "studded, pink, rare, medium, medium-rare, well-done, crusty, country, rustic, simple, simply, "
        "heirloom, baby, young, mini, topping, filling, stuffing, garnish, accompaniment, finish, base, "
        "sauce, sauces, minced, ground, shredded, scrambled, layered, rolled, boned, boneless, carved, fed, draped, "
        "until, glossy, thick, thin, dense, double, coated, dusted, dipping, dip, scraped, pounded, seeds, seed, "
        "coarse, fine, finely, roughly, sticky, silky, smooth, velvety, airy, light-as-air, crunchy, crackling, "
        "shatters, falling, fall, off, tender, pink, paper, wafer, cut, cubes, cubed, chunks, strips, wedge, "
        "fillet, fillets, filet, filets, portion, steaks, pieces, cuts, skewered, whole, halved, quartered, "
        "reduced, infused, scented, perfumed, flavoured, flavored, spiked, laced, kissed, brushed, tossed, "
        "folded, piped, set, chilled, warm, warmed, hot, served, freshly, just, made, style, dish, ripe, aged, "
        "matured, months, years, old, fed, free, range, pasture, grass, grain, corn-fed, dark, light, white, red, "
        "green, golden, black, yellow, deep, charred, blistered, burnt, brown, browned, "
        "first, second, third, last, ones, other, others, same, favourite, favorite, list, carte, card, "
        "choice, options, option, suggestions, wines, bottle, glass, tonight, evening, lunch, dinner, "
        "hours, hour, minutes, day, days, aged, dry-aged, bone-in, boneless, skin-on, skin, bone, cooked, "
        "basket, baskets, g, gr, kg, oz, lb, cl, ml, pc, pcs, pax, person, people, share, sharing, two, three, four, six, eight, "
        "twelve, five, seven, ten, twenty, forty, fifty, hundred, one, also, then, very, so, too, just, only, what, which, would, could, should, go, goes, good, "
        "great, best, nice, lovely, perfect, pair, pairs, pairing, match, matches, something, anything, "
        "recommend, recommendation, suggest, please, we, are, is, am, be, having, have, eating, eat, order, "
        "ordered, ordering, getting, get, want, like, love, i, me, us, you, this, that, these, those, there, "
        "here, dish, dishes, food, meal, course, menu, plate, want, tasty, delicious, yummy, "
        # French, Italian, Spanish
        "au, aux, a, à, de, du, des, d, la, le, les, l, et, avec, sans, sur, en, ou, sa, son, ses, façon, facon, "
        "maison, frais, fraiche, fraîche, petit, petite, grand, grande, jus de, il, lo, gli, al, alla, alle, "
        "allo, ai, agli, all, con, di, del, della, delle, dei, degli, da, e, in, su, sul, sulla, fatto, "
        "casa, nostro, nostra, y, con, el, los, las, un, una, del, al, sobre, casero, casera, estilo, "
        "receta, nuestro, nuestra, tradicional, tradizionale, traditionnel, traditionnelle, "
        "chaud, chaude, chauds, lit, assiette, plateau, rapee, rapees, entier, entiere, entière, fermier, fermiere, "
        "fermière, deux, cuisson, cuissons, "
        # German, Portuguese and Greek
        "mit, und, im, vom, auf, der, die, das, dem, den, nach, art, haut, rosa, com, do, dos, no, na, ao, "
        "sta, kai, med, och, og, cu, "
        # What contractions leave behind once their apostrophe splits them ("we're", "they'll")
        "re, ll, ve, "
        # The occasion and the company around a dish in a diner's chat ("pizza night", "the kids want nuggets",
        # "leftover roast pork", "a takeaway curry", "to start")
        "night, weekend, tomorrow, monday, tuesday, wednesday, thursday, friday, saturday, about, start, "
        "starting, doing, cooking, making, kids, kid, children, family, friends, wife, husband, partner, mum, mom, "
        "dad, leftover, leftovers, takeaway, takeout, delivery, party, breakfast, brunch, christmas, easter, "
        "birthday, tasting, plato, going, got, drink, drinking, "
        # Portuguese and Thai menu glue ("picanha fatiada", "pad pak ruam")
        "fatiada, fatiado, fatiadas, ruam, bil, "
        # Where a fine-dining menu says its produce comes from: the place, not the food
        "hand-dived, dived, diver-caught, line-caught, day-boat, dayboat, cornish, orkney, anjou, chalk, stream, "
        "whitby, brixham, newlyn, shetland, hebridean, loch, duart, fyne, yorkshire, welsh, lincolnshire, norfolk, "
        "suffolk, devon, dorset, somerset, cumbrian, herdwick, dingley, dell, creedy, carver, saddleback, tamworth, "
        "galloway, longhorn, salt-marsh, saltmarsh, breed, "
        # How a menu praises its own dish ("ceviche clásico", "meat feast pizza")
        "clasico, clasica, classico, classica, classique, feast, stack, scramble, loaf, "
        # Dutch
        "met, van, het"
    )
)
# Drink words that may sit in a question next to the food ("a crisp white for the fish").
WINE_WORDS: Final = frozenset(
    stem(word)
    for word in word_list(
        "wine, wines, vin, vino, vinho, red, white, rose, rosé, pink, orange, sparkling, bubbly, bubbles, fizz, "
        "champagne, prosecco, cava, dessert wine, glass, glasses, bottle, bottles, carafe, pichet, half-bottle, "
        "sommelier, list, drink, drinks, sip, pour, poured, by, crisp, dry, sweet, light, bold, rich, fruity, "
        "oaky, buttery, tannic, smooth, cheap, cheaper, pricey, expensive, budget, price, under, below, around, "
        "max, maximum, euros, euro, dollars, dollar, bucks, pounds, quid"
    )
)
# How a canonical term reads in a sentence when it is the dish's subject.
_DISPLAY: Final[Mapping[str, str]] = {
    "oyster": "oysters",
    "mussel": "mussels",
    "clam": "clams",
    "scallop": "scallops",
    "snail": "snails",
    "prawn": "prawns",
    "langoustine": "langoustines",
    "lamb chop": "lamb chops",
    "veal chop": "veal chop",
    "mushroom": "mushrooms",
    "morel": "morels",
    "chanterelle": "chanterelles",
    "goat's cheese": "goat's cheese",
    "creme brulee": "crème brûlée",
    "tiramisu": "tiramisù",
    "sole meuniere": "sole meunière",
    "moules marinieres": "moules marinières",
}
_GENERIC_NAMES: Final = frozenset(word_list("vegetables, shellfish, fish, cheese, dessert, game"))
# The lexicon's names for a group of cuts or breeds, which no diner says.
_GROUP_LABELS: Final = frozenset(word_list("prime beef"))
# Names of places and protected cheeses keep their capitals whoever typed them.
_PROPER_NOUNS: Final[Mapping[str, str]] = {
    " ".join(words_of(name)): name
    for name in word_list(
        "Roquefort, Gorgonzola, Stilton, Comté, Époisses, Brie, Brie de Meaux, Camembert, Parmigiano, "
        "Parmigiano-Reggiano, Grana Padano, Pecorino Romano, Manchego, Gruyère, Taleggio, Reblochon, Munster, "
        "Beaufort, Cabrales, Valdeón, Fourme d'Ambert, Mont d'Or, Vacherin, Langres, Maroilles, Livarot, "
        "Idiazabal, Mahón, Asiago, Fontina, Emmental, Cantal, Salers, Mimolette, Cancale, Bresse, Charolais, "
        "Dover sole, Wagyu, Iberico, Ibérico, Bayonne, Serrano, Kalamata, Dijon, Bourgogne, Kobe, Dungeness, "
        "Peking, Caesar, Cobb, Waldorf, Reuben, Wellington, Nashville, Maryland, Boston, Manhattan, Parma, "
        "Yorkshire, Brussels, Jerusalem, Philly, Madras, Cumberland, Bakewell, Eton, Welsh"
    )
}


@dataclass(frozen=True)
class DishProfile:
    weight: int  # 1 delicate .. 5 hearty
    fat: int  # 0..3
    acidity: int  # 0..3
    sweetness: int  # 0..3
    spice: int  # 0..3 chilli heat (black pepper is the "pepper" facet, not heat)
    saltiness: int  # 0..3
    smoke: int = 0  # 0..3
    umami: int = 0  # 0..3
    # "red_meat", "lamb", "game", "duck", "pork", "veal", "poultry", "fish", "shellfish", "mushroom",
    # "vegetarian", "cheese", "chocolate", "dessert", or None when nothing says.
    protein: str | None = None
    detail: str = ""  # the kind within the protein: oily, briny, rich, goat, blue, custard, fruit...
    facets: frozenset[str] = frozenset()
    cuisine: str = ""
    words: tuple[str, ...] = ()  # canonical names of the parts found, the main first
    subject: str = "dish"  # how a sentence names it: "lamb", "oysters", "moussaka"
    unknown: tuple[str, ...] = ()  # words nothing in the lexicon covers
    confidence: float = 0.0  # 0 nothing understood .. 1 main ingredient and more

    def has(self, *facets: str) -> bool:
        return any(facet in self.facets for facet in facets)


_TABLE: Final[PhraseTable[FoodTerm]] = PhraseTable(
    {phrase: term for term in LEXICON for phrase in (term.name, *term.aliases)}
)
# A dish's parts are ingredients, methods and sauces, never other dishes.
_PARTS: Final[PhraseTable[FoodTerm]] = PhraseTable(
    {phrase: term for term in LEXICON if term.kind != "dish" for phrase in (term.name, *term.aliases)}
)
_SINGLE_WORDS: Final = _TABLE.single_words()


@functools.cache
def _typo_index() -> Mapping[str, frozenset[str]]:
    """Every long single word of the lexicon under itself and each of its one-letter deletions."""
    index: dict[str, set[str]] = {}
    for word in _SINGLE_WORDS:
        if len(word) >= _TYPO_MIN_LENGTH - 1:
            for key in {word, *(word[:at] + word[at + 1 :] for at in range(len(word)))}:
                index.setdefault(key, set()).add(word)
    return {key: frozenset(words) for key, words in index.items()}


_TYPO_MIN_LENGTH: Final = 6


def _misspelt(token: str) -> FoodTerm | None:
    """A word typed one slip away from exactly one word of the lexicon is that word: diners type on
    phones. Short words are left alone ("pasta" is not "paste"), and so is any slip that could be
    two different words."""
    if len(token) < _TYPO_MIN_LENGTH or not token.isalpha():
        return None
    index = _typo_index()
    candidates = set(index.get(token, ())).union(
        *(index.get(token[:at] + token[at + 1 :], ()) for at in range(len(token)))
    )
    # The slip is inside the word ("cheescake", "chiken"): a different first or last letter is more
    # often another word altogether ("friends" is not "fried", "pouring" not "whiting").
    near = [
        word
        for word in candidates
        if word[0] == token[0] and word[-1] == token[-1] and one_edit_apart(token, word) and _a_slip(token, word)
    ]
    # Two spellings of one food are no ambiguity ("motabal": "moutabal" or "mutabbal").
    terms = {term.name: term for term in (_TABLE.get((word,)) for word in near) if term is not None}
    term = next(iter(terms.values())) if len(terms) == 1 else None
    # Only a food ("melting" is not a slip for a way of cooking).
    return term if term is not None and term.kind in ("ingredient", "dish", "cut") else None


_PLACE_NOUNS: Final = frozenset(
    word_list("bay, island, isle, point, creek, river, valley, farm, farms, estate, coast, cove, harbour, harbor, hill")
)
_KEYBOARD_ROWS: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT: Final = {key: (row, column) for row, keys in enumerate(_KEYBOARD_ROWS) for column, key in enumerate(keys)}
_VOWELS: Final = frozenset("aeiouy")
# Letters that sound alike, typed for each other by ear: "ossobuko", "lopster", "burrada".
_SOUNDS_ALIKE: Final = frozenset(
    frozenset(pair) for pair in ("ck", "cs", "kq", "bp", "dt", "gk", "sz", "fv", "bv", "mn", "gj", "jy", "xs")
)


def _a_slip(token: str, word: str) -> bool:
    """Whether one letter typed for another is a slip of the finger (a neighbouring key) or of the
    ear (a vowel for a vowel, a letter for one that sounds alike: "calimari", "lopster"), not
    another word: "pajata" (a Roman dish of veal intestines) is no "patata"."""
    if len(token) != len(word):
        return True  # a letter dropped or added
    at = next(index for index, (a, b) in enumerate(zip(token, word, strict=True)) if a != b)
    if token[at + 1 : at + 2] == word[at : at + 1]:
        return True  # two letters swapped ("lasagan")
    typed, meant = token[at], word[at]
    if {typed, meant} <= _VOWELS or frozenset((typed, meant)) in _SOUNDS_ALIKE:
        return True
    if typed not in _KEY_AT or meant not in _KEY_AT:
        return False
    (row, column), (other_row, other_column) = _KEY_AT[typed], _KEY_AT[meant]
    return abs(row - other_row) <= 1 and abs(column - other_column) <= 1


# German joins the words of a compound with a linking sound: Hühn-er-frikassee, Kalb-s-braten,
# Schwein-e-braten, Rind-er-roulade, Gäns-e-leber.
_LINKING: Final = ("", "s", "es", "e", "n", "en", "er")
MIN_LINKED: Final = 4  # "pla-n-che" is no fish and dessert: only longer words take a linking sound


def _compound(token: str) -> list[FoodTerm] | None:
    """ "cheeseburger", "beefsteak", "fishcake", "huhnerfrikassee": two known words written as one."""
    if len(token) < 7:
        return None
    for split in range(3, len(token) - 2):
        right = stem(token[split:])
        if right not in _SINGLE_WORDS:
            continue
        for linking in _LINKING:
            left = token[:split].removesuffix(linking) if linking else token[:split]
            if linking and not (
                token[:split].endswith(linking) and len(left) >= MIN_LINKED and len(right) >= MIN_LINKED
            ):
                continue
            if len(left) >= 3 and left in _SINGLE_WORDS:
                first, second = _TABLE.get((left,)), _TABLE.get((right,))
                if first is not None and second is not None:
                    return [first, second]
    return None


@dataclass(frozen=True)
class FoodReading:
    """The lexicon's reading of one text: the terms found in order, and the words it did not know."""

    terms: tuple[FoodTerm, ...]
    unknown: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # word positions of each term, parallel to ``terms``
    surfaces: tuple[str, ...] = ()  # each term as the text wrote it ("Roquefort", "crème brûlée")
    # Word positions a new part of the line starts at: after a comma or "&", or at "with", "and"...
    breaks: frozenset[int] = frozenset()


_WORD_SPANS = re.compile(r"[a-z0-9]+")


def _word_positions(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The folded text's words and, when folding kept the text's positions, where each stands in it."""
    folded = fold_text(text)
    matches = [match for match in _WORD_SPANS.finditer(folded) if len(match.group()) > 1 or match.group().isdigit()]
    positions = [match.span() for match in matches] if len(folded) == len(text) else []
    return [match.group() for match in matches], positions


def _written_words(text: str, words: list[str], positions: Sequence[tuple[int, int]]) -> list[str]:
    """The text's words as written (accents, case), aligned with ``words_of`` when folding kept positions."""
    if not positions:
        return words
    written = [text[start:end] for start, end in positions]
    # A capital that only starts the text or a title-cased menu name is not a proper noun.
    title_case = all(word[:1].isupper() for word in written if word[:1].isalpha())
    return [word.lower() if index == 0 or title_case or word.isupper() else word for index, word in enumerate(written)]


def _proper(written: str) -> str:
    return _PROPER_NOUNS.get(" ".join(words_of(written)), written)


def _surface(text: str, written: Sequence[str], positions: Sequence[tuple[int, int]], start: int, end: int) -> str:
    """The words ``start:end`` as the text wrote them, with the small words between kept ("cacio
    e pepe", "soupe à l'oignon", "pulpo a la gallega"), when folding kept the text's positions."""
    joined = " ".join(written[start:end])
    if end - start < 2 or len(positions) != len(written):
        return joined
    first, last = positions[start][0], positions[end - 1][1]
    between = text[first:last]
    # Only the words' own text and short joining words between them: never a comma or a bracket.
    if re.search(r"[,;:()\[\]/&+]", between):
        return joined
    lowered = written[start][:1] != text[first : first + 1]
    return between[:1].lower() + between[1:] if lowered else between


def read_food(text: str, *, typos: bool = False, named: bool = False) -> FoodReading:
    """Find the lexicon's terms in ``text``, and the words none of them covers.

    With ``typos`` (a dish's own name: a diner's "cheescake"), a word one slip from a single
    food of the lexicon is that food. Never in running text, where "rather" is no rasher.
    With ``named`` (a dish's name or the diner's words for it, not a description), a fillet with
    no meat or fish named beside it is the steakhouse's beef fillet (``_lone_fillet``)."""
    surface = words_of(text)
    words, positions = _word_positions(text)
    written = _written_words(text, words, positions)
    if len(written) != len(surface):
        written, positions = surface, []
    tokens = [stem(word) for word in surface]
    terms: list[FoodTerm] = []
    spans: list[tuple[int, int]] = []
    covered: set[int] = set()
    for start, end, term in _phrases(tokens, text):
        if term.protein is not None and _wrapping(surface, start, end):
            term = replace(term, seasoning=True)
        terms.append(term)
        spans.append((start, end))
        covered.update(range(start, end))
    unknown: list[str] = []
    for position, token in enumerate(tokens):
        if position in covered or token in STOPWORDS or token.isdigit():
            continue
        if any(char.isdigit() for char in token):
            continue  # "300g", "12h"
        parts = _compound(token)
        if parts is not None:
            terms.extend(parts)
            spans.extend([(position, position + 1)] * len(parts))
            continue
        # "Tomales Bay oysters", "Hog Island": a word naming a place is no slip for a dish.
        placed = position + 1 < len(tokens) and tokens[position + 1] in _PLACE_NOUNS
        typo = _misspelt(token) if typos and not placed else None
        if typo is not None:
            terms.append(typo)
            spans.append((position, position + 1))
            continue
        unknown.append(written[position])
    terms, spans = _purees_of_other_foods(tokens, terms, spans)
    terms = _citrus_garnish(tokens, terms, spans)
    if named and (at := _lone_fillet(tokens, terms)) is not None:
        terms.append(TERMS_BY_NAME["beef fillet"])
        spans.append((at, at + 1))
    order = sorted(range(len(terms)), key=lambda index: spans[index][0])
    return FoodReading(
        terms=tuple(terms[index] for index in order),
        unknown=unique(unknown),
        spans=tuple(spans[index] for index in order),
        surfaces=tuple(_proper(_surface(text, written, positions, *spans[index])) for index in order),
        breaks=_breaks(text),
    )


_FILLETS: Final = frozenset({"filet", "fillet"})


def _lone_fillet(tokens: Sequence[str], terms: Sequence[FoodTerm]) -> int | None:
    """Where "the filet" stands for the steakhouse's filet mignon: a fillet with no meat, fish or
    diet named in the same words ("filet with blue cheese butter"). Not "fillet of sole", not
    "salmon fillet", not "vegan fillet"."""
    if any(term.protein in _ANIMAL_MAINS or term.name in DIET_LABELS for term in terms):
        return None
    return next(
        (
            position
            for position, token in enumerate(tokens)
            if token in _FILLETS and tokens[position + 1 : position + 2] not in (["of"], ["de"], ["di"], ["du"])
        ),
        None,
    )


def _phrases(tokens: Sequence[str], text: str) -> list[tuple[int, int, FoodTerm]]:
    """The lexicon's phrases in the text, none across a comma: "butter, cream and Parmesan" is no butter
    cream (a frosting), "grilled chicken, parmesan" no chicken parmesan; only a named dish of three words
    or more may be written with one ("Haggis, neeps and tatties", "spaghetti aglio, olio e peperoncino")."""
    found: list[tuple[int, int, FoodTerm]] = []
    commas: list[int] = []
    start = 0
    for clause in _COMMAS.split(fold_text(text)):
        end = start + len(words_of(clause))
        found += [(start + first, start + last, term) for first, last, term in _TABLE.find(tokens[start:end])]
        commas.append(end)
        start = end
    for first, last, term in _TABLE.find(tokens):
        if term.kind == "dish" and last - first >= 3 and any(first < comma < last for comma in commas):
            found = [match for match in found if match[1] <= first or match[0] >= last] + [(first, last, term)]
    return sorted(found, key=lambda match: match[0])


_COMMAS: Final = re.compile(r"[,;]")
# Words that join the parts of a menu line ("chicken with fries", "burger and onion rings").
_LINKS: Final = frozenset(
    stem(word) for word in word_list("with, and, plus, served, alongside, side, sides, avec, et, con, mit, und, met")
)
_SEPARATORS: Final = re.compile(r"[,;:/&+()|]|\s-\s")


def _breaks(text: str) -> frozenset[int]:
    """The word positions where a new part of the line starts: after a comma, "&" or "/", or at a word
    that joins two parts ("with", "and", "mit")."""
    breaks: set[int] = set()
    count = 0
    for chunk in _SEPARATORS.split(fold_text(text)):
        words = words_of(chunk)
        if count and words:
            breaks.add(count)
        breaks.update(count + index for index, word in enumerate(words) if stem(word) in _LINKS)
        count += len(words)
    return frozenset(breaks)


# "Lemon" or "lime" said last on its own ("grilled sardines with lemon", "calamari, aioli, lime") is the
# wedge beside the food; "al limone", "au citron" and a lemon butter or sauce are the dish's sauce.
_CITRUS_WORDS: Final = frozenset(word_list("lemon, lime, limone, limon, citron"))
_SAUCE_LINKS: Final = frozenset(word_list("al, au, in, a, alla, allo, en, di, de"))


def _citrus_garnish(tokens: Sequence[str], terms: list[FoodTerm], spans: list[tuple[int, int]]) -> list[FoodTerm]:
    """The terms with a lemon said last on its own read as a lemon wedge, a garnish."""
    return [
        TERMS_BY_NAME["lemon wedge"]
        if term.name == "citrus"
        and end == len(tokens) == start + 1
        and tokens[start] in _CITRUS_WORDS
        and start > 0
        and tokens[start - 1] not in _SAUCE_LINKS
        else term
        for term, (start, end) in zip(terms, spans, strict=True)
    ]


# "Purée" and "mash" alone are potato (a French menu's "purée", "sausage and mash"); said of another
# vegetable or fruit ("celeriac purée", "purée de panais", "apple purée", "swede mash") they are only
# its texture, and no potato is on the plate.
_MASH_WORDS: Final = frozenset({"puree", "mash"})
_PUREE_LINKS: Final = frozenset({"de", "of", "di", "du", "des"})
_PUREED_VEGETABLES: Final = frozenset(
    word_list("onion, red onion, sweetcorn, corn, celery, jerusalem artichoke, swede, spring vegetables")
)


def _pureed(term: FoodTerm) -> bool:
    """A vegetable, fruit or nut a purée is made of ("hazelnut purée", "black garlic purée"); not a
    seasoning beaten into mash (truffle, garlic, mustard, cheese)."""
    if term.kind != "ingredient" or term.seasoning or term.name == "potato":
        return False
    return (
        term.protein in ("vegetarian", "mushroom")
        or term.sweet > 0
        or bool(term.facets & {"fruit", "nutty", "caramel", "chocolate", "coconut"})
        or term.name in _PUREED_VEGETABLES
    )


def _purees_of_other_foods(
    tokens: Sequence[str], terms: list[FoodTerm], spans: list[tuple[int, int]]
) -> tuple[list[FoodTerm], list[tuple[int, int]]]:
    """The terms without the potato a "purée" or "mash" of another vegetable or fruit was read as."""
    by_start = {start: term for term, (start, _) in zip(terms, spans, strict=True)}
    by_end = {end: term for term, (_, end) in zip(terms, spans, strict=True)}
    kept = [
        (term, (start, end))
        for term, (start, end) in zip(terms, spans, strict=True)
        if not (
            term.name == "potato"
            and end == start + 1
            and tokens[start] in _MASH_WORDS
            and any(
                neighbour is not None and _pureed(neighbour)
                for neighbour in (
                    by_end.get(start),
                    by_start.get(end),
                    by_start.get(end + 1) if end < len(tokens) and tokens[end] in _PUREE_LINKS else None,
                )
            )
        )
    ]
    return [term for term, _ in kept], [span for _, span in kept]


# What a vegetarian or vegan menu puts where the meat was: a halloumi or a beetroot burger, cauliflower
# shawarma, aubergine katsu, jackfruit rendang, a celeriac schnitzel, a squash lasagne.
_PATTIES: Final = frozenset(
    word_list("grilling cheese, tofu, cauliflower, eggplant, jackfruit, beetroot, portobello, squash, carrot")
)
# Halloumi and tofu are the patty wherever the name says them ("burger with halloumi"); a vegetable only
# before the burger ("beetroot burger"; a burger and sweet potato fries is still beef).
_ANY_PLACE_PATTIES: Final = frozenset({"grilling cheese", "tofu"})


def _burger_as_form(
    sources: list[tuple[list[tuple[FoodTerm, float]], float]],
) -> list[tuple[list[tuple[FoodTerm, float]], float]]:
    """A "chicken burger", "salmon burger", "halloumi burger" or "black bean burger" is that meat, fish,
    grilling cheese or pulse in a bun: the burger is the form, not beef (a pulse named before it: a
    burger with chickpeas on the side is still beef). Another cheese or a mushroom named with it is still
    a beef burger's topping ("blue cheese burger")."""
    name_terms = sources[0][0]
    burger = next((index for index, (term, _) in enumerate(name_terms) if term.name == "burger"), None)
    if burger is None or not any(
        term.name != "burger"
        and (
            term.protein not in _MEATLESS
            or term.name in _ANY_PLACE_PATTIES
            or ((term.name in _PATTIES or term.detail == "legume") and index < burger)
        )
        and factor >= 1.0
        for index, (term, factor) in enumerate(name_terms)
    ):
        return sources
    return [
        ([(term, 0.5 if term.name == "burger" else factor) for term, factor in terms], weight)
        for terms, weight in sources
    ]


_WRAPPED = frozenset(word_list("wrapped, wrap, draped, barded, larded, rolled"))


def _wrapping(surface: Sequence[str], start: int, end: int) -> bool:
    """Ham, bacon or pastry around the main is its seasoning: "monkfish wrapped in Parma ham",
    "bacon-wrapped dates", "chicken breast wrapped in crisp pancetta" are the monkfish, the dates,
    the chicken (Fiona Beckett: pair the main, the wrapping adds salt and savour)."""
    before = surface[max(0, start - 4) : start]
    if end < len(surface) and surface[end] in _WRAPPED:
        return True
    return any(
        word in _WRAPPED and index + 1 < len(before) and before[index + 1] in ("in", "with")
        for index, word in enumerate(before)
    )


def _replaces_the_dishs_main(term: FoodTerm) -> bool:
    """A word that, named before a dish, is its main instead of the usual one.

    Meat and fish do ("chicken pasanda", "lamb shawarma"), and so do vegetables and pulses as
    a whole ("vegetable lasagne", "bean chilli"), and tofu ("tofu bao"); a single vegetable, a cheese or a mushroom is
    more often a garnish of the usual main ("truffle burger", "tomato bredie", "blue cheese burger").
    """
    if term.kind == "dish" or term.seasoning or term.protein is None:
        return False
    return term.protein not in _MEATLESS or term.name in ("vegetables", *_PATTIES) or term.detail == "legume"


def _expanded(terms: Iterable[FoodTerm]) -> list[tuple[FoodTerm, float]]:
    """Each term with its strength as evidence of the dish's main, and for a named dish its parts too.

    A seasoning counts half, unless a named dish lists it first: the bacon of a BLT, the anchovy of
    a gilda are what the dish is about. In a named dish the first main among its parts is the dish's
    ("merluza en salsa verde" is hake, its clams a garnish): later mains count half. A main
    named before the dish replaces the meat or fish it usually has (``_replaces_the_dishs_main``),
    which is then left out altogether: a vegetable lasagne has no minced beef in it. A cheese said
    after a named dish with a main of its own is its topping ("shakshuka with feta", "lasagne with
    ricotta"; a Margherita with buffalo mozzarella is still about its cheese).
    """
    found: list[tuple[FoodTerm, float]] = []
    replaced = False
    terms = list(terms)
    toppings = _toppings(terms)
    for position, term in enumerate(terms):
        found.append((term, 0.5 if term.seasoning or position in toppings else 1.0))
        main_seen = False
        for index, part in enumerate(term.parts):
            resolved = _PARTS.get(tuple(stem(word) for word in words_of(part)))
            if resolved is None:
                continue
            if replaced and resolved.protein not in _MEATLESS and not resolved.seasoning:
                continue
            # Cheese and eggs in a dish are ingredients (pizza, carbonara) unless listed first.
            ingredient = index > 0 and resolved.protein in ("cheese", "vegetarian") and resolved.detail != "goat"
            seasoning = resolved.seasoning and index > 0
            strength = 0.5 if seasoning or ingredient or (main_seen and resolved.protein) else 1.0
            main_seen = main_seen or (resolved.protein is not None and strength == 1.0)
            found.append((resolved, strength))
        replaced = replaced or _replaces_the_dishs_main(term)
    return found


def _toppings(terms: Sequence[FoodTerm]) -> set[int]:
    """The positions of the cheeses said after a named dish with a main of its own and no cheese of its
    own: its topping ("shakshuka with feta"; the Reblochon of a "tartiflette au reblochon" is its own)."""
    toppings: set[int] = set()
    dish_main = False
    for position, term in enumerate(terms):
        if dish_main and term.protein == "cheese":
            toppings.add(position)
        if _leads_with_a_main(term):
            dish_main = not any(part is not None and part.protein == "cheese" for part in _parts(term))
    return toppings


def _leads_with_a_main(term: FoodTerm) -> bool:
    """A named dish with a meat or a fish of its own, or eggs or a vegetable first (a lasagne, shakshuka,
    avocado toast; not a pizza Margherita)."""
    parts = [part for part in _parts(term) if part is not None] if term.kind == "dish" else []
    return any(part.protein not in _MEATLESS and not part.seasoning for part in parts) or (
        bool(parts) and (parts[0].protein == "vegetarian" or parts[0].name in PLANT_FOODS)
    )


# Sweetbreads, brains and tripe are the dish whichever animal gave them ("lamb's brains", "lamb
# sweetbreads", "beef tripe"): their delicacy sets the wine, not the lamb's or the beef's weight.
_DELICATE_OFFAL: Final = frozenset({"sweetbreads", "brains", "tripe"})
_MEAT_MAINS: Final = _ANIMAL_MAINS - {"fish", "shellfish"}


def _protein(
    sources: Sequence[tuple[list[tuple[FoodTerm, float]], float]], named: Sequence[FoodTerm] = ()
) -> tuple[str | None, float]:
    """The dish's main from the evidence of its name, tags and description; ``named`` are the
    terms the name says outright (not a named dish's usual parts), in their order."""
    scores: dict[str, float] = {}
    named_in_full: set[str] = set()
    for terms, weight in sources:
        strength: dict[str, float] = {}
        for term, factor in terms:
            if term.protein is not None:
                strength[term.protein] = max(strength.get(term.protein, 0.0), factor)
        for protein, factor in strength.items():
            # Cheese outside the dish's name is usually an ingredient (a gratin, a risotto).
            if protein == "cheese" and weight < NAME_WEIGHT:
                factor *= 0.5
            scores[protein] = scores.get(protein, 0.0) + weight * factor
            if factor >= 1.0:
                named_in_full.add(protein)
    mentioned = dict(scores)
    # Only ever mentioned as an ingredient (mozzarella on a pizza, egg in carbonara): not the main.
    scores = {protein: score for protein, score in scores.items() if protein in named_in_full}
    if not scores:
        return None, 0.0
    best = max(scores.values())
    leaders = [protein for protein in PROTEIN_PRIORITY if scores.get(protein) == best]
    animals = [protein for protein in leaders if protein in _ANIMAL_MAINS]
    if len(animals) > 1:
        # Two meats or fish as strong as each other: the menu names its main first ("Hake, mussels,
        # saffron" is the hake; "scallops and black pudding" the scallops).
        order = [term.protein for term in named if not term.seasoning and term.protein in animals]
        animals.sort(key=lambda protein: order.index(protein) if protein in order else len(order))
        leaders = [*animals, *(protein for protein in leaders if protein not in _ANIMAL_MAINS)]
    if animals and leaders[0] in ("dessert", "chocolate"):
        # A meat or fish as strong as a pancake, a waffle or chocolate is the main, they its form or
        # sauce: "crispy duck pancakes", "chicken and waffles", "chicken in chocolate mole".
        leaders = [*animals, *(protein for protein in leaders if protein not in animals)]
    # A pastry or dessert word is not a dessert beside a savoury filling with nothing sugary about
    # it ("tart" in "onion and bacon tart" is pastry, in "apple tart" dessert), tied or ahead: a
    # custard of eggs and cream is a quiche's too (Zwiebelkuchen: onion, bacon).
    sugary = any(
        term.sweet >= 2 or term.facets & {"fruit", "caramel", "chocolate"}
        for terms, _ in sources
        for term, _ in terms
        if term.protein != "dessert"  # the pastry or dessert word itself is no evidence
    )
    # Savoury means a savoury main ("chicken pie") or a savoury vegetable named in full ("onion and
    # bacon tart": then its bacon is the main): carrot and cream cheese in a carrot cake, egg in a
    # zabaione, are a dessert's ingredients. The course said outright ("dessert") is never overruled.
    mentioned_savoury = {
        protein: score for protein, score in mentioned.items() if protein not in ("dessert", "chocolate")
    }
    terms_said = [term for terms, _ in sources for term, factor in terms if factor >= 1.0]
    savoury_said = any(protein in named_in_full for protein in mentioned_savoury) or any(
        term.name in SAVOURY_VEGETABLES for term in terms_said
    )
    said_dessert = any(term.name == "dessert" for term in terms_said)
    # Named in the dish's name, beside a meat: "roast turbot, veal sweetbreads" stays the turbot.
    delicate = next((term.protein for term in named if term.name in _DELICATE_OFFAL), None)
    if delicate is not None and leaders[0] in _MEAT_MAINS:
        return delicate, best
    if leaders[0] == "dessert" and savoury_said and not sugary and not said_dessert:
        if not mentioned_savoury:
            return "vegetarian", best
        main = max(
            mentioned_savoury, key=lambda protein: (mentioned_savoury[protein], -PROTEIN_PRIORITY.index(protein))
        )
        return main, max(mentioned_savoury[main], best)
    return leaders[0], best


# What fruit is steeped in for a dessert: peaches in prosecco, cherries in Kirsch, pears in red wine.
_STEEPING: Final = frozenset(word_list("liqueur, spirits, cooking wine, red wine sauce, port reduction, sugar"))


def _cooked_fruit_alone(terms: Sequence[FoodTerm]) -> bool:
    """Fruit and the ways it was cooked or what it was steeped in, nothing else: no salad, cheese,
    meat or sauce beside it."""
    fruit = [term for term in terms if term.kind == "ingredient" and "fruit" in term.facets]
    cooking = [term for term in terms if term.kind == "method" or term.name in _STEEPING]
    return bool(fruit) and bool(cooking) and len(fruit) + len(cooking) == len(terms)


# What a plate of fruit is served with when it is a dessert ("Pear, brown butter, hazelnut").
_DESSERT_FACETS: Final = frozenset({"fruit", "nutty", "butter", "cream", "caramel", "custard"})


def _fruit_plate(terms: Sequence[FoodTerm]) -> bool:
    """Fruit with butter or nuts and only the sweet things and ways of cooking a dessert has beside
    it: no sauce, vegetable or named dish ("Plum, brown butter, almond"; not "damson, black garlic")."""
    facets = {facet for term in terms for facet in term.facets}
    return (
        "fruit" in facets
        and bool(facets & {"butter", "nutty"})
        and all(
            term.kind == "method" or (term.kind == "ingredient" and (term.facets & _DESSERT_FACETS or term.sweet >= 2))
            for term in terms
        )
    )


def _meatless_main(sources: Sequence[tuple[list[tuple[FoodTerm, float]], float]]) -> str | None:
    """The main of a dish nothing names a main of, when no meat or fish is anywhere in it: a
    mushroom the name says, or else a vegetable, pulse or egg it says, if only as a named dish's
    ingredient (pasta alla norma, egg fried rice), or a plant food that is the dish itself (potato
    gratin, corn chowder, plátanos fritos), or else a truffle (tajarin al tartufo; truffle fries are
    the fries)."""
    if any(term.protein in _ANIMAL_MAINS for terms, _ in sources for term, _ in terms):
        return None
    named = [term for term, _ in sources[0][0] if term.kind == "ingredient"]
    if any(term.protein == "mushroom" and not term.seasoning for term in named):
        return "mushroom"
    if any(term.protein == "vegetarian" or (term.name in PLANT_FOODS and not term.seasoning) for term in named):
        return "vegetarian"
    return "mushroom" if any(term.protein == "mushroom" for term in named) else None


def _blue(terms: Iterable[FoodTerm]) -> bool:
    return any(term.protein == "cheese" and term.detail == "blue" for term in terms)


def _level(values: Iterable[int]) -> int:
    """The strongest source sets the level; a pile of them (three or more) adds a step."""
    positive = sorted((value for value in values if value > 0), reverse=True)
    if not positive:
        return 0
    return clamp(positive[0] + (1 if len(positive) >= 3 else 0), 0, 3)


def _weight(protein: str | None, detail: str, terms: Sequence[FoodTerm], name_terms: Sequence[FoodTerm]) -> int:
    """Weight: the main, then one step each at most for how it is cooked and how it is sauced.

    Deltas do not pile up: a braise with a rich jus and bone marrow is one step heavier, not
    three. An ingredient moves the weight only when it names the dish ("goat's cheese salad"),
    not as a garnish ("with spring onions").
    """
    weight = BASE_WEIGHT[protein] + DETAIL_WEIGHT.get(detail, 0)
    methods = [term.weight for term in terms if term.kind == "method" and term.weight]
    dressing = [term.weight for term in terms if term.kind in ("sauce", "cut", "dish", "course") and term.weight]
    named = [term.weight for term in name_terms if term.kind == "ingredient" and term.weight]
    weight += max(methods, key=abs, default=0)
    weight += max(-1, min(1, sum(dressing)))
    weight += max(named, key=abs, default=0)
    # A plate of pasta, risotto or a burger is at least medium weight, whatever sits on it.
    if protein not in ("dessert", "chocolate") and any("starch" in term.facets for term in name_terms):
        weight = max(weight, 3)
    return clamp(weight, 1, 5)


def _display(term: FoodTerm) -> str:
    return _DISPLAY.get(term.name, term.name)


def _as_said(term: FoodTerm, written: str) -> str:
    """The menu's own word when it is the term's name, another food of its kind ("barramundi") or a
    proper noun ("Roquefort", "crème brûlée"), else the term's English name ("gigot d'agneau" reads "leg of lamb" in an English sentence)."""
    folded = " ".join(words_of(written))
    if folded in _PROPER_NOUNS:
        return _PROPER_NOUNS[folded]
    if folded == " ".join(words_of(term.name)) or folded in {" ".join(words_of(kind)) for kind in term.kinds}:
        return written
    if term.name in _GROUP_LABELS:
        return written  # "tri-tip" and "wagyu" are what they are; "prime beef" only groups them
    # An English variant of the name keeps the diner's words: "sticky date pudding" is not
    # renamed the sticky toffee pudding, "kobe beef" not the prime beef.
    if {word for word in words_of(written) if len(word) > 3} & set(words_of(term.name)):
        return written
    return _display(term)


def _subject(protein: str | None, name: FoodReading, terms: Sequence[FoodTerm]) -> str:
    """How sentences name the dish: a named dish or the main as the menu wrote it ("Roquefort")."""
    for term, written in zip(name.terms, name.surfaces, strict=True):
        if term.kind == "dish":
            # A dish is named as the menu or the diner named it: "hake in salsa verde" stays so, not
            # the lexicon's "merluza en salsa verde".
            return _PROPER_NOUNS.get(" ".join(words_of(written)), written)
    # "Vegan" says what the dish is not: the chickpeas of a vegan chickpea curry are its subject.
    named = _GENERIC_NAMES | DIET_LABELS
    for term, written in zip(name.terms, name.surfaces, strict=True):
        if term.protein == protein and protein is not None and term.name not in named:
            return _as_said(term, written)
    main = next((term for term in terms if term.protein == protein and term.name not in named), None)
    if protein is not None and main is not None:
        return _display(main)
    food = next((term for term in (*name.terms, *terms) if term.kind in ("ingredient", "course")), None)
    return _display(food) if food is not None else "dish"


def _named_main(name: FoodReading, name_terms: Sequence[tuple[FoodTerm, float]]) -> tuple[str | None, float]:
    """The main when no term of the dish is a main in full: a seasoning the name itself says
    ("marinated anchovies", "lardons on toast") is the main after all (a named dish's parts do
    not count: the mozzarella of a pizza Margherita stays an ingredient), but a grated cheese or a
    truffle on potatoes or fries is theirs ("truffle parmesan fries"); and "meat" with
    nothing more said ("a meat pie", "corn and meat stew", "meat sauce") is beef or a mix led by
    it, while beside another main ("crab meat") it is that main's flesh."""
    plant = any(term.name in PLANT_FOODS and not term.seasoning for term in name.terms)
    toppings = _toppings(name.terms)
    named_mains = [
        term.protein
        for index, term in enumerate(name.terms)
        if term.protein is not None
        and index not in toppings
        and not (plant and term.seasoning and term.protein in ("cheese", "mushroom"))
    ]
    if named_mains:
        return named_mains[0], NAME_WEIGHT
    if any(term.name == "meat" for term, _ in name_terms):
        return "red_meat", NAME_WEIGHT
    return None, 0.0


# Words for a whole meal that elsewhere are a way of cooking or a seasoning: an asado is Argentina's
# beef barbecue and a bowl of chili is chili con carne when nothing else the name says is a food
# ("an asado for six", "asado con chimichurri", "spicy chili"); "cordero asado", "pimientos asados"
# and "chili prawns" are the lamb, the peppers and the prawns, cooked so.
_MEALS: Final[Mapping[str, str]] = {"asado": "asado argentino", "chili": "chili con carne", "chilli": "chili con carne"}


def _meal_named(name: FoodReading) -> FoodReading:
    """The name with a meal's word read as the meal when nothing else in it is a food."""
    said = [" ".join(words_of(written)) for written in name.surfaces]
    meals = [index for index, written in enumerate(said) if written in _MEALS]
    if len(meals) != 1 or any(
        term.kind not in ("method", "sauce", "cuisine") or term.protein is not None
        for index, term in enumerate(name.terms)
        if index != meals[0]
    ):
        return name
    terms = list(name.terms)
    terms[meals[0]] = TERMS_BY_NAME[_MEALS[said[meals[0]]]]
    return replace(name, terms=tuple(terms))


def dish_profile(*, name: str, description: str = "", tags: Sequence[str] = ()) -> DishProfile:
    """What a dish brings to the glass: weight, fat, acid, sugar, heat, salt, smoke, umami and its main."""
    readings = [
        _meal_named(read_food(name, typos=True, named=True)),
        *(read_food(str(tag)) for tag in tags),
        read_food(description),
    ]
    weights = [NAME_WEIGHT, *([TAG_WEIGHT] * len(tags)), DESCRIPTION_WEIGHT]
    sources = _burger_as_form(
        [(_expanded(reading.terms), weight) for reading, weight in zip(readings, weights, strict=True)]
    )
    protein, evidence = _protein(sources, readings[0].terms)
    if protein is None:
        protein, evidence = _named_main(readings[0], sources[0][0])
    name_terms = [term for term, _ in sources[0][0]]
    named_protein = any(term.protein is not None for term in name_terms)
    if protein is not None and evidence < MIN_PROTEIN_EVIDENCE and named_protein:
        protein = None
    all_terms = [term for terms, _ in sources for term, _ in terms]
    if protein is None and _reads_as_dessert(all_terms, name_terms):
        protein = "dessert"
    if protein is None:
        protein = _meatless_main(sources)
    if protein == "dessert" and any("chocolate" in term.facets for term in all_terms):
        protein = "chocolate"
    if protein not in _MEATLESS and any(term.name in DIET_LABELS for term in name_terms):
        # "Vegetarian lasagne": not the beef of the lasagne the lexicon knows, nor its fat; a
        # mushroom the name says is the main instead ("vegan mushroom stroganoff").
        protein = next(
            (term.protein for term in readings[0].terms if term.protein == "mushroom" and not term.seasoning),
            "vegetarian",
        )
        all_terms = [term for term in all_terms if term.protein in _MEATLESS]
    cheese_sauce = protein == "cheese" and any(
        term.name in STARCH_MAINS or (term.name in BLUE_COOKED_IN and _blue(all_terms)) for term in name_terms
    )
    if cheese_sauce:
        # Gorgonzola melted into gnocchi or a risotto is the sauce of a starch dish, like the
        # pecorino of cacio e pepe: a full dry white's dish, not the cheese course's Sauternes.
        protein = None
    main_terms = [term for term in all_terms if term.protein == protein]
    # The kind is the main's own (the name's first): beans in a pasta's description do not make
    # it a legume dish. Cheese, fish and desserts take the first kind any term gives
    # ("a cheese board" of Roquefort is blue).
    kind_terms = [term for term in main_terms if term.name not in DIET_LABELS] or main_terms
    detail = kind_terms[0].detail if kind_terms else ""
    if not detail and protein in ("cheese", "fish", "shellfish", "dessert"):
        detail = next((term.detail for term in main_terms if term.detail), "")
    distinct = list({id(term): term for term in all_terms}.values())
    distinct = _as_served(readings, protein, detail, distinct)
    sweetness = _sweetness(protein, distinct)
    heat = _heat(distinct)
    facets = frozenset(facet for term in distinct for facet in term.facets) | (
        {"cheese"} if cheese_sauce else frozenset()
    )
    if "tomato" in facets and facets & {"braised", "roasted", "starch"}:
        facets |= {"tomato_sauce"}  # cooked down with the dish, tomato is its sauce, not a garnish
    cuisine = next((term.cuisine for term in distinct if term.cuisine), "")
    words = unique([*(term.name for term in kind_terms), *(term.name for term in distinct)])
    unknown = unique(word for reading in readings for word in reading.unknown)
    return DishProfile(
        weight=_weight(protein, detail, distinct, name_terms),
        fat=clamp(BASE_FAT.get(protein, 0) + _level(term.fat for term in distinct), 0, 3),
        acidity=_level(term.acid for term in distinct),
        sweetness=sweetness,
        spice=heat,
        saltiness=_level(term.salt for term in distinct),
        smoke=_level(term.smoke for term in distinct),
        umami=_level(term.umami for term in distinct),
        protein=protein,
        detail=detail,
        facets=facets,
        cuisine=cuisine,
        words=words,
        subject=_subject(protein, readings[0], distinct),
        unknown=unknown,
        # Unknown words in a description are mostly cooking talk; in the name they may be the dish itself.
        confidence=_confidence(protein, distinct, readings[0].unknown),
    )


def board_parts(*, name: str, description: str = "", profile: DishProfile) -> tuple[DishProfile, DishProfile] | None:
    """A cheese board with a blue among other kinds, as two plates: the other cheeses, and the blue.

    One profile pairs a board by its first cheese, so "Comté, Roquefort and a crottin" got three
    dry whites and no sweet wine for the Roquefort. A sommelier pours a wine for the board and
    the Sauternes or Port the blue wants (Karen MacNeil, The Wine Bible: Roquefort and Sauternes,
    Stilton and Port). None for a board of one kind, or cheese cooked into a dish (a quattro
    formaggi pizza is no board).
    """
    if profile.protein != "cheese":
        return None
    named = read_food(name, named=True)
    # A board by name ("cheese plate", "tagliere di formaggi"), whose description lists its
    # cheeses; or cheeses of two kinds named and nothing else ("Comté and Roquefort"). Not a
    # gorgonzola and pear salad, a tart of Roquefort, nor a Cabrales of cow's and goat's milk.
    called_a_board = any(term.name in ("cheese board", "cheese") for term in named.terms)
    kinds = {term.detail for term in named.terms if term.protein == "cheese" and term.detail}
    only_cheeses = all(term.protein == "cheese" or term.kind == "cuisine" for term in named.terms)
    if not called_a_board and not (only_cheeses and len(kinds) > 1):
        return None
    blue: list[str] = []
    others: list[str] = []
    for reading in (named, read_food(description)) if called_a_board else (named,):
        for term, written in zip(reading.terms, reading.surfaces, strict=True):
            if term.protein != "cheese" or not term.detail or term.name in DIET_LABELS:
                continue
            kind = blue if term.detail == "blue" else others
            # As the menu or the diner wrote it ("Point Reyes Blue", "formaggi erborinati"),
            # with a protected name's capital ("Stilton"): never the lexicon's English name.
            said = _PROPER_NOUNS.get(" ".join(words_of(written)), written)
            if said.casefold() not in (each.casefold() for each in kind):
                kind.append(said)
    if not blue or not others:
        return None
    rest = dish_profile(name=" and ".join(others))
    rest = replace(rest, subject=" and ".join(others) if len(others) <= 2 else "other cheeses")
    return rest, replace(dish_profile(name=" and ".join(blue)), subject=" and ".join(blue))


# Pizzas with no tomato on them: a pizza's tomato is only what the name says.
_WHITE_PIZZAS: Final = frozenset({"pizza bianca", "white clam pizza"})


def _as_served(
    readings: Sequence[FoodReading], protein: str | None, detail: str, terms: list[FoodTerm]
) -> list[FoodTerm]:
    """The dish's parts as they reach the table: fries beside the main are its side, not how the main is
    cooked, and a white pizza has no tomato sauce."""
    if _fried_only_on_the_side(readings) and not _fish_supper(protein, detail, terms):
        terms = [_as_a_side(term) for term in terms]
    if any(term.name in _WHITE_PIZZAS for term in terms):
        terms = [
            replace(term, facets=term.facets - {"tomato", "tomato_sauce"}) if term.name == "pizza" else term
            for term in terms
        ]
    return terms


# Fried potatoes and onions beside a main are its side, not how the main is cooked: "grilled chicken with
# fries", "steak frites", a burger and onion rings are no fried dish, while fish and chips, fried chicken
# and tempura are (their main is fried). Said of another food ("sweet potato fries", "halloumi fries") or
# first ("fries with pulled pork"), they are the dish.
_FRIED_SIDES: Final = frozenset(word_list("fries, onion rings, game chips, crispy shallots"))


def _fried_only_on_the_side(readings: Sequence[FoodReading]) -> bool:
    """Whether everything fried the dish's words say is a side of fried potatoes or onions beside its main:
    after a main of the same text, across a comma or "with" ("chicken, fries"; "steak frites" lists its
    fries after the steak), or in the description of a dish whose name says its main."""
    name_main = any(_a_main(term) for term in readings[0].terms)
    sides = 0
    for number, reading in enumerate(readings):
        for at, term in enumerate(reading.terms):
            parts = _parts(term)
            for index, part in enumerate(parts):
                if part is not None and "fried" in part.facets:
                    if part.name not in _FRIED_SIDES or not any(_a_main(other) for other in parts[:index]):
                        return False
                    sides += 1
            if "fried" in term.facets:
                if term.name not in _FRIED_SIDES or not ((number > 0 and name_main) or _after_a_main(reading, at)):
                    return False
                sides += 1
    return sides > 0


def _a_main(term: FoodTerm | None) -> bool:
    """A meat, fish, cheese or vegetable that can be a dish's main, or a named dish that has one."""
    if term is None or term.seasoning or term.name in DIET_LABELS:
        return False
    return term.protein is not None or any(_a_main(part) for part in _parts(term))


def _parts(term: FoodTerm) -> list[FoodTerm | None]:
    return [_PARTS.get(tuple(stem(word) for word in words_of(part))) for part in term.parts]


def _after_a_main(reading: FoodReading, at: int) -> bool:
    """Whether a main is said before the term at ``at``, in another part of the line."""
    start = reading.spans[at][0]
    return any(
        _a_main(term) and any(position in reading.breaks for position in range(end, start + 1))
        for term, (_, end) in zip(reading.terms[:at], reading.spans[:at], strict=True)
    )


def _fish_supper(protein: str | None, detail: str, terms: Sequence[FoodTerm]) -> bool:
    """White fish or squid with chips and no way of cooking said is the chippy's, battered and fried
    ("haddock, chips and mushy peas", "calamari and chips"); a salmon or a grilled fish is not."""
    white = (protein == "fish" and detail in ("lean", "delicate", "")) or detail == "cephalopod"
    return white and not any(term.kind == "method" for term in terms)


def _as_a_side(term: FoodTerm) -> FoodTerm:
    """A side of fries read for what it is beside the main: no frying fat or salt of the main's."""
    if term.name not in _FRIED_SIDES:
        return term
    return replace(term, fat=0, salt=0, facets=term.facets - {"fried"})


# The natural sweetness of vegetables and shellfish (onion, carrot, peas, sweetcorn, squash, a scallop)
# and of a condiment beside the food (a chutney, ketchup) is a touch, however many of them the dish has:
# a beef stew with carrots, peas and onions, or a pork pie with chutney, is no sweet dish. Honey, a
# glaze, teriyaki, char siu, a barbecue or fruit sauce are sweet.
_CONDIMENTS: Final = frozenset(word_list("jam, ketchup"))


def _sweetness(protein: str | None, terms: Sequence[FoodTerm]) -> int:
    if protein in ("dessert", "chocolate"):
        return 3 if _level(term.sweet for term in terms) >= 2 else 2
    touches = [term for term in terms if _a_touch_of_sweetness(term)]
    sweet = _level(term.sweet for term in terms if term not in touches)
    return min(2, max(sweet, min(1, max((term.sweet for term in touches), default=0))))


def _a_touch_of_sweetness(term: FoodTerm) -> bool:
    return term.name in _CONDIMENTS or (
        term.kind == "ingredient" and term.sweet == 1 and "fruit" not in term.facets and term.name != "honey"
    )


def _reads_as_dessert(terms: Sequence[FoodTerm], name_terms: Sequence[FoodTerm]) -> bool:
    """Crêpes with caramelised orange, a fruit compote: sweet, so a dessert; so is fruit with
    cream, butter or nuts and nothing savoury (strawberries and cream, "Pear, brown butter,
    hazelnut"), and fruit cooked or steeped with nothing beside it (baked apples, grilled
    peaches, cherries in Kirsch). A potato, onion or tomato the name says keeps it savoury:
    latkes with apple sauce and sour cream."""
    if any(term.name in SAVOURY_VEGETABLES for term in name_terms):
        return False
    facets = {facet for term in terms for facet in term.facets}
    return (
        (any(term.sweet >= 2 for term in terms) and bool(facets & {"caramel", "custard", "fruit", "chocolate"}))
        or {"fruit", "cream"} <= facets
        or _fruit_plate(terms)
        or _cooked_fruit_alone(terms)
    )


def _heat(terms: Sequence[FoodTerm]) -> int:
    """Heat does not add up: the hottest part decides, a step less when something says "mildly"."""
    heat = max((term.heat for term in terms), default=0)
    if heat and any(term.heat < 0 for term in terms):
        heat = max(1, heat - 1)  # "mildly spiced"
    return heat


def _confidence(protein: str | None, terms: Sequence[FoodTerm], unknown: Sequence[str]) -> float:
    """How much of the dish the rules can reason about; the rest is left to retrieval similarity."""
    if not terms:
        return 0.0
    known = 1.0 if protein is not None else 0.35 + 0.15 * min(3, len(terms))
    # Unknown words may be the dish's real main ("kokoretsi"): trust the rules less.
    return round(known * (1.0 if not unknown else max(0.5, 1.0 - 0.15 * len(unknown))), 2)


def _term_tokens(term: FoodTerm, *, with_parts: bool = True) -> list[str]:
    """A term in canonical tokens; a named dish also as its parts ("vongole" is clams and pasta)."""
    tokens = [stem(word) for word in words_of(term.name)]
    parts = [_PARTS.get(tuple(stem(word) for word in words_of(part))) for part in term.parts]
    if not with_parts:
        # Without the parts, a named dish still says what it is made of: its main ("confit de canard": duck).
        parts = [next((part for part in parts if part is not None and part.protein is not None), None)]
    for part in parts:
        if part is not None:
            tokens += [stem(word) for word in words_of(part.name)]
    return tokens


def food_tokens(text: str) -> list[str]:
    """Stemmed words with every lexicon term in its canonical English words.

    "Gigot d'agneau" and "leg of lamb" both give ``leg, of, lamb``: what lets "the lamb"
    find a French menu's dish. Words the lexicon does not know pass through stemmed.
    """
    surface = words_of(text)
    tokens = [stem(word) for word in surface]
    found = {start: (end, term) for start, end, term in _TABLE.find(tokens)}
    result: list[str] = []
    position = 0
    while position < len(tokens):
        if position in found:
            end, term = found[position]
            # The words as written and the lexicon's: "carpaccio" is both itself and raw beef.
            result += tokens[position:end] + _term_tokens(term, with_parts=False)
            position = end
        else:
            result.append(tokens[position])
            position += 1
    return result


FOOD_TOKENS: Final = frozenset(token for term in LEXICON for token in _term_tokens(term)) - STOPWORDS


def starts_food(words: Sequence[str]) -> bool:
    """Whether these folded words begin with a food term ("curry", "crème brûlée", "red curry")."""
    tokens = [stem(word) for word in words]
    return any(start == 0 for start, _, _ in _TABLE.find(tokens[:4]))


# What a vegan does not eat besides meat and fish, as parts of the lexicon's names ("cream sauce",
# "brown butter", "goat's cheese", "hollandaise").
_ANIMAL_FOOD_PARTS: Final = frozenset(
    word_list(
        "butter, cream, cheese, egg, honey, milk, yogurt, yoghurt, mayo, mayonnaise, custard, hollandaise, "
        "bearnaise, aioli, ricotta, mozzarella, burrata, parmesan, pecorino, feta, halloumi, paneer, ghee, bechamel"
    )
)
_FORMS: Final = frozenset(word_list("burger, sausage, meatballs, nuggets, wings, patty"))
_SAID_VEGAN = re.compile(r"(?<!non-)(?<!non )\b(?:vegan|plant[- ]based)\b")
_SAID_VEGETARIAN = re.compile(r"(?<!non-)(?<!non )\b(?:vegetarian|veggie|meat[- ]free|meatless)\b")


def suits_diet(profile: DishProfile, diet: str, label: str = "") -> bool:
    """Whether a dish has no meat or fish ("vegetarian") and no dairy, egg or honey either
    ("vegan"): as the menu labels it ("Vegan burger"), else as its words read. Nothing read,
    nothing known; and the kitchen has the last word either way."""
    folded = fold_text(label)
    if _SAID_VEGAN.search(folded) or (diet == "vegetarian" and _SAID_VEGETARIAN.search(folded)):
        return True
    if not profile.words or profile.protein in (*_ANIMAL_MAINS, "dessert", "chocolate"):
        return False
    # A named dish's or a form's own protein is what it usually is made with ("burger": beef);
    # the reading of the whole ("halloumi burger") already said what this one is.
    proteins = {
        term.protein
        for word in profile.words
        if (term := TERMS_BY_NAME.get(word)) is not None and term.kind != "dish" and word not in _FORMS
    }
    if proteins & _ANIMAL_MAINS:
        return False
    return diet != "vegan" or not (
        "cheese" in proteins
        or profile.protein == "cheese"
        or any(token.rstrip("s") in _ANIMAL_FOOD_PARTS for word in profile.words for token in words_of(word))
    )


# A food name that holds a colour word because wine went into it ("red wine sauce", "vin blanc"):
# the colour still names a wine there, and the callers tell the cooking wine apart themselves.
_COOKING_WINE: Final = re.compile(r"\b(?:wine|wines|vin|vino|burgundy|sauvignon|sparkling)\b")


def inside_food_name(
    before: Sequence[str], words: Sequence[str], after: Sequence[str], *, cooking_wine: bool = True
) -> bool:
    """Whether a longer food term holds these folded words ("toro" in "rabo de toro"). Without
    ``cooking_wine``, not a name a wine went into: a colour is part of "manjar blanco", "fromage
    blanc" or "lollo rosso", but still names a wine in "red wine sauce"."""
    tokens = [stem(word) for word in (*before, *words, *after)]
    first, last = len(before), len(before) + len(words)
    return any(
        start <= first
        and end >= last
        and end - start > len(words)
        and (cooking_wine or not _COOKING_WINE.search(" ".join(tokens[start:end])))
        for start, end, _ in _TABLE.find(tokens)
    )


_COOKED_OVER: Final = frozenset(
    word_list(
        "oak, wood, char, pan, slow, stone, fire, flame, spit, beer, salt, herb, dry, hay, coal, ember, smoke, twice, "
        "double, hand, oven, hickory, cedar, applewood, mesquite, plank, deep, wok, butter, honey, maple, sous, brick, "
        "clay, cast"
    )
)


def name_in_sentence(name: str) -> str:
    """A menu's dish name as it reads inside a sentence: "the wild mushroom risotto", "the
    hamachi crudo"; a first word that is a proper noun keeps its capital ("the Tomales Bay
    oysters", "the Thai green curry", "the Roquefort salad"), as do a name in capitals and a title."""
    written = name.split()
    if not written or not written[0][:1].isupper() or written[0].isupper():
        return name
    if len(written) > 1 and all(word[:1].isupper() for word in written if len(word) > 3 and word[:1].isalpha()):
        return name  # "Grilled Lamb Chops": a title, every word capitalised; lowering one would jar
    if written[1:2] and written[1][:1].isupper():
        return name  # "New York strip", "Black Forest gateau", "St. Louis ribs": a proper name leads
    # A capital further on is its own ("Huîtres de Cancale", "Salmon with Dijon sauce"): the
    # first word still loses the capital that only starts the name.
    words = words_of(name)
    first = read_food(written[0])
    # "Oak-grilled lamb chops": what a dish was cooked over or in, joined to the method, is no
    # name ("Memphis-rubbed ribs" keeps its capital).
    cooked = (
        "-" in written[0]
        and written[0].split("-")[0].lower() in _COOKED_OVER
        and any(term.kind == "method" for term in first.terms)
    )
    if (
        not words
        or not (starts_food(words) or cooked)
        or words[0] in _PROPER_NOUNS
        or any(key.split()[0] == words[0] for key in _PROPER_NOUNS)
        or any(term.kind == "cuisine" for term in first.terms)
    ):
        return name
    return name[:1].lower() + name[1:]
