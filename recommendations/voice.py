"""The house voice: the sommelier's words, written from the facts of a recommendation, with no model.

When no capable model is configured this is what the diner reads, so it must read like a
sommelier: an opening sentence that answers (the dish or request, and the first pick),
then one reason per wine that says what sets that wine apart (its grape, place, style,
its own description), never the same clause twice, no list, prices only when the
question was about price and then as the cards print them, and never an internal
number. Phrasing varies with the question and the turn, deterministically: the same
question in the same conversation always reads the same, on every surface.

``rubric_problems`` is the check every answer is held to (the evaluation runs it on all
of them); ``model_text_problems`` is the stricter check a model's rewrite must pass.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from django.utils import timezone

from recommendations.languages import ENGLISH
from recommendations.pairing import WineProfile, describe_wine_style, fold_text, word_list, words_of
from recommendations.pairing.places import from_origin
from recommendations.pairing.wines import called_oaky, fortified, how_made_naturally, strength_of
from recommendations.question import ENGLISH_WORRIES, GENERIC_NAME_WORDS, Constraints
from recommendations.recommender import (
    WISHES,
    Pick,
    Recommendations,
    as_listed,
    clash_kind,
    grapes_of,
    is_house_wine,
    measure,
    past_the_lead,
    price_of,
    satisfies,
    served_colour,
)
from recommendations.voice_languages import (
    OWN_ARTICLE,
    SYMBOLS,
    Note,
    above_the_budget,
    clash_reason,
    follower_clashes,
    no_alcohol_free,
    serving_note,
    written_in,
)

MIN_WORDS = 35
MAX_WORDS = 110
MODEL_MIN_WORDS = 20
MODEL_MAX_WORDS = 120


def money(amount: Any, currency: str) -> str:
    """``45`` -> "$45", ``12.5`` -> "€12.50": whole amounts without cents, as menus and the cards print them."""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return ""
    number = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


# Aromas and flavours a list's notes name, in the order a sommelier would pick them out.
_FLAVOURS: Final = word_list(
    "black cherry, sour cherry, red cherry, cherry, blackberry, blackcurrant, cassis, raspberry, strawberry, "
    "wild strawberry, redcurrant, cranberry, blueberry, plum, damson, fig, dried fig, prune, raisin, date, "
    "green apple, red apple, baked apple, apple, pear, quince, white peach, peach, apricot, nectarine, pineapple, "
    "mango, passion fruit, lychee, melon, grapefruit, lemon, lime, citrus, orange peel, orange zest, marmalade, "
    "honeysuckle, honey, elderflower, white flowers, acacia, orange blossom, violet, rose petal, lavender, "
    "thyme, rosemary, sage, mint, eucalyptus, cut grass, garrigue, herbs, fennel, black pepper, white pepper, "
    "pepper, clove, cinnamon, liquorice, licorice, anise, ginger, saffron, sweet spice, spice, vanilla, "
    "toast, brioche, almond, hazelnut, walnut, butter, cream, caramel, toffee, smoke, tobacco, leather, cedar, "
    "earth, forest floor, mushroom, truffle, tar, dark chocolate, chocolate, cocoa, coffee, mocha, olive, "
    "flint, chalk, slate, sea spray, salt, petrol"
)
_FLAVOUR = re.compile(r"\b(?:" + "|".join(re.escape(flavour) for flavour in _FLAVOURS) + r")s?\b")
_COLOUR_NOUNS: Final = {
    "red": "red",
    "white": "white",
    "rose": "rosé",
    "sparkling": "sparkling wine",
    "dessert": "sweet wine",
    "orange": "orange wine",
}
# Words that say what kind of wine it is, not which: a name made only of them ("Sauvignon Blanc",
# "Napa Valley Cabernet Sauvignon", "Pauillac Cinquième Cru Classé", "Late Bottled Vintage Port")
# is said with its producer, so the diner can tell which it is. The question reads wine names by
# the same words, so the two agree on what is a name and what is a kind.
_KIND_WORDS: Final = GENERIC_NAME_WORDS | frozenset(
    word_list("classe, cinquieme, quatrieme, troisieme, deuxieme, bottled, semi, off, superieur, nv, classic, brut")
)


@dataclass(frozen=True)
class WineFacts:
    """What the words may say about one chosen wine."""

    display: str  # how sentences name it
    name: str  # the list's name (what the rubric looks for)
    colour: str
    style: str  # "full-bodied, firmly tannic red"
    grapes: tuple[str, ...]
    region: str
    flavours: tuple[str, ...]
    reasons: tuple[str, ...]
    price: str | None  # as the card prints it, only when the question was about price
    alternative: bool
    body: int
    sweetness: int


def display_name(name: str, producer: str) -> str:
    """ "Brut Réserve" by Pol Roger reads "Pol Roger Brut Réserve"; "Barolo Cannubi" stands alone."""
    words = words_of(name)
    plain = not words or all(word in _KIND_WORDS or word.isdigit() for word in words)
    # "de Nit Rosé" by Raventós i Blanc: a name that begins in lower case continues its producer's.
    continues = name[:1].islower()
    if producer and (plain or len(words) == 1 or continues) and fold_text(producer) not in fold_text(name):
        return _joined_without_overlap(producer, name)
    return name


def _joined_without_overlap(producer: str, name: str) -> str:
    """ "Herdade do Mouchão" + "Mouchão" is "Herdade do Mouchão"; "Adega Regional de Colares" +
    "Colares Malvasia" is "Adega Regional de Colares Malvasia": no word said twice in a row."""
    ours, theirs = producer.split(), name.split()
    for size in range(min(len(ours), len(theirs)), 0, -1):
        if [fold_text(word) for word in ours[-size:]] == [fold_text(word) for word in theirs[:size]]:
            return " ".join([*ours, *theirs[size:]])
    return f"{producer} {name}"


_FLAVOUR_SET: Final = frozenset(_FLAVOURS)


def _flavours(description: str) -> tuple[str, ...]:
    found: list[str] = []
    for match in _FLAVOUR.finditer(fold_text(description)):
        word = match.group(0)
        # "Cherries" are cherry, "citrus" stays citrus: drop an s only when that names a flavour.
        flavour = word if word in _FLAVOUR_SET or word[:-1] not in _FLAVOUR_SET else word[:-1]
        if not any(flavour in other or other in flavour for other in found):
            found.append(flavour)
    return tuple(found[:3])


def _price_asked(result: Recommendations) -> bool:
    said = result.parsed.said
    return bool(
        said is not None
        and (
            said.max_price is not None
            or said.min_price is not None
            or said.cheaper_than_previous
            or said.any_price
            or said.modest_price
            or said.price_order is not None
            or (said.superlative is not None and said.superlative.attribute == "price")
            or said.glass_asked
        )
    ) or bool(_PRICE_WORDS.search(fold_text(result.parsed.text)) or _budget_missed(result))


def _budget_missed(result: Recommendations) -> bool:
    """Whether nothing fits a budget the diner set (perhaps turns ago), or a glass was asked and
    bottles are shown: the prices are then the point."""
    constraints = result.constraints
    return _bottles_for_a_glass(result) or (
        result.nothing_fits and (constraints.max_price is not None or constraints.min_price is not None)
    )


def _bottles_for_a_glass(result: Recommendations) -> bool:
    return bool(
        result.nothing_fits
        and result.picks
        and result.constraints.by_the_glass
        and result.picks[0].wine.glass_price is None
    )


# A question about price in the restaurant's languages: "c'est combien le verre ?", "¿cuánto cuesta?".
_PRICE_WORDS = re.compile(
    r"\b(?:price|cost|how much|expensive|pricey|cheap|budget|afford|prix|combien|coute|quanto|prezzo|costa|"
    r"cuanto|precio|cuesta|kostet|wie ?viel|preis)"
)


def wine_facts(pick: Pick, result: Recommendations, currency: str) -> WineFacts:
    wine = pick.wine
    price = None
    if _price_asked(result):
        amount = price_of(wine, result.constraints)
        by_glass = result.constraints.by_the_glass and wine.glass_price is not None
        if wine.glass_price is not None and result.parsed.said is not None and result.parsed.said.glass_asked:
            amount, by_glass = wine.glass_price, True  # "is it by the glass?": the glass's price
        price = money(amount, currency) + (" a glass" if by_glass else "")
    display = display_name(wine.name, wine.producer)
    if result.constraints.by_the_glass and wine.glass_price is not None:
        display = _BOTTLE_SIZE.sub("", display)  # a glass poured: "the Tokaji", not "the Tokaji (50cl)"
    reasons = pick.reasons
    refinements = result.understood.refinements
    stepped = "lighter" in refinements or "bolder" in refinements
    said = result.parsed.said
    # "As you asked" only on the turn the style was asked (an earlier one still guides the choice),
    # and not after "nothing lighter than the wine I led with", nor of the middle way a contradiction
    # ("full-bodied but light") was answered with.
    if (said is None or not said.style_words or result.understood.contradictions) or (
        stepped and (result.nothing_fits or not past_the_lead(result.picks[0].profile.body, result.turn))
    ):
        reasons = tuple(reason for reason in reasons if not reason.endswith("as you asked"))
    if "about" in refinements and clash_kind(wine, result.dish_profiles) == "sweet":
        # "Is the Moscato sweet?" beside the osso buco: what it is, not why it suits a dish it does not.
        reasons = ()
    return WineFacts(
        display=display,
        name=wine.name,
        colour=served_colour(wine),
        style=_style(pick, result.step_keys),
        grapes=tuple(wine.grapes) or (() if pick.profile.grapes_guessed else pick.profile.grapes),
        region=wine.region,
        flavours=_flavours(wine.description),
        reasons=reasons,
        price=price,
        alternative=pick.alternative,
        body=pick.profile.body,
        sweetness=pick.profile.sweetness,
    )


# After "rounder?", "softer?": the shape words that would read as the opposite of what was asked
# (a wine rounder than a racy Sancerre may still be crisp, but is not called so in that answer).
_AGAINST_THE_STEP: Final = {
    "acidity-": frozenset({"crisp", "racy"}),
    "acidity+": frozenset({"round", "soft"}),
    "tannin-": frozenset({"firmly tannic", "tannic", "grippy"}),
    "tannin+": frozenset({"supple", "soft", "low-tannin"}),
    "sweetness-": frozenset({"off-dry", "sweet"}),
    "oak-": frozenset({"oaky", "oaked", "lightly oaked"}),
    "oak+": frozenset({"unoaked"}),
    "body-": frozenset({"full-bodied", "medium-to-full-bodied"}),
    "body+": frozenset({"light-bodied", "light-to-medium-bodied"}),
}


def _style(pick: Pick, steps: frozenset[str] = frozenset()) -> str:
    """The wine's shape in at most three words a diner hears: "an off-dry, racy white", not "an
    off-dry, light-bodied, racy, unoaked white". The plainest go first: "unoaked" beside other
    words, then "medium-bodied"."""
    wine = pick.wine
    colour = served_colour(wine)
    style = describe_wine_style(pick.profile, colour=colour)
    noun = _COLOUR_NOUNS.get(fold_text(colour).strip(), colour)
    if not style.endswith(f" {noun}"):
        return style
    shape = [word for word in style.removesuffix(f" {noun}").split(", ") if word]
    # A sherry or a Port spends years in old casks: no new oak to taste, yet never "unoaked".
    if "unoaked" in shape and (fortified(wine.name, wine.region) or len(shape) > 2):
        shape.remove("unoaked")
    if "medium-bodied" in shape and len(shape) > 2:
        shape.remove("medium-bodied")
    against = frozenset().union(*(_AGAINST_THE_STEP.get(key, frozenset()) for key in steps))
    shape = [word for word in shape if word not in against]
    return f"{', '.join(shape)} {noun}".strip()


_BOTTLE_SIZE = re.compile(r"\s*\((?:\d+(?:[.,]\d+)?\s?(?:cl|ml|l)|half[- ]bottle|magnum|jeroboam)\)", re.IGNORECASE)


def _seed(result: Recommendations) -> random.Random:
    """Phrasing varies by question and turn, never by surface or time: the same question reads the same."""
    # Names, not database ids: the same list gives the same words after a re-import or in a test.
    key = f"{fold_text(result.parsed.text)}|{result.turn.turn_index}|{[str(pick.wine) for pick in result.picks]}"
    # Not for security: a stable seed so the same question always reads the same.
    return random.Random(int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big"))  # noqa: S311


def _article(words: str) -> str:
    return "an" if words[:1].lower() in "aeiou" else "a"


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _grape_phrase(facts: WineFacts) -> str:
    if not facts.grapes:
        return ""
    if len(facts.grapes) == 1:
        return facts.grapes[0]
    # A blend of four or more is not named after its first grape: "a sparkling wine of Auxerrois"
    # would sell a Crémant d'Alsace as a varietal. Its place and style say what it is.
    return f"{', '.join(facts.grapes[:-1])} and {facts.grapes[-1]}" if len(facts.grapes) <= 3 else ""


def _identity(facts: WineFacts, *, with_style: bool, said: set[str] | None = None) -> str:
    """ "a full-bodied, firmly tannic Syrah from the northern Rhône, with blackberry and pepper".

    ``said`` holds the grapes and places earlier wines' sentences named: a second Sauternes is
    "another sweet wine from Bordeaux" only once; after that its style and flavours set it apart.
    """
    said = said if said is not None else set()
    grape = _grape_phrase(facts)
    # Said already, or in the wine's own name ("the Sauvignon Blanc ... as a Sauvignon Blanc").
    if grape and (fold_text(grape) in said or fold_text(grape) in fold_text(facts.display)):
        grape = ""
    noun = _COLOUR_NOUNS.get(facts.colour, "wine")
    if " and " in grape and facts.colour in ("red", "white"):
        grape += " blend"  # "a Garnacha, Tempranillo and Mazuelo blend", not a bare list of grapes
    if with_style:
        core = facts.style if not grape else f"{facts.style.rsplit(' ', 1)[0] if facts.style else ''} {grape}".strip()
        if grape and facts.colour in ("sparkling", "dessert", "rose", "orange"):
            core = f"{facts.style} of {grape}"
    else:
        core = f"{grape} {noun}" if grape and facts.colour not in ("red", "white") else (grape or f"another {noun}")
    region = facts.region if facts.region and fold_text(facts.region) not in fold_text(facts.display) else ""
    where = f" from {_place(region)}" if region and fold_text(region) not in said else ""
    if where and core == f"another {noun}":
        core = noun  # "a red from California": "another" would say the last one came from there too
    said.update(fold_text(part) for part in (grape, region) if part)
    flavours = ""
    if facts.flavours:
        listed = facts.flavours if len(facts.flavours) == 1 else (*facts.flavours[:-1], f"and {facts.flavours[-1]}")
        flavours = (
            _TRIMMABLE_START
            + ", with "
            + (" ".join(listed) if len(facts.flavours) == 2 else ", ".join(listed).replace(", and", " and"))
            + _TRIMMABLE_END
        )
    article = "" if core.startswith("another ") else f"{_article(core)} "
    return f"{article}{core}{where}{flavours}"


# Places English names with "the": the Loire Valley, the Finger Lakes, the Mosel, the northern Rhône.
_THE_PLACES: Final = re.compile(
    r"(?:\b(?:valley|lakes|coast|hills|peninsula|highlands|islands|mountains|ranges|rhone|loire|mosel|douro|"
    r"rheingau|wachau|languedoc|jura|veneto|barossa|kamptal|pfalz|nahe|medoc|"
    # Countries said with their article: "from the United States".
    r"united states|usa|united kingdom|uk|netherlands|czech republic))$"
)


# Regions a list writes in its own language, said in English in an English sentence.
_ENGLISH_PLACES: Final = {
    "piemonte": "Piedmont", "toscana": "Tuscany", "sardegna": "Sardinia", "sicilia": "Sicily",
    "lombardia": "Lombardy", "borgogna": "Burgundy", "bourgogne": "Burgundy", "bordelais": "Bordeaux",
    "sud-ouest": "South-West France", "santorin": "Santorini", "bade": "Baden", "marche": "the Marche",
    "trentino-alto adige": "Trentino-Alto Adige", "valle d'aosta": "the Aosta Valley", "rodano": "the Rhône",
    "vallee du rhone": "the Rhône Valley", "vallee de la loire": "the Loire Valley", "loira": "the Loire",
    "mosella": "the Mosel", "cataluna": "Catalonia", "catalunya": "Catalonia", "andalucia": "Andalusia",
    "galicia": "Galicia", "pais vasco": "the Basque Country", "basque country": "the Basque Country",
    "euskadi": "the Basque Country", "champagne": "Champagne", "alsace": "Alsace", "osterreich": "Austria",
    "wachau": "the Wachau", "puglia": "Apulia",
}  # fmt: skip


def _place(region: str) -> str:
    folded = fold_text(region)
    english = _ENGLISH_PLACES.get(folded)
    if english is not None:
        return english
    return f"the {region}" if _THE_PLACES.search(folded) and not folded.startswith("the ") else region


def _named(facts: WineFacts) -> str:
    article = "" if OWN_ARTICLE.match(facts.display) else "the "
    return f"{article}{facts.display}" + (f" ({facts.price})" if facts.price else "")


def _contrast(first: WineFacts, other: WineFacts) -> str:
    if other.colour != first.colour:
        return f"a {_COLOUR_NOUNS.get(other.colour, other.colour)} instead"
    if other.body < first.body:
        return "something lighter"
    if other.body > first.body:
        return "something fuller"
    if other.sweetness > first.sweetness:
        return "a touch of sweetness" if first.sweetness <= 1 else "something sweeter"
    return "a different take"


# Openings: the dish (with its article) and the first pick, said in one of a few ways.
_OPENINGS_DISH: Final = (
    "For {dish}, I'd pour {first}.",
    "With {dish}, my first choice is {first}.",
    "{First} is the bottle I'd open with {dish}.",
    "I'd match {dish} with {first}.",
)
_OPENINGS_GLASS: Final = (
    "By the glass, {first} is my pick for {dish}.",
    "For a glass with {dish}, I'd pour {first}.",
)
_OPENINGS_NO_DISH: Final = (
    "Tonight I'd start you with {first}.",
    "My pick from our list tonight is {first}.",
    "I'd begin with {first}.",
)
_OPENINGS_NO_DISH_GLASS: Final = ("By the glass, I'd start with {first}.", "For a glass tonight, try {first}.")
# A wine from a place asked for, with no dish: the place answers first ("something from Sonoma?").
_OPENINGS_PLACE: Final = (
    "From {place}, I'd start with {first}.",
    "For a wine from {place}, my pick is {first}.",
    "Of our wines from {place}, I'd begin with {first}.",
)
_OPENINGS_LOCAL: Final = (
    "Our local wines come from {place}, and I'd start with {first}.",
    "For something local, from {place}, my pick is {first}.",
)
_OPENINGS_CHEAPER: Final = (
    "For a little less, {first} still suits {dish}.",
    "Easier on the bill, {first} works nicely with {dish}.",
)
_OPENINGS_LIGHTER: Final = ("Lighter in body, {first} suits {dish} well.", "For something lighter, try {first}.")
_OPENINGS_BOLDER: Final = ("For more weight, go for {first}.", "With more body, {first} stands up to {dish}.")
# "Lighter" ("bolder") when nothing in that style is lighter (fuller) than the wine the last answer
# led with: the wines shown are only lighter (fuller) than the heaviest (lightest) of those before.
_OPENINGS_AS_LIGHT: Final = (
    "Our list has nothing lighter in that style than the wine I led with; the closest is {first}.",
    "That was about as light as our list goes in that style; the closest is {first}.",
)
_OPENINGS_AS_FULL: Final = (
    "Our list has nothing fuller in that style than the wine I led with; the closest is {first}.",
    "That was about as full as our list goes in that style; the closest is {first}.",
)
_OPENINGS_OTHER: Final = ("Another good direction for {dish} is {first}.", "For a change, try {first}.")
# "Drier?", "rounder?", "less oaky?": the step asked from the wine the last answer led with, and
# when nothing on the list goes further that way, said so.
_OPENINGS_STEP: Final = (
    "For something {comparative}, try {first}.",
    "{Comparative} than my first pick, {first} suits {dish}.",
)
_OPENINGS_STEP_NONE: Final = (
    "Our list has nothing {comparative} in that style than the wine I led with; the closest is {first}.",
)
STEP_COMPARATIVES: Final = {
    "sweetness-": "drier", "sweetness+": "sweeter", "acidity-": "rounder", "acidity+": "crisper",
    "tannin-": "softer in tannin", "tannin+": "firmer in tannin", "oak-": "less oaky", "oak+": "oakier",
    "body-": "lighter", "body+": "fuller",
}  # fmt: skip
# The diner asked about wines just shown ("is the second one oaky?") or chose one.
_OPENINGS_ABOUT: Final = (
    "Gladly: here is {first} again, as it goes with {dish}.",
    "Here is more on {first}, with {dish} in mind.",
)
_OPENINGS_ABOUT_NO_DISH: Final = ("Gladly: here is {first} again.", "Here is more on {first}.")
_OPENINGS_ABOUT_SEVERAL: Final = (
    "Gladly, here they are again for {dish}, starting with {first}.",
    "Side by side for {dish}, first {first}.",
)
_OPENINGS_ABOUT_SEVERAL_NO_DISH: Final = ("Gladly, here they are again, starting with {first}.",)
# "Is the Albariño oaky?" of two Albariños not shown before: both, none of them "again".
_OPENINGS_ABOUT_SEVERAL_NEW: Final = ("There are two on our list: first {first}.",)
# "Which would you choose?" of the wines shown: one of them, the one the answer led with.
_OPENINGS_YOUR_CHOICE: Final = (
    "Of those, I'd choose {first} with {dish}.",
    "My pick for {dish} would be {first}.",
    "If it were my table, I'd open {first} with {dish}.",
)
_OPENINGS_YOUR_CHOICE_NO_DISH: Final = ("Of those, I'd choose {first}.", "My own pick would be {first}.")
# "What's most popular?": no sales figure is behind the answer, and it says so.
_OPENINGS_POPULAR: Final = (
    "I don't keep a tally of what guests order, but with {dish} I'd pour {first}.",
    "I can't see what sells most, but {first} is the one I'd steer you to with {dish}.",
)
_OPENINGS_POPULAR_NO_DISH: Final = (
    "I don't keep a tally of what guests order, but I'd steer you to {first}.",
    "I can't see what sells most, but {first} is one I'm always happy to pour.",
)
# "What would you drink?" about the dish talked about: the sommelier's own pick.
_OPENINGS_MY_PICK: Final = (
    "If I were at your table, I'd drink {first} with {dish}.",
    "My own choice with {dish} would be {first}.",
)
# "It's our anniversary": the occasion said back once, when the diner says it.
_OPENINGS_OCCASION: Final = (
    "To mark the occasion, I'd open {first} with {dish}.",
    "For a special night, {first} is the bottle for {dish}.",
)
_OPENINGS_OCCASION_NO_DISH: Final = (
    "To mark the occasion, I'd open {first}.",
    "For a celebration, start with {first}.",
)
# "Which is the driest?" of the wines just shown.
_OPENINGS_SUPERLATIVE: Final = ("Of those, the {most} is {first}.", "{First} is the {most} of them.")
_OPENINGS_CHOSEN: Final = ("An excellent choice: {first} with {dish}.", "{First} it is, a lovely match for {dish}.")
_OPENINGS_CHOSEN_NO_DISH: Final = ("An excellent choice: {first}.", "{First} it is; enjoy it.")
_OPENINGS_CHOSEN_BOTTLE_ONLY: Final = (
    "We pour {first} by the bottle only; a bottle of it is a fine choice.",
    "{First} comes by the bottle only, not by the glass.",
)
# The first wine's details: what it is, and why it suits the dish.
_FIRST_DETAIL: Final = (
    "It is {identity}, and {reason}.",
    "Expect {identity}; {reason}.",
    "It is {identity}; {reason}.",
)
_FIRST_ONLY: Final = ("It is {identity}.", "Expect {identity}.")
# Each wine of a comparison, by its name.
_COMPARED_DETAIL: Final = "{Name} is {identity}; {reason}."
_COMPARED_ONLY: Final = "{Name} is {identity}."
# The others: what sets each apart, and its own reason when it has one.
_SECOND: Final = (
    "If you'd like {contrast}, {name} is {identity}; {reason}.",
    "{Name}, {identity}, is another fine choice: {reason}.",
    "Or try {name}, {identity}: {reason}.",
)
_SECOND_ONLY: Final = (
    "If you'd like {contrast}, {name} is {identity}.",
    "Or try {name}, {identity}.",
)
_THIRD: Final = (
    "{Name} rounds things out as {identity}; {reason}.",
    "There is also {name}, {identity}; {reason}.",
    "Finally, {name} is {identity}, and {reason}.",
)
_THIRD_ONLY: Final = ("{Name} rounds things out as {identity}.", "There is also {name}, {identity}.")
# A wine shown beside the one to pour that fights the dish ("which would go better with the sole, the
# first or the second?" of a tannic red and a Sancerre): said plainly, not praised.
_FOLLOWER_CLASHING: Final = (
    "{Name}, {identity}, is not one for {dish}: {why}.",
    "I would keep {name}, {identity}, for another dish: {why}.",
)
_FOLLOWER_CLASHING_TOO: Final = ("{Name}, {identity}, is not one for {dish} either.",)
# Two dishes that want different wines: the first pick serves both, then one for each dish.
_OPENINGS_BOTH: Final = (
    "For {dish}, the one bottle that serves both is {first}.",
    "One bottle across {dish}? I'd open {first}.",
)
# The same by the glass: one wine poured for both dishes, not "one bottle".
_OPENINGS_BOTH_GLASS: Final = (
    "For {dish}, the one wine by the glass that serves both is {first}.",
    "One wine by the glass across {dish}? I'd pour {first}.",
)
_OPENINGS_HOUSE: Final = ("Our house {house} is {first}.", "The house {house} is {first}.")
_HOUSE_COLOURS: Final = {"white": "white", "red": "red", "rose": "rosé", "sparkling": "sparkling wine"}
# "A glass each": each dish its own wine, the first for the first dish, with no wine across both.
_OPENINGS_EACH: Final = (
    "For {dish}, I'd pour {first}.",
    "{First} is my pick for {dish}.",
)
_SECOND_FOR_DISH: Final = (
    "If you'd rather pour a wine for each, {name}, {identity}, suits the {dish}: {reason}.",
    "For a wine to each dish, {name}, {identity}, goes with the {dish}; {reason}.",
)
_SECOND_FOR_DISH_ONLY: Final = ("If you'd rather pour a wine for each, {name}, {identity}, suits the {dish}.",)
_THIRD_FOR_DISH: Final = (
    "With the {dish}, pour {name}, {identity}: {reason}.",
    "And for the {dish}, {name} is {identity}; {reason}.",
)
_THIRD_FOR_DISH_ONLY: Final = ("And for the {dish}, {name}, {identity}.",)
# When nothing fits: past the nearest prices, the wine that suits the dish (``Pick.nearby_match``).
_NEARBY_MATCH: Final = (
    "For {dish}, though, {name} is the better match: {identity}; {reason}.",
    "A step further, {name} suits {dish} better, {identity}: {reason}.",
)
_NEARBY_MATCH_ONLY: Final = ("For {dish}, though, {name} is the better match: {identity}.",)


def _dish_phrase(result: Recommendations) -> str:
    """The dish as a sentence names it, with its article: "the lamb", "tonight's mains"."""
    understood = result.understood
    if understood.dish_source == "mains":
        return "tonight's mains"
    if understood.dish_source in ("vegan", "vegetarian") and len(result.dishes) != 1:
        # Which dishes are vegan is the kitchen's to say: these are the ones with no meat or fish.
        return "tonight's meat-free dishes" if result.dishes else ""
    dish = understood.in_a_sentence or understood.dish or ""
    if dish.startswith("tonight's"):
        return dish
    # "The Thai green curry", "the Greek salad": a people's name takes its capital, however typed.
    dish = _PEOPLES.sub(lambda match: match.group().title(), dish)
    dish = _NAMED_AFTER.sub(lambda match: match.group().title(), dish)  # "beef Wellington", "Padrón"
    return f"the {dish}" if dish else ""


_PEOPLES = re.compile(
    r"\b(?:thai|french|italian|spanish|indian|chinese|japanese|korean|mexican|greek|vietnamese|moroccan|"
    r"lebanese|turkish|portuguese|german|swiss|austrian|hungarian|peruvian|argentinian|brazilian|cuban|"
    r"jamaican|persian|georgian|polish|swedish|danish|english|scottish|welsh|irish|american|cajun|creole|"
    r"sichuan|szechuan|cantonese|basque|catalan|provencal|tuscan|sicilian|neapolitan|roman|venetian|"
    r"burgundian|alsatian|bavarian|viennese|belgian|dutch|malaysian|indonesian|filipino|singaporean|"
    r"ethiopian|nigerian|egyptian|israeli|syrian|yemeni|afghan|pakistani|nepalese|tibetan|mongolian|hawaiian|"
    r"caribbean|mediterranean|asian|african|middle eastern|nordic|scandinavian|californian|texan)\b"
)


# Dishes named after a person or a place, which keep its capital in a sentence.
_NAMED_AFTER = re.compile(
    r"\b(?:wellington|padr[oó]n|stroganoff|rossini|waldorf|caesar|benedict|kiev|reuben|melba|tatin)\b"
)


def _about_several(result: Recommendations, dish: str) -> tuple[str, ...]:
    """The openings for several wines asked about: "here they are again", or, of wines not shown
    before ("is the Albariño oaky?" of two Albariños), "there are two on our list"."""
    if not set(result.turn.shown_before) & {pick.wine.pk for pick in result.picks}:
        return _OPENINGS_ABOUT_SEVERAL_NEW
    return _OPENINGS_ABOUT_SEVERAL if dish else _OPENINGS_ABOUT_SEVERAL_NO_DISH


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _opening_of_a_miss(result: Recommendations, first: WineFacts) -> str | None:
    """The opening when nothing fits as asked (or nothing lighter is poured by the glass): it says so."""
    refinements = result.understood.refinements
    if _bottles_for_a_glass(result) and refinements and refinements[-1] in ("lighter", "bolder"):
        fuller = "lighter" if refinements[-1] == "lighter" else "fuller"
        return f"Nothing {fuller} is poured by the glass; by the bottle, there is {_named(first)}."
    places = result.constraints.places
    # "Nothing cheaper from Sonoma" after "something from Sonoma?": the place is what was asked.
    # Not when the list has nothing from there: the wines offered come from elsewhere.
    kind = f"from {' or '.join(places)}" if places and not result.understood.places_missing else "in that style"
    # "Cheaper" keeps to the colour just shown: "the least expensive white from Spain", the list
    # may pour a cheaper sherry from there.
    colours = result.constraints.colours or ({result.picks[0].wine.colour} if "cheaper" in refinements else set())
    if kind.startswith("from") and len(colours) == 1:
        kind = f"{_COLOUR_NOUNS.get(next(iter(colours)), 'wine')} {kind}"
    if result.nothing_fits and "cheaper" in refinements:
        if result.picks[0].wine.pk in result.turn.exclude_wine_ids:
            # The least expensive is a wine just shown: nothing below it suits.
            return f"{_upper_first(_named(first))} is already the least expensive {kind} on our list."
        return f"There is nothing cheaper {kind} on our list; the least expensive is {_named(first)}."
    for asked, extreme in (("lighter", "lightest"), ("bolder", "fullest")):
        if not (result.nothing_fits and asked in refinements):
            continue
        if result.picks[0].wine.pk in result.turn.exclude_wine_ids:
            # The closest is a wine just shown: it is already as far as the list goes.
            bounded = result.constraints.max_price is not None or result.constraints.min_price is not None
            within = " at your price" if bounded else ""
            return f"{_upper_first(_named(first))} is already the {extreme} {kind} on our list{within}."
        fuller = "lighter" if asked == "lighter" else "fuller"
        return f"There is nothing {fuller} {kind} on our list; the closest is {_named(first)}."
    if result.nothing_fits and result.constraints.by_the_glass and result.picks[0].wine.glass_price is None:
        # The colour, grape or place asked for is poured by the bottle only (see recommender.choose).
        if _names_missing(result):  # the preamble has said which is missing from the list
            return f"None of those is poured by the glass; by the bottle, there is {_named(first)}."
        kind = _asked_kind(result.constraints, result.understood.appellations)
        if places and not result.understood.appellations:
            # "Something from Sonoma?", then "by the glass?": "anything from Sonoma", "a red from Sonoma".
            kind = f"{'anything' if kind == 'a wine' else kind} from {' or '.join(places)}"
        return f"We don't pour {kind} by the glass, but there is {_named(first)} by the bottle."
    if result.nothing_fits and result.understood.places_missing and _within_budget(result):
        return None  # "Make it an orange" with nothing Greek: the preamble has said so, the rest fits
    if result.nothing_fits and (_names_missing(result) or result.understood.places_missing) and _within_budget(result):
        return None  # "Any Port?" with none: the preamble has said so, and the nearest open as usual
    if result.nothing_fits and _priced_out(result):
        # "Rosé?" under a budget: it is the price that misses, not the rosé.
        asked = _asked(result).removeprefix("quite ")
        return f"{_upper_first(asked)} is not on our list tonight; the closest is {_named(first)}."
    constraints = result.constraints
    if (
        result.nothing_fits
        and "other" in refinements
        and result.turn.passed
        and constraints.max_price is None
        and constraints.min_price is None
    ):
        # "Any others?" once too often: every wine that fits has been shown (a budget missed says so instead).
        colours = constraints.colours
        kind = _COLOUR_NOUNS.get(next(iter(colours)), "wine") if len(colours) == 1 else "wine"
        return f"I have shown you every {kind} on our list that fits; my first choice is still {_named(first)}."
    if result.nothing_fits:
        said = result.parsed.said
        if (
            not (constraints.grapes or constraints.colours or constraints.appellations or constraints.places)
            and not (constraints.style_words or constraints.sweet)
            and constraints.max_price is not None
            and constraints.min_price is None
        ):
            # Only the budget asked: "quite a wine up to $30" would read oddly. A budget from
            # earlier in the conversation is the diner's, said without its number.
            glass = " a glass" if constraints.by_the_glass else ""
            if said is None or said.max_price is None:
                poured = " by the glass" if constraints.by_the_glass else ""
                return f"Nothing{poured} on our list is in your price range, so here is the closest: {_named(first)}."
            budget = money(constraints.max_price, result.currency)
            return f"Nothing on our list comes in at {budget}{glass} or under, so here is the closest: {_named(first)}."
        asked = _asked(result)
        return f"Nothing on our list is {asked} right now, so here is the closest: {_named(first)}."
    return None


# "Would the Barolo work with grilled salmon?" when it would not (``Understood.named_clash``).
_OPENINGS_CLASH: Final = (
    "Honestly, {first} would not be my choice with {dish}: {why}.",
    "I would steer you away from {first} with {dish}: {why}.",
)
_SECOND_AFTER_CLASH: Final = (
    "For {dish} I'd pour {name} instead, {identity}: {reason}.",
    "With {dish}, {name} is the better bottle, {identity}; {reason}.",
)
_SECOND_AFTER_CLASH_ONLY: Final = ("For {dish} I'd pour {name} instead, {identity}.",)
# "Would it work with the schnitzel?" (``Understood.fit``): yes, or it would do (and the closer
# matches follow it, as after a clash).
_OPENINGS_FIT: Final = {
    "yes": (
        "Yes, {first} works well with {dish}.",
        "Yes: {first} is a good match for {dish}.",
        "Yes, {first} suits {dish} nicely.",
    ),
    "fair": (
        "{First} would do with {dish}, though it would not be my first choice.",
        "{First} can work with {dish}, but there are closer matches on our list.",
    ),
    # "Is the second one too light for the lamb?" when it is not.
    "not too": (
        "No, {first} is not too {worry} for {dish}; it works well with it.",
        "Not at all: {first} is a good match for {dish}.",
    ),
}


def _one_bottle_for_both(result: Recommendations) -> bool:
    """Two dishes and the first wine serves both: a wine for each follows it, or one bottle was asked for."""
    said = result.parsed.said
    if len(result.picks) > 2 and all(pick.for_dish for pick in result.picks[1:3]):
        return True
    return said is not None and said.one_for_all and len(result.dish_profiles) > 1 and not result.understood.refinements


def _better_ones_follow(result: Recommendations) -> bool:
    """Whether the first wine was asked about with the dish and the wines after it suit the dish
    better (it clashes, or would only do): the second is then "the one to pour instead"."""
    return bool((result.understood.named_clash or result.understood.fit == "fair") and _dish_phrase(result))


def _opening_of_a_verdict(result: Recommendations, first: WineFacts, dish: str, rng: random.Random) -> str | None:
    """ "Would the Barolo work with grilled salmon?", "would it work with the schnitzel?": how the
    wine asked about suits the dish, said first; None when no such thing was asked."""
    if not dish:
        return None
    if result.understood.named_clash:
        return rng.choice(_OPENINGS_CLASH).format(first=_named(first), dish=dish, why=clash_reason(result, ENGLISH))
    if result.understood.fit:
        said = result.parsed.said
        worry = said.fit_worry if said is not None else ""
        if result.understood.fit == "yes" and worry:
            choices = _OPENINGS_FIT["not too"]
            template = rng.choice(choices if worry in ENGLISH_WORRIES else choices[1:])
        else:
            template = rng.choice(_OPENINGS_FIT[result.understood.fit])
        opening = template.format(first=_named(first), First=_upper_first(_named(first)), dish=dish, worry=worry)
        return f"{opening}{_above_the_budget(result)}"
    return None


def _above_the_budget(result: Recommendations) -> str:
    """ " At €62 it is above the €50 you mentioned.": said of a wine asked about with a dish that
    costs more than the budget in force, which it was judged regardless of."""
    above = above_the_budget(result)
    if above is None:
        return ""
    price, budget = (money(amount, result.currency) for amount in above)
    return f" At {price} it is above the {budget} you mentioned."


def _opening(result: Recommendations, first: WineFacts, rng: random.Random) -> str:
    missed = _opening_of_a_miss(result, first)
    if missed is not None:
        return missed
    dish = _dish_phrase(result)
    if (verdict := _opening_of_a_verdict(result, first, dish, rng)) is not None:
        return verdict
    refinements = result.understood.refinements
    choices: tuple[str, ...]
    said = result.parsed.said
    superlative = said.superlative.word if said is not None and said.superlative is not None else ""
    # The places asked for that the wines come from (the preamble says which the list has none from).
    places = [
        place for place in (said.places if said is not None else ()) if place not in result.understood.places_missing
    ]
    if said is not None and said.house_wine and is_house_wine(result.picks[0].wine) and "chosen" not in refinements:
        # Before "here they are again": "vino della casa?" names the house's wines by their name.
        house = _HOUSE_COLOURS.get(result.picks[0].wine.colour, "wine")
        choices = tuple(template.replace("{house}", house) for template in _OPENINGS_HOUSE)
    elif (
        "chosen" in refinements
        and said is not None
        and said.by_the_glass
        and len(result.picks) == 1
        and result.picks[0].wine.glass_price is None
    ):
        # "A glass of that please" of a wine poured by the bottle only: said, not confirmed.
        choices = _OPENINGS_CHOSEN_BOTTLE_ONLY
    elif "chosen" in refinements:
        choices = _OPENINGS_CHOSEN if dish else _OPENINGS_CHOSEN_NO_DISH
    elif "about" in refinements and said is not None and said.your_choice:
        choices = _OPENINGS_YOUR_CHOICE if dish else _OPENINGS_YOUR_CHOICE_NO_DISH
    elif "about" in refinements and superlative and len(result.picks) == 1:
        choices = _OPENINGS_SUPERLATIVE
    elif "about" in refinements and len(result.picks) > 1:
        choices = _about_several(result, dish)
    elif "about" in refinements:
        choices = _OPENINGS_ABOUT if dish else _OPENINGS_ABOUT_NO_DISH
    elif _each_their_own(result):
        choices = _OPENINGS_EACH
        dish = f"the {result.picks[0].for_dish}"
    elif said is not None and said.popular and not refinements:
        choices = _OPENINGS_POPULAR if dish else _OPENINGS_POPULAR_NO_DISH
    elif said is not None and said.general and dish and not said.occasion and not refinements:
        choices = _OPENINGS_MY_PICK
    elif said is not None and said.occasion and not said.best_of_a_kind and not refinements:
        choices = _OPENINGS_OCCASION if dish else _OPENINGS_OCCASION_NO_DISH
    elif dish and _one_bottle_for_both(result):
        choices = _OPENINGS_BOTH_GLASS if result.constraints.by_the_glass else _OPENINGS_BOTH
    elif "cheaper" in refinements and dish:
        choices = _OPENINGS_CHEAPER
    elif "lighter" in refinements:
        choices = _OPENINGS_LIGHTER if past_the_lead(result.picks[0].profile.body, result.turn) else _OPENINGS_AS_LIGHT
    elif "bolder" in refinements:
        choices = _OPENINGS_BOLDER if past_the_lead(result.picks[0].profile.body, result.turn) else _OPENINGS_AS_FULL
    elif result.steps and "other" in refinements:
        choices = (
            _OPENINGS_STEP if all(step.past(result.picks[0].profile) for step in result.steps) else _OPENINGS_STEP_NONE
        )
    elif "like" in refinements or "other" in refinements:
        choices = _OPENINGS_OTHER if dish else _OPENINGS_NO_DISH
    elif places and not (dish or refinements or result.constraints.by_the_glass):
        choices = _OPENINGS_LOCAL if said is not None and said.local else _OPENINGS_PLACE
    elif result.constraints.by_the_glass:
        choices = _OPENINGS_GLASS if dish else _OPENINGS_NO_DISH_GLASS
    elif dish:
        choices = _OPENINGS_DISH
    else:
        choices = _OPENINGS_NO_DISH
    if not dish:
        # No dish to name: the same kind of opening without one ("For something drier, try ..."),
        # else the plain one.
        choices = tuple(each for each in choices if "{dish}" not in each) or _OPENINGS_NO_DISH
    template = rng.choice(choices)
    named = _named(first)
    place = " or ".join(places)
    comparative = " and ".join(STEP_COMPARATIVES[step.key] for step in result.steps)
    words = {"dish": dish, "first": named, "most": superlative, "place": place, "comparative": comparative}
    return template.format(**words, **{key.title(): _upper_first(value) for key, value in words.items()})


def _within_budget(result: Recommendations) -> bool:
    """Whether every wine shown meets the budget in force (and is poured as asked)."""
    constraints = result.constraints
    return all(
        satisfies(pick.wine, replace(constraints, colours=frozenset(), grapes=(), appellations=(), places=()))
        for pick in result.picks
    )


def _priced_out(result: Recommendations) -> bool:
    """Whether the wine shown for a labelled miss is what was asked for but for its price."""
    constraints = result.constraints
    if not (constraints.colours or constraints.grapes) or not (
        constraints.max_price is not None or constraints.min_price is not None or constraints.modest_price
    ):
        return False
    unbounded = replace(constraints, max_price=None, min_price=None, modest_price=False)
    return satisfies(result.picks[0].wine, unbounded) and (
        not constraints.grapes or bool(grapes_of(result.picks[0].wine) & set(constraints.grapes))
    )


def _asked_kind(constraints: Constraints, appellations: Sequence[str] = ()) -> str:
    """The grape, place or colour asked for, with its article: "a Pinot Noir", "a Barolo", "an orange wine"."""
    colours = " or ".join(_COLOUR_NOUNS.get(colour, colour) for colour in sorted(constraints.colours))
    named = " or ".join(constraints.grapes) or " or ".join(name.title() for name in appellations) or colours
    return f"{_article(named)} {named}" if named else "a wine"


def _asked(result: Recommendations) -> str:
    """What the diner asked for, said back plainly: "quite a red up to €20 by the glass"."""
    constraints = result.constraints
    currency = result.currency
    # "A glass of Pinot Noir" with none poured by the glass: "quite a Pinot Noir by the glass".
    named = bool(constraints.grapes or constraints.colours)
    parts = [_asked_kind(constraints)]
    said = result.parsed.said
    if (constraints.max_price is not None or constraints.min_price is not None) and not (
        said is not None and (said.max_price is not None or said.min_price is not None)
    ):
        # A budget from earlier in the conversation (perhaps "cheaper than those"): said plainly,
        # never as the bound worked out from it.
        parts.append("in your price range")
    elif constraints.max_price is not None and constraints.min_price is not None:
        parts.append(f"between {money(constraints.min_price, currency)} and {money(constraints.max_price, currency)}")
    elif constraints.max_price is not None and "cheaper" in result.understood.refinements:
        parts.append("cheaper than those")
    elif constraints.max_price is not None:
        parts.append(f"up to {money(constraints.max_price, currency)}")
    elif constraints.min_price is not None:
        parts.append(f"from {money(constraints.min_price, currency)}")
    elif constraints.modest_price:
        parts.append("in your price range")
    if constraints.by_the_glass:
        parts.append("by the glass")
    return "quite " + " ".join(parts) if len(parts) > 1 or named else "quite a match"


# The rules' last resort ("a full-bodied red, heavier than the lamb") restates the wine's style.
_RESTATES_STYLE = re.compile(r"^a .*(?: than the | as weighty as the )")


def _reason(facts: WineFacts, used: set[str], turn_index: int = 0) -> str | None:
    """The wine's first reason no earlier wine gave (the same point in other adjectives counts:
    "saline, mineral crispness is the classic foil for the oysters" and "bone-dry, lean ..."), said
    in another way on each turn of the conversation (``_SAID_ANEW``)."""
    for reason in facts.reasons:
        key = " ".join(fold_text(reason).split()[-5:])
        if key not in used and not _RESTATES_STYLE.match(reason):
            used.add(key)
            return _said_anew(reason, turn_index)
    return None


# A style word the reason says again in its own words: "a firmly tannic Syrah; firm tannins cut
# the lamb's fat" is "a Syrah; firm tannins cut...".
_ECHOES: Final = (
    ("firmly tannic", re.compile(r"\btannin")),
    ("crisp", re.compile(r"\bcrisp")),
    ("racy", re.compile(r"\bracy\b")),
    ("unoaked", re.compile(r"\bunoaked\b|\bno oak\b")),
    ("supple", re.compile(r"\bsupple\b")),
)


def _without_echo(identity: str, reason: str | None) -> str:
    if not reason:
        return identity
    for word, said in _ECHOES:
        if said.search(reason):
            identity = re.sub(rf", {word}\b|\b{word}, ", "", identity, count=1)
    return identity


# The reasons the rules give most often, each in other words: a table asking three questions about
# one dish hears "firm tannins cut the lamb's fat" once, not three times.
_SAID_ANEW: Final = (
    (
        re.compile(r"^firm tannins cut the (.+) fat$"),
        ("firm tannins cut the {0} fat", "its firm grip slices through the {0} richness",
         "firm tannins are just what the {0} fat needs"),
    ),
    (
        re.compile(r"^its tannins cut the (.+) fat$"),
        ("its tannins cut the {0} fat", "its grip cuts through the {0} richness", "it has the grip for the {0} fat"),
    ),
    (
        re.compile(r"^crisp acidity matches the (.+)$"),
        ("crisp acidity matches the {0}", "its crispness is a natural match for the {0}",
         "its acidity meets the {0} head on"),
    ),
    (
        re.compile(r"^bright acidity cuts through the (.+)$"),
        ("bright acidity cuts through the {0}", "its freshness slices through the {0}",
         "its bright acidity keeps the {0} from feeling heavy"),
    ),
    (
        re.compile(r"^fresh acidity lifts the (.+) without overpowering it$"),
        ("fresh acidity lifts the {0} without overpowering it", "its freshness lifts the {0} and lets it lead",
         "its lively acidity brightens the {0} without masking it"),
    ),
    (
        re.compile(r"^it is at least as sweet as the (.+), so it won't taste thin or sour$"),
        ("it is at least as sweet as the {0}, so it won't taste thin or sour",
         "it matches the {0} for sweetness, so neither tastes thin",
         "it carries more sugar than the {0}, the golden rule with dessert"),
    ),
    (
        re.compile(r"^its medium body matches the weight of the (.+)$"),
        ("its medium body matches the weight of the {0}", "it has just the weight for the {0}",
         "its middleweight build sits well beside the {0}"),
    ),
    (
        re.compile(r"^it is the kind of red sommeliers reach for with lamb$"),
        ("it is the kind of red sommeliers reach for with lamb", "lamb and a red like this are an old friendship",
         "it is a red that has long kept company with lamb"),
    ),
    (
        re.compile(r"^it is a steakhouse classic$"),
        ("it is a steakhouse classic", "it is what steakhouses have poured for decades",
         "it is a classic beside a good steak"),
    ),
    (
        re.compile(r"^low tannin and modest alcohol won't fan the heat$"),
        ("low tannin and modest alcohol won't fan the heat", "soft tannins and moderate alcohol keep the heat in check",
         "it stays gentle and cool beside the chilli"),
    ),
    (
        re.compile(r"^its modest alcohol won't fan the heat$"),
        ("its modest alcohol won't fan the heat", "its moderate alcohol keeps the chilli in check",
         "it stays cool and refreshing beside the chilli"),
    ),
    (
        re.compile(r"^its crisp freshness lets the (.+) taste of itself$"),
        ("its crisp freshness lets the {0} taste of itself", "its freshness leaves the {0} room to shine",
         "it refreshes without getting in the way of the {0}"),
    ),
    (
        re.compile(r"^fresh acidity keeps the palate lively against the salt$"),
        ("fresh acidity keeps the palate lively against the salt", "its freshness answers the salt",
         "its acidity keeps each salty bite bright"),
    ),
    (
        re.compile(r"^high acidity stands up to the (.+)$"),
        ("high acidity stands up to the {0}", "it has the acidity the {0} asks for",
         "its acidity is a match for the {0}"),
    ),
    (
        re.compile(r"^its full body matches the richness of the (.+)$"),
        ("its full body matches the richness of the {0}", "it has the weight to stand beside the {0}",
         "its fullness is a match for the rich {0}"),
    ),
    (
        re.compile(r"^its green, savoury edge picks up the herbs$"),
        ("its green, savoury edge picks up the herbs", "its herbal side echoes the herbs on the plate",
         "its savoury, green notes meet the herbs"),
    ),
)  # fmt: skip


def _said_anew(reason: str, turn_index: int) -> str:
    for pattern, ways in _SAID_ANEW:
        match = pattern.match(reason)
        if match is not None:
            said = ways[turn_index % len(ways)].format(*match.groups())
            # "Lifts the tacos al pastor without overpowering them", "lets the scallops lead".
            return _THE_DISH_AS_IT.sub(r"\1them", said) if match.groups() and _plural(match.group(1)) else said
    return reason


_THE_DISH_AS_IT: Final = re.compile(r"\b(overpowering |masking |lets )it\b")
# What joins a dish's head noun to the rest of its name: "tacos al pastor", "moules à la crème".
_NAME_JOINS: Final = re.compile(r"\s(?:al|alla|a la|à la|au|aux|de|del|di|con|with|in|and|y|e|et)\s")
_SINGULAR_IN_S: Final = re.compile(r"(?:ss|us|is|ous)$")


def _plural(dish: str) -> bool:
    """Whether a dish is named as several ("tacos al pastor", "the scallops"; not "hummus")."""
    head = _NAME_JOINS.split(dish, maxsplit=1)[0].strip()
    return head.endswith("s") and not _SINGULAR_IN_S.search(head) and not head.endswith("'s")


def write_answer(result: Recommendations, *, currency: str | None = None) -> str:
    """The house voice's answer to a recommendation."""
    currency = currency or result.currency
    rng = _seed(result)
    if not result.picks:
        return _no_wine(result)
    facts = [wine_facts(pick, result, currency) for pick in result.picks]
    if (in_their_language := _in_the_diners_language(result, facts)) is not None:
        return in_their_language
    if "closing" in result.understood.refinements:
        return _goodbye(result, facts[0])
    if "staff" in result.understood.refinements or "greeting" in result.understood.refinements:
        return _aside(result, facts[0])
    used: set[str] = set()
    # "Is it oaky?": yes or no at once; "are they dry?": each described, then the answer for each.
    verdicts = _verdicts(result)
    several = len(result.picks) > 1
    answered = verdicts or _fact_answer(result, facts[0])
    # "What's the difference between the first two?", "which is bolder, the 1st or the 2nd?": the
    # answer first, then each wine by its name (no "or try": both were shown already).
    compared = [] if verdicts else _comparison(result, facts)
    sentences = [
        *_preamble(result),
        *(answered if answered and not several else (compared or [_opening(result, facts[0], rng)])),
    ]
    reason = None if result.understood.named_clash else _reason(facts[0], used, result.turn.turn_index)  # no praise
    named: set[str] = set()
    identity = _without_echo(_identity(facts[0], with_style=True, said=named), reason)
    template = rng.choice(_FIRST_DETAIL if reason else _FIRST_ONLY)
    if compared:
        template = _COMPARED_DETAIL if reason else _COMPARED_ONLY
        if compared[-1].endswith(f"{_named(facts[0])}."):
            template = "It is {identity}; {reason}." if reason else "It is {identity}."  # just named
    first_detail = len(sentences)
    sentences.append(
        template.format(
            identity=identity, Identity=_upper_first(identity), reason=reason, Name=_upper_first(_named(facts[0]))
        )
    )
    short: dict[int, str | None] = {}  # each other wine's detail sentence, in a line that still names it
    for index, other in enumerate(facts[1:], start=1):
        clashing = follower_clashes(result, index) if _dish_phrase(result) else ""
        reason = None if clashing else _reason(other, used, result.turn.turn_index)
        template = _follower_template(result, index, rng, clashing=clashing, compared=bool(compared), reason=reason)
        name = _named(other)
        short[len(sentences)] = _short_mention(result.picks[index], index, name)
        sentences.append(
            template.format(
                contrast=_contrast(facts[0], other),
                name=name,
                Name=_upper_first(name),
                identity=_without_echo(
                    _identity(other, with_style=bool(compared) or other.style != facts[0].style, said=named), reason
                ),
                reason=reason,
                dish=result.picks[index].for_dish or _dish_phrase(result),
                why=clash_reason(result, ENGLISH, result.picks[index].wine) if clashing else "",
            )
        )
    sentences += [
        *(verdicts if several else []),
        *([] if verdicts else _more_about(result, facts[0])),
        *_diet_note(result),
        *_postscript(result),
    ]
    return _fit(
        sentences, first_detail, offer=_offer(result), short=short, filler=serving_note(result, ENGLISH) or _FILLER
    )


