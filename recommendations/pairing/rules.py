"""The pairing rules: how well a wine's structure suits a dish's, and why, in a sommelier's words.

Structure first (WSET's food-and-wine interactions): weight against weight, tannin
against fat and protein, acidity against acidity and salt, sweetness at least that of
a dessert, low tannin and a touch of sugar against chilli heat, umami and bitterness
against tannin, smoke and char against oak. Then the classic pairings the literature
agrees on (``CLASSICS``), each with its source, for what structure alone misses
(Sancerre with goat's cheese, Port with chocolate, Sauternes with foie gras).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from recommendations.pairing.dishes import DishProfile
from recommendations.pairing.grapes import canonical_grape
from recommendations.pairing.learned import pairing_model
from recommendations.pairing.lexicon import TERMS_BY_NAME, FoodTerm
from recommendations.pairing.text import fold_text, unique, word_list
from recommendations.pairing.wines import WineProfile, describe_wine_style

# How well each colour suits each main before structure is considered (0..1): red with
# red meat, white or sparkling with fish and shellfish, sweet wine with dessert. Sparkling
# and orange wines are versatile but rarely the first choice; their fits say so.
COLOUR_FIT: Final[Mapping[str | None, Mapping[str, float]]] = {
    "red_meat": {"red": 1.0, "orange": 0.35, "rose": 0.35, "sparkling": 0.25, "white": 0.2, "dessert": 0.0},
    "lamb": {"red": 1.0, "rose": 0.5, "orange": 0.35, "sparkling": 0.25, "white": 0.2, "dessert": 0.0},
    "game": {"red": 1.0, "orange": 0.4, "rose": 0.35, "sparkling": 0.25, "white": 0.25, "dessert": 0.05},
    "duck": {"red": 1.0, "orange": 0.5, "rose": 0.55, "sparkling": 0.45, "white": 0.4, "dessert": 0.1},
    "pork": {"red": 0.8, "white": 0.8, "rose": 0.8, "sparkling": 0.6, "orange": 0.6, "dessert": 0.05},
    "veal": {"white": 0.85, "red": 0.8, "rose": 0.7, "sparkling": 0.55, "orange": 0.55, "dessert": 0.05},
    "poultry": {"white": 0.9, "red": 0.75, "rose": 0.75, "sparkling": 0.6, "orange": 0.55, "dessert": 0.05},
    "mushroom": {"red": 0.9, "white": 0.75, "orange": 0.65, "sparkling": 0.45, "rose": 0.5, "dessert": 0.05},
    "fish": {"white": 1.0, "sparkling": 0.75, "rose": 0.75, "orange": 0.5, "red": 0.3, "dessert": 0.0},
    "shellfish": {"white": 1.0, "sparkling": 0.8, "rose": 0.7, "orange": 0.45, "red": 0.15, "dessert": 0.0},
    "vegetarian": {"white": 0.9, "rose": 0.85, "orange": 0.65, "red": 0.65, "sparkling": 0.6, "dessert": 0.05},
    "chocolate": {"dessert": 1.0, "red": 0.35, "sparkling": 0.15, "rose": 0.05, "white": 0.05, "orange": 0.05},
    "dessert": {"dessert": 1.0, "sparkling": 0.45, "rose": 0.1, "white": 0.1, "red": 0.05, "orange": 0.05},
    "cheese": {"white": 0.85, "red": 0.75, "sparkling": 0.65, "orange": 0.6, "dessert": 0.55, "rose": 0.45},
    None: {"red": 0.7, "white": 0.8, "rose": 0.8, "orange": 0.55, "sparkling": 0.6, "dessert": 0.1},
}
# Within a main, the kind changes the colour: salmon and tuna take a light red, squid a rosé.
DETAIL_FIT: Final[Mapping[tuple[str, str], Mapping[str, float]]] = {
    ("fish", "oily"): {"white": 0.9, "rose": 0.9, "red": 0.6, "sparkling": 0.75, "orange": 0.5, "dessert": 0.0},
    ("fish", "meaty"): {"white": 0.9, "rose": 0.9, "red": 0.6, "sparkling": 0.7, "orange": 0.5, "dessert": 0.0},
    ("shellfish", "cephalopod"): {
        "white": 1.0,
        "rose": 0.85,
        "sparkling": 0.7,
        "orange": 0.5,
        "red": 0.45,
        "dessert": 0.0,
    },
    ("shellfish", "earthy"): {"white": 1.0, "red": 0.55, "sparkling": 0.6, "rose": 0.55, "orange": 0.5, "dessert": 0.0},
    # Pheasant, partridge and guinea fowl: Pinot Noir first in every guide, a white Burgundy second.
    ("poultry", "game"): {"red": 1.0, "white": 0.75, "rose": 0.7, "orange": 0.6, "sparkling": 0.45, "dessert": 0.05},
    ("duck", "foie"): {"dessert": 1.0, "sparkling": 0.6, "white": 0.75, "red": 0.35, "rose": 0.35, "orange": 0.4},
    # Beans and lentils are earthy and starchy: guidance pours a supple, earthy red first
    # (Chianti with ribollita, a Rhône red with dal or a bean stew), a rosé or white as well.
    ("vegetarian", "legume"): {
        "red": 0.9,
        "rose": 0.85,
        "white": 0.75,
        "orange": 0.6,
        "sparkling": 0.4,
        "dessert": 0.0,
    },
    ("cheese", "blue"): {"dessert": 1.0, "red": 0.45, "white": 0.45, "orange": 0.4, "sparkling": 0.35, "rose": 0.3},
    ("cheese", "goat"): {"white": 1.0, "sparkling": 0.75, "rose": 0.7, "orange": 0.5, "red": 0.35, "dessert": 0.2},
    ("cheese", "fresh"): {"white": 0.9, "rose": 0.9, "sparkling": 0.8, "orange": 0.5, "red": 0.4, "dessert": 0.1},
    ("cheese", "aged"): {"red": 0.85, "white": 0.85, "orange": 0.7, "sparkling": 0.65, "dessert": 0.6, "rose": 0.4},
    # Mature Cheddar, Gouda, Mimolette, Manchego: a structured red or a Port first (Wine Folly,
    # Fiona Beckett), where the Alpine cheeses above drink as well with the Jura's whites.
    ("cheese", "mature"): {"red": 0.95, "dessert": 0.85, "orange": 0.6, "white": 0.6, "sparkling": 0.5, "rose": 0.35},
    ("cheese", "washed"): {"white": 0.9, "red": 0.65, "orange": 0.65, "sparkling": 0.6, "dessert": 0.6, "rose": 0.4},
    ("cheese", "bloomy"): {"sparkling": 0.95, "white": 0.85, "red": 0.65, "orange": 0.5, "rose": 0.55, "dessert": 0.4},
    ("dessert", "fruit"): {"dessert": 1.0, "sparkling": 0.6, "rose": 0.15, "white": 0.15, "red": 0.05, "orange": 0.05},
    ("dessert", "ice"): {"dessert": 1.0, "sparkling": 0.5, "rose": 0.1, "white": 0.1, "red": 0.1, "orange": 0.05},
}
# What the sauce and the cooking do to the colour, whatever the main: smoke and barbecue
# want a ripe red, chilli and coconut curry an aromatic white or a rosé, cream a white.
# A dish's colour fit is the weighted mean of its main's row and the rows of its facets.
FACET_FIT: Final[tuple[tuple[str, float, Mapping[str, float]], ...]] = (
    ("red_wine", 2.0, {"red": 1.0, "rose": 0.5, "orange": 0.45, "white": 0.3, "sparkling": 0.25, "dessert": 0.0}),
    ("chocolate", 2.0, {"red": 0.95, "rose": 0.4, "orange": 0.35, "white": 0.2, "sparkling": 0.15, "dessert": 0.5}),
    # Tomato's acidity wants a red with acidity to match (Sangiovese, Barbera) or a rosé; it
    # flattens most whites, so a tomato sauce weighs as much as a main that is not red meat.
    ("tomato_sauce", 1.5, {"red": 0.9, "rose": 0.9, "white": 0.45, "orange": 0.55, "sparkling": 0.4, "dessert": 0.0}),
    ("earthy", 1.0, {"red": 0.85, "white": 0.75, "orange": 0.65, "sparkling": 0.45, "rose": 0.5, "dessert": 0.05}),
    ("curry", 1.0, {"white": 0.95, "rose": 0.9, "sparkling": 0.55, "orange": 0.6, "red": 0.45, "dessert": 0.05}),
    ("coconut", 1.0, {"white": 0.95, "rose": 0.85, "sparkling": 0.6, "orange": 0.6, "red": 0.35, "dessert": 0.05}),
    ("cream", 1.0, {"white": 0.95, "sparkling": 0.7, "orange": 0.55, "rose": 0.55, "red": 0.4, "dessert": 0.05}),
    ("butter", 1.0, {"white": 0.95, "sparkling": 0.7, "orange": 0.55, "rose": 0.55, "red": 0.4, "dessert": 0.05}),
    ("citrus", 0.5, {"white": 0.95, "sparkling": 0.75, "rose": 0.8, "orange": 0.6, "red": 0.45, "dessert": 0.05}),
    ("vinegar", 0.5, {"white": 0.9, "rose": 0.85, "sparkling": 0.7, "red": 0.6, "orange": 0.55, "dessert": 0.0}),
    ("white_wine", 1.0, {"white": 1.0, "sparkling": 0.7, "rose": 0.6, "orange": 0.55, "red": 0.35, "dessert": 0.0}),
    ("soy", 1.0, {"rose": 0.9, "red": 0.85, "white": 0.75, "sparkling": 0.6, "orange": 0.55, "dessert": 0.05}),
    ("sweet_sour", 1.0, {"white": 0.9, "rose": 0.9, "red": 0.7, "sparkling": 0.55, "orange": 0.5, "dessert": 0.1}),
    ("egg", 0.5, {"white": 0.9, "sparkling": 0.85, "rose": 0.7, "red": 0.5, "orange": 0.55, "dessert": 0.0}),
    # Anything fried: fizz first, then a crisp white or a rosé (Wine Folly: fried food with
    # Champagne and cava); a red only when the main asks for one.
    ("fried", 1.0, {"sparkling": 0.95, "white": 0.9, "rose": 0.85, "orange": 0.6, "red": 0.55, "dessert": 0.0}),
)
# A braise of a paler meat (osso buco, pork cheeks, chicken thighs in a casserole) is as deep as its
# sauce: guidance pours a supple red first (Barbera or Nebbiolo with osso buco), a full white second.
_BRAISE_FIT: Final = {"red": 0.95, "rose": 0.6, "orange": 0.6, "white": 0.6, "sparkling": 0.35, "dessert": 0.0}
_PALE_MEATS: Final = frozenset({"veal", "pork", "poultry"})
# Charcuterie and cured pork (a salumi board, croquetas de jamón, a saucisson) want a light,
# fresh red, a rosé or bubbles more than a still white (Wine Folly: Beaujolais, Lambrusco, rosé
# and sparkling with charcuterie).
_CURED_PORK_FIT: Final = {"red": 0.9, "rose": 0.9, "sparkling": 0.9, "white": 0.65, "orange": 0.6, "dessert": 0.0}
# Smoke and char on meat want a ripe red; on fish they change nothing.
_SMOKE_FIT: Final = {"red": 0.95, "rose": 0.85, "orange": 0.55, "white": 0.5, "sparkling": 0.45, "dessert": 0.0}
# A Mediterranean dish with chilli flakes (arrabbiata, gambas pil pil) keeps its own colour;
# chilli heat elsewhere (Thai, Indian, Sichuan, Mexican, Peruvian...) wants an aromatic white or a rosé.
_MEDITERRANEAN_CUISINES: Final = frozenset(word_list("italian, spanish, french, greek, portuguese"))
# Chilli heat wants low tannin and a touch of sugar: an aromatic white or a rosé before a red.
_HEAT_FIT: Final = {"white": 0.95, "rose": 0.9, "sparkling": 0.6, "orange": 0.5, "red": 0.4, "dessert": 0.1}


def _chilli_hot(dish: DishProfile) -> bool:
    """Heat that changes the wine (colour, a touch of sugar, the aromatic whites): fiery anywhere,
    or chilli-hot outside the Mediterranean. One definition for all three rules."""
    return dish.spice >= 3 or (dish.spice >= 2 and dish.cuisine not in _MEDITERRANEAN_CUISINES)


# The cuisine of a dish and the wine of the same country: what grows together goes together.
CUISINE_COUNTRIES: Final[Mapping[str, frozenset[str]]] = {
    "french": frozenset({"france"}),
    "italian": frozenset({"italy", "italia"}),
    "spanish": frozenset({"spain", "espana"}),
    "portuguese": frozenset({"portugal"}),
    "greek": frozenset({"greece"}),
    "german": frozenset({"germany", "austria"}),
    "argentinian": frozenset({"argentina", "uruguay"}),
    "american": frozenset({"united states", "usa", "us"}),
    "middle eastern": frozenset({"lebanon", "turkey", "israel"}),
    "central european": frozenset(
        {"hungary", "slovenia", "croatia", "czech republic", "czechia", "slovakia", "romania", "bulgaria", "serbia"}
    ),
}


@dataclass(frozen=True)
class PairingScore:
    score: float  # 0..1, higher is better
    reasons: tuple[str, ...]  # short concrete phrases, used verbatim in answers


@dataclass
class _Verdict:
    """What the rules found: bonuses (the strongest become the reasons) and penalties."""

    bonuses: list[tuple[float, str]] = field(default_factory=list)
    penalty: float = 0.0
    textbook: bool = False  # a textbook classic (``TEXTBOOK_STRENGTH``) holds for this wine
    any_weight: bool = False  # a classic that holds whatever the weights say (``ClassicPairing.any_weight``)

    def praise(self, strength: float, reason: str) -> None:
        self.bonuses.append((strength, reason))

    def note(self, reason: str) -> None:
        """A reason worth saying that moves no score: it is said only when stronger ones are few."""
        self.bonuses.append((0.0, reason))

    def fault(self, amount: float) -> None:
        self.penalty += amount


_TERMS: Final[Mapping[str, FoodTerm]] = TERMS_BY_NAME


def _named(dish: DishProfile, *facets: str) -> str | None:
    """The dish's own word for a flavour ("lemon" rather than "citrus" when the menu says lemon)."""
    for word in dish.words:
        term = _TERMS.get(word)
        if term is not None and term.facets & set(facets):
            return _FLAVOUR_WORDS.get(term.name, term.name)
    return None


