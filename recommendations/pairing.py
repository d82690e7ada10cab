"""Wine and dish profiles, and the classic rules sommeliers pair them by.

Everything here is a pure function over plain values: no database, no model,
no network. The recommender, the offline evaluation and the tests therefore
score a pairing identically on every run, and the tiny local model only ever
*phrases* reasons that were decided here.

The knowledge lives in module-level tables (grapes, food words, cue words) so
a sommelier can review it without reading the code that applies it. Word
lists are written as comma-separated strings to keep them reviewable.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

COLOURS: Final = ("red", "white", "rose", "sparkling", "dessert", "orange")

# ---------------------------------------------------------------------------
# Text helpers (shared with question.py)
# ---------------------------------------------------------------------------

_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "·": "", "œ": "oe", "æ": "ae"})
_WORD = re.compile(r"[a-z0-9]+")
# Plural stripping would damage these endings ("bass" -> "bas", "foie gras" -> "foie gra").
_KEEP_FINAL_S = ("ss", "us", "is", "as")


def fold_text(text: str) -> str:
    """Lower-case text without accents, so "Rosé", "ROSE" and "rosé" read alike everywhere."""
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


def word_list(text: str) -> tuple[str, ...]:
    """A vocabulary written as "a, b, c" (how the tables below stay readable)."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


# Menus here are French and Italian; diners ask in English. Stems on both sides.
FOREIGN_FOOD_WORDS: Final[Mapping[str, str]] = {
    **dict.fromkeys(word_list("agneau, gigot, agnello, abbacchio, cordero"), "lamb"),
    **dict.fromkeys(word_list("canard, anatra"), "duck"),
    **dict.fromkeys(word_list("boeuf, manzo"), "beef"),
    **dict.fromkeys(word_list("bistecca, entrecote"), "steak"),
    **dict.fromkeys(word_list("poulet, pollo"), "chicken"),
    **dict.fromkeys(word_list("veau, vitello, ternera"), "veal"),
    **dict.fromkeys(word_list("porc, cochon, maiale, cerdo"), "pork"),
    **dict.fromkeys(word_list("poisson, pesce"), "fish"),
    **dict.fromkeys(word_list("thon, tonno"), "tuna"),
    **dict.fromkeys(word_list("vongole, vongola"), "clam"),
    **dict.fromkeys(word_list("gamberi, gamba, crevette"), "shrimp"),
    **dict.fromkeys(word_list("calamari, calamar"), "squid"),
    **dict.fromkeys(word_list("polpo, pulpo"), "octopus"),
    **dict.fromkeys(word_list("fromage, formaggi, formaggio, queso, cacio"), "cheese"),
    **dict.fromkeys(word_list("funghi, fungo, champignon"), "mushroom"),
    **dict.fromkeys(word_list("tartufo, truffe"), "truffle"),
    **dict.fromkeys(word_list("melanzane, aubergine"), "eggplant"),
    **dict.fromkeys(word_list("pomodoro, pomodori, tomate"), "tomato"),
    **dict.fromkeys(word_list("chocolat, cioccolato"), "chocolate"),
    **dict.fromkeys(word_list("creme, crema"), "cream"),
    **dict.fromkeys(word_list("beurre, burro"), "butter"),
    **dict.fromkeys(word_list("citron, limone"), "lemon"),
    **dict.fromkeys(word_list("oignon, cipolla"), "onion"),
    **dict.fromkeys(word_list("poivre, pepe"), "pepper"),
    "jambon": "ham",
    "lapin": "rabbit",
    "chevreuil": "venison",
    "sanglier": "boar",
    "saumon": "salmon",
    "huitre": "oyster",
    "moule": "mussel",
    "homard": "lobster",
    "escargot": "snail",
    "chevre": "goat",
    "morille": "morel",
    "courgette": "zucchini",
    "frite": "fry",
    "tarte": "tart",
    "torta": "cake",
    "dinde": "turkey",
}


def food_tokens(text: str) -> list[str]:
    """Stemmed, translated words of a dish name, tag, description or question."""
    return [FOREIGN_FOOD_WORDS.get(word, word) for word in (stem(word) for word in words_of(text))]


def food_phrase(text: str) -> str:
    """A vocabulary entry in the form ``PhraseTable.find`` reports it."""
    return " ".join(food_tokens(text))


def _phrases(text: str) -> frozenset[str]:
    return frozenset(food_phrase(entry) for entry in word_list(text))


class PhraseTable:
    """Multi-word vocabulary matched on stemmed tokens, longest phrase first.

    Menus say "rib-eye", "rib eye" and "ribeye"; diners say "fish and chips".
    Matching token runs instead of regexes keeps every table a plain mapping.
    """

    def __init__(self, entries: Mapping[str, str]) -> None:
        self._entries = {tuple(food_tokens(phrase)): value for phrase, value in entries.items()}
        self._longest = max((len(key) for key in self._entries), default=1)

    def single_words(self) -> frozenset[str]:
        """The one-word entries: enough to tell "rich chocolate" (food) from "rich red" (wine)."""
        return frozenset(key[0] for key in self._entries if len(key) == 1)

    def find(self, tokens: Sequence[str]) -> list[tuple[int, int, str, str]]:
        """(start, end, phrase, value) of every match, left to right, without overlaps."""
        found: list[tuple[int, int, str, str]] = []
        position = 0
        while position < len(tokens):
            for length in range(min(self._longest, len(tokens) - position), 0, -1):
                key = tuple(tokens[position : position + length])
                if key in self._entries:
                    found.append((position, position + length, " ".join(key), self._entries[key]))
                    position += length
                    break
            else:
                position += 1
        return found


def _table(groups: Mapping[str, str]) -> PhraseTable:
    return PhraseTable({entry: value for value, entries in groups.items() for entry in word_list(entries)})


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, round(value))))


# ---------------------------------------------------------------------------
# Grapes
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GrapeTraits:
    """Typical structure of a varietal wine (Wine Folly / WSET textbook values)."""

    name: str
    colour: str  # the berry's colour ("red" or "white"), not that of every wine made from it
    body: int  # 1..5
    acidity: int  # 1..5
    tannin: int  # 0..5
    oak: int = 0  # 0..3, how it is usually raised
    sweetness: int = 0
    aliases: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()


def _red(name: str, body: int, acidity: int, tannin: int, oak: int, aliases: str = "", styles: str = "") -> GrapeTraits:
    return GrapeTraits(name, "red", body, acidity, tannin, oak, aliases=word_list(aliases), styles=word_list(styles))


def _white(name: str, body: int, acidity: int, oak: int, aliases: str = "", styles: str = "") -> GrapeTraits:
    return GrapeTraits(name, "white", body, acidity, 0, oak, aliases=word_list(aliases), styles=word_list(styles))