def _in_the_diners_language(result: Recommendations, facts: Sequence[WineFacts]) -> str | None:
    """The answer in the diner's language ("un rouge pour l'agneau ?" is answered in French), when
    that writer says all there is to say: not an answer about one wine, a comparison, a note on
    what the list lacks or a house note, which the English writer says fully."""
    if result.understood.language == ENGLISH:
        return None
    verdict = verdict_note(result) or fact_note(result)
    if (_verdicts(result) or _fact_answer(result, facts[0])) and verdict is None:
        return None
    said = result.parsed.said
    if _comparison(result, facts) and (said is None or said.superlative is None):
        return None  # "the difference between the first two"; "which is lighter?" the other writer says
    if _more_about(result, facts[0]) or _diet_note(result) or _postscript(result):
        return None
    # What the preamble says, where the other language can say it too: the choices that stand,
    # the grapes or places the list lacks.
    notes = [note for note in (_standing(result), verdict) if note is not None]
    shown_again = bool({"about", "chosen"} & set(result.understood.refinements))
    if not shown_again and (names := _names_missing(result)):
        notes.append(Note("missing", " / ".join(names)))
    if not shown_again and len(result.understood.places_missing) == 1:
        notes.append(Note("missing_place", result.understood.places_missing[0]))
    if len(_preamble(result)) != len(notes) - (verdict is not None):
        return None
    written = written_in(result, facts, _seed(result), notes)
    return written if written is not None and not rubric_problems(written, result) else None