# How a term reads inside a reason ("crisp acidity matches the citrus" -> "the lemon").
_FLAVOUR_WORDS: Final[Mapping[str, str]] = {
    "citrus": "citrus",
    "vinaigrette": "vinaigrette",
    "tomato sauce": "tomato sauce",
    "green sauce": "green herbs",
    "herbs": "herbs",
    # "Creamy" burrata or cacio e pepe reads as a cream sauce: "the cream" is true of both.
    "cream sauce": "cream",
    "cheese sauce": "cheese",
    "butter sauce": "butter sauce",
    "butter-poached": "butter",
    "pepper sauce": "pepper",
    "red wine sauce": "red-wine sauce",
    "mushroom sauce": "mushrooms",
    "fried": "crisp fried coating",
    "grilled": "char of the grill",
    "smoked": "smoke",
    "barbecued": "smoky barbecue",
    "plank-roasted": "smoke of the cedar plank",
    "blistered": "blistered char",
    "ember-roasted": "char of the embers",
    "pit-roasted": "smoke of the pit",
    "hay-smoked": "hay smoke",
    # Methods named for what they leave: "matches the cured" says nothing.
    "cured": "sharp cure",
    "marinated": "marinade",
    "pickled": "pickling",
}


def _possessive(noun: str) -> str:
    noun = noun.rsplit(" of ", 1)[-1]  # "the lamb's fat", not "the leg of lamb's fat"
    return f"{noun}'" if noun.endswith("s") else f"{noun}'s"