GRAPES: Final[tuple[GrapeTraits, ...]] = (
    # Reds:  name, body, acidity, tannin, oak, aliases, typical style words
    _red("Cabernet Sauvignon", 5, 3, 5, 2, "cabernet, cab, cab sauv", "structured, herbal"),
    _red("Merlot", 4, 3, 3, 2, "", "fruity, plush"),
    _red("Pinot Noir", 2, 4, 2, 1, "pinot nero, spatburgunder, blauburgunder", "earthy, silky"),
    _red("Syrah", 5, 3, 4, 1, "shiraz", "peppery, savoury"),
    _red("Grenache", 3, 2, 2, 1, "garnacha, cannonau, garnatxa", "fruity, spicy"),
    _red("Mourvèdre", 5, 2, 4, 1, "monastrell, mataro", "savoury, earthy"),
    _red("Nebbiolo", 4, 5, 5, 1, "spanna", "earthy, floral"),
    _red("Sangiovese", 3, 5, 4, 1, "brunello, morellino, prugnolo gentile", "savoury, herbal"),
    _red("Tempranillo", 4, 3, 4, 2, "tinto fino, tinta roriz, aragonez, tinta de toro", "savoury"),
    _red("Gamay", 2, 4, 1, 0, "gamay noir", "fruity, juicy"),
    _red("Malbec", 4, 3, 4, 1, "côt", "fruity"),
    _red("Zinfandel", 4, 3, 3, 2, "primitivo, zin", "jammy, spicy"),
    _red("Barbera", 3, 5, 2, 1, "", "juicy"),
    _red("Aglianico", 5, 4, 5, 1, "", "earthy, smoky"),
    _red("Nero d'Avola", 4, 3, 3, 1, "calabrese", "fruity"),
    _red("Cabernet Franc", 3, 4, 3, 1, "cab franc, bouchet", "herbal"),
    _red("Petite Sirah", 5, 3, 5, 2, "durif", "jammy"),
    _red("Petit Verdot", 5, 3, 5, 2),
    _red("Carignan", 3, 4, 3, 1, "carignane, mazuelo, cariñena", "savoury"),
    _red("Cinsault", 2, 3, 2, 0, "cinsaut", "fruity"),
    _red("Dolcetto", 3, 2, 3, 0, "", "fruity"),
    _red("Montepulciano", 4, 3, 4, 1, "", "fruity"),
    _red("Corvina", 3, 4, 2, 1, "corvinone", "fruity"),
    _red("Rondinella", 2, 3, 2, 0),
    _red("Negroamaro", 4, 3, 3, 1, "", "earthy"),
    _red("Frappato", 2, 3, 1, 0, "", "fruity, floral"),
    _red("Nerello Mascalese", 3, 4, 3, 1, "nerello cappuccio", "earthy, smoky"),
    _red("Poulsard", 1, 3, 1, 0, "ploussard", "fruity"),
    _red("Lambrusco", 2, 4, 2, 0, "", "fruity, juicy"),
    _red("Touriga Nacional", 5, 3, 4, 1, "touriga franca", "floral"),
    _red("Pinot Meunier", 2, 4, 1, 0, "meunier, schwarzriesling", "fruity"),
    _red("Tannat", 5, 4, 5, 2, "", "structured"),
    _red("Blaufränkisch", 3, 4, 3, 1, "lemberger, kékfrankos", "peppery"),
    _red("Carmenère", 4, 3, 3, 1, "", "herbal"),
    _red("Pinotage", 4, 3, 3, 1, "", "smoky"),
    _red("Graciano", 4, 4, 4, 1),
    _red("Counoise", 2, 3, 2, 0, "", "peppery"),
    _red("Sagrantino", 5, 4, 5, 2, "", "structured"),
    _red("Mencía", 3, 4, 3, 1, "", "floral"),
    _red("Xinomavro", 3, 5, 4, 1, "", "earthy"),
    _red("Saperavi", 5, 4, 4, 1, "", "fruity"),
    _red("Canaiolo", 2, 3, 2, 0),
    _red("Colorino", 3, 3, 3, 0),
    _red("Malvasia Nera", 3, 3, 2, 0),
    _red("Oseleta", 4, 3, 4, 1),
    # Whites:  name, body, acidity, oak, aliases, typical style words
    _white("Chardonnay", 4, 3, 2, "chard"),
    _white("Sauvignon Blanc", 2, 5, 0, "sauv blanc, savvy b, fumé blanc", "herbal, zesty"),
    _white("Riesling", 2, 5, 0, "", "aromatic, zesty, mineral"),
    _white("Chenin Blanc", 3, 5, 1, "chenin, steen", "honeyed"),
    _white("Albariño", 2, 4, 0, "alvarinho", "zesty, mineral"),
    _white("Grüner Veltliner", 2, 4, 0, "grüner", "peppery, herbal"),
    _white("Pinot Grigio", 2, 3, 0, "pinot gris, grauburgunder", "fresh"),
    _white("Viognier", 4, 2, 1, "", "aromatic, floral"),
    _white("Melon de Bourgogne", 1, 4, 0, "muscadet", "mineral"),
    _white("Vermentino", 2, 4, 0, "rolle, pigato, favorita", "herbal, zesty"),
    _white("Gewürztraminer", 4, 2, 0, "gewurz, traminer", "aromatic, spicy, floral"),
    _white("Sémillon", 3, 3, 1, "", "honeyed"),
    _white("Muscat", 2, 3, 0, "moscato, moscatel, muscat blanc, zibibbo, muskateller", "aromatic, floral"),
    _white("Glera", 1, 4, 0, "prosecco", "fruity, floral"),
    _white("Marsanne", 4, 2, 1, "", "nutty"),
    _white("Roussanne", 4, 3, 1, "", "nutty, herbal"),
    _white("Aligoté", 2, 5, 0, "", "zesty"),
    _white("Picpoul", 1, 5, 0, "piquepoul", "zesty, mineral"),
    _white("Assyrtiko", 3, 5, 0, "", "mineral"),
    _white("Garganega", 2, 3, 0, "grecanico", "nutty"),
    _white("Trebbiano", 2, 4, 0, "ugni blanc", "fresh"),
    _white("Fiano", 3, 3, 0, "", "nutty"),
    _white("Arneis", 3, 2, 0, "", "floral"),
    _white("Cortese", 2, 4, 0, "", "zesty"),
    _white("Verdicchio", 3, 4, 0, "", "mineral"),
    _white("Pecorino", 3, 4, 0, "", "herbal"),
    _white("Friulano", 3, 3, 0, "tocai friulano, sauvignonasse", "nutty"),
    _white("Carricante", 2, 5, 0, "", "mineral"),
    _white("Catarratto", 2, 3, 0, "", "herbal"),
    _white("Grechetto", 3, 3, 0),
    _white("Pinot Blanc", 2, 3, 0, "pinot bianco, weissburgunder"),
    _white("Ribolla Gialla", 3, 4, 0, "ribolla, rebula", "nutty"),
    _white("Rkatsiteli", 3, 4, 0, "", "nutty"),
    _white("Furmint", 3, 5, 0, "", "mineral"),
    _white("Hárslevelű", 3, 3, 0, "", "honeyed"),
    _white("Vidal", 3, 4, 0, "vidal blanc"),
    _white("Torrontés", 2, 3, 0, "", "aromatic, floral"),
    _white("Verdejo", 2, 4, 0, "", "herbal"),
    _white("Godello", 3, 4, 1, "", "mineral"),
    _white("Xarel·lo", 3, 3, 0, "xarel-lo"),
    _white("Macabeo", 2, 3, 0, "macabeu, viura"),
    _white("Parellada", 1, 4, 0),
    _white("Malvasia", 3, 3, 0, "malvasia bianca, malmsey", "aromatic"),
    _white("Vespaiola", 2, 4, 0),
    _white("Savagnin", 3, 5, 1, "", "nutty"),
    _white("Clairette", 2, 2, 0),
    _white("Silvaner", 2, 3, 0, "sylvaner"),
    _white("Müller-Thurgau", 2, 3, 0, "rivaner"),
    _white("Greco", 3, 4, 0, "", "mineral"),
    _white("Falanghina", 2, 4, 0, "", "fresh"),
    _white("Verdiso", 1, 4, 0),
)

# Every spelling, folded: "Mourvèdre", "mourvedre" and "Monastrell" find the same entry.
GRAPE_ALIASES: Final[Mapping[str, GrapeTraits]] = {
    " ".join(words_of(alias)): grape for grape in GRAPES for alias in (grape.name, *grape.aliases)
}
_LONGEST_ALIAS: Final = max(len(alias.split()) for alias in GRAPE_ALIASES)


def grape_traits(name: str) -> GrapeTraits | None:
    """The table entry for a grape as a wine list or a diner writes it.

    Exact alias first, then the longest alias inside the name, so "Muscat Blanc
    à Petits Grains" is Muscat, "Trebbiano Abruzzese" is Trebbiano and
    "Cabernet Franc" never falls back to the "cabernet" alias.
    """
    tokens = words_of(name)
    exact = GRAPE_ALIASES.get(" ".join(tokens))
    if exact is not None:
        return exact
    for length in range(min(_LONGEST_ALIAS, len(tokens)), 0, -1):
        for start in range(len(tokens) - length + 1):
            grape = GRAPE_ALIASES.get(" ".join(tokens[start : start + length]))
            if grape is not None:
                return grape
    return None


def canonical_grape(name: str) -> str:
    """The table's spelling of a grape, or the name as given when the table does not know it."""
    grape = grape_traits(name)
    return grape.name if grape is not None else name.strip()


# ---------------------------------------------------------------------------
# Wine profiles
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WineProfile:
    body: int  # 1 light .. 5 full
    acidity: int  # 1 soft .. 5 racy
    tannin: int  # 0 none (whites) .. 5 firm
    sweetness: int  # 0 bone dry .. 5 luscious
    oak: int  # 0 unoaked .. 3 toasty new oak
    style_words: tuple[str, ...]


# Without grapes we know, a wine still has the shape of its colour.
_COLOUR_DEFAULTS: Final[Mapping[str, WineProfile]] = {
    "red": WineProfile(body=3, acidity=3, tannin=3, sweetness=0, oak=1, style_words=()),
    "white": WineProfile(body=2, acidity=4, tannin=0, sweetness=0, oak=0, style_words=()),
    "rose": WineProfile(body=2, acidity=4, tannin=1, sweetness=0, oak=0, style_words=()),
    "sparkling": WineProfile(body=2, acidity=5, tannin=0, sweetness=0, oak=0, style_words=()),
    "dessert": WineProfile(body=4, acidity=4, tannin=0, sweetness=4, oak=1, style_words=()),
    "orange": WineProfile(body=3, acidity=4, tannin=2, sweetness=0, oak=0, style_words=()),
}