def _each_their_own(result: Recommendations) -> bool:
    """ "A glass each" (said now or before, of the same dishes), or a main course and its dessert:
    the first wine is for the first dish, none across both."""
    first = result.picks[0]
    return bool(first.for_dish) and (result.turn.each_their_own or all(pick.for_dish for pick in result.picks))


def _follower_template(
    result: Recommendations, index: int, rng: random.Random, *, clashing: str, compared: bool, reason: str | None
) -> str:
    """The sentence shape for a wine after the first (``clashing``: see ``follower_clashes``)."""
    if clashing:
        return rng.choice(_FOLLOWER_CLASHING_TOO if clashing == "too" else _FOLLOWER_CLASHING)
    if compared:
        return _COMPARED_DETAIL if reason is not None else _COMPARED_ONLY
    if result.picks[index].nearby_match and _dish_phrase(result) and result.understood.dish_source != "mains":
        return rng.choice(_NEARBY_MATCH if reason is not None else _NEARBY_MATCH_ONLY)
    return rng.choice(
        _templates(
            index,
            result.picks[index].for_dish,
            has_reason=reason is not None,
            each_their_own=_each_their_own(result),
            board=result.understood.board,
            clash=_better_ones_follow(result),
        )
    )


def _templates(
    index: int,
    for_dish: str,
    *,
    has_reason: bool,
    each_their_own: bool = False,
    board: bool = False,
    clash: bool = False,
) -> tuple[str, ...]:
    """The sentence shapes for the second (index 1) or a later wine, for one dish or for both
    (``each_their_own``: no wine across both came first, so no "if you'd rather a wine for each";
    ``board``: the last is for a cheese board's blue, or for its other cheeses; ``clash``: the
    first was asked for and clashes with the dish, the second is the one to pour)."""
    if index == 1 and clash:
        return _SECOND_AFTER_CLASH if has_reason else _SECOND_AFTER_CLASH_ONLY
    if for_dish:
        if board:  # the wines for the board, then "and for the Roquefort, ..."
            return _THIRD_FOR_DISH if has_reason else _THIRD_FOR_DISH_ONLY
        if index == 1 and not each_their_own:
            return _SECOND_FOR_DISH if has_reason else _SECOND_FOR_DISH_ONLY
        return _THIRD_FOR_DISH if has_reason else _THIRD_FOR_DISH_ONLY
    if index == 1:
        return _SECOND if has_reason else _SECOND_ONLY
    return _THIRD if has_reason else _THIRD_ONLY