def colour_fit(dish: DishProfile, colour: str) -> float:
    """How well a colour suits the dish before structure: its main, then its sauce and cooking."""
    base = DETAIL_FIT.get((dish.protein or "", dish.detail)) or COLOUR_FIT.get(dish.protein, COLOUR_FIT[None])
    # Red meat keeps its red through any sauce; lighter mains take their colour from the sauce.
    rows: list[tuple[float, Mapping[str, float]]] = [
        (3.0 if dish.protein in ("red_meat", "lamb", "game", "duck") else 1.5, base)
    ]
    if dish.protein not in ("dessert", "chocolate", "cheese") and dish.detail != "foie":
        rows += [(weight, fits) for facet, weight, fits in FACET_FIT if facet in dish.facets]
        # A mole's chocolate and dried chillies want a ripe red, not the white a curry wants.
        if _chilli_hot(dish) and not dish.has("chocolate"):
            rows.append((1.5, _HEAT_FIT))
        if dish.has("braised") and dish.protein in _PALE_MEATS:
            rows.append((1.0, _BRAISE_FIT))
        if dish.protein == "pork" and dish.has("cured"):
            rows.append((1.0, _CURED_PORK_FIT))
        if dish.smoke >= 2 and dish.protein in ("pork", "red_meat", "poultry", "lamb", "game", None):
            rows.append((1.5, _SMOKE_FIT))
    total = sum(weight for weight, _ in rows)
    return sum(weight * fits.get(colour, 0.5) for weight, fits in rows) / total


def _weight_rule(wine: WineProfile, dish: DishProfile, verdict: _Verdict) -> float:
    difference = abs(wine.body - dish.weight)
    subject = dish.subject
    if difference == 0 and dish.weight >= 4:
        verdict.praise(0.3, f"its full body matches the richness of the {subject}")
    elif difference == 0 and dish.weight <= 2 and dish.detail in ("meaty", "oily", "rich"):
        # A monkfish, a mackerel or a scallop is light on the plate but never "delicate".
        verdict.praise(0.3, f"its light body keeps the {subject} lively")
    elif difference == 0 and dish.weight <= 2:
        verdict.praise(0.3, f"its light body lets the delicate {subject} shine")
    elif difference == 0:
        verdict.praise(0.2, f"its medium body matches the weight of the {subject}")
    return 1.0 - difference / 4


def _sharp_or_sweet(dish: DishProfile) -> str:
    """What makes firm tannin bitter in this dish, as it is: its heat, its soy, its tomato, its glaze."""
    if dish.spice >= 2:
        return "chilli heat"
    if dish.has("soy"):
        return "soy"
    if dish.sweetness >= 2 and dish.acidity >= 2:
        return "sweet, tangy sauce"
    if dish.sweetness >= 2:
        return "sweetness of the dish"
    if dish.has("tomato"):
        return "tomato"
    return "sharp, tangy sauce"


_COOKED: Final = ("braised", "roasted", "grilled", "fried", "smoked", "stewed", "baked")


def _raw_or_cured_beef(dish: DishProfile) -> bool:
    """Carpaccio, tartare, bresaola, biltong: beef eaten raw or cured. A steak wrapped in pancetta
    or a bourguignon's lardons is cooked beef with a cured pork beside it."""
    if dish.has("raw"):
        return True
    if not dish.has("cured") or dish.has(*_COOKED):
        return False
    return not any((term := _TERMS.get(word)) is not None and term.protein == "pork" for word in dish.words)


def _meat_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    subject = dish.subject
    meat = dish.protein in ("red_meat", "lamb", "game", "duck", "pork", "veal", "poultry")
    if dish.protein == "red_meat" and _raw_or_cured_beef(dish):
        # Carpaccio, tartare, bresaola: no cooked fat for tannin to grip, so gentle wines.
        if wine.tannin >= 4:
            verdict.fault(0.15)
        elif wine.tannin <= 2 and colour in ("red", "rose", "sparkling"):
            verdict.praise(0.7, f"gentle tannins respect the raw {subject}")
        return
    if dish.protein in ("red_meat", "game") and dish.weight >= 4 and colour in ("rose", "white", "sparkling"):
        # A rosé is no nearer a braised short rib than a light red is: its body matches, but the
        # beef still wants a red's grip, so a pale wine carries the same fault as a gap in weight.
        verdict.fault(0.15)
    if meat and dish.acidity >= 2:
        if wine.acidity >= 4:
            verdict.praise(0.6, "fresh acidity matches the sharp, tangy sauce")
        elif wine.acidity <= 3:
            verdict.fault(0.05)
    glazed = meat or dish.detail in ("oily", "meaty")  # teriyaki salmon, glazed tuna: Pinot's classics too
    if glazed and dish.sweetness >= 1 and dish.has("soy", "sweet_sour") and dish.protein not in ("red_meat", "lamb"):
        # Soy and sweet glazes (teriyaki, char siu, yakitori) make firm tannin taste bitter.
        # Only a soy glaze: fruit-and-vinegar sweet-and-sour wants the touch of sugar (_spice_rules).
        if colour in ("red", "rose") and wine.tannin <= 2 and wine.body <= 3 and dish.has("soy"):
            verdict.praise(0.65, "soft, fruity reds and rosés love a sweet soy glaze")
        if wine.tannin >= 3:
            verdict.fault(0.05 * (wine.tannin - 2))
    lighter_main = dish.protein in ("pork", "veal", "poultry", "mushroom", "duck") or dish.detail in ("oily", "meaty")
    if lighter_main and colour == "red" and dish.weight <= 4:
        # Pinot Noir, Gamay, Grenache, Barbera: supple reds for white meat, duck, mushrooms and salmon.
        if wine.tannin <= 2 and wine.acidity >= 3 and wine.body <= 4:
            verdict.praise(0.45, f"supple tannins and bright fruit suit the {subject}")
        elif wine.tannin >= 4:
            verdict.fault(0.08 * (wine.tannin - 3))
    # Sugar, soy, vinegar and chilli make firm tannin taste harsh and bitter (sauerbraten,
    # bulgogi, a glazed meatloaf, rendang): such red-meat dishes want a supple, fruity red.
    tangy_or_sweet = (
        dish.sweetness >= 2 or dish.acidity >= 2 or dish.spice >= 2 or dish.has("soy", "sweet_sour")
    ) and not dish.has("red_wine")
    if dish.protein in ("red_meat", "lamb", "game") and colour == "red" and tangy_or_sweet:
        if wine.tannin <= 3 and wine.acidity >= 3:
            sauce = _sharp_or_sweet(dish)
            verdict.praise(0.8, f"supple tannins and ripe fruit meet the {sauce} without turning bitter")
        elif wine.tannin >= 4:
            verdict.fault(0.06 * (wine.tannin - 3))
    elif dish.protein in ("red_meat", "lamb", "game") and colour == "red":
        # Only a firmly tannic wine's tannins are called firm; a moderately tannic one's still grip.
        tannins = "firm tannins" if wine.tannin >= 4 else "its tannins"
        if wine.tannin >= 3 and dish.fat >= 2:
            verdict.praise(0.75 + 0.05 * wine.tannin, f"{tannins} cut the {_possessive(subject)} fat")
        elif wine.tannin >= 3 and dish.fat >= 1:
            verdict.praise(0.75 + 0.05 * wine.tannin, f"{tannins} stand up to the {subject}")
        elif wine.tannin >= 3:
            verdict.praise(0.8, f"{tannins} stand up to the {subject}")
        elif wine.tannin <= 1 and dish.weight >= 4:
            verdict.fault(0.15)
    if dish.protein == "duck" and colour == "red" and wine.tannin <= 3 and wine.acidity >= 4:
        verdict.praise(0.85, f"bright acidity and supple tannins cut the {_possessive(subject)} richness")
    lean = dish.fat <= 1 and dish.protein not in ("red_meat", "lamb", "game", "duck", None)
    if wine.tannin >= 4 and lean:
        verdict.fault(0.1 * (wine.tannin - 3))  # without fat and protein to bind to, firm tannin tastes astringent
    if dish.protein in ("pork", "veal", "poultry") and wine.acidity >= 4 and wine.tannin <= 3 and dish.fat >= 1:
        verdict.praise(0.5, f"fresh acidity lifts the {subject} without overpowering it")
    creamy_white_meat = dish.protein in ("pork", "veal", "poultry") and dish.has("cream", "butter")
    if creamy_white_meat and colour in ("white", "orange") and wine.body >= 3:
        verdict.praise(0.6, f"a rounded white has the weight for the {subject} in its creamy sauce")