# Climate nudges one step: cool regions keep acidity, warm ones build body.
COOL_REGIONS: Final = word_list(
    "champagne, mosel, loire, alsace, alto adige, jura, nahe, kamptal, wachau, willamette, sonoma coast, "
    "anderson valley, trentino, rias baixas, santorini, marlborough, tasmania, finger lakes, niagara, chablis"
)
WARM_REGIONS: Final = word_list(
    "napa, paso robles, barossa, mclaren vale, douro, puglia, mendoza, priorat, toro, lodi, dry creek, "
    "alexander valley, sicily"
)

_BODY_LEVEL: Final = {"light": 1, "medium": 3, "full": 5}
_EXPLICIT_BODY = re.compile(r"\b(light|medium|full)(?:er)?(?:[- ]to[- ](light|medium|full))?[- ]bodied\b")
_LIGHTER = re.compile(r"\b(?:light|delicate|lean|ethereal|fine-boned)\b")
_FULLER = re.compile(r"\b(?:full|rich|powerful|opulent|concentrated|dense|plush|luscious|big)\b")

_TANNIN_MENTION = re.compile(r"\btannins?\b|\btannic\b")
_ACID_MENTION = re.compile(r"\bacid(?:ity)?\b")
# An adjective belongs to the nearest noun: in "firm acidity and fine tannins" the tannins are "fine".
_CLAUSE_BOUNDARY = re.compile(r"[.;:]| and | with | over ")
_TANNIN_POWERFUL = frozenset(word_list("powerful, robust, massive, sturdy, dense, muscular, chewy"))
_TANNIN_FIRM = frozenset(word_list("firm, firmly, big, grippy, rustic, structured, assertive, gripping"))
_TANNIN_MODERATE = frozenset(
    word_list("fine, polished, ripe, refined, moderate, fine-grained, now-softening, supple, velvety, silky, smooth")
)
_TANNIN_SOFT = frozenset(word_list("soft, gentle, light, low, mellow"))
_TANNIN_FAINT = frozenset(word_list("hint, touch, barely, trace, very"))
_ACID_RACY = frozenset(word_list("racy, searing, piercing, electric, high"))
_ACID_BRIGHT = frozenset(
    word_list("bright, vibrant, lively, crisp, fresh, firm, taut, tense, zesty, sharp, brisk, good, tangy, mineral")
)
_ACID_SOFT = frozenset(word_list("soft, low, gentle, moderate, round, rounded"))

# First match wins, so the specific phrases come before plain "sweet" and "dry".
_SWEETNESS_PHRASES: Final = (
    (re.compile(r"\b(?:intensely|lusciously|very) sweet\b|\bluscious\b"), 5),
    (re.compile(r"\b(?:gently|lightly|slightly|softly|medium) sweet\b|\bmedium-sweet\b|\bdemi-sec\b"), 3),
    (re.compile(r"\boff-dry\b|\boff dry\b|\bextra dry\b"), 2),
    # "Sweet spice" and "sweet oak" describe aromas, not sugar.
    (re.compile(r"\bsweet\b(?! (?:spice|oak|tobacco|vanilla|fruit|cherry|herbs?))"), 4),
    (re.compile(r"\b(?:bone-dry|bone dry|dry|brut|extra brut)\b"), 0),
)
_OAK_NONE = re.compile(r"\bunoaked\b|\bno oak\b|\bstainless\b|\bamphora\b|\bqvevri\b")
_OAK_LIGHT = re.compile(
    r"\b(?:gentle|light|lightly|subtle|restrained|touch of|hint of|brush of|fine|old) (?:\w+ )?(?:oak|barrels?)\b"
    r"|\blightly oaked\b"
)
_OAK_HEAVY = re.compile(r"\b(?:toasty|toasted|new|sweet|vanilla|spicy) oak\b|\boaky\b|\bbarrel-fermented\b")
_OAK_ANY = re.compile(r"\boak(?:ed)?\b|\bbarrels?\b|\bbarrique\b|\bvanilla\b")
_LOW_ALCOHOL = re.compile(r"\blow(?:er)? (?:in )?alcohol\b|\blow-alcohol\b")
_HIGH_ALCOHOL = re.compile(r"\bhigh(?:er)? (?:in )?alcohol\b|\bhigh-alcohol\b|\bheady\b")

# Description word -> the style vocabulary that retrieval documents and reasons use.
WINE_STYLE_WORDS: Final[Mapping[str, str]] = {
    **dict.fromkeys(word_list("crisp, racy"), "crisp"),
    **dict.fromkeys(word_list("zesty, zippy"), "zesty"),
    **dict.fromkeys(
        word_list("mineral, minerality, flinty, flint, stony, chalky, saline, slate, volcanic, oyster-shell"), "mineral"
    ),
    **dict.fromkeys(word_list("earthy, earthiness, earth, forest, truffle, mushroom, iron"), "earthy"),
    **dict.fromkeys(word_list("savoury, savory, leather, gamey, olive, tar"), "savoury"),
    **dict.fromkeys(word_list("peppery, pepper"), "peppery"),
    **dict.fromkeys(word_list("spice, spicy, ginger"), "spicy"),
    **dict.fromkeys(word_list("herbs, herbal, herbaceous, grass, garrigue, sage, leafy"), "herbal"),
    **dict.fromkeys(word_list("floral, flowers, violet, violets, blossom"), "floral"),
    **dict.fromkeys(word_list("smoky, smoke"), "smoky"),
    **dict.fromkeys(word_list("toast, toasty, brioche"), "toasty"),
    **dict.fromkeys(word_list("buttery, butter"), "buttery"),
    **dict.fromkeys(word_list("nutty, hazelnut, almond, walnut"), "nutty"),
    **dict.fromkeys(word_list("fruity, fruit-forward"), "fruity"),
    **dict.fromkeys(word_list("aromatic, perfumed, exotic, lychee"), "aromatic"),
    **dict.fromkeys(word_list("honey, honeyed"), "honeyed"),
    **dict.fromkeys(word_list("silky, velvety"), "silky"),
    "creamy": "creamy",
    "juicy": "juicy",
    "jammy": "jammy",
    "elegant": "elegant",
}


def _grape_average(grapes: Sequence[str]) -> tuple[list[GrapeTraits], dict[str, float]]:
    """Known grapes of a blend, averaged with the first (usually dominant) grape counting double."""
    known = [traits for traits in (grape_traits(grape) for grape in grapes) if traits is not None]
    if not known:
        return [], {}
    weights = [2.0, *([1.0] * (len(known) - 1))]
    pairs = list(zip(known, weights, strict=True))
    total = sum(weights)
    return known, {
        attribute: sum(getattr(traits, attribute) * weight for traits, weight in pairs) / total
        for attribute in ("body", "acidity", "tannin", "oak", "sweetness")
    }


def _window_before(text: str, end: int) -> set[str]:
    """The last few words of the clause leading up to a mention, e.g. "firm but ripe" before "tannins"."""
    clause = _CLAUSE_BOUNDARY.split(text[:end])[-1]
    return set(re.findall(r"[a-z][a-z-]*", clause)[-5:])


def _tannin_from(description: str, tannin: float) -> float:
    for mention in _TANNIN_MENTION.finditer(description):
        adjectives = _window_before(description, mention.start())
        if adjectives & _TANNIN_POWERFUL:
            tannin = 5
        elif adjectives & _TANNIN_FIRM:
            tannin = max(tannin, 4)
        elif adjectives & _TANNIN_FAINT:
            tannin = min(tannin, 1)
        elif adjectives & _TANNIN_SOFT:
            tannin = min(tannin, 2)
        elif adjectives & _TANNIN_MODERATE:
            tannin = max(2, min(tannin, 3))
    if re.search(r"\bfirmly tannic\b", description):
        tannin = max(tannin, 4)
    if re.search(r"\bgrippy\b", description):
        tannin = max(tannin, 3)
    return tannin


def _acidity_from(description: str, acidity: float) -> float:
    for mention in _ACID_MENTION.finditer(description):
        adjectives = _window_before(description, mention.start())
        if adjectives & _ACID_RACY:
            acidity = 5
        elif adjectives & {"soft", "low"}:
            acidity = min(acidity, 2)
        elif adjectives & _ACID_SOFT:
            acidity = min(acidity, 3)
        elif adjectives & _ACID_BRIGHT:
            acidity = max(acidity, 4)
    if re.search(r"\b(?:racy|searing|piercing|electric)\b", description):
        return 5
    if re.search(r"\b(?:crisp|zesty|zippy|lean|taut|tart)\b", description):
        return max(acidity, 4)
    return acidity


def _body_from(description: str, body: float) -> float:
    explicit = _EXPLICIT_BODY.search(description)
    if explicit is not None:
        low = _BODY_LEVEL[explicit.group(1)]
        return (low + _BODY_LEVEL[explicit.group(2) or explicit.group(1)]) / 2
    if _FULLER.search(description):
        return max(body + 1, 4)
    if _LIGHTER.search(description):
        return min(body, 2)
    return body