# "Is the second one oaky?", "are they tannic?": each wine's trait in a few words, from its
# profile, answered before (one wine) or after (several) the wines are described.
def _oak(p: WineProfile, colour: str = "red") -> str:
    # The same line as the wine's description ("oaky" only when the oak shows, ``called_oaky``):
    # a red with a little oak is lightly oaked, never "oaky" here and not oaky there.
    return "is oaky" if called_oaky(p, colour=colour) else ("is lightly oaked" if p.oak >= 1 else "is unoaked")


def _sweetness(p: WineProfile) -> str:
    return "is dry" if p.sweetness == 0 else ("is off-dry" if p.sweetness <= 2 else "is sweet")


def _body(p: WineProfile) -> str:
    return "is light" if p.body <= 2 else ("is medium-bodied" if p.body == 3 else "is full-bodied")


_TRAITS: Final[dict[str, Callable[[WineProfile], str]]] = {
    "oaky": _oak, "unoaked": _oak, "dry": _sweetness, "off-dry": _sweetness, "sweet": _sweetness,
    "light": _body, "full-bodied": _body, "bold": _body,
    "tannic": lambda p: (
        "is firmly tannic" if p.tannin >= 4 else "is moderately tannic" if p.tannin == 3
        else "has soft tannins" if p.tannin else "has almost no tannin"
    ),
    "crisp": lambda p: "is crisp" if p.acidity >= 4 else "is rounder than crisp",
    "round": lambda p: "is round, with gentle acidity" if p.acidity <= 3 else "is crisp rather than round",
}  # fmt: skip
# Of each trait, the one that answers the question yes; the traits between yes and no.
_YES: Final = {
    "oaky": "is oaky", "unoaked": "is unoaked", "dry": "is dry", "off-dry": "is off-dry", "sweet": "is sweet",
    "light": "is light", "full-bodied": "is full-bodied", "bold": "is full-bodied", "tannic": "is firmly tannic",
    "crisp": "is crisp", "round": "is round, with gentle acidity",
}  # fmt: skip
_BETWEEN: Final = frozenset({"is lightly oaked", "is medium-bodied", "is moderately tannic"})