def _seafood_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    if dish.protein not in ("fish", "shellfish"):
        return
    subject = dish.subject
    meaty = dish.detail in ("oily", "meaty")
    if wine.tannin >= 3:
        verdict.fault((0.1 if meaty else 0.2) + 0.1 * (wine.tannin - 3))  # tannin meets fish oil: metallic
    elif colour == "red" and meaty:
        verdict.praise(0.8, f"silky, low tannins flatter the {subject} without a metallic edge")
    raw = dish.has("raw") or dish.detail == "briny"
    if raw and wine.acidity >= 4 and wine.body <= 2 and wine.sweetness == 0 and colour in ("white", "sparkling"):
        texture = "saline, mineral" if "mineral" in wine.style_words else "bone-dry, lean"
        verdict.praise(0.95, f"{texture} crispness is the classic foil for the {subject}")
    if raw and wine.oak >= 2:
        verdict.fault(0.2)
    elif wine.oak >= 2 and dish.weight <= 2 and not dish.has("butter", "cream", "smoked"):
        verdict.fault(0.12)  # new oak drowns delicate fish
    if dish.detail == "rich" and colour in ("white", "sparkling", "orange") and wine.body >= 3 and dish.fat >= 1:
        verdict.praise(0.7, f"its rounded texture meets the sweet, rich {subject}")
    fresh = wine.acidity >= 4 and wine.oak <= 1 and wine.sweetness == 0 and colour in ("white", "sparkling")
    if fresh and not raw and dish.detail in ("lean", "delicate", "") and dish.protein == "fish":
        verdict.note(f"its crisp freshness lets the {subject} taste of itself")


def _acid_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    tomato = dish.has("tomato")
    if tomato and wine.acidity >= 4 and colour in ("red", "rose"):
        verdict.praise(0.8, f"high acidity stands up to the {_named(dish, 'tomato') or 'tomato'}")
    elif dish.detail == "goat" and wine.acidity >= 4:
        verdict.praise(0.9, "zesty acidity matches the tangy goat's cheese")
        if "herbal" in wine.style_words:
            verdict.praise(0.8, "its grassy, herbal edge is the classic partner for goat's cheese")
    elif dish.acidity >= 2 and wine.acidity >= 4 and _named(dish, "citrus", "vinegar"):
        verdict.praise(0.7, f"crisp acidity matches the {_named(dish, 'citrus', 'vinegar')}")
    if dish.acidity >= 2 and wine.acidity <= 2:
        verdict.fault(0.2)  # next to sharper food the wine tastes flat
    if dish.fat >= 2 and wine.acidity >= 4:
        fat_word = _named(dish, "butter", "cream", "cheese")
        if fat_word:
            verdict.praise(0.65, f"bright acidity cuts through the {fat_word}")
    if dish.has("fried") and colour == "sparkling":
        verdict.praise(0.9, "bubbles scrub the palate clean of the frying fat")
    elif dish.has("fried") and wine.acidity >= 4:
        verdict.praise(0.6, "crisp acidity cuts through the frying fat")
    if dish.saltiness >= 2 and wine.acidity >= 4 and wine.sweetness <= 2:
        verdict.praise(0.45, "fresh acidity keeps the palate lively against the salt")


def _wants_sugar(dish: DishProfile) -> bool:
    """Sweet-and-sour glazes and the chilli of Asian kitchens want a touch of sugar in the glass;
    a Mediterranean dish with chilli flakes does not (guidance pairs arrabbiata with a dry red).
    Not for red meat: a lamb curry still wants a red, just a soft and fruity one."""
    red_meat = dish.protein in ("red_meat", "lamb", "game")
    if red_meat or dish.has("chocolate"):  # a mole's chocolate and dried chillies want a ripe red
        return False
    return _chilli_hot(dish)


def _spice_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    wants_sugar = _wants_sugar(dish)
    # A soy glaze (teriyaki, yakitori) is savoury first: soft reds, below. Fruit-and-vinegar
    # sweet-and-sour (Cantonese pork, sweet chilli) wants the sugar.
    sweet_sour = (
        dish.has("sweet_sour")
        and dish.sweetness >= 2
        and dish.protein not in ("dessert", "chocolate")
        and not (dish.has("soy") and dish.spice < 2)
    )
    if (wants_sugar or sweet_sour) and wine.sweetness <= 3:
        if 1 <= wine.sweetness <= 3:
            reason = (
                "a touch of sweetness tames the chilli heat"
                if dish.spice >= 2
                else "a touch of sweetness meets the sweet-and-sour sauce"
            )
            verdict.praise(1.6, reason)
        elif wine.sweetness == 0:
            verdict.fault(0.08)  # heat and sugar strip the fruit from a bone-dry wine
    if (wants_sugar or sweet_sour) and colour == "rose" and wine.tannin <= 1 and wine.sweetness <= 2 and wine.body <= 2:
        # With no off-dry white to hand, guidance turns to a chilled, fruity rosé: a light one, not
        # a Tavel's weight and warmth.
        if dish.spice < 2:
            reason = "a chilled, fruity rosé balances the sweet notes of the dish"
        elif dish.sweetness:
            reason = "a chilled, fruity rosé cools the heat and meets the sweetness"
        else:
            reason = "a chilled, fruity rosé cools the heat"
        verdict.praise(0.8, reason)
    if not dish.spice:
        return
    # Paprika or ginger (heat 1) only tips the balance; chilli heat (2+) changes the wine.
    if dish.spice >= 2:
        if wine.tannin <= 1 and wine.body <= 3 and "high-alcohol" not in wine.style_words:
            # A white has no tannin to speak of: its moderate alcohol is what keeps the heat down.
            heat = "low tannin and modest alcohol" if colour in ("red", "rose") else "its modest alcohol"
            verdict.praise(0.5, f"{heat} won't fan the heat")
        if "aromatic" in wine.style_words and wants_sugar:
            verdict.praise(0.55, "its aromatic lift echoes the spices")
        if "low-alcohol" in wine.style_words:
            verdict.praise(0.4, "low alcohol keeps the heat in check")
    verdict.fault(0.05 * dish.spice * max(0, wine.tannin - 2))  # tannin and alcohol amplify chilli
    if wine.body >= 5 or "high-alcohol" in wine.style_words:
        verdict.fault(0.08 * dish.spice)
    if wine.oak >= 2:
        verdict.fault(0.05 * dish.spice)


def _sweetness_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    subject = dish.subject
    if dish.protein in ("dessert", "chocolate"):
        # The wine must be at least as sweet as the dessert, or it tastes thin and sour.
        if wine.sweetness >= 3:
            verdict.praise(0.95, f"it is at least as sweet as the {subject}, so it won't taste thin or sour")
        else:
            verdict.fault(0.45 + 0.1 * (3 - wine.sweetness))
        if dish.protein == "chocolate" and wine.sweetness >= 3:
            if wine.tannin >= 2 or "nutty" in wine.style_words:
                # Port, Banyuls, Vin Santo: dark, raisined or nutty sweetness is the classic match.
                verdict.praise(1.0, "its raisined, nutty sweetness echoes the chocolate")
            else:
                verdict.fault(0.1)  # pale, honeyed sweetness tastes thin against cocoa's bitterness
        if dish.has("fruit", "citrus") and wine.sweetness >= 3 and wine.acidity >= 4:
            verdict.praise(0.6, "its fresh acidity keeps pace with the fruit")
        if dish.has("custard", "caramel") and wine.sweetness >= 4 and "honeyed" in wine.style_words:
            verdict.praise(0.6, "its honeyed richness mirrors the caramel and cream")
        if dish.protein == "dessert" and wine.tannin >= 1 and not dish.has("coffee", "nutty", "caramel"):
            verdict.fault(0.2)  # a red-grape sweet wine's tannin jars with fruit and cream
        return
    if wine.sweetness >= 3 and (dish.detail in ("blue", "foie")):
        partner = f"salty {dish.subject}" if dish.detail == "blue" else "foie gras"
        verdict.praise(1.2, f"its sweetness is the classic counterpoint to the {partner}")
    elif wine.sweetness >= 3 and colour == "dessert":
        verdict.fault(0.45)  # a dessert wine with a savoury course
    elif wine.sweetness >= 3 and dish.sweetness == 0:
        verdict.fault(0.25)
    if dish.sweetness >= 2 and not dish.has("sweet_sour") and 1 <= wine.sweetness <= 2:
        verdict.praise(0.55, "a touch of sweetness meets the sweet glaze")
    elif dish.sweetness >= 2 and set(wine.style_words) & {"fruity", "jammy"}:
        verdict.praise(0.45, "ripe fruit meets the sweetness of the sauce")