def _sweetness_from(description: str, sweetness: float) -> float:
    return next((level for pattern, level in _SWEETNESS_PHRASES if pattern.search(description)), sweetness)


def _oak_from(description: str, oak: float) -> float:
    if _OAK_NONE.search(description):
        return 0
    if _OAK_LIGHT.search(description):
        return 1
    if _OAK_HEAVY.search(description):
        return 3
    if _OAK_ANY.search(description):
        return max(oak, 2)
    # An oak-raised grape whose description never mentions oak is probably not showing it.
    return min(oak, 1)


def _description_styles(description: str) -> list[str]:
    words = re.findall(r"[a-z][a-z-]*", description)
    styles = [WINE_STYLE_WORDS[word] for word in words if word in WINE_STYLE_WORDS]
    if _LOW_ALCOHOL.search(description):
        styles.append("low-alcohol")
    elif _HIGH_ALCOHOL.search(description):
        styles.append("high-alcohol")
    return styles


def _grape_styles(colour: str, known: list[GrapeTraits]) -> list[str]:
    """Typical style words of the main grapes, only for still wines of the grape's own colour.

    Pinot Noir is earthy as a red, not in Champagne or a pale rosé.
    """
    return [style for grape in known[:2] if grape.colour == colour for style in grape.styles]


def _region_nudge(region: str) -> tuple[int, int]:
    """(body, acidity) steps from the region's climate."""
    folded = fold_text(region)
    if any(name in folded for name in COOL_REGIONS):
        return 0, 1
    if any(name in folded for name in WARM_REGIONS):
        return 1, 0
    return 0, 0


def _bounded_by_colour(colour: str, text: str, shape: dict[str, float]) -> None:
    """What the colour makes physically true: whites have no tannin, sparkling wine is high in acid..."""
    mentions_tannin = bool(_TANNIN_MENTION.search(text)) or "grip" in text
    if colour == "white":
        shape["tannin"] = 0
    elif colour == "rose":
        shape["tannin"] = min(shape["tannin"], 2 if mentions_tannin else 1)
        shape["body"] = min(shape["body"], 3)
        shape["acidity"] = max(shape["acidity"], 3)
    elif colour == "sparkling":
        shape["tannin"] = min(shape["tannin"], 1) if re.search(r"\b(?:red|ruby)\b", text) else 0
        shape["acidity"] = max(shape["acidity"], 4)
        if not (_EXPLICIT_BODY.search(text) or _FULLER.search(text)):
            shape["body"] = min(shape["body"], 3)
    elif colour == "dessert":
        shape["sweetness"] = max(shape["sweetness"], 3) if shape["sweetness"] else 4
        shape["tannin"] = min(shape["tannin"], 3)
    elif colour == "orange":
        shape["tannin"] = max(shape["tannin"], 2 if mentions_tannin or "skin" in text else 1)
    elif colour == "red":
        shape["tannin"] = max(shape["tannin"], 1)


def wine_profile(*, colour: str, grapes: Sequence[str], description: str, region: str = "") -> WineProfile:
    """The structure of a wine: grape knowledge, corrected by what its own description says.

    The description wins over the grape table because it describes *this*
    bottle: a "light-to-medium bodied" Langhe Nebbiolo is not a Barolo. Colour
    then bounds what is possible (a white has no tannin, a dessert wine is sweet).
    """
    colour = fold_text(colour).strip()
    default = _COLOUR_DEFAULTS.get(colour, _COLOUR_DEFAULTS["red"])
    known, averages = _grape_average(grapes)
    attributes = ("body", "acidity", "tannin", "oak", "sweetness")
    shape = {attribute: averages.get(attribute, float(getattr(default, attribute))) for attribute in attributes}
    text = fold_text(description)
    region_body, region_acidity = _region_nudge(region)
    shape["body"] = _body_from(text, shape["body"] + region_body)
    shape["acidity"] = _acidity_from(text, shape["acidity"] + region_acidity)
    shape["tannin"] = _tannin_from(text, shape["tannin"])
    shape["sweetness"] = _sweetness_from(text, shape["sweetness"])
    shape["oak"] = _oak_from(text, shape["oak"])
    _bounded_by_colour(colour, text, shape)
    return WineProfile(
        body=_clamp(shape["body"], 1, 5),
        acidity=_clamp(shape["acidity"], 1, 5),
        tannin=_clamp(shape["tannin"], 0, 5),
        sweetness=_clamp(shape["sweetness"], 0, 5),
        oak=_clamp(shape["oak"], 0, 3),
        style_words=_unique([*_grape_styles(colour, known), *_description_styles(text)]),
    )


_BODY_WORDS: Final = {
    1: "light-bodied",
    2: "light-to-medium-bodied",
    3: "medium-bodied",
    4: "medium-to-full-bodied",
    5: "full-bodied",
}
_COLOUR_NOUNS: Final = {
    "red": "red",
    "white": "white",
    "rose": "rosé",
    "sparkling": "sparkling wine",
    "dessert": "dessert wine",
    "orange": "orange wine",
}


def _structure_word(profile: WineProfile, colour: str) -> str | None:
    if colour in ("red", "orange") and profile.tannin >= 4:
        return "firmly tannic"
    if colour == "red" and profile.tannin <= 2:
        return "supple, low-tannin" if profile.tannin <= 1 else "supple"
    if colour == "orange" and profile.tannin >= 2:
        return "grippy"
    if profile.acidity >= 5:
        return "racy"
    if profile.acidity >= 4 and colour != "red":
        return "crisp"
    if profile.acidity <= 2 and colour != "red":
        return "soft, rounded"
    return None


def _sweetness_word(profile: WineProfile, colour: str) -> str | None:
    if profile.sweetness >= 5:
        return "lusciously sweet"
    if profile.sweetness == 4:
        return "sweet"
    if profile.sweetness == 3:
        return "medium-sweet"
    if profile.sweetness >= 1:
        return "off-dry"
    return "dry" if colour in ("rose", "orange") else None


def describe_wine_style(profile: WineProfile, *, colour: str) -> str:
    """A sommelier's one-line shape of a wine, e.g. "full-bodied, firmly tannic, oaky red".

    Retrieval documents carry it because MiniLM only ranks a Cabernet above a
    Sauvignon Blanc for "full-bodied red for lamb" when these words are there.
    """
    colour = fold_text(colour).strip()
    parts = [_sweetness_word(profile, colour), _BODY_WORDS[profile.body], _structure_word(profile, colour)]
    if profile.oak >= 3 or (profile.oak >= 2 and colour in ("white", "orange")):
        parts.append("oaky")
    elif profile.oak == 0 and colour == "white":
        parts.append("unoaked")
    return f"{', '.join(part for part in parts if part)} {_COLOUR_NOUNS.get(colour, colour)}"


# ---------------------------------------------------------------------------
# Dish profiles
# ---------------------------------------------------------------------------