def _trait(word: str, pick: Pick) -> str:
    if word in ("oaky", "unoaked") and fortified(pick.wine.name, pick.wine.region) and not pick.profile.oak:
        return "is aged in old casks, which give it no oaky taste"  # a fino's butts, a tawny's pipes
    if word in ("oaky", "unoaked"):
        return _oak(pick.profile, pick.wine.colour)
    return _TRAITS[word](pick.profile)


_HOW_MUCH = re.compile(r"\bhow much\b|\bwhat(?:'?s| is| does)\b[^?]*\b(?:price|cost)\b|\bprice of\b")


def _by_the_glass(result: Recommendations) -> str:
    """ "Is the second one by the glass?": yes with the glass's price, or by the bottle only."""
    facts = [wine_facts(pick, result, result.currency) for pick in result.picks]
    if len(facts) > 1:
        facts = [replace(fact, price=None) for fact in facts]  # each price is said with its wine above
    said = [
        f"{_named(fact)} {'is poured by the glass' if pick.wine.glass_price is not None else 'comes by the bottle only'}"
        for pick, fact in zip(result.picks, facts, strict=True)
    ]
    if len(said) == 1:
        if _HOW_MUCH.search(fold_text(result.parsed.text)):
            return _upper_first(said[0]) + "."  # "How much by the glass?" is no yes-or-no question
        return ("Yes, " if result.picks[0].wine.glass_price is not None else "No, ") + said[0] + "."
    return _upper_first("; ".join(said)) + "."


def _price_answer(result: Recommendations) -> str:
    """ "How much is a glass of the first?": its prices as the cards print them, the one asked first."""
    wine = result.picks[0].wine
    name = _upper_first(_named(replace(wine_facts(result.picks[0], result, result.currency), price=None)))
    bottle = f"{money(wine.bottle_price, result.currency)} the bottle"
    if wine.glass_price is None:
        return f"{name} is {bottle}; it is poured by the bottle only."
    glass = f"{money(wine.glass_price, result.currency)} a glass"
    asked = fold_text(result.parsed.text)
    glass_first = "glass" in asked or (result.constraints.by_the_glass and "bottle" not in asked)
    return f"{name} is {glass if glass_first else bottle}, or {bottle if glass_first else glass}."


_VEGAN_ASKED = re.compile(r"\b(?:vegan|vegetarian)\b")
_SULPHITES_ASKED = re.compile(r"\bsul(?:ph|f)(?:ites?|ur|urs)\b")
_SAYS_VEGAN = re.compile(r"(?<!not )(?<!non-)(?<!non )\bvegan\b", re.IGNORECASE)
_NO_ADDED_SULPHITES = re.compile(
    r"\b(?:no|without|zero) added sul(?:ph|f)|sans soufre|\bsulphite[- ]free|\bsulfite[- ]free", re.IGNORECASE
)


def _named_all(result: Recommendations) -> list[str]:
    return [_named(replace(wine_facts(pick, result, result.currency), price=None)) for pick in result.picks]


def _noted_vegan(result: Recommendations) -> tuple[list[str], str]:
    """The wines shown, named, and "Our list notes that the X is vegan" for those it says so of ("" if none)."""
    named = _named_all(result)
    vegan = [name for name, pick in zip(named, result.picks, strict=True) if _SAYS_VEGAN.search(pick.wine.description)]
    noted = f"Our list notes that {' and '.join(vegan)} {'is' if len(vegan) == 1 else 'are'} vegan" if vegan else ""
    return named, noted


def _vegan(result: Recommendations) -> str:
    """ "Is it vegan?": what the list says, else what a server would say: it depends on the fining."""
    named, noted = _noted_vegan(result)
    if len(named) == 1 and noted:
        return f"Yes, our list notes that {named[0]} is vegan."
    if noted:
        return f"{noted}; of the others it says nothing."
    subject = named[0] if len(named) == 1 else "them"
    return (
        f"Our list does not say whether {subject} {'is' if len(named) == 1 else 'are'} vegan: some wines are fined "
        "with egg white, milk protein or isinglass, so your server can find out."
    )