def _smoke_partners(wine: WineProfile, smoke: str) -> str:
    """What in the wine meets smoke, as it truly is: toast only from oak, and never "smoky notes
    meet the smoky barbecue" (the dish's own word is not said twice)."""
    styles = set(wine.style_words)
    notes = [
        word
        for word, present in (
            ("toasty", wine.oak >= 2),
            ("smoky", "smoky" in styles and "smok" not in smoke),
            ("spicy", "spicy" in styles),
        )
        if present
    ]
    return f"{', '.join(notes)} notes" if notes else "ripe, dark fruit"


def _savoury_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    """Umami, bitterness and smoke: what makes tannin taste bitter, and what oak can meet."""
    if dish.umami >= 2 and wine.tannin >= 4:
        verdict.fault(0.08 * (wine.tannin - 3))  # umami makes firm tannin taste bitter
    if dish.has("bitter") and dish.protein in ("vegetarian", None):
        if wine.oak >= 2 or wine.tannin >= 4:
            verdict.fault(0.1)
        if colour in ("white", "sparkling") and wine.acidity >= 4 and "herbal" in wine.style_words:
            verdict.praise(0.7, "its green, herbal edge meets the vegetable's bitterness")
    if dish.smoke >= 2:
        if wine.body >= 3 and (wine.oak >= 2 or set(wine.style_words) & {"smoky", "toasty", "spicy", "jammy"}):
            smoke = _named(dish, "smoked", "grilled") or "smoke"
            verdict.praise(0.6, f"its {_smoke_partners(wine, smoke)} meet the {smoke}")
        if wine.body <= 1:
            verdict.fault(0.1)


def _echo_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    styles = set(wine.style_words)
    if dish.has("earthy") and styles & {"earthy", "savoury"}:
        # Pinot Noir and Nebbiolo: earthy, and fresh enough for butter and Parmigiano.
        verdict.praise(0.9 if wine.acidity >= 4 else 0.5, f"earthy, savoury notes echo the {_named(dish, 'earthy')}")
    if dish.has("herbal") and "herbal" in styles:
        verdict.praise(0.5, f"its green, savoury edge picks up the {_named(dish, 'herbal')}")
    if dish.has("pepper") and "peppery" in styles:
        verdict.praise(0.65, "its spicy streak matches the black pepper")
    if dish.has("grilled") and wine.body >= 3 and (wine.oak >= 2 or styles & {"smoky", "toasty"}):
        verdict.praise(0.45, "smoky, toasty notes echo the char of the grill")
    if dish.has("warm_spice") and styles & {"spicy", "peppery"} and colour in ("red", "rose", "orange"):
        verdict.praise(0.45, "its spice echoes the warm spices of the dish")
    if dish.protein in ("fish", "shellfish") and dish.has("tomato") and colour == "rose":
        verdict.praise(0.8, "a dry rosé bridges the tomato and the seafood")
    if dish.has("cream", "butter", "cheese") and colour in ("white", "orange", "sparkling") and dish.fat >= 2:
        if wine.body >= 3 and wine.oak <= 2:
            richness = _named(dish, "cream", "butter", "cheese")
            # A racy Riesling trocken has the weight, not a rich, rounded texture.
            texture = "weight stands up to" if wine.acidity >= 4 and wine.body <= 3 else "rich, rounded texture matches"
            verdict.praise(0.6, f"its {texture} the {richness}")
        elif wine.body <= 1 and dish.weight >= 3:
            verdict.fault(0.1)
    if wine.oak >= 3 and (dish.protein in ("fish", "shellfish", "vegetarian", "cheese") or dish.spice >= 2):
        verdict.fault(0.1)  # new, toasty oak tramples fish, vegetables and chilli alike
    if (
        dish.protein == "cheese"
        and dish.detail in ("aged", "mature", "washed")
        and wine.body >= 4
        and colour in ("red", "orange")
    ):
        verdict.praise(0.5, "it has the structure to meet the nutty, aged cheese")
    if dish.has("red_wine") and dish.protein not in ("dessert", "chocolate"):
        # Match the sauce: a dish cooked in red wine (bourguignon, meurette, coq au vin) wants a red,
        # whatever its main; a white tastes thin beside it.
        if colour == "red" and (wine.tannin >= 2 or wine.acidity >= 4):
            verdict.praise(0.85, "a red echoes the wine the dish was cooked in")
            # Fish in a red wine sauce (cod, eel or eggs en meurette) is rare in the model's data,
            # where fish outvotes every red: the wine in the pot goes in the glass.
            verdict.textbook = verdict.textbook or dish.protein in ("fish", "shellfish")
        elif colour in ("white", "sparkling"):
            verdict.fault(0.1)


# ---------------------------------------------------------------------------
# Classic pairings: what the literature agrees on, beyond structure
# ---------------------------------------------------------------------------


# Classics this strong are textbook (Sauternes with foie gras or Roquefort, Port with dark
# chocolate): what the learned model says cannot pull them down (``pairing_score``). Measured
# by two-fold cross-validation inside the tuning half: 79.8% -> 80.4% of the top three accepted.
TEXTBOOK_STRENGTH: Final = 0.8
# A classic that holds whatever the weights say (``ClassicPairing.any_weight``: the fondue's light
# Fendant): its weight fit is at least this, and three steps of body apart (``WEIGHT_MISMATCH_FIT``)
# is no fault in it. Not every textbook classic: a featherweight Moscato d'Asti beside a dense
# chocolate torte, or an off-dry Kabinett beside a heavy spiced stew, is still too light.
TEXTBOOK_WEIGHT_FIT: Final = 0.75
WEIGHT_MISMATCH_FIT: Final = 0.25
TEXTBOOK_COLOUR_FIT: Final = 0.9


@dataclass(frozen=True)
class ClassicPairing:
    """A pairing the literature agrees on. ``dish`` says when it applies; the wine must be of
    one of ``grapes`` (canonical names), or failing that, of one of ``styles``."""

    dish: Callable[[DishProfile], bool]
    grapes: frozenset[str]
    reason: str
    source: str
    colours: frozenset[str] = frozenset()  # empty: any colour
    max_sweetness: int = 5
    min_sweetness: int = 0
    max_oak: int = 3  # Chablis, not a barrel-fermented Chardonnay, is the oyster wine
    max_body: int = 5
    strength: float = 0.7
    any_weight: bool = False  # see ``TEXTBOOK_WEIGHT_FIT``


def _words(*names: str) -> Callable[[DishProfile], bool]:
    wanted = frozenset(names)
    return lambda dish: bool(wanted & set(dish.words))


def _main(protein: str, detail: str = "") -> Callable[[DishProfile], bool]:
    return lambda dish: dish.protein == protein and (not detail or dish.detail == detail)


_BEEF_REDS: Final = "Cabernet Sauvignon, Malbec, Syrah, Tempranillo, Zinfandel, Nebbiolo, Sangiovese, Merlot"


def _steak_or_roast(dish: DishProfile) -> bool:
    """A steak or a roast: not a braise, a moussaka's mince or a burger."""
    return (
        dish.protein == "red_meat"
        and not dish.has("raw", "poached", "braised")
        and not {"minced beef", "burger"} & set(dish.words)
    )


def _earthy_main(dish: DishProfile) -> bool:
    return dish.has("earthy") and dish.protein in ("mushroom", None, "vegetarian", "poultry")


def _has_mushrooms(dish: DishProfile) -> bool:
    return dish.protein == "mushroom" or any(
        (term := _TERMS.get(word)) is not None and term.protein == "mushroom" for word in dish.words
    )


# The salty bites Spain pours fino with; a dish made of nothing else is tapas, not a main with olives.
_TAPAS_BITES: Final = frozenset({"cured ham", "olives", "marcona almonds", "anchovy"})
_TAPAS_SIDES: Final = frozenset({"nuts", "bread", "tomato", "garlic", "cured", "fried", "vinaigrette", "marinated"})


def _salty_tapas(dish: DishProfile) -> bool:
    words = set(dish.words)
    return bool(words & _TAPAS_BITES) and words <= _TAPAS_BITES | _TAPAS_SIDES


def _grapes(names: str) -> frozenset[str]:
    return frozenset(canonical_grape(name) for name in word_list(names))