PROTEIN_WORDS: Final = _table(
    {
        "red_meat": "beef, steak, rib eye, ribeye, sirloin, tenderloin, filet mignon, brisket, burger, hamburger, "
        "oxtail, short rib, prime rib, bavette, tbone, meatball, bolognese, ragu, red meat, bison, carpaccio, "
        "tartare, chili con carne, bourguignon",
        "lamb": "lamb, mutton, merguez, rack of lamb, lamb chop, kofta",
        "game": "venison, boar, rabbit, hare, pheasant, grouse, pigeon, squab, quail, game, elk",
        "duck": "duck, magret, goose, foie gras",
        "pork": "pork, ham, bacon, lardon, guanciale, pancetta, prosciutto, salumi, salami, charcuterie, sausage, "
        "chorizo, pate, rillette, terrine, porchetta, pork belly, spare rib, pulled pork",
        "veal": "veal, osso buco, osso, saltimbocca, schnitzel",
        "poultry": "chicken, turkey, coq au vin, poussin, capon, hen, white meat, fried chicken",
        "fish": "fish, white fish, salmon, tuna, cod, halibut, sole, sea bass, bass, branzino, trout, hamachi, "
        "yellowtail, rockfish, monkfish, mackerel, sardine, anchovy, swordfish, snapper, turbot, haddock, hake, "
        "bream, dorade, crudo, sashimi, sushi, ceviche, fish and chips, fish taco, bouillabaisse, caviar, "
        "smoked salmon",
        # Escargots are served like shellfish: garlic butter, white Burgundy.
        "shellfish": "oyster, mussel, clam, scallop, crab, lobster, shrimp, prawn, langoustine, scampi, squid, "
        "octopus, shellfish, seafood, cioppino, chowder, frutti di mare, snail",
        "mushroom": "mushroom, porcini, morel, chanterelle, truffle, cep, maitake, shiitake, wild mushroom",
        "vegetarian": "vegetarian, vegan, vegetable, eggplant, zucchini, tofu, lentil, chickpea, salad, "
        "asparagus, spinach, cauliflower, broccoli rabe, falafel, leafy greens",
        "cheese": "cheese, cheese plate, cheese board, comte, brie, camembert, cheddar, parmesan, parmigiano, "
        "parmigiano-reggiano, pecorino, gruyere, manchego, gouda, goat, goat cheese, feta, halloumi, mozzarella, "
        "burrata, ricotta, mascarpone, taleggio, epoisses, munster, stilton, roquefort, gorgonzola, blue cheese, "
        "blue, triple-cream",
        "chocolate": "chocolate, cocoa, brownie, chocolate cake, dark chocolate, chocolate mousse, fondant",
        "dessert": "dessert, cake, tart, pie, mousse, custard, brulee, creme brulee, panna cotta, tiramisu, cannoli, "
        "ice cream, gelato, sorbet, pudding, crumble, cheesecake, macaron, souffle, tatin, cobbler, meringue, "
        "biscotti, cantucci, pot de creme, fruit tart",
    }
)
# A protein named only in passing ("served with a little bacon") does not define the dish.
_MIN_PROTEIN_EVIDENCE: Final = 2.0
# When words of several proteins weigh the same, the earlier one decides the wine.
PROTEIN_PRIORITY: Final = word_list(
    "dessert, chocolate, lamb, game, red_meat, duck, veal, pork, poultry, mushroom, shellfish, fish, cheese, vegetarian"
)
# Food a diner names that is not a protein ("the curry", "pasta").
DISH_NOUNS: Final = _table(
    {
        "dish": "curry, pasta, pizza, risotto, soup, stew, sandwich, taco, noodle, pad thai, dumpling, gnocchi, "
        "lasagna, lasagne, tagliatelle, spaghetti, rigatoni, paella, tapas, antipasti, fry, chip, cacio e pepe, "
        "mac and cheese, surf and turf, barbecue, bbq, kebab, gratin, quiche, omelette, egg, fruit, apple, berry, "
        "lemon tart, chop, food"
    }
)
# Words that qualify a food noun in a question: "spicy curry", "blue cheese", "fried chicken".
FOOD_MODIFIERS: Final = _phrases(
    "spicy, grilled, roast, roasted, fried, deep fried, smoked, braised, creamy, blue, goat, thai, indian, green, "
    "red, mexican, chinese, sichuan, szechuan, korean, japanese, bbq, barbecue, raw, dark, milk, aged, dry aged, "
    "dry-aged, rare, seared, poached, steamed, baked, tomato, mushroom, cheese, beef, pork, chicken, lamb, fish, "
    "lemon, garlic, wild, white, sour, hot, pan fried, slow cooked, stuffed"
)