def _diet_note(result: Recommendations) -> list[str]:
    """ "We're vegan": what the list says of the wines' fining, and who knows the dishes."""
    if result.understood.dish_source != "vegan":
        return []
    _, noted = _noted_vegan(result)
    wines = noted or "Our list does not say which wines are vegan, as some are fined with egg white"
    return [f"{wines}; your server can tell you which dishes are."]


def _sulphites(result: Recommendations) -> str:
    """ "Does it have sulphites?": nearly every wine has some; the list may say none were added."""
    named = _named_all(result)
    free = [
        name
        for name, pick in zip(named, result.picks, strict=True)
        if _NO_ADDED_SULPHITES.search(pick.wine.description)
    ]
    if free:
        return (
            f"Our list notes that {' and '.join(free)} {'is' if len(free) == 1 else 'are'} made with no added "
            "sulphites, though the yeast makes a little in every wine."
        )
    subject = named[0] if len(named) == 1 else "each of them"
    return f"Like nearly every wine, {subject} contains some sulphites; our list does not say how much."


_ALCOHOL_ASKED = re.compile(r"\b(?:alcohol|alcoholic|abv|boozy|strong|how strong|percent)\b|%")
# How each level reads after "it is": the list's figure, or what wines of its style usually are.
_STRENGTH_WORDS: Final = {
    "fortified": "fortified, so stronger than any table wine",
    "high": "on the high side in alcohol",
    "fairly high": "fairly high in alcohol",
    "moderate": "moderate in alcohol",
    "light": "on the light side in alcohol",
    "low": "low in alcohol",
}


def _strength(result: Recommendations) -> str:
    """ "Is it high in alcohol?": the figure when the list prints one, else what its style usually
    is; of several wines, one short clause each, so the answer keeps room for all of them."""
    named = _named_all(result)
    strengths = [
        strength_of(
            colour=pick.wine.colour, name=pick.wine.name, description=pick.wine.description, profile=pick.profile
        )
        for pick in result.picks
    ]
    if len(named) == 1:
        (level, figure), name = strengths[0], named[0]
        if figure is not None:
            return f"{_upper_first(name)} is {figure}%, as our list notes: {_STRENGTH_WORDS[level].split(',')[0]}."
        return (
            f"Our list does not give its strength, but {name} is likely {_STRENGTH_WORDS[level]}, as wines of its "
            "style are."
        )
    if len(set(strengths)) == 1 and strengths[0][1] is None:
        together = "Both" if len(named) == 2 else "All three" if len(named) == 3 else "All of them"
        return f"{together} are likely {strengths[0][0]} in alcohol, as wines of their style are; our list gives no figures."
    parts = [
        f"{name} {f'is {figure}%' if figure else f'is likely {level}'}"
        for name, (level, figure) in zip(named, strengths, strict=True)
    ]
    return f"In alcohol, {', '.join(parts[:-1])} and {parts[-1]}."


def _how_made(result: Recommendations) -> str:
    """ "Is it organic?": what the list says of each wine, "yes" only when it says what was asked,
    and plainly when it says nothing."""
    named = _named_all(result)
    said = [how_made_naturally(as_listed(pick.wine)) for pick in result.picks]
    if not any(said):
        subject = named[0] if len(named) == 1 else "any of them"
        return f"Our list does not say whether {subject} is organic or made naturally; your server can find out."
    asked = _asked_how_made(result.parsed.text)
    if len(named) == 1:
        if said[0] in _YES_HOW_MADE[asked]:
            return f"Yes, {named[0]} is {said[0]}, as our list notes."
        return f"Our list notes that {named[0]} is {said[0]}; it says nothing more of how it is made."
    parts = [
        f"{name} is {how}" if how else f"our list says nothing of {name}" for name, how in zip(named, said, strict=True)
    ]
    return _upper_first("; ".join(parts)) + "."


# What "is it organic / biodynamic / natural?" asks, and what the list may say that answers yes.
_YES_HOW_MADE: Final = {
    "biodynamic": frozenset({"biodynamic"}),
    "organic": frozenset({"organic", "biodynamic"}),
    "natural": frozenset({"a natural wine", "made with little intervention"}),
}


def _asked_how_made(text: str) -> str:
    folded = fold_text(text)
    if "biodynam" in folded:
        return "biodynamic"
    return "organic" if re.search(r"\borganic|\bbio\b", folded) else "natural"


# "Does it have tannin?" asks whether there is any, not whether there is a lot ("is it tannic?",
# "has it much tannin?"): a Gamay's soft tannins are a yes, a Manzanilla's none a no.
_ANY_TANNIN_ASKED = re.compile(r"\b(?:have|has|got)\b(?:(?! much| a lot| lots)[^?.!])*\btannins?\b")


def _yes_or_no(word: str, trait: str, asked: str) -> str:
    """ "yes", "somewhat" or "no": how ``trait`` answers the question ``asked`` (folded) of ``word``."""
    if word == "tannic" and _ANY_TANNIN_ASKED.search(asked):
        return "no" if trait == "has almost no tannin" else "yes"
    return "yes" if trait == _YES[word] else ("somewhat" if trait in _BETWEEN else "no")


def _verdict(word: str, pick: Pick, asked: str, subject: str = "it") -> str:
    """ "Is the second one oaky?": "Yes, it is oaky.", "Somewhat: it is lightly oaked.", "No, the
    Secateurs Chenin Blanc is unoaked." """
    trait = _trait(word, pick)
    opening = {"yes": "Yes,", "somewhat": "Somewhat:", "no": "No,"}[_yes_or_no(word, trait, asked)]
    return f"{opening} {subject} {trait}."


def _trait_asked(result: Recommendations) -> str | None:
    """ "Is the second one oaky?" of one wine: the trait asked ("oaky"), when nothing else is (its
    price, its glass, how it is made)."""
    said = result.parsed.said
    if "about" not in result.understood.refinements or said is None or len(result.picks) != 1 or said.superlative:
        return None
    asked = fold_text(result.parsed.text)
    if said.glass_asked or any(
        pattern.search(asked) for pattern in (_HOW_MUCH, _VEGAN_ASKED, _SULPHITES_ASKED, _ALCOHOL_ASKED)
    ):
        return None
    words = [word for word in said.style_words if word in _TRAITS or word == "natural"]
    word = words[0] if words else ("sweet" if said.sweet else None)
    return word if word != "natural" else None


def verdict_note(result: Recommendations) -> Note | None:
    """The answer to a trait asked of one wine, for another language to say: ("no", "is unoaked")."""
    word = _trait_asked(result)
    if word is None:
        return None
    trait = _trait(word, result.picks[0])
    return Note(f"verdict_{_yes_or_no(word, trait, fold_text(result.parsed.text))}", trait)


def _verdicts(result: Recommendations) -> list[str]:
    said = result.parsed.said
    if "about" not in result.understood.refinements or said is None or not result.picks or said.superlative:
        return []
    if said.glass_asked:
        return [_by_the_glass(result)]
    asked = fold_text(result.parsed.text)
    if _HOW_MUCH.search(asked) and len(result.picks) == 1:
        return [_price_answer(result)]
    if _VEGAN_ASKED.search(asked):
        return [_vegan(result)]
    if _SULPHITES_ASKED.search(asked):
        return [_sulphites(result)]
    if _ALCOHOL_ASKED.search(asked):
        return [_strength(result)]
    words = [word for word in said.style_words if word in _TRAITS or word == "natural"]
    if said.sweet and not words:
        words = ["sweet"]
    if not words:
        return []
    if words[0] == "natural":
        return [_how_made(result)]
    if len(result.picks) == 1:
        # The answer itself opens the reply, naming the wine: "No, the Secateurs is unoaked."
        subject = _named(wine_facts(result.picks[0], result, result.currency))
        return [_verdict(words[0], result.picks[0], asked, subject)]
    traits = [_trait(words[0], pick) for pick in result.picks]
    if len(set(traits)) == 1:
        # "All three are dry.": one trait for all, said once (each wine is named just after).
        together = "Both" if len(traits) == 2 else "All three" if len(traits) == 3 else "All of them"
        verb, rest = traits[0].split(" ", 1)
        return [f"{together} {'are' if verb == 'is' else 'have'} {rest}."]
    named = [_named(wine_facts(pick, result, result.currency)) for pick in result.picks]
    return [_upper_first("; ".join(f"{name} {trait}" for name, trait in zip(named, traits, strict=True))) + "."]


_COMPARED = re.compile(r"\b(?:difference|differences|differ|compare|comparison|versus|vs)\b")
_COMPARISONS: Final = (
    ("body", "fuller", "lighter"),
    ("tannin", "firmer", "softer"),
    ("acidity", "fresher", "rounder"),
    ("oak", "oakier", "less oaky"),
    ("sweetness", "sweeter", "drier"),
)


# The trait that says what two wines tied on a superlative's attribute share ("both are dry").
_TIED_TRAITS: Final = {"sweetness": "dry", "body": "light", "acidity": "crisp", "tannin": "tannic", "oak": "oaky"}
# Of two wines, the comparative: "the fuller of the two", not "the fullest".
_COMPARATIVE_OF: Final = {
    "driest": "drier", "sweetest": "sweeter", "lightest": "lighter", "fullest": "fuller", "crispest": "crisper",
    "softest": "softer", "most tannic": "more tannic", "oakiest": "oakier", "least oaky": "less oaky",
    "best value": "better value", "cheapest": "cheaper", "most expensive": "dearer",
}  # fmt: skip


def _by_age(result: Recommendations, facts: Sequence[WineFacts], most: int) -> list[str]:
    """ "Which is older, the first or the second?": the vintages, or that they share one."""
    vintages = [pick.wine.vintage for pick in result.picks]
    if None in vintages:
        undated = [_named(fact) for fact, vintage in zip(facts, vintages, strict=True) if vintage is None]
        return [f"{_upper_first(' and '.join(undated))} {'is' if len(undated) == 1 else 'are'} non-vintage, "
                f"a blend of years; {_named(facts[most])} is the {result.picks[most].wine.vintage}."]  # fmt: skip
    if len(set(vintages)) == 1:
        return [f"Neither: both are from {vintages[0]}."]
    said = result.parsed.said
    superlative = said.superlative if said is not None else None
    word = "older" if superlative is not None and superlative.direction < 0 else "younger"
    others = [f"{_named(fact)} is a {vintage}" for index, (fact, vintage) in enumerate(zip(facts, vintages, strict=True))
              if index != most]  # fmt: skip
    lead = (
        f"Of the two, the {word}"
        if len(result.picks) == 2
        else f"Of them, the {'oldest' if word == 'older' else 'youngest'}"
    )
    return [f"{lead} is {_named(facts[most])}, a {vintages[most]}; {' and '.join(others)}."]


def _comparison(result: Recommendations, facts: Sequence[WineFacts]) -> list[str]:
    """ "What's the difference between the first two?": how the two differ, said at once. "Which is
    bolder, the 1st or the 2nd?": which one is."""
    said = result.parsed.said
    if "about" in result.understood.refinements and said is not None and said.superlative and len(result.picks) > 1:
        most = next((index for index, pick in enumerate(result.picks) if pick.wine.pk == result.turn.focus), None)
        if most is not None:
            attribute = said.superlative.attribute
            superlative = said.superlative
            if attribute == "vintage":
                return _by_age(result, facts, most)
            tied = attribute != "price" and len({measure(pick.profile, superlative) for pick in result.picks}) == 1
            if tied:
                # "Which is drier?" of two dry wines: said plainly, both are.
                trait = _TIED_TRAITS.get(attribute)
                said_of_both = _trait(trait, result.picks[0]) if trait else ""
                both = re.sub(r"^is ", "are ", re.sub(r"^has ", "have ", said_of_both))
                return [
                    f"There is little between them there: both {both}."
                    if both
                    else "There is little between them there."
                ]
            if len(result.picks) == 2:
                word = _COMPARATIVE_OF.get(said.superlative.word, said.superlative.word)
                return [f"Of the two, the {word} is {_named(facts[most])}."]
            return [f"Of them, the {said.superlative.word} is {_named(facts[most])}."]
    if "about" not in result.understood.refinements or len(result.picks) != 2:
        return []
    if not _COMPARED.search(fold_text(result.parsed.text)):
        return []
    first, second = (pick.profile for pick in result.picks)
    more: list[str] = []
    less: list[str] = []
    for attribute, above, below in _COMPARISONS:
        difference = getattr(first, attribute) - getattr(second, attribute)
        if difference:
            more.append(above if difference > 0 else below)
            less.append(below if difference > 0 else above)
    names = [_named(fact) for fact in facts[:2]]
    if not more:
        return [
            f"{_upper_first(names[0])} and {names[1]} are alike in weight and structure; they differ in fruit and place."
        ]
    return [
        f"{_upper_first(names[0])} is the {' and '.join(more[:2])} of the two, {names[1]} the {' and '.join(less[:2])}."
    ]