CLASSICS: Final[tuple[ClassicPairing, ...]] = (
    ClassicPairing(
        _words("oyster"),
        _grapes("Melon de Bourgogne, Chardonnay, Picpoul, Albariño, Sauvignon Blanc"),
        "dry and unoaked, it is the classic oyster wine",
        "Fiona Beckett, How to Match Food and Wine: Muscadet, Chablis and Champagne with oysters",
        colours=frozenset({"white", "sparkling"}),
        max_sweetness=0,
        max_oak=1,
    ),
    ClassicPairing(
        _main("cheese", "goat"),
        _grapes("Sauvignon Blanc, Chenin Blanc"),
        "a crisp Loire-style white is goat's cheese's oldest partner",
        "Dornenburg & Page, What to Drink with What You Eat: Sancerre with crottin de Chavignol",
        colours=frozenset({"white"}),
    ),
    ClassicPairing(
        _main("cheese", "blue"),
        _grapes("Sémillon, Touriga Nacional, Furmint, Riesling, Grenache"),
        "it follows the Sauternes-and-Roquefort rule of sweet wine with salty blue cheese",
        "WSET Level 3: salty blue cheese with Sauternes or Port",
        min_sweetness=3,
        strength=0.8,
    ),
    ClassicPairing(
        _main("duck", "foie"),
        _grapes("Sémillon, Furmint, Gewürztraminer, Riesling, Chenin Blanc"),
        "it is the textbook partner for foie gras",
        "Court of Master Sommeliers classic: foie gras with Sauternes",
        min_sweetness=3,
        strength=0.8,
    ),
    ClassicPairing(
        _main("chocolate"),
        _grapes("Touriga Nacional, Grenache, Pedro Ximénez, Muscat, Malvasia"),
        "its deep, rich sweetness stands up to the chocolate",
        "Wine Folly, pairing guide: chocolate with Port, Banyuls or Pedro Ximénez",
        colours=frozenset({"dessert"}),
        strength=0.8,
    ),
    ClassicPairing(
        _main("fish", "oily"),
        _grapes("Pinot Noir, Gamay"),
        "a light, silky red is the rich-fish exception to white-with-fish",
        "Wine Folly: salmon and tuna with Pinot Noir",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        lambda dish: dish.protein == "lamb",
        _grapes("Cabernet Sauvignon, Syrah, Tempranillo, Merlot, Mourvèdre, Grenache, Malbec"),
        "it is the kind of red sommeliers reach for with lamb",
        "Court of Master Sommeliers: lamb with Bordeaux, Rioja or Syrah",
        colours=frozenset({"red"}),
        strength=0.6,
    ),
    ClassicPairing(
        _steak_or_roast,
        _grapes(_BEEF_REDS),
        "it is a steakhouse classic",
        "Wine Folly, food pairing chart: grilled beef with Cabernet, Malbec or Syrah",
        colours=frozenset({"red"}),
        strength=0.5,
    ),
    ClassicPairing(
        # The same reds suit a braise, a moussaka's mince or a burger; only the words differ.
        lambda dish: dish.protein == "red_meat" and not dish.has("raw", "poached") and not _steak_or_roast(dish),
        _grapes(_BEEF_REDS),
        "its dark fruit and grip are what beef wants",
        "Wine Folly, food pairing chart: beef with Cabernet, Malbec or Syrah",
        colours=frozenset({"red"}),
        strength=0.5,
    ),
    ClassicPairing(
        lambda dish: dish.protein == "duck" and dish.detail != "foie",
        _grapes("Pinot Noir, Gamay, Nebbiolo, Grenache"),
        "its red fruit is what the duck's rich, dark meat wants",
        "Dornenburg & Page: roast duck with red Burgundy or Oregon Pinot Noir",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        lambda dish: (
            dish.has("tomato") and dish.protein in (None, "vegetarian", "pork", "veal", "red_meat", "poultry", "cheese")
        ),
        _grapes("Sangiovese, Barbera, Montepulciano, Zinfandel, Nero d'Avola, Aglianico, Dolcetto"),
        "its bright acidity and red fruit stand up to the tomato",
        "Wine Folly: tomato sauces with Sangiovese and Barbera",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        lambda dish: _earthy_main(dish) and _has_mushrooms(dish),
        _grapes("Pinot Noir, Nebbiolo"),
        "its forest-floor notes are made for mushrooms",
        "WSET Level 3: mushrooms and truffle with Pinot Noir or aged Nebbiolo",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        # Lentils, beetroot, a chicken with root vegetables: earthy, but no mushroom to name.
        lambda dish: _earthy_main(dish) and not _has_mushrooms(dish),
        _grapes("Pinot Noir, Nebbiolo"),
        "its forest-floor notes suit the dish's earthy flavours",
        "WSET Level 3: earthy flavours with Pinot Noir or aged Nebbiolo",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        # Chilli heat outside the Mediterranean (an arrabbiata keeps its red), or the warm spices,
        # ginger and coconut of a curry, a tagine or a pastilla; red meat keeps its red.
        lambda dish: (
            dish.protein not in ("red_meat", "lamb", "game", "dessert", "chocolate")
            and (_chilli_hot(dish) or (dish.has("warm_spice") and dish.has("curry", "ginger", "coconut")))
        ),
        _grapes("Riesling, Gewürztraminer, Grüner Veltliner, Chenin Blanc, Muscat, Pinot Grigio, Viognier, Torrontés"),
        "aromatic whites like this one love spicy food",
        "Fiona Beckett: off-dry Riesling and Gewürztraminer with spicy Asian food",
        colours=frozenset({"white", "rose", "sparkling"}),
    ),
    ClassicPairing(
        # The textbook answer to chilli heat: a touch of sugar in an aromatic white.
        _wants_sugar,
        _grapes("Riesling, Gewürztraminer, Chenin Blanc, Muscat"),
        "an off-dry aromatic white is the textbook answer to chilli heat",
        "WSET Level 3 food and wine: chilli heat is soothed by sweetness; off-dry Riesling or Gewürztraminer",
        colours=frozenset({"white"}),
        min_sweetness=1,
        max_sweetness=2,  # off-dry: a medium-sweet Spätlese is no textbook for a shakshuka
        strength=TEXTBOOK_STRENGTH,
    ),
    ClassicPairing(
        lambda dish: dish.has("fried") and dish.protein not in ("dessert", "chocolate"),
        _grapes("Chardonnay, Pinot Noir, Pinot Meunier, Glera, Macabeo, Xarel·lo, Chenin Blanc"),
        "fizz with anything fried is a sommelier's favourite trick",
        "Wine Folly: fried foods with Champagne and Cava",
        colours=frozenset({"sparkling"}),
        max_sweetness=1,
    ),
    ClassicPairing(
        lambda dish: dish.has("chocolate") and dish.protein not in ("dessert", "chocolate"),
        _grapes("Zinfandel, Grenache, Syrah, Malbec, Carignan, Merlot"),
        "its ripe, dark fruit meets the chocolate and dried chillies of the sauce",
        "Dornenburg & Page, What to Drink with What You Eat: mole with Zinfandel or Shiraz",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        lambda dish: (
            dish.has("smoked", "grilled")
            and dish.smoke >= 2
            and dish.protein in ("pork", "red_meat", "poultry", None)
            # Smoked lardons in a braise (boeuf bourguignon) are no barbecue.
            and not dish.has("braised")
        ),
        _grapes("Zinfandel, Syrah, Malbec, Grenache, Pinotage"),
        "its ripe, smoky fruit is made for barbecue",
        "Dornenburg & Page: barbecue with Zinfandel and Shiraz",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        lambda dish: dish.cuisine in ("japanese",) and dish.has("raw"),
        _grapes("Chardonnay, Riesling, Grüner Veltliner, Albariño"),
        "it is precise and dry enough for raw fish",
        "Fiona Beckett: sushi and sashimi with Champagne or dry Riesling",
        colours=frozenset({"white", "sparkling"}),
        max_sweetness=1,
    ),
    ClassicPairing(
        _words("paella"),
        _grapes("Albariño, Grenache, Tempranillo, Verdejo, Godello"),
        "its grapes are the ones Spain pours with a paella",
        "Spanish tradition: paella with Albariño or Navarra rosado",
        colours=frozenset({"white", "rose"}),
    ),
    ClassicPairing(
        _words("moussaka"),
        _grapes("Agiorgitiko, Xinomavro"),
        "it is Greece's own red for Greece's own dish",
        "Wine Folly, Greek wine guide: moussaka with Agiorgitiko",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        _words("moussaka"),
        _grapes("Syrah, Grenache"),
        "its ripe, spicy fruit suits the cinnamon-scented lamb and tomato",
        "Wine Folly, Greek wine guide: moussaka with Agiorgitiko, or a Rhône-style Syrah or Grenache",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        _words("asparagus"),
        _grapes("Sauvignon Blanc, Grüner Veltliner, Muscat, Silvaner"),
        "it is one of the few wines asparagus doesn't bully",
        "Dornenburg & Page: asparagus with Sauvignon Blanc or Grüner Veltliner",
        colours=frozenset({"white"}),
    ),
    ClassicPairing(
        lambda dish: dish.has("egg") and dish.protein in ("vegetarian", None, "pork"),
        _grapes("Chardonnay, Pinot Noir, Pinot Meunier, Gamay, Pinot Blanc"),
        "it is easy on eggs, which trip up most wines",
        "Fiona Beckett: egg dishes with Champagne, unoaked Chardonnay or Beaujolais",
        colours=frozenset({"sparkling", "white", "red"}),
    ),
    ClassicPairing(
        lambda dish: dish.has("red_wine") and dish.protein in ("red_meat", "poultry", "game"),
        _grapes("Pinot Noir, Gamay, Syrah, Grenache"),
        "sommeliers pour a red like this with the wine-braised classics of Burgundy",
        "Escoffier's Burgundian classics: boeuf bourguignon and coq au vin with red Burgundy",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        _words("cassoulet"),
        _grapes("Malbec, Tannat, Syrah, Grenache, Carignan, Mourvèdre"),
        "a sturdy, rustic red suits the cassoulet's beans and confit",
        "French tradition: cassoulet with Cahors, Madiran or Corbières",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        _words("sausage"),
        _grapes("Riesling, Pinot Grigio, Gewürztraminer, Silvaner"),
        "Alsace's whites and its charcuterie belong together",
        "Alsatian tradition: choucroute with Riesling or Pinot Gris",
        colours=frozenset({"white"}),
        strength=0.5,
    ),
    ClassicPairing(
        # The dish itself, not any sausage: Alsace's dry Riesling with its choucroute is textbook.
        _words("choucroute garnie"),
        _grapes("Riesling, Pinot Grigio, Silvaner, Pinot Blanc"),
        "a dry Alsace-style white is the choucroute's own partner",
        "Alsatian tradition: choucroute garnie with Riesling, Pinot Gris or Sylvaner",
        colours=frozenset({"white"}),
        max_sweetness=1,
        strength=TEXTBOOK_STRENGTH,
    ),
    ClassicPairing(
        # Of melted cheese: not a beef fondue, nor a leek fondue under scallops.
        lambda dish: bool({"fondue", "tartiflette", "raclette"} & set(dish.words)) and dish.protein in ("cheese", None),
        _grapes("Chasselas, Jacquère, Altesse"),
        "its grapes are the ones the Alps pour with melted cheese",
        "Savoyard and Swiss tradition: fondue and raclette with Chasselas or Apremont",
        colours=frozenset({"white"}),
        # Textbook: a light, soft Fendant is the fondue's own wine, which no rule of weight would
        # choose for melted cheese.
        strength=TEXTBOOK_STRENGTH,
        any_weight=True,
    ),
    ClassicPairing(
        _words("fondue", "tartiflette", "raclette"),
        _grapes("Chardonnay, Savagnin"),
        # Chardonnay grows everywhere: the reason says whose custom it is, not that it is Alpine.
        "it is the style of white the Jura pours with its melted cheeses",
        "Jura tradition: Comté fondue with Chardonnay or Savagnin",
        colours=frozenset({"white"}),
    ),
    ClassicPairing(
        lambda dish: dish.protein in ("fish", "shellfish") and dish.has("butter", "cream"),
        _grapes("Chardonnay, Chenin Blanc, Viognier, Marsanne, Sémillon"),
        "its rounded texture is made for butter and cream sauces",
        "Dornenburg & Page: sole meunière and lobster with white Burgundy",
        colours=frozenset({"white"}),
    ),
    ClassicPairing(
        lambda dish: dish.protein == "pork" and dish.has("cured") and dish.saltiness >= 2,
        _grapes("Gamay, Pinot Noir, Palomino, Tempranillo, Lambrusco, Grenache"),
        "juicy, fresh wines like this love salty charcuterie",
        "Wine Folly: charcuterie with Beaujolais or fino sherry; Spanish tradition: jamón with fino",
        max_sweetness=1,
    ),
    ClassicPairing(
        _salty_tapas,
        _grapes("Palomino"),
        "Palomino's bone-dry, saline style is Spain's own match for salty tapas",
        "González Byass and Jancis Robinson, The Oxford Companion to Wine: fino and manzanilla with jamón, "
        "olives, salted almonds and anchovies",
        colours=frozenset({"white", "dessert"}),
        max_sweetness=0,
        max_body=2,  # a fino or manzanilla (or a light Listán Blanco), not an amontillado or oloroso
        strength=0.85,
    ),
    ClassicPairing(
        lambda dish: dish.protein in ("fish", "shellfish") and dish.has("fried") and dish.weight <= 2,
        _grapes("Palomino"),
        "a chilled, bone-dry Palomino is what Andalusia pours with fried fish",
        "Sanlúcar tradition, Wine Folly: pescaíto frito with manzanilla; fried food with fino",
        colours=frozenset({"white", "dessert"}),
        max_sweetness=0,
        max_body=2,
    ),
    ClassicPairing(
        lambda dish: dish.protein == "pork" and dish.spice < 2 and not dish.has("raw"),
        _grapes("Riesling, Pinot Gris, Chenin Blanc, Gewürztraminer, Grüner Veltliner, Silvaner, Pinot Noir, Gamay"),
        "pork's sweet, rich flesh loves an aromatic white or a juicy, fresh red",
        "Fiona Beckett, How to Match Food and Wine: roast pork with Riesling, Pinot Gris or Pinot Noir; "
        "Alsace and German tradition with Schweinebraten and choucroute",
        colours=frozenset({"white", "red"}),
        max_sweetness=2,
        strength=0.55,
    ),
    ClassicPairing(
        lambda dish: dish.protein == "pork" and dish.has("fruit"),
        _grapes("Chenin Blanc, Riesling"),
        "its apple-and-quince fruit loves pork with fruit",
        "Fiona Beckett: pork with apples and Vouvray or Riesling",
        colours=frozenset({"white"}),
    ),
    ClassicPairing(
        _words("pesto"),
        _grapes("Vermentino, Pigato, Sauvignon Blanc"),
        "a herbal, crisp white meets the basil of the pesto",
        "Ligurian tradition: trofie al pesto with Vermentino",
        colours=frozenset({"white"}),
    ),
    ClassicPairing(
        lambda dish: dish.protein == "veal" and dish.has("braised") and not dish.has("cream"),
        _grapes("Barbera, Nebbiolo, Dolcetto, Sangiovese"),
        "its fresh acidity and savoury edge are what Italy pours with braised veal",
        "Bastianich & Lynch, Vino Italiano: osso buco with Barbera or Barbaresco",
        colours=frozenset({"red"}),
    ),
    ClassicPairing(
        lambda dish: dish.protein == "veal" and dish.has("fried"),
        _grapes("Grüner Veltliner, Riesling"),
        "Austria's crisp whites are what Vienna pours with schnitzel",
        "Austrian tradition: Wiener Schnitzel with Grüner Veltliner",
        colours=frozenset({"white"}),
    ),
    ClassicPairing(
        lambda dish: dish.has("citrus") and dish.has("raw") and dish.protein in ("fish", "shellfish"),
        _grapes("Sauvignon Blanc, Albariño, Torrontés, Riesling, Verdejo"),
        "it is zesty enough for lime-cured fish",
        "Wine Folly: ceviche with Sauvignon Blanc or Albariño",
        colours=frozenset({"white"}),
        max_sweetness=1,
    ),
    ClassicPairing(
        lambda dish: dish.protein == "poultry" and dish.has("roasted") and not dish.has("cream"),
        _grapes("Pinot Noir, Chardonnay, Gamay"),
        "Burgundy's grapes are roast poultry's oldest friends",
        "Court of Master Sommeliers: roast chicken with Burgundy, red or white",
        colours=frozenset({"red", "white"}),
        strength=0.5,
    ),
    ClassicPairing(
        lambda dish: dish.protein == "dessert" and dish.detail in ("custard", "caramel"),
        _grapes("Sémillon, Furmint, Chenin Blanc, Riesling, Muscat"),
        "its honeyed sweetness is made for custard and caramel",
        "Dornenburg & Page: crème brûlée with Sauternes or Tokaji",
        colours=frozenset({"dessert"}),
    ),
    ClassicPairing(
        lambda dish: dish.protein == "dessert" and dish.detail in ("fruit", "cake", "ice"),
        _grapes("Muscat, Riesling, Chenin Blanc, Glera"),
        "its light, fruity sweetness suits fruit desserts",
        "Wine Folly: fruit tarts with Moscato d'Asti or late-harvest Riesling",
        min_sweetness=2,
        max_body=3,  # a raisined Rutherglen Muscat is no light, fruity sweetness
    ),
    ClassicPairing(
        lambda dish: dish.protein == "cheese" and dish.detail == "bloomy",
        _grapes("Chardonnay, Pinot Noir, Pinot Meunier, Chenin Blanc, Macabeo, Xarel·lo, Glera"),
        "bubbles lift the rich, creamy rind",
        "Wine Folly and Fiona Beckett: Brie, Camembert and triple-creams with Champagne or a crémant",
        colours=frozenset({"sparkling"}),
        max_sweetness=1,
    ),
    ClassicPairing(
        lambda dish: dish.protein == "cheese" and dish.detail == "washed",
        _grapes("Gewürztraminer, Pinot Gris, Riesling"),
        "its aromatic, spicy fruit stands up to the pungent rind",
        "Alsace tradition: Munster with Gewurztraminer; Fiona Beckett: washed-rind cheeses with aromatic whites",
        colours=frozenset({"white"}),
        max_sweetness=2,
        # Textbook, like Sauternes with Roquefort: the eleventh session's refit (its guidance
        # corpus pairs some washed rinds with red Burgundy) had put a Pinot Noir above it.
        strength=TEXTBOOK_STRENGTH,
    ),
    ClassicPairing(
        lambda dish: _mature_hard_cheese(dish),
        _grapes("Cabernet Sauvignon, Merlot, Tempranillo, Zinfandel, Syrah, Touriga Nacional"),
        "its firm structure and dark fruit meet the cheese's caramel depth",
        "Wine Folly: aged Cheddar and Gouda with Cabernet Sauvignon, Zinfandel or Port; Fiona Beckett: "
        "mature Cheddar with Port or a full red; Spanish tradition: Manchego with Rioja",
        colours=frozenset({"red", "dessert"}),
        # Textbook: the learned model, fitted while these cheeses shared the Alpine cheeses' kind,
        # still pours them a white.
        strength=TEXTBOOK_STRENGTH,
    ),
    ClassicPairing(
        lambda dish: dish.protein == "cheese" and dish.detail in ("aged",),
        _grapes("Savagnin, Chardonnay, Nebbiolo, Sangiovese, Tempranillo, Palomino, Touriga Nacional"),
        "it is a classic partner for hard, nutty cheese",
        "Regional tradition: Comté with vin jaune, "
        "Parmigiano with Lambrusco or Sangiovese, Manchego with Rioja or fino",
        strength=0.6,
    ),
)