_FAT_CUES: Final = _phrases(
    "butter, buttery, cream, creamy, confit, fried, bacon, lardon, guanciale, pancetta, marrow, bone marrow, aioli, "
    "mayonnaise, mayo, mascarpone, burrata, rich, fatty, marbled, foie gras, rouille, chowder, gratin, carbonara, "
    "triple-cream, duck fat, cheese, brie, hollandaise, bearnaise, coconut"
)
_ACID_CUES: Final = _phrases(
    "lemon, lime, citrus, yuzu, vinegar, vinaigrette, mignonette, tomato, caper, pickled, pickle, balsamic, tangy, "
    "sour, tamarind, sorrel, yogurt, cornichon, gremolata, ceviche, grapefruit, rhubarb, goat, salsa verde, mostarda"
)
_SWEET_CUES: Final = _phrases(
    "sweet, honey, honeycomb, caramel, caramelised, sugar, syrup, jam, chutney, raisin, fig, glaze, teriyaki, "
    "hoisin, maple, candied, meringue, custard, vanilla, compote, fruit, berry, apple, olallieberry, chocolate"
)
_SPICE_LEVELS: Final[Mapping[str, int]] = {
    **dict.fromkeys(_phrases("fiery, vindaloo, habanero, scotch bonnet, ghost pepper, very spicy, extra spicy"), 3),
    **dict.fromkeys(
        _phrases(
            "spicy, chili, chile, chilli, serrano, jalapeno, chipotle, cajun, curry, harissa, sriracha, gochujang, "
            "szechuan, sichuan, espelette, piment, arrabbiata, nduja, diavola, jerk, blackened, thai, peri peri, "
            "kimchi, wasabi, chili flake, hot sauce, hot and sour"
        ),
        2,
    ),
    # Black pepper is a flavour to echo (Syrah with steak au poivre), not chilli heat.
    **dict.fromkeys(_phrases("ginger, paprika, spiced, horseradish, merguez"), 1),
}
_SALT_CUES: Final = _phrases(
    "salty, salt, salted, briny, brine, anchovy, caper, olive, soy, miso, parmesan, parmigiano, "
    "parmigiano-reggiano, pecorino, prosciutto, bacon, guanciale, pancetta, lardon, ham, blue, roquefort, "
    "gorgonzola, feta, halloumi, oyster, fry, chip, cured, charcuterie, salumi, salami, caviar, fish sauce, pungent"
)
_WEIGHT_UP: Final = _phrases(
    "rich, braised, braise, stew, creamy, cream, butter, confit, truffle, marrow, bone marrow, ragu, slow cooked, "
    "gratin, dry aged, barbecue, bbq, hearty, cassoulet, daube, chowder, roast, roasted, coconut"
)
# A plate of pasta or risotto is at least medium weight, whatever sits on it.
_STARCHES: Final = _phrases(
    "pasta, pizza, risotto, gnocchi, lasagna, lasagne, tagliatelle, spaghetti, rigatoni, paella, burger, curry"
)
# Shellfish with the sweetness and density of meat: lobster takes a fuller white than oysters do.
_RICH_SHELLFISH: Final = _phrases("lobster, scallop, crab, langoustine")
# Cooked in red wine or smoked and sauced: the dish itself asks for a red.
_RED_LEANING: Final = _phrases("red wine, red burgundy, burgundy, barolo, chianti, barbecue, bbq")
_WEIGHT_DOWN: Final = _phrases(
    "light, raw, crudo, carpaccio, tartare, ceviche, sashimi, salad, steamed, poached, cold, delicate, half shell, "
    "sushi, oyster"
)
_GRILL_CUES: Final = _phrases("grilled, grill, charred, smoky, smoked, barbecue, bbq, blackened, mesquite, cedar, wood")
_FRIED_CUES: Final = _phrases(
    "fried, deep fried, tempura, battered, batter, fritto, fritto misto, crispy, fish and chips, fritter, arancini"
)
_HERB_CUES: Final = _phrases(
    "herb, rosemary, thyme, parsley, basil, dill, mint, sage, tarragon, cilantro, salsa verde, pesto, gremolata, "
    "chive, oregano, fennel"
)
_EARTH_CUES: Final = _phrases(
    "mushroom, truffle, porcini, morel, chanterelle, maitake, cep, lentil, beet, wild mushroom"
)
_CREAM_CUES: Final = _phrases("cream, creamy, beurre blanc, butter, bechamel, alfredo, carbonara, cream sauce")
_PEPPER_CUES: Final = _phrases("pepper, peppercorn, peppery, black pepper, green peppercorn")
_TOMATO_CUES: Final = _phrases("tomato, marinara, amatriciana, puttanesca, arrabbiata, pizza, ragu")
_BATTERED: Final = _phrases("battered, batter, tempura, fritto misto, fish and chips")
_RAW_SEAFOOD_CUES: Final = _phrases("raw, oyster, crudo, briny, sashimi, ceviche, half shell")
_BLUE_CHEESES: Final = _phrases("blue, blue cheese, roquefort, gorgonzola, stilton")
_GOAT_CHEESES: Final = _phrases("goat, goat cheese")
_FRESH_CHEESES: Final = _phrases("burrata, mozzarella, ricotta, feta, mascarpone")
_AGED_CHEESES: Final = _phrases(
    "comte, parmesan, parmigiano, parmigiano-reggiano, pecorino, cheddar, gruyere, manchego, gouda, aged"
)
_MEATY_FISH: Final = _phrases("salmon, tuna, swordfish, monkfish, mackerel, smoked salmon")
# Fat a sommelier would name ("cuts through the butter"); "rich" and "fried" are said differently.
_NAMED_FATS: Final = _FAT_CUES - _phrases("rich, fatty, marbled, fried, cheese")
_CUE_TABLE: Final = PhraseTable(
    dict.fromkeys(
        _FAT_CUES
        | _ACID_CUES
        | _SWEET_CUES
        | _SPICE_LEVELS.keys()
        | _SALT_CUES
        | _WEIGHT_UP
        | _WEIGHT_DOWN
        | _GRILL_CUES
        | _FRIED_CUES
        | _HERB_CUES
        | _EARTH_CUES
        | _CREAM_CUES
        | _PEPPER_CUES
        | _TOMATO_CUES
        | _RAW_SEAFOOD_CUES
        | _STARCHES
        | _RICH_SHELLFISH
        | _RED_LEANING
        | _AGED_CHEESES
        | _phrases("mild, mildly"),
        "cue",
    )
)
_BASE_WEIGHT: Final[Mapping[str | None, int]] = {
    "red_meat": 5,
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
_BASE_FAT: Final[Mapping[str | None, int]] = {"red_meat": 2, "lamb": 2, "duck": 2, "game": 1, "pork": 1, "cheese": 2}
# How a stemmed word reads in a sentence.
_DISPLAY: Final[Mapping[str, str]] = {
    food_phrase(word): shown
    for word, shown in {
        "oyster": "oysters",
        "mussel": "mussels",
        "clam": "clams",
        "scallop": "scallops",
        "snail": "snails",
        "prawn": "prawns",
        "fry": "fries",
        "chip": "chips",
        "taco": "tacos",
        "fish taco": "fish tacos",
        "fish and chips": "fish and chips",
        "lentil": "lentils",
        "mushroom": "mushrooms",
        "wild mushroom": "wild mushrooms",
        "morel": "morels",
        "langoustine": "langoustines",
        "anchovy": "anchovies",
        "caper": "capers",
        "olive": "olives",
        "sardine": "sardines",
        "greens": "greens",
        "brulee": "crème brûlée",
        "creme brulee": "crème brûlée",
        "pot de creme": "pot de crème",
        "tatin": "tarte Tatin",
        "tiramisu": "tiramisù",
        "comte": "Comté",
        "roquefort": "Roquefort",
        "gorgonzola": "Gorgonzola",
        "stilton": "Stilton",
        "epoisses": "Époisses",
        "pate": "pâté",
        "goat": "goat's cheese",
        "goat cheese": "goat's cheese",
        "blue": "blue cheese",
        "ragu": "ragù",
        "rib eye": "rib-eye",
        "ribeye": "rib-eye",
        "herb": "herbs",
        "noodle": "noodles",
        "dumpling": "dumplings",
        "berry": "berries",
        "cocoa": "chocolate",
        "chop": "chops",
        "lamb chop": "lamb chops",
        "rillette": "rillettes",
        "cannoli": "cannoli",
        "creamy": "cream",
        "pickled": "pickled onion",
        "cornichon": "cornichons",
        "triple cream": "triple-cream cheese",
        "beurre blanc": "beurre blanc",
        "broccoli rabe": "broccoli rabe",
    }.items()
}


@dataclass(frozen=True)
class DishProfile:
    weight: int  # 1 delicate .. 5 hearty
    fat: int  # 0..3
    acidity: int  # 0..3
    sweetness: int  # 0..3
    spice: int  # 0..3 (chilli heat, not black pepper)
    saltiness: int  # 0..3
    # "red_meat", "lamb", "game", "duck", "pork", "veal", "poultry", "fish", "shellfish", "mushroom",
    # "vegetarian", "cheese", "chocolate", "dessert", or None when nothing says.
    protein: str | None
    words: tuple[str, ...]  # the dish's main food word first, then the food and cue words found


def display_word(word: str) -> str:
    """How a stemmed food word reads in a sentence ("oyster" -> "oysters")."""
    return _DISPLAY.get(word, word)


def _protein_of(name: list[str], tags: list[list[str]], description: list[str]) -> tuple[str | None, list[str]]:
    """The dish's main protein and its words: name words count 3, tags 2, description 1.

    The chef named the dish after what matters, so "Clam chowder" with bacon
    in it is shellfish; PROTEIN_PRIORITY breaks exact ties.
    """
    scores: dict[str, float] = {}
    words: dict[str, list[str]] = {}
    for tokens, weight in [(name, 3.0), *((tag, 2.0) for tag in tags), (description, 1.0)]:
        matches = [(phrase, protein) for _, _, phrase, protein in PROTEIN_WORDS.find(tokens)]
        # Each protein counts once per source: "morel mushrooms" is one mention of mushrooms.
        for protein in {protein for _, protein in matches}:
            # Cheese is usually an ingredient (pizza, risotto, gratin) unless the name says otherwise.
            factor = 0.5 if protein == "cheese" and weight < 3 else 1.0
            scores[protein] = scores.get(protein, 0.0) + weight * factor
        for phrase, protein in matches:
            words.setdefault(protein, []).append(phrase)
    best = max(scores.values(), default=0.0)
    if best < _MIN_PROTEIN_EVIDENCE:
        return None, []
    protein = next(candidate for candidate in PROTEIN_PRIORITY if scores.get(candidate) == best)
    return protein, words[protein]


def _spice_level(cues: set[str]) -> int:
    level = max((_SPICE_LEVELS[cue] for cue in cues if cue in _SPICE_LEVELS), default=0)
    return max(1, level - 1) if level and cues & {"mild", "mildly"} else level


def _weight_of(protein: str | None, cues: set[str]) -> int:
    weight = _BASE_WEIGHT[protein]
    if (protein == "fish" and cues & _MEATY_FISH) or (protein == "shellfish" and cues & _RICH_SHELLFISH):
        weight += 1
    up = len(cues & _WEIGHT_UP)
    down = len(cues & _WEIGHT_DOWN)
    # One cue moves a step; it takes a pile of them (braised, creamy, rich, cream) to move two.
    weight += (1 if up else 0) + (1 if up >= 4 else 0) - (1 if down else 0) - (1 if down >= 3 else 0)
    return _clamp(max(weight, 3) if cues & _STARCHES else weight, 1, 5)


def _sweetness_of(protein: str | None, cues: set[str]) -> int:
    if protein in ("dessert", "chocolate"):
        return 3 if "sweet" in cues or len(cues & _SWEET_CUES) >= 2 else 2
    # Honey on a goat's cheese salad or raisins with scallops is a note, not a dessert.
    return 1 if cues & _SWEET_CUES else 0


def dish_profile(*, name: str, description: str = "", tags: Sequence[str] = ()) -> DishProfile:
    """What a dish brings to the glass: weight, fat, acid, sugar, heat, salt and its main protein."""
    token_lists = [food_tokens(name), *(food_tokens(tag) for tag in tags), food_tokens(description)]
    protein, protein_words = _protein_of(token_lists[0], token_lists[1:-1], token_lists[-1])
    found = [
        phrase
        for tokens in token_lists
        for table in (PROTEIN_WORDS, DISH_NOUNS, _CUE_TABLE)
        for _, _, phrase, _ in table.find(tokens)
    ]
    cues = set(found)
    if protein is None and "sweet" in cues and cues & _SWEET_CUES - {"sweet"}:
        protein = "dessert"
    if protein == "dessert" and "chocolate" in cues:
        protein = "chocolate"
    return DishProfile(
        weight=_weight_of(protein, cues),
        fat=_clamp(_BASE_FAT.get(protein, 0) + len(cues & _FAT_CUES), 0, 3),
        acidity=_clamp(len(cues & _ACID_CUES), 0, 3),
        sweetness=_sweetness_of(protein, cues),
        spice=_spice_level(cues),
        saltiness=_clamp(len(cues & _SALT_CUES), 0, 3),
        protein=protein,
        words=_unique([*protein_words, *found]),
    )


# ---------------------------------------------------------------------------
# Pairing
# ---------------------------------------------------------------------------

# How well each colour suits each protein before structure is considered (0..1): red
# with red meat, white or sparkling with fish and shellfish, sweet wine with dessert.
COLOUR_FIT: Final[Mapping[str | None, Mapping[str, float]]] = {
    "red_meat": {"red": 1.0, "orange": 0.4, "rose": 0.35, "sparkling": 0.3, "white": 0.2, "dessert": 0.0},
    "lamb": {"red": 1.0, "rose": 0.5, "orange": 0.4, "sparkling": 0.3, "white": 0.2, "dessert": 0.0},
    "game": {"red": 1.0, "orange": 0.5, "rose": 0.35, "sparkling": 0.3, "white": 0.25, "dessert": 0.05},
    "duck": {"red": 1.0, "orange": 0.6, "rose": 0.55, "sparkling": 0.5, "white": 0.4, "dessert": 0.1},
    "pork": {"red": 0.8, "white": 0.8, "rose": 0.8, "sparkling": 0.75, "orange": 0.75, "dessert": 0.05},
    "veal": {"white": 0.85, "red": 0.8, "rose": 0.7, "sparkling": 0.65, "orange": 0.65, "dessert": 0.05},
    "poultry": {"white": 0.9, "red": 0.7, "rose": 0.75, "sparkling": 0.75, "orange": 0.65, "dessert": 0.05},
    "mushroom": {"red": 0.9, "orange": 0.8, "white": 0.7, "sparkling": 0.5, "rose": 0.5, "dessert": 0.05},
    "fish": {"white": 1.0, "sparkling": 0.9, "rose": 0.8, "orange": 0.6, "red": 0.3, "dessert": 0.0},
    "shellfish": {"white": 1.0, "sparkling": 0.9, "rose": 0.75, "orange": 0.5, "red": 0.15, "dessert": 0.0},
    "vegetarian": {"white": 0.85, "rose": 0.8, "orange": 0.8, "red": 0.65, "sparkling": 0.7, "dessert": 0.05},
    "chocolate": {"dessert": 1.0, "red": 0.35, "sparkling": 0.15, "rose": 0.05, "white": 0.05, "orange": 0.05},
    "dessert": {"dessert": 1.0, "sparkling": 0.4, "rose": 0.1, "white": 0.1, "red": 0.05, "orange": 0.05},
    None: {"red": 0.75, "white": 0.75, "rose": 0.75, "orange": 0.7, "sparkling": 0.65, "dessert": 0.15},
}
_CHEESE_FIT: Final[Mapping[str, Mapping[str, float]]] = {
    "blue": {"dessert": 1.0, "orange": 0.5, "red": 0.45, "white": 0.45, "sparkling": 0.4, "rose": 0.3},
    "goat": {"white": 1.0, "sparkling": 0.8, "rose": 0.7, "orange": 0.6, "red": 0.35, "dessert": 0.2},
    "fresh": {"white": 0.9, "rose": 0.9, "sparkling": 0.85, "orange": 0.6, "red": 0.4, "dessert": 0.1},
    "aged": {"red": 0.85, "orange": 0.85, "white": 0.7, "sparkling": 0.7, "dessert": 0.6, "rose": 0.4},
    "other": {"white": 0.8, "orange": 0.8, "red": 0.7, "sparkling": 0.7, "dessert": 0.6, "rose": 0.5},
}


# Sauternes with foie gras is the textbook match; big reds are not.
_FOIE_GRAS_FIT: Final = {"dessert": 1.0, "sparkling": 0.7, "white": 0.7, "red": 0.35, "rose": 0.4, "orange": 0.5}


@dataclass(frozen=True)
class PairingScore:
    score: float  # 0..1, higher is better
    reasons: tuple[str, ...]  # short concrete phrases, used verbatim in answers


@dataclass
class _Verdict:
    """What the rules found: bonuses (the strongest become the reasons) and penalties."""

    bonuses: list[tuple[float, str]] = field(default_factory=list)
    penalty: float = 0.0

    def praise(self, strength: float, reason: str) -> None:
        self.bonuses.append((strength, reason))

    def fault(self, amount: float) -> None:
        self.penalty += amount


# Category words make poor subjects: "the delicate vegetarian" says nothing.
_GENERIC_FOOD_WORDS: Final = _phrases("vegetarian, vegan, vegetable, shellfish, seafood, cheese plate")


def _subject(dish: DishProfile) -> str:
    return next((display_word(word) for word in dish.words if word not in _GENERIC_FOOD_WORDS), "dish")


def _possessive(noun: str) -> str:
    return f"{noun}'" if noun.endswith("s") else f"{noun}'s"


def _first(dish: DishProfile, table: frozenset[str]) -> str | None:
    return next((display_word(word) for word in dish.words if word in table), None)


def _cheese_kind(dish: DishProfile) -> str:
    words = set(dish.words)
    for kind, table in (("blue", _BLUE_CHEESES), ("goat", _GOAT_CHEESES), ("fresh", _FRESH_CHEESES)):
        if words & table:
            return kind
    return "aged" if words & _AGED_CHEESES else "other"


def _colour_fit(dish: DishProfile, colour: str) -> float:
    words = set(dish.words)
    if "foie gras" in words:
        return _FOIE_GRAS_FIT.get(colour, 0.5)
    if dish.protein == "cheese":
        return _CHEESE_FIT[_cheese_kind(dish)].get(colour, 0.5)
    if colour == "red" and words & _RED_LEANING:
        return 0.95
    if dish.protein == "fish" and colour == "red" and set(dish.words) & _MEATY_FISH:
        return 0.8  # salmon and tuna take a light, low-tannin red
    fit = COLOUR_FIT.get(dish.protein, COLOUR_FIT[None]).get(colour, 0.5)
    if colour == "red" and dish.protein in (None, "pork", "vegetarian") and set(dish.words) & _TOMATO_CUES:
        return max(fit, 0.9)  # tomato sauce is where Italy's high-acid reds shine
    return fit


def _weight_rule(wine: WineProfile, dish: DishProfile, verdict: _Verdict) -> float:
    difference = abs(wine.body - dish.weight)
    subject = _subject(dish)
    if difference == 0 and dish.weight >= 4:
        verdict.praise(0.5, f"its full body matches the richness of the {subject}")
    elif difference == 0 and dish.weight <= 2:
        verdict.praise(0.5, f"its light body lets the delicate {subject} shine")
    elif difference == 0:
        verdict.praise(0.35, f"its medium body matches the weight of the {subject}")
    if difference >= 3:
        verdict.fault(0.15)
    return 1.0 - difference / 4


def _meat_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    subject = _subject(dish)
    if dish.protein in ("red_meat", "lamb", "game") and colour == "red":
        if wine.tannin >= 3 and dish.fat >= 1:
            verdict.praise(0.75 + 0.05 * wine.tannin, f"firm tannins cut the {_possessive(subject)} fat")
        elif wine.tannin >= 3:
            verdict.praise(0.8, f"firm tannins stand up to the {subject}")
        elif wine.tannin <= 1 and dish.weight >= 4:
            verdict.fault(0.15)
    if dish.protein == "duck" and colour == "red" and wine.tannin <= 3 and wine.acidity >= 4:
        verdict.praise(0.85, f"bright acidity and supple tannins cut the {_possessive(subject)} richness")
    if wine.tannin >= 4 and dish.fat <= 1 and dish.protein not in ("red_meat", "lamb", "game", "duck", None):
        verdict.fault(0.1 * (wine.tannin - 3))  # without fat and protein to bind to, firm tannin tastes astringent
    if dish.protein in ("pork", "veal", "poultry") and wine.acidity >= 4 and wine.tannin <= 3 and dish.fat >= 1:
        verdict.praise(0.5, f"fresh acidity lifts the {subject} without overpowering it")


def _seafood_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    if dish.protein not in ("fish", "shellfish"):
        return
    subject = _subject(dish)
    words = set(dish.words)
    if wine.tannin >= 3:
        verdict.fault(0.2 + 0.1 * (wine.tannin - 3))  # tannin meets fish oil and tastes metallic
    elif colour == "red" and words & _MEATY_FISH:
        verdict.praise(0.8, f"silky, low tannins flatter the {subject} without a metallic edge")
    raw = bool(words & _RAW_SEAFOOD_CUES)
    if raw and wine.acidity >= 4 and wine.body <= 2 and wine.sweetness == 0 and colour in ("white", "sparkling"):
        texture = "saline, mineral" if "mineral" in wine.style_words else "bone-dry, lean"
        verdict.praise(0.95, f"{texture} crispness is the classic foil for the {subject}")
    if raw and wine.oak >= 2:
        verdict.fault(0.2)


def _acid_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    acid_word = _first(dish, _ACID_CUES)
    tomato = _first(dish, _TOMATO_CUES)
    if tomato and wine.acidity >= 4 and colour in ("red", "rose"):
        verdict.praise(0.8, f"high acidity stands up to the {tomato}")
    elif acid_word == "goat's cheese" and wine.acidity >= 4:
        verdict.praise(0.9, "zesty acidity matches the tangy goat's cheese")
        if "herbal" in wine.style_words:
            verdict.praise(0.8, "its grassy, herbal edge is the classic partner for goat's cheese")
    elif acid_word and wine.acidity >= 4:
        verdict.praise(0.7, f"crisp acidity matches the {acid_word}")
    if dish.acidity >= 2 and wine.acidity <= 2:
        verdict.fault(0.2)  # next to sharper food the wine tastes flat
    fat_word = _first(dish, _NAMED_FATS)
    if dish.fat >= 2 and wine.acidity >= 4 and fat_word:
        verdict.praise(0.65, f"bright acidity cuts through the {fat_word}")
    fried = _first(dish, _FRIED_CUES)
    subject = _subject(dish)
    if set(dish.words) & _BATTERED:
        batter = "batter"
    else:
        batter = subject if subject.startswith(("fried", "fries", "chips")) else f"fried {subject}"
    if fried and colour == "sparkling":
        verdict.praise(0.9, f"bubbles scrub the palate clean of the {batter}")
    elif fried and wine.acidity >= 4:
        verdict.praise(0.6, f"crisp acidity cuts the {batter}")
    if dish.saltiness >= 2 and wine.acidity >= 4 and wine.sweetness <= 2:
        verdict.praise(0.45, "fresh acidity refreshes the palate against the salt")


def _spice_rules(wine: WineProfile, dish: DishProfile, verdict: _Verdict) -> None:
    if not dish.spice:
        return
    # Paprika or ginger (spice 1) only tips the balance; chilli heat (2+) changes the wine.
    if dish.spice >= 2:
        if 1 <= wine.sweetness <= 3:
            verdict.praise(0.6 * dish.spice, "a touch of sweetness tames the chilli heat")
        elif wine.sweetness == 0:
            verdict.fault(0.04 * dish.spice)  # heat strips the fruit from a bone-dry wine
        if wine.tannin <= 1 and wine.body <= 3 and "high-alcohol" not in wine.style_words:
            verdict.praise(0.5, "low tannin and modest alcohol won't fan the heat")
        if "aromatic" in wine.style_words:
            verdict.praise(0.55, "its aromatic lift echoes the spices")
        if "low-alcohol" in wine.style_words:
            verdict.praise(0.4, "low alcohol keeps the heat in check")
    verdict.fault(0.12 * dish.spice * max(0, wine.tannin - 2))  # tannin and alcohol amplify chilli
    if wine.body >= 5 or "high-alcohol" in wine.style_words:
        verdict.fault(0.08 * dish.spice)
    if wine.oak >= 2:
        verdict.fault(0.05 * dish.spice)


def _sweetness_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    subject = _subject(dish)
    if dish.sweetness >= 2:
        # The wine must be at least as sweet as the dessert, or it tastes thin and sour.
        if wine.sweetness >= 3:
            verdict.praise(0.95, f"it is at least as sweet as the {subject}, so it won't taste thin or sour")
        else:
            verdict.fault(0.45 + 0.1 * (3 - wine.sweetness))
        if dish.protein == "chocolate" and wine.sweetness >= 3 and wine.body >= 4:
            verdict.praise(0.7, "rich and sweet enough to stand up to dark chocolate")
        if dish.protein == "chocolate" and wine.sweetness >= 3:
            if wine.tannin >= 2 or "nutty" in wine.style_words:
                # Port, Banyuls, Vin Santo: dark, raisined or nutty sweetness is the classic match.
                verdict.praise(1.0, "its raisined, nutty sweetness echoes the chocolate")
            else:
                verdict.fault(0.1)  # pale, honeyed sweetness tastes thin against cocoa's bitterness
        return
    partner = _first(dish, _BLUE_CHEESES | {"foie gras"})
    if wine.sweetness >= 3 and partner:
        verdict.praise(1.2, f"its sweetness is the classic counterpoint to the salty {partner}")
    elif wine.sweetness >= 3 and colour == "dessert":
        verdict.fault(0.45)  # a dessert wine with a savoury course


def _echo_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    styles = set(wine.style_words)
    earth = _first(dish, _EARTH_CUES)
    if earth and styles & {"earthy", "savoury"}:
        # Pinot Noir and Nebbiolo: earthy, and fresh enough for butter and Parmigiano.
        verdict.praise(0.9 if wine.acidity >= 4 else 0.5, f"earthy, savoury notes echo the {earth}")
    herb = _first(dish, _HERB_CUES)
    if herb and "herbal" in styles:
        verdict.praise(0.5, f"herbal notes echo the {herb}")
    pepper = _first(dish, _PEPPER_CUES)
    if pepper and "peppery" in styles:
        verdict.praise(0.65, f"peppery notes echo the {pepper}")
    if _first(dish, _GRILL_CUES) and wine.body >= 3 and (wine.oak >= 2 or styles & {"smoky", "toasty"}):
        verdict.praise(0.45, "smoky, toasty notes echo the char of the grill")
    if set(dish.words) & _phrases("barbecue, bbq") and colour == "red" and styles & {"jammy", "fruity", "spicy"}:
        verdict.praise(0.8, "ripe, jammy fruit matches the sweet, smoky barbecue sauce")
    if dish.protein in ("fish", "shellfish") and _first(dish, _TOMATO_CUES) and colour == "rose":
        verdict.praise(0.8, "a dry rosé bridges the tomato broth and the seafood")
    cream = _first(dish, _CREAM_CUES)
    if cream and colour in ("white", "orange", "sparkling") and (wine.body >= 4 or wine.oak >= 2):
        verdict.praise(0.6, f"its rich, rounded texture matches the {cream}")
    if dish.protein == "cheese" and _cheese_kind(dish) == "aged" and wine.body >= 4 and colour in ("red", "orange"):
        verdict.praise(0.5, "enough structure to meet the nutty, aged cheese")


def _fallback_reason(wine: WineProfile, dish: DishProfile, colour: str) -> str:
    """A true and concrete sentence when no classic rule speaks for the pairing."""
    if wine.body > dish.weight:
        relation = "heavier than"
    elif wine.body < dish.weight:
        relation = "lighter than"
    else:
        relation = "as weighty as"
    return f"a {describe_wine_style(wine, colour=colour)}, {relation} the {_subject(dish)}"


def pairing_score(wine: WineProfile, dish: DishProfile, *, wine_colour: str) -> PairingScore:
    """How well a wine suits a dish, with the reasons a sommelier would give.

    Weight against weight (30%), colour against protein (30%), and the
    structural rules (40%): tannin with fat, acid with acid, fat and salt,
    sweetness at least matching dessert, low tannin and a touch of sugar with
    heat, flavours that echo each other. Penalties also count once more
    against the total, so a classic clash (a dry red with crème brûlée, a
    tannic red with oysters) cannot be rescued by a good weight match.
    """
    colour = fold_text(wine_colour).strip()
    verdict = _Verdict()
    weight_fit = _weight_rule(wine, dish, verdict)
    colour_fit = _colour_fit(dish, colour)
    _meat_rules(wine, dish, colour, verdict)
    _seafood_rules(wine, dish, colour, verdict)
    _acid_rules(wine, dish, colour, verdict)
    _spice_rules(wine, dish, verdict)
    _sweetness_rules(wine, dish, colour, verdict)
    _echo_rules(wine, dish, colour, verdict)

    bonus = sum(strength for strength, _ in verdict.bonuses)
    # Diminishing returns: the third good reason adds less than the first, but still adds.
    structure = max(0.0, min(1.0, 0.4 + 0.6 * (1 - math.exp(-bonus / 1.5)) - verdict.penalty))
    score = 0.3 * weight_fit + 0.3 * colour_fit + 0.4 * structure - 0.3 * verdict.penalty
    ranked = sorted(verdict.bonuses, key=lambda bonus_reason: -bonus_reason[0])
    reasons = _unique(reason for _, reason in ranked)[:3] or (_fallback_reason(wine, dish, colour),)
    return PairingScore(score=round(max(0.0, min(1.0, score)), 4), reasons=reasons)


# ---------------------------------------------------------------------------
# Evaluation vocabulary (eval_data/pairings.json)
# ---------------------------------------------------------------------------

_BOUND_KEYS: Final = {
    f"{bound}_{attribute}": (attribute, 1 if bound == "min" else -1)
    for attribute in ("body", "acidity", "tannin", "sweetness", "oak")
    for bound in ("min", "max")
}
STYLE_CRITERIA_KEYS: Final = frozenset({"colour", "grapes_any", "note", *_BOUND_KEYS})


def _as_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(item) for item in value]