def _fact_answer(result: Recommendations, facts: WineFacts) -> list[str]:
    """ "What vintage is the first one?", "where is the second one from?", "who makes it?": the
    fact first, naming the wine, from the list's own columns (or said plainly when it is blank)."""
    said = result.parsed.said
    if "about" not in result.understood.refinements or len(result.picks) != 1 or said is None:
        return []
    wine = result.picks[0].wine
    name = _upper_first(_named(facts))
    if said.fact_asked == "vintage":
        if not wine.vintage:
            return [f"{name} is a non-vintage wine, a blend of years."]
        return [f"{name} is the {wine.vintage} vintage."]
    if said.fact_asked == "origin":
        country = wine.country if wine.country and fold_text(wine.country) not in fold_text(wine.region) else ""
        place = ", ".join(part for part in (_place(wine.region) if wine.region else "", country) if part)
        place = place if wine.region else _place(place)
        if said.origin_asked and place:
            # "Is it Croatian?": yes or no first, then where it is from.
            yes = from_origin(said.origin_asked, country=wine.country, region=wine.region, name=wine.name)
            return [f"{'Yes' if yes else 'No'}: {_named(facts)} comes from {place}."]
        return [f"{name} comes from {place}."] if place else []
    if said.fact_asked == "kind" and said.kind_asked:
        # "Is the first one a Franciacorta?": yes or no, and what it is when not.
        kind = said.kind_asked.title()
        a_kind = f"{_article(kind)} {kind}"
        if re.search(rf"\b{re.escape(said.kind_asked)}\b", fold_text(f"{wine.name} {wine.region}")):
            return [f"Yes: {_named(facts)} is {a_kind}."]
        return [f"No: {_named(facts)} is not {a_kind}."]
    if said.fact_asked == "producer" and wine.producer:
        return [f"{name} is made by {wine.producer}."] if fold_text(wine.producer) not in fold_text(name) else []
    if said.fact_asked == "grape":
        return [_grapes_said(name, facts, result.picks[0])]
    if said.fact_asked == "readiness":
        return [f"{name} {_readiness(wine.colour, wine.vintage, result.picks[0].profile, wine.name)}"]
    return []


def fact_note(result: Recommendations) -> Note | None:
    """The fact asked of one wine, for another language to say: ("fact_vintage", "2019"),
    ("fact_origin", "Languedoc"), ("fact_origin_no", "Languedoc"), ("fact_producer", ...), ("fact_grape", ...)."""
    said = result.parsed.said
    if "about" not in result.understood.refinements or len(result.picks) != 1 or said is None:
        return None
    wine = result.picks[0].wine
    if said.fact_asked == "vintage":
        return Note("fact_vintage", str(wine.vintage or ""))
    if said.fact_asked == "origin" and (wine.region or wine.country) and not said.kind_asked:
        place = wine.region or wine.country
        if said.origin_asked:
            yes = from_origin(said.origin_asked, country=wine.country, region=wine.region, name=wine.name)
            return Note("fact_origin_yes" if yes else "fact_origin_no", place)
        return Note("fact_origin", place)
    if said.fact_asked == "producer" and wine.producer and fold_text(wine.producer) not in fold_text(wine.name):
        return Note("fact_producer", wine.producer)
    if said.fact_asked == "grape" and wine.grapes:
        return Note("fact_grape", " / ".join(wine.grapes))
    return None


def _grapes_said(name: str, facts: WineFacts, pick: Pick) -> str:
    """ "What's the grape in the first one?": the list's grapes, or those its place is made from."""
    if pick.wine.grapes:
        grapes = list(pick.wine.grapes)
        if len(grapes) == 1:
            return f"{name} is made from {grapes[0]}."
        return f"{name} is a blend of {', '.join(grapes[:-1])} and {grapes[-1]}."
    if pick.profile.grapes:
        place = _place(pick.wine.region) if pick.wine.region else "its place"
        guessed = list(pick.profile.grapes)
        usual = guessed[0] if len(guessed) == 1 else f"{', '.join(guessed[:-1])} and {guessed[-1]}"
        return f"Our list does not name {_named(facts)}'s grapes, but wines from {place} are usually made from {usual}."
    return f"Our list does not name {_named(facts)}'s grapes."


# A wine's years in bottle past which a sommelier calls it young, or mature, by its build.
YOUNG_FIRM_RED_YEARS = 5
MATURE_YEARS = 12
FRESH_WINE_YEARS = 4
VINTAGE_PORT_YOUNG_YEARS = 20


def _readiness(colour: str, vintage: int | None, profile: WineProfile, name: str = "") -> str:
    """ "Is it ready to drink?": what its vintage and build say, as a sommelier says it (the
    list gives no drinking window, so no more is claimed than the two allow)."""
    if not vintage:
        return "is a non-vintage wine, blended to be ready when it is released: it is drinking well now."
    age = max(0, timezone.now().year - vintage)
    if colour == "dessert" and "vintage port" in fold_text(name) and age <= VINTAGE_PORT_YOUNG_YEARS:
        # A Vintage Port is bottled young and built to age for decades (Oxford Companion to Wine).
        return (
            f"is a {vintage}, still young and firm: powerful now, it will go on improving for decades; "
            "we will decant it to leave its sediment behind."
        )
    if colour == "dessert":
        if age <= FRESH_WINE_YEARS and profile.body <= 2:
            return f"is a {vintage}, made to be enjoyed young and fresh; it is ready to open tonight."
        return f"is a {vintage}, ready to open tonight; sweet wines like it keep well, but need no waiting."
    if colour == "red" and profile.tannin >= 4:
        if age <= YOUNG_FIRM_RED_YEARS:
            return (
                f"is a {vintage}, still young and firm: good now with the meal, and we can decant it for you "
                "to soften its tannins."
            )
        if age <= MATURE_YEARS:
            return f"is a {vintage}: it has had time to soften and is drinking well now; a short decant opens it up."
        return f"is a {vintage} and mature now; we will decant it gently to leave any sediment behind."
    if age <= FRESH_WINE_YEARS and (profile.body <= 3 or colour in ("rose", "sparkling")) and profile.oak == 0:
        return f"is a {vintage}, drinking well now: made to be enjoyed young and fresh, with no need to decant."
    if age > MATURE_YEARS:
        return f"is a {vintage} and mature now; it is ready to drink."
    return f"is a {vintage} and ready to drink now, with no need to decant."


def _more_about(result: Recommendations, facts: WineFacts) -> list[str]:
    """ "Tell me more about the second one": beyond its shape, where and who it comes from, the
    list's own note on it, how it is poured, and a second reason it suits the dish."""
    said = result.parsed.said
    if "about" not in result.understood.refinements or len(result.picks) != 1 or said is None or said.superlative:
        return []
    if _price_asked(result) or not said.more_about:
        return []  # "how much is the first one?" wants the price, not the story
    pick = result.picks[0]
    wine = pick.wine
    sentences: list[str] = []
    maker = wine.producer if wine.producer and fold_text(wine.producer) not in fold_text(facts.display) else ""
    country = _place(wine.country) if wine.country and fold_text(wine.country) not in fold_text(wine.region) else ""
    origin = " in ".join(part for part in (maker, country) if part)
    if wine.vintage and origin:
        sentences.append(f"It is the {wine.vintage} vintage, from {origin}.")
    elif wine.vintage or origin:
        sentences.append(f"It is the {wine.vintage} vintage." if wine.vintage else f"It comes from {origin}.")
    note = re.split(r"(?<=[.!?])\s", wine.description.strip(), maxsplit=1)[0]
    if note and len(note.split()) <= 30:
        sentences.append(_sentence(f"Our list's note on it: {_upper_first(note)}"))
    poured = "by the glass as well as the bottle" if wine.glass_price is not None else "by the bottle only"
    sentences.append(f"We pour it {poured}.")
    if result.understood.dish and len(pick.reasons) > 1:
        dish = f"the {pick.for_dish}" if pick.for_dish else _dish_phrase(result)
        sentences.append(_sentence(f"With {dish}, {pick.reasons[1]}"))
    return sentences


def _aside(result: Recommendations, first: WineFacts) -> str:
    """ "More bread please": the server's to bring; "hi": hello back. The wine talked about is still the pick."""
    if "greeting" in result.understood.refinements:
        opening = "Good evening, and welcome; I am your sommelier tonight."
    else:
        opening = "Your server will be glad to help with that and bring it to your table; I am here for the wine."
    if not result.turn.only_wine_ids:
        return f"{opening} Tell me what you are eating, or what you like to drink, and I will find the bottle for it."
    dish = _dish_phrase(result)
    company = f" for {dish}" if dish else ""
    return f"{opening} {_upper_first(_named(first))} is still my pick{company}, and I can look again whenever you like."


def _goodbye(result: Recommendations, first: WineFacts) -> str:
    dish = _dish_phrase(result)
    company = f" with {dish}" if dish else ""
    # Dessert is already settled when the wine chosen is a sweet one or the dish a dessert.
    sweet_settled = first.colour == "dessert" or any(
        profile.protein in ("dessert", "chocolate") for profile in result.dish_profiles
    )
    later = (
        "another glass later on"
        if sweet_settled
        else "a glass of something sweet with dessert, or another bottle later on"
    )
    return (
        f"My pleasure, and enjoy your meal. {_upper_first(_named(first))} will be a fine companion{company}. "
        f"Should you want {later}, just ask me here and I will look again for you."
    )


def _preamble(result: Recommendations) -> list[str]:
    notes = [_sentence(note) for note in result.understood.contradictions]
    # A question about wines already shown ("tell me about the first one") does not repeat what
    # their answer said was missing from the list.
    shown_again = bool({"about", "chosen"} & set(result.understood.refinements))
    names = () if shown_again else _names_missing(result)
    if names:
        nearest = "so here is the nearest" if len(result.picks) == 1 else "so here are the nearest"
        notes.append(f"We have no {' or '.join(names)} on our list, {nearest}.")
    notes += _wishes_unmet(result)
    if (standing := _choices_stand(result)) is not None:
        notes.append(standing)
    if result.understood.house_wine == "none":
        notes.append("We don't pour a house wine as such; here is what I'd open.")
    elif result.understood.house_wine == "not shown" and not shown_again:
        dish = _dish_phrase(result)
        notes.append(
            f"Our house wines are not my first choice for {dish}, so here is what I'd pour."
            if dish
            else f"None of our house wines is {_asked_kind(result.constraints)}, so here is what I'd open."
        )
    missing = () if shown_again else result.understood.places_missing
    if missing:
        places = " or ".join(missing)
        notes.append(f"Nothing from {places} on our list fits that tonight, so these come from elsewhere.")
    if result.understood.glass_budget_dropped:
        notes.append(
            "Your budget was for a glass, so these bottles come from the whole list; tell me a bottle "
            "budget and I will keep to it."
        )
    unknown = result.understood.unknown
    if unknown and not any(profile.protein for profile in result.dish_profiles):
        words = " ".join(unknown[:3])
        constraints = result.constraints
        said_more = (constraints.colours or constraints.grapes or constraints.style_words or constraints.places) or (
            constraints.max_price is not None or constraints.min_price is not None
        )
        if said_more:
            notes.append(f"I don't know {words} well, so I went by the rest of what you said.")
        else:
            notes.append(
                f"I don't know {words} well, so here are versatile wines from across our list; tell me what "
                "is in it and I will narrow it down."
            )
    return notes


def _standing(result: Recommendations) -> Note | None:
    """ "No Pinot Noir" of wines none of which is one, "a rosé maybe?" of three rosés: the same wines
    come back, and why: ("not_grape", "Pinot Noir"), ("not_place", "Jerez") or ("colour", "rose")."""
    said = result.parsed.said
    if said is None or result.nothing_fits or result.understood.refinements:
        return None
    if [pick.wine.pk for pick in result.picks] != list(result.turn.shown_before):
        return None
    if said.refused_grapes:
        return Note("not_grape", said.refused_grapes[0])
    if said.refused_places or said.refused_names:
        place = (said.refused_places or said.refused_names)[0]
        wines = [pick.wine for pick in result.picks]
        if said.refused_places and any(
            from_origin(place, country=wine.country, region=wine.region, name=wine.name) for wine in wines
        ):
            return None  # a wine from there the diner asked for by name stays, and is not said to be elsewhere
        return Note("not_place", place if place[:1].isupper() else place.title())
    colours = {pick.wine.colour for pick in result.picks}
    if said.colours and len(colours) == 1 and colours <= said.colours:
        return Note("colour", next(iter(colours)))
    return None