def _mature_hard_cheese(dish: DishProfile) -> bool:
    """Aged Cheddar, Gouda, Mimolette or Manchego served as the cheese itself, not melted into a pie."""
    return dish.protein == "cheese" and dish.detail == "mature" and "starch" not in dish.facets


def _classic_rules(wine: WineProfile, dish: DishProfile, colour: str, verdict: _Verdict) -> None:
    grapes = set(wine.grapes)
    for classic in CLASSICS:
        if classic.colours and colour not in classic.colours:
            continue
        if (
            not classic.min_sweetness <= wine.sweetness <= classic.max_sweetness
            or wine.oak > classic.max_oak
            or wine.body > classic.max_body
        ):
            continue
        if grapes & classic.grapes and classic.dish(dish):
            verdict.praise(classic.strength, classic.reason)
            verdict.textbook = verdict.textbook or classic.strength >= TEXTBOOK_STRENGTH
            verdict.any_weight = verdict.any_weight or classic.any_weight


def _region_rule(wine: WineProfile, dish: DishProfile, verdict: _Verdict) -> None:
    countries = CUISINE_COUNTRIES.get(dish.cuisine)
    if countries and wine.country in countries:
        # "It shares the dish's Spanish roots": what grows together goes together, said plainly.
        verdict.praise(0.3, f"it shares the dish's {dish.cuisine.title()} roots")