def style_matches(criteria: Mapping[str, Any], *, colour: str, grapes: Sequence[str], profile: WineProfile) -> bool:
    """Whether a wine fits one acceptable-style object of the pairing evaluation set.

    Every key of the object must hold: "colour" (one or a list), "grapes_any"
    (any of the wine's grapes, compared by canonical name, so "Shiraz" is
    Syrah), and "min_"/"max_" bounds on body, acidity, tannin, sweetness and
    oak. "note" is documentation. An unknown key raises, so a typo in the data
    cannot silently make a criterion match everything.
    """
    unknown = set(criteria) - STYLE_CRITERIA_KEYS
    if unknown:
        raise ValueError(f"Unknown style criteria: {', '.join(sorted(unknown))}")
    if "colour" in criteria:
        wanted = {fold_text(item).strip() for item in _as_list(criteria["colour"])}
        if fold_text(colour).strip() not in wanted:
            return False
    if "grapes_any" in criteria:
        wanted_grapes = {canonical_grape(grape) for grape in _as_list(criteria["grapes_any"])}
        if not wanted_grapes & {canonical_grape(grape) for grape in grapes}:
            return False
    return all(
        (getattr(profile, attribute) - int(criteria[key])) * direction >= 0
        for key, (attribute, direction) in _BOUND_KEYS.items()
        if key in criteria
    )