def _choices_stand(result: Recommendations) -> str | None:
    """The same wines come back (``_standing``): the answer says why rather than repeating itself
    as if nothing were asked."""
    standing = _standing(result)
    if standing is None:
        return None
    count = len(result.picks)
    if standing.kind == "not_grape":
        refused = standing.value
        return (
            f"{'It is not' if count == 1 else 'None of these is'} {_article(refused)} {refused}, so my choices stand."
        )
    if standing.kind == "not_place":
        place = re.sub(r"^The ", "the ", standing.value)  # "from the United States", mid-sentence
        return f"{'It does not come' if count == 1 else 'None of these comes'} from {place}, so my choices stand."
    subject = "It" if count == 1 else ("Both" if count == 2 else f"All {_COUNTS.get(count, str(count))}")
    noun = _COLOUR_NOUNS.get(standing.value, "wine")
    kind = f"{_article(noun)} {noun}" if count == 1 else f"{noun}s"
    return f"{subject} {'is' if count == 1 else 'are'} {kind} already, so my choices stand."


_COUNTS: Final = {3: "three", 4: "four", 5: "five"}


def _names_missing(result: Recommendations) -> tuple[str, ...]:
    """What the list lacks that the preamble says: a wish it cannot meet ("no organic wine") on
    the turn it was made, not again on every turn after."""
    unsaid = {name for wish, _, name in WISHES if not _wished_now(result, wish)}
    return tuple(name for name in result.understood.names_missing if name not in unsaid)


def _wished_now(result: Recommendations, wish: str) -> bool:
    """A wish said on this turn: later turns ("what vintage is the first one?", "I'll take it")
    keep it, but the note on it was said once."""
    said = result.parsed.said
    return (
        said is not None and wish in said.style_words and not {"about", "chosen"} & set(result.understood.refinements)
    )


def _wishes_unmet(result: Recommendations) -> list[str]:
    """ "Anything organic for the oysters?" when the list's organic wines do not suit them: said,
    not passed over (a list with none at all is said in ``names_missing``)."""
    notes = []
    for wish, met, name in WISHES:
        if (
            _wished_now(result, wish)
            and name not in result.understood.names_missing
            and result.picks
            and not any(met(as_listed(pick.wine)) for pick in result.picks)
        ):
            dish = _dish_phrase(result)
            with_dish = f" with {dish}" if dish else ""
            notes.append(f"Our {name}s are not the match{with_dish}, so here is what is.")
    return notes


def _postscript(result: Recommendations) -> list[str]:
    if not result.documents:
        return []
    first = re.split(r"(?<=[.!?])\s", result.documents[0].text.strip(), maxsplit=1)[0]
    words = first.split()
    if not words or len(words) > 30:
        return []
    return [f"From our house notes: {first.rstrip('.')}."]


def _no_alcohol_free(result: Recommendations) -> str:
    """ "Anything non-alcoholic?" of a list with no such wine: said plainly, the bar named, and the
    wines already chosen for the table kept."""
    dish = _dish_phrase(result)
    if result.turn.keep_shown and (result.understood.new_topic or not dish):
        # The dish named now is the diner's who does not drink; the wines shown were for another.
        later = "For everyone else at the table, my wines still stand, and I can look again whenever you like."
    elif result.turn.keep_shown:
        later = (
            f"For everyone else at the table, my wines for {dish} still stand, and I can look again whenever you like."
        )
    else:
        later = "Whenever anyone at the table would like a glass of wine, tell me the dish and I will find it."
    return (
        "I'm afraid our list has no alcohol-free wine tonight. Your server will gladly bring you what the bar "
        f"makes without alcohol, from fresh juices to sparkling water. {later}"
    )


def _no_wine(result: Recommendations) -> str:
    """No wine at all to show: none alcohol-free (said in the diner's language), or none close."""
    if "alcohol_free" in result.understood.refinements:
        return no_alcohol_free(result, result.understood.language) or _no_alcohol_free(result)
    return _nothing_at_all(result)


def _nothing_at_all(result: Recommendations) -> str:
    return (
        "Nothing on our list fits that right now, and there is nothing close enough to suggest in its place. "
        "Tell me another colour, a different budget or the dish you are having, and I will look again for you."
    )


# Around the flavours, which ``_fit`` may drop to keep an answer within its words.
_TRIMMABLE_START = "\ue000"
_TRIMMABLE_END = "\ue001"
_TRIMMABLE = re.compile(f"{_TRIMMABLE_START}[^{_TRIMMABLE_END}]*{_TRIMMABLE_END}")


def _offer(result: Recommendations) -> str:
    """What else the diner might ask for, leaving out what they just asked ("fuller" after "fuller")."""
    refinements = result.understood.refinements
    options = [
        *([] if "lighter" in refinements else ["something lighter"]),
        *([] if "bolder" in refinements else ["something fuller"]),
        # Bottles shown for a glass that is not poured: neither "a bottle" nor "a glass" is another.
        *([] if _bottles_for_a_glass(result) else ["a bottle" if result.constraints.by_the_glass else "a glass"]),
    ]
    asked = f"{', '.join(options[:-1])} or {options[-1]}" if len(options) > 1 else "".join(options)
    if not asked:
        return "Ask me again and I'll find you another."
    # Said a little differently on each turn: a table reads it more than once in an evening.
    return _OFFERS[result.turn.turn_index % len(_OFFERS)].format(asked=asked)


_OFFERS: Final = (
    "Ask me for {asked} and I'll find you another.",
    "If you'd prefer {asked}, just say so.",
    "Should you fancy {asked}, I have more to show you.",
)


# An other wine's detail sentence when the answer runs long: every chosen wine is still named,
# with the dish it was chosen for.
_SHORT_MENTIONS: Final = ("{Name} is another fine choice.", "{Name} would also do nicely.")


def _short_mention(pick: Pick, index: int, name: str) -> str | None:
    """The line that names a wine when its sentence is too long; None for a better match shown
    beyond the budget, whose sentence says why it is there."""
    if pick.nearby_match:
        return None
    if pick.for_dish:
        return f"For the {pick.for_dish}, {name}."
    return _SHORT_MENTIONS[(index - 1) % len(_SHORT_MENTIONS)].format(Name=_upper_first(name))


_FILLER: Final = "I'm happy to open a bottle or pour a glass, whichever suits your table tonight."


def _fit(
    sentences: list[str],
    first_detail: int,
    offer: str,
    short: dict[int, str | None] | None = None,
    filler: str = _FILLER,
) -> str:
    """Within the word limits: trim the optional flavours first, then the first wine's details (the
    opening names it), then the other wines' details down to a line naming each (``short``, by
    position), then whole sentences of what else there is to say."""
    whole = [sentence.replace(_TRIMMABLE_START, "").replace(_TRIMMABLE_END, "") for sentence in sentences]
    text = " ".join(whole)
    if len(text.split()) <= MAX_WORDS:
        if len(text.split()) < MIN_WORDS:
            text += f" {offer}"
        if len(text.split()) < MIN_WORDS:
            text += f" {filler}"
        return text
    trimmed = [_TRIMMABLE.sub("", sentence) for sentence in sentences]
    text = " ".join(trimmed)
    lines = {index: line for index, line in (short or {}).items() if line is not None}
    if len(text.split()) > MAX_WORDS and len(trimmed) > first_detail + 1:
        trimmed.pop(first_detail)
        lines = {index - (index > first_detail): line for index, line in lines.items()}
        text = " ".join(trimmed)
    for index in sorted(lines, key=lambda index: -len(trimmed[index].split())):
        if len(text.split()) <= MAX_WORDS:
            break
        trimmed[index] = lines[index]
        text = " ".join(trimmed)
    # Then what else there is to say, last first; a line naming a chosen wine stays.
    kept = set(lines.values())
    while len(text.split()) > MAX_WORDS:
        droppable = [index for index in range(2, len(trimmed)) if trimmed[index] not in kept]
        if not droppable:
            break
        trimmed.pop(droppable[-1] if len(droppable) == 1 or len(trimmed) <= 3 else droppable[0])
        text = " ".join(trimmed)
    return text


# ---------------------------------------------------------------------------
# The rubric every answer is held to, and the stricter check for a model's rewrite
# ---------------------------------------------------------------------------

_LIST_LINE = re.compile(r"(?m)^\s*(?:[-*•]|\d+[.)]|#{1,6})\s")
_MARKDOWN = re.compile(r"\*\*|__|`")
# Not a size glued to its unit: "(37.5cl)" in a wine's name is no stray "37".
_NUMBER = re.compile(r"(?<![\w])(?:[$€£¥]|CA\$|A\$|NZ\$)?\d(?:[\d,]*\d)?(?:\.\d+)?(?!\.?\w)")
_INTERNAL_WORDS = re.compile(r"\bmodel is resting\b|\bwithin your\b|\bscore\b|\bsimilarity\b", re.IGNORECASE)


def _clauses(text: str) -> list[str]:
    return [
        " ".join(clause.split())
        for clause in re.split(r"[.;:!?]|, and |, but | and ", fold_text(text))
        if len(clause.split()) >= 4
    ]


def _allowed_numbers(result: Recommendations, currency: str) -> set[str]:
    """Numbers the words may print: the chosen wines' names and vintages, their prices as cards print
    them (only when the question was about price), and numbers in the house notes quoted."""
    allowed: set[str] = set()
    for pick in result.picks:
        wine = pick.wine
        allowed.update(re.findall(r"\d+(?:\.\d+)?", f"{wine.name} {wine.producer} {wine.region} {wine.description}"))
        if wine.vintage:
            allowed.add(str(wine.vintage))
        if _price_asked(result):
            for amount in (wine.bottle_price, wine.glass_price):
                if amount is not None:
                    allowed.update(_amounts_written(amount, currency))
    for document in result.documents:
        allowed.update(re.findall(r"\d[\d,]*(?:\.\d+)?", document.text))
    # The diner's own numbers and the menu's ("Comté aged 24 months") may be said back.
    for text in (result.parsed.text, *(dish.name for dish in result.dishes)):
        allowed.update(re.findall(r"\d[\d,]*(?:\.\d+)?", text))
    said = result.parsed.said
    for bound in (said.max_price, said.min_price) if said is not None else ():
        if bound is not None:  # a budget said in words ("under a tenner", "máximo ocho euros")
            allowed.update((money(bound, currency), format(bound.normalize(), "f")))
    for amount in above_the_budget(result) or ():  # a wine asked about above the budget said before
        allowed.update(_amounts_written(amount, currency))
    return allowed


def _amounts_written(amount: Decimal, currency: str) -> tuple[str, str]:
    """An amount as the cards print it, and its number as the diner's language writes it ("12,50 €", "46 €")."""
    return money(amount, currency), money(amount, "").strip().replace(",", "\u202f").replace(".", ",")


def _number_problems(text: str, result: Recommendations, currency: str) -> list[str]:
    allowed = _allowed_numbers(result, currency)
    stray = [
        number for number in _NUMBER.findall(text) if number not in allowed and number.lstrip("$€£¥CANZ") not in allowed
    ]
    return [f"numbers not in the facts: {', '.join(stray[:3])}"] if stray else []


def _named_problems(text: str, result: Recommendations) -> list[str]:
    folded = fold_text(text)
    # A wine is named with or without its bottle size ("the Dolce" poured by the glass).
    missing = [pick.wine.name for pick in result.picks if fold_text(_BOTTLE_SIZE.sub("", pick.wine.name)) not in folded]
    return [f"does not name {', '.join(missing)}"] if missing else []


def rubric_problems(text: str, result: Recommendations) -> list[str]:
    """What breaks the rubric: every chosen wine named, no repeated clause or sentence,
    35-110 words (when wines were chosen), no list or markdown, no internal numbers."""
    problems = _named_problems(text, result)
    words = len(text.split())
    if result.picks and not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{words} words")
    clauses = _clauses(text)
    repeated = {clause for clause in clauses if clauses.count(clause) > 1}
    if repeated:
        problems.append(f"repeats {sorted(repeated)[0]!r}")
    if _LIST_LINE.search(text) or _MARKDOWN.search(text):
        problems.append("a list or markdown")
    if _INTERNAL_WORDS.search(text):
        problems.append("internal wording")
    return problems + _number_problems(text, result, result.currency)


_RECIPE = re.compile(r"\b(?:serves \d|makes \d|ingredients|preheat|tablespoons?|teaspoons?|instructions)\b", re.I)


def model_text_problems(text: str, result: Recommendations, *, other_names: Sequence[str]) -> list[str]:
    """Why a model's rewrite may not be shown: it must name every chosen wine and no other, print no
    price or number absent from the facts, hold no list, header or recipe, keep to 20-120 words and
    ask nothing back unless nothing fits."""
    problems = _named_problems(text, result)
    folded = fold_text(text)
    chosen = [fold_text(pick.wine.name) for pick in result.picks]
    slipped = [
        name for name in other_names if fold_text(name) in folded and not any(fold_text(name) in c for c in chosen)
    ]
    if slipped:
        problems.append(f"names wines that were not chosen: {', '.join(slipped[:3])}")
    words = len(text.split())
    if not MODEL_MIN_WORDS <= words <= MODEL_MAX_WORDS:
        problems.append(f"{words} words")
    if _LIST_LINE.search(text) or _MARKDOWN.search(text) or _RECIPE.search(text):
        problems.append("a list, header or recipe")
    if "?" in text and not result.nothing_fits:
        problems.append("asks a question back")
    return problems + _number_problems(text, result, result.currency)