def _fallback_reason(wine: WineProfile, dish: DishProfile, colour: str) -> str:
    """A true and concrete sentence when no rule speaks for the pairing."""
    if wine.body > dish.weight:
        relation = "heavier than"
    elif wine.body < dish.weight:
        relation = "lighter than"
    else:
        relation = "as weighty as"
    return f"a {describe_wine_style(wine, colour=colour)}, {relation} the {dish.subject}"


def pairing_score(wine: WineProfile, dish: DishProfile, *, wine_colour: str, learned: bool = True) -> PairingScore:
    """How well a wine suits a dish, with the reasons a sommelier would give.

    Weight against weight (20%), colour against the main and its sauce (35%), and the
    structural rules and classic pairings (45%). Penalties also count once more against the
    total, so a classic clash (a dry red with crème brûlée, a tannic red with
    oysters) cannot be rescued by a good weight match. When a learned model has been fitted
    (``learned``), its probability that guidance accepts the wine takes its share of the
    score; the reasons are always the rules'.
    """
    colour = fold_text(wine_colour).strip()
    verdict = _Verdict()
    weight_fit = _weight_rule(wine, dish, verdict)
    fit = colour_fit(dish, colour)
    _meat_rules(wine, dish, colour, verdict)
    _seafood_rules(wine, dish, colour, verdict)
    _acid_rules(wine, dish, colour, verdict)
    _spice_rules(wine, dish, colour, verdict)
    _sweetness_rules(wine, dish, colour, verdict)
    _savoury_rules(wine, dish, colour, verdict)
    _echo_rules(wine, dish, colour, verdict)
    _classic_rules(wine, dish, colour, verdict)
    _region_rule(wine, dish, verdict)
    if verdict.textbook:
        # A textbook classic settles the colour too: choucroute's Riesling is no charcuterie white.
        fit = max(fit, TEXTBOOK_COLOUR_FIT)
    if verdict.any_weight:
        # And a few settle the weight: a light, soft Fendant is the fondue's own wine.
        weight_fit = max(weight_fit, TEXTBOOK_WEIGHT_FIT)
    elif weight_fit <= WEIGHT_MISMATCH_FIT:
        verdict.fault(0.15)  # three steps apart: a featherweight beside a stew, or the reverse

    strengths = sorted((strength for strength, _ in verdict.bonuses), reverse=True)
    # The best reason counts most; a pile of small generic ones cannot outweigh one that matters.
    bonus = sum(weight * strength for weight, strength in zip((1.0, 0.5, 0.25), strengths, strict=False))
    structure = max(0.0, min(1.0, 0.35 + 0.65 * (1 - math.exp(-bonus / 1.2)) - verdict.penalty))
    score = 0.2 * weight_fit + 0.35 * fit + 0.45 * structure - 0.3 * verdict.penalty
    ranked = sorted(verdict.bonuses, key=lambda bonus_reason: -bonus_reason[0])
    reasons = unique(reason for _, reason in ranked)[:3] or (_fallback_reason(wine, dish, colour),)
    score = max(0.0, min(1.0, score))
    model = pairing_model() if learned else None
    if model is not None:
        blended = (1 - model.blend) * score + model.blend * model.probability(
            wine, dish, wine_colour=colour, rules_score=score
        )
        if model.guidance_share:
            # What guidance accepts for the most similar dishes, judged on this wine's own colour,
            # grapes and structure; scaled back so the score stays within 0..1.
            share = model.guidance_share
            blended = (blended + share * model.guidance(wine, dish, wine_colour=colour)) / (1 + share)
        # A textbook classic (Sauternes with foie gras) rests on a handful of dishes in the
        # model's data, where a pasta with gorgonzola can outvote it: the rules' score stands.
        score = max(blended, score) if verdict.textbook else blended
    return PairingScore(score=round(score, 4), reasons=reasons)
