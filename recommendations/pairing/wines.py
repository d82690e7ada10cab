"""Wine profiles: the structure of a wine from its grapes, its name and place, and its own description."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from recommendations.pairing.grapes import (
    Appellation,
    GrapeTraits,
    canonical_grape,
    grape_named,
    grape_traits,
    grapes_described_as,
    sources_of,
)
from recommendations.pairing.tasting_words import in_english
from recommendations.pairing.text import clamp, fold_text, unique, word_list, words_of


@dataclass(frozen=True)
class WineProfile:
    body: int  # 1 light .. 5 full
    acidity: int  # 1 soft .. 5 racy
    tannin: int  # 0 none (whites) .. 5 firm
    sweetness: int  # 0 bone dry .. 5 luscious
    oak: int  # 0 unoaked .. 3 toasty new oak
    style_words: tuple[str, ...]
    # What the wine is, beside its shape: the classic pairings and "what grows together goes
    # together" read them. Not part of the shape, so two wines of one shape compare equal.
    grapes: tuple[str, ...] = field(default=(), compare=False)
    country: str = field(default="", compare=False)
    # The grapes are only what the wine's place mostly grows (``Appellation.by_custom``), or some of
    # the several its rules allow: good enough to pair by, never to tell a diner as the wine's.
    grapes_guessed: bool = field(default=False, compare=False)


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
    "anderson valley, trentino, rias baixas, santorini, marlborough, tasmania, finger lakes, niagara, chablis, "
    "england, sussex, kent, hampshire"
)
WARM_REGIONS: Final = word_list(
    "napa, paso robles, barossa, mclaren vale, douro, puglia, mendoza, priorat, toro, lodi, dry creek, "
    "alexander valley, sicily, alentejo"
)

_BODY_LEVEL: Final = {"light": 1, "medium": 3, "full": 5}
_EXPLICIT_BODY = re.compile(r"\b(light|medium|full)(?:er)?(?:[- ]to[- ](light|medium|full))?[- ]bodied\b")
_LIGHTER = re.compile(r"\b(?:light|delicate|lean|ethereal|fine-boned)\b")
_FULLER = re.compile(r"\b(?:full|rich|powerful|opulent|concentrated|dense|plush|luscious|big)\b")
# What a list says of a wine to drink young and cool: never a full-bodied one, whatever its grape.
_EASY = re.compile(r"\b(?:easy|easy-drinking|quaffable|gluggable|glou-glou|chillable|smashable|crunchy)\b")
# A sparkling red (Lambrusco, sparkling Shiraz) keeps a little of its grapes' grip.
_RED_BUBBLES = re.compile(r"\b(?:red|ruby|dark|purple|inky|black cherry|blackberr(?:y|ies)|lambrusco)\b")

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
_SUPPLE_WINE = re.compile(r"\b(?:soft|gentle|mellow|supple|smooth|silky|velvety|juicy)\b")
_TANNIN_FAINT = frozenset(word_list("hint, touch, barely, trace, very"))
_ACID_RACY = frozenset(word_list("racy, searing, piercing, electric, high"))
_ACID_BRIGHT = frozenset(
    word_list("bright, vibrant, lively, crisp, fresh, firm, taut, tense, zesty, sharp, brisk, good, tangy, mineral")
)
_ACID_SOFT = frozenset(word_list("soft, low, gentle, moderate, round, rounded"))
# "Creamy, buttery, ripe apple, vanilla oak": a buttery, opulent wine whose note says nothing of its
# acidity is not crisp, however cool its coast. ("Creamy" alone is often a mousse or a texture.)
_ROUND_WINE = re.compile(r"\b(?:buttery|butterscotch|opulent|unctuous)\b")

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
    # "Very little new oak", "no new oak", "minimal oak": old barrels at most.
    r"|\b(?:little|minimal|discreet|neutral|no|without) (?:new )?(?:oak|barrels?)\b"
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
    if not _TANNIN_MENTION.search(description):
        # "Cassis, cedar, supple", "dark berries, cocoa, soft.": said of the wine, not of its
        # acidity, a soft or supple red is not firmly tannic whatever its grape usually is.
        for match in _SUPPLE_WINE.finditer(description):
            if not _ACID_MENTION.match(description, match.end() + 1):
                tannin = min(tannin, 2 if match.group() in ("soft", "gentle", "mellow") else 3)
        # "Earthy; firm", "structured and long": said of a red, its grip.
        for match in re.finditer(
            r"(?<!gently )(?<!lightly )(?<!softly )(?<!delicately )\b(?:firm|structured|muscular)\b", description
        ):
            # Not "firm, mineral acidity": an adjective of the acidity a few words on.
            if not re.match(r"[^.;]{0,25}\bacid", description[match.end() :]):
                tannin = max(tannin, 3)
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
    if _ROUND_WINE.search(description) and not _ACID_MENTION.search(description):
        return min(acidity, 3)
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
    if _EASY.search(description):
        return min(body, 3)
    return body


def _sweetness_from(description: str, sweetness: float) -> float:
    return next((level for pattern, level in _SWEETNESS_PHRASES if pattern.search(description)), sweetness)


def _oak_from(description: str, oak: float, *, said_before: bool = False) -> float:
    if _OAK_NONE.search(description):
        return 0
    if _OAK_LIGHT.search(description):
        return 1
    if _OAK_HEAVY.search(description):
        return 3
    if _OAK_ANY.search(description):
        return max(oak, 2)
    # An oak-raised grape whose description never mentions oak is probably not showing it,
    # unless its place or brand is known for the barrel (Rioja, Napa, Opus One).
    return oak if said_before else min(oak, 1)


def _says_oak(text: str) -> bool:
    return any(pattern.search(text) for pattern in (_OAK_NONE, _OAK_LIGHT, _OAK_HEAVY, _OAK_ANY))


def _states_sweetness(text: str) -> bool:
    return any(pattern.search(text) for pattern, _ in _SWEETNESS_PHRASES)


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


def _bounded_by_colour(colour: str, text: str, shape: dict[str, float], label: str = "") -> None:
    """What the colour makes physically true: whites have no tannin, sparkling wine is high in acid...

    A list's "dessert" section also holds its dry fortified wines: a Fino, an Oloroso or a
    Sercial there keeps the sweetness its ``label`` (its name's and its place's words) states.
    """
    mentions_tannin = bool(_TANNIN_MENTION.search(text)) or "grip" in text
    if colour == "white":
        shape["tannin"] = 0
    elif colour == "rose":
        shape["tannin"] = min(shape["tannin"], 2 if mentions_tannin else 1)
        # A red grape's oak is how its reds are raised; its rosés almost never see a barrel.
        if not (_OAK_ANY.search(text) or _OAK_LIGHT.search(text)):
            shape["oak"] = 0
        shape["body"] = min(shape["body"], 3)
        shape["acidity"] = max(shape["acidity"], 3)
    elif colour == "sparkling":
        shape["tannin"] = min(shape["tannin"], 1) if _RED_BUBBLES.search(text) and "blanc de noirs" not in text else 0
        # Like a rosé's, a sparkling wine's grapes say nothing of a barrel: few ever see one.
        if not (_OAK_ANY.search(text) or _OAK_LIGHT.search(text)):
            shape["oak"] = 0
        shape["acidity"] = max(shape["acidity"], 4)
        if not (_EXPLICIT_BODY.search(text) or _FULLER.search(text)):
            shape["body"] = min(shape["body"], 3)
    elif colour == "dessert":
        if not _states_sweetness(label):
            shape["sweetness"] = max(shape["sweetness"], 3) if shape["sweetness"] else 4
        shape["tannin"] = min(shape["tannin"], 3)
    elif colour == "orange":
        shape["tannin"] = max(shape["tannin"], 2 if mentions_tannin or "skin" in text else 1)
    elif colour == "red":
        shape["tannin"] = max(shape["tannin"], 1)


# Words in a wine's name that say how it was made; read like its description.
_NAME_STYLES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # Reserva and Riserva say time in barrel, not body: a Rioja Gran Reserva is often the most delicate.
    (re.compile(r"\b(?:gran reserva|grande reserve|riserva|reserva|gran selezione|crianza)\b"), "oak-aged"),
    # Gran Selezione is a Chianti Classico estate's best single-vineyard or selected wine.
    (re.compile(r"\bgran selezione\b"), "medium-to-full-bodied"),
    (re.compile(r"\b(?:joven|nouveau|novello)\b"), "light-to-medium-bodied, juicy"),
    # Amarone's dried grapes give body and grip; Ripasso is Valpolicella passed over their skins.
    (re.compile(r"\bamarone\b"), "full-bodied, rich, firm tannins"),
    (re.compile(r"\bripasso\b"), "medium-to-full-bodied"),
    (re.compile(r"\bsmaragd\b"), "medium-to-full-bodied"),
    (re.compile(r"\bsteinfeder\b"), "light-bodied"),
    # "Kabinett trocken", "Spätlese trocken": the Prädikat says ripeness, "trocken" that it is dry.
    (re.compile(r"\bkabinett\b(?! trocken)"), "off-dry, light-bodied, low alcohol"),
    (re.compile(r"\bkabinett trocken\b"), "light-bodied, low alcohol"),
    (re.compile(r"\b(?:halbtrocken|feinherb|semi seco|semi secco|abboccato|cabernet anjou|rose anjou)\b"), "off-dry"),
    (re.compile(r"\bdemi sec\b"), "medium sweet"),
    (re.compile(r"\bspatlese\b(?! trocken)"), "lightly sweet"),
    # The name is read as words ("demi-sec" is "demi sec", "Moscato d'Asti" is "moscato asti").
    (re.compile(r"\b(?:moscato asti|asti spumante|brachetto)\b"), "lightly sweet, light-bodied, low alcohol"),
    # Noble rot, frozen or dried grapes: the sweetest wines there are.
    (
        re.compile(
            r"\b(?:beerenauslese|trockenbeerenauslese|eiswein|icewine|ice wine|selection de grains nobles|sgn"
            r"|aszu|puttonyos|eszencia|essencia|ausbruch|vinsanto|malmsey)\b"
        ),
        "lusciously sweet",
    ),
    (re.compile(r"\b(?:pedro ximenez|px)\b"), "lusciously sweet, full-bodied"),
    (
        re.compile(
            r"\b(?:auslese|vendanges? tardives?|late harvest|doux|moelleux|passito(?! di pantelleria)|dolce|dulce|cream)\b"
        ),
        "sweet",
    ),
    (re.compile(r"\b(?:amabile|medium sherry|medium sweet)\b"), "medium sweet"),
    (re.compile(r"\b(?:trocken|grosses gewachs|brut nature|extra brut|pas dose|fino|manzanilla)\b"), "bone-dry"),
    (re.compile(r"\b(?:fino|manzanilla)\b"), "light-bodied, saline, nutty"),
    (re.compile(r"\b(?:amontillado|palo cortado)\b"), "dry, nutty, medium-to-full-bodied"),
    (re.compile(r"\boloroso\b"), "dry, nutty, full-bodied"),
    (re.compile(r"\b(?:sec|secco|seco|szaraz|vergine)\b"), "dry"),
    # Madeira by its grape, from the driest to the sweetest: Sercial, Verdelho, Bual, Malmsey.
    (re.compile(r"\bsercial\b"), "off-dry, racy"),
    (re.compile(r"\bverdelho\b.*\bmadeira\b|\bmadeira\b.*\bverdelho\b"), "medium sweet"),
    (re.compile(r"\b(?:bual|boal)\b"), "sweet"),
    # Tawny and colheita Port lose their tannin to years in cask; vintage Port keeps it.
    (re.compile(r"\b(?:tawny|colheita)\b"), "medium-to-full-bodied, soft tannins, nutty"),
    (re.compile(r"\b(?:vintage port|late bottled vintage|lbv|crusted)\b"), "full-bodied"),
    (re.compile(r"\b(?:white zinfandel|white zin|blush)\b"), "off-dry, light-bodied"),
    (re.compile(r"\b(?:qvevri|kvevri|amber|macerato|macerata|macerated|skin contact|ramato)\b"), "skin-contact"),
    (re.compile(r"\b(?:unoaked|sans bois)\b"), "unoaked"),
)


# On a sparkling wine's label "Extra Dry" is off-dry and "Dry" or "Sec" sweeter still (EU
# labelling: 12-17 and 17-32 g/l of sugar), where "Brut" is the dry one.
_SPARKLING_LABELS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\bextra (?:dry|sec|seco|secco)\b"), "off-dry"),
    (re.compile(r"(?<!extra )(?<!demi )\b(?:dry|sec|seco|secco)\b"), "medium sweet"),
)
# Reds that are sweet by name: a Lambrusco Amabile, a Brachetto d'Acqui, a Recioto, a late-harvest Zinfandel.
_SWEET_REDS: Final = re.compile(r"\b(?:lambrusco|brachetto|recioto|passito|dolce|late harvest)\b")
# Semi-sparkling wines take the still wines' terms: a Lambrusco "secco" is dry (EU: up to 4 g/l).
_SEMI_SPARKLING: Final = re.compile(r"\b(?:lambrusco|frizzante|petillant|pet nat|col fondo)\b")


def _name_style_words(name: str, colour: str) -> str:
    folded = " ".join(words_of(name))
    words = [words for pattern, words in _NAME_STYLES if pattern.search(folded)]
    if colour == "sparkling" and not _SEMI_SPARKLING.search(folded):
        # A Cava Reserva or Gran Reserva is aged on its lees, not in a barrel.
        words = [style for style in words if style not in ("dry", "oak-aged")]
        words += [words for pattern, words in _SPARKLING_LABELS if pattern.search(folded)][:1]
    if colour == "red" and not _SWEET_REDS.search(folded):
        # "Auslese" on a Kalterersee or "Reserva" says nothing about sugar in a red.
        words = [style for style in words if "sweet" not in style]
    return " ".join(words)


_ROSE_NAME: Final = re.compile(r"\b(?:rose|rosado|rosato)\b")


def _source_grapes(source: Appellation, colour: str, name: str) -> tuple[str, ...]:
    """A place's or brand's grapes for a wine of this colour; a sparkling rosé takes its rosé grapes."""
    if colour == "sparkling" and "rose" in source.grapes and _ROSE_NAME.search(" ".join(words_of(name))):
        return source.grapes["rose"]
    return source.grapes_for(colour)


def _source_of(colour: str, name: str, region: str) -> tuple[Appellation, tuple[str, ...]] | None:
    """The brand or appellation a wine's name, then its region, stands for, with its grapes for the colour.

    The first that makes wine of this colour: "Grange" from "Barossa Valley", and "Coteaux
    Champenois Rouge" of region "Champagne" is Pinot Noir though Champagne's entry has no red.
    """
    for text in (name, region):
        for source in sources_of(text):
            grapes = _source_grapes(source, colour, name)
            if grapes:
                return source, grapes
    return None


def _as_the_place_grows(described: tuple[tuple[str, str], ...], grown: tuple[str, ...]) -> tuple[str, ...]:
    """A note's bare "Cabernet" or "Pinot" is the one its place grows: "Cabernet de garde" on a
    Chinon is Cabernet Franc, though a bare "Cabernet" elsewhere is Cabernet Sauvignon. A grape
    the note names in full ("100% Cabernet Sauvignon") stays what it says."""
    grown = tuple(canonical_grape(grape) for grape in grown)

    def read(grape: str, said: str) -> str:
        family = grape.split()[0].casefold()
        if grape in grown or said != family:
            return grape
        return next((place_grape for place_grape in grown if place_grape.split()[0].casefold() == family), grape)

    return tuple(dict.fromkeys(read(grape, said) for grape, said in described))


def _grapes_from_name(
    name: str, source: tuple[Appellation, tuple[str, ...]] | None, description: str = ""
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Grapes a wine's name, note or place stands for, with the place's style words: "Mosel
    Riesling" names one, "Cabernet-led" in the note says one, "Chablis" implies one, "Grange"
    is the brand of one. The bottle's own words come before what its place usually grows."""
    named = grape_named(name)
    if named is not None:
        return (named.name,), ()
    described = grapes_described_as(description)
    if described and source is not None:
        return _as_the_place_grows(described, source[1]), source[0].styles
    if described:
        return tuple(dict.fromkeys(grape for grape, _ in described)), ()
    if source is None:
        # A grape word inside a place's name that has no grapes for this colour still names one.
        named = grape_traits(name)
        return ((named.name,), ()) if named is not None else ((), ())
    return source[1], source[0].styles


def wine_profile(
    *, colour: str, grapes: Sequence[str], description: str, region: str = "", name: str = "", country: str = ""
) -> WineProfile:
    """The structure of a wine: grape knowledge, corrected by what its own description says.

    The description wins over the grape table because it describes *this*
    bottle: a "light-to-medium bodied" Langhe Nebbiolo is not a Barolo. Colour
    then bounds what is possible (a white has no tannin, a dessert wine is sweet).
    A wine listed without grapes ("Chablis Premier Cru", "Rioja Gran Reserva", "Grange")
    takes those its name or region stands for, and the name's own style words ("Kabinett",
    "Gran Reserva", "Fino") count like its description's. What its place or brand is known
    for ("lusciously sweet" for Sauternes) is read first, so the bottle's words overrule it.
    """
    colour = fold_text(colour).strip()
    default = _COLOUR_DEFAULTS.get(colour, _COLOUR_DEFAULTS["red"])
    source = _source_of(colour, name, region)
    known, averages = _grape_average(grapes)
    place_styles: tuple[str, ...] = ()
    guessed = False
    if not known:
        grapes, place_styles = _grapes_from_name(name, source, description)
        known, averages = _grape_average(grapes)
        # A place that allows several grapes ("Douro", "Vinho Verde") says what the bottle likely
        # holds, not which of them or in what share: good to pair by, never to tell as its blend.
        guessed = source is not None and tuple(grapes) == tuple(source[1]) and (source[0].by_custom or len(grapes) > 1)
    # What the place or brand says of its wines counts when they are this wine's grapes.
    place_shape = ""
    if source is not None and known and known[0].name in {canonical_grape(grape) for grape in source[1]}:
        place_shape = fold_text(source[0].shape_for(colour))
    attributes = ("body", "acidity", "tannin", "oak", "sweetness")
    shape = {attribute: averages.get(attribute, float(getattr(default, attribute))) for attribute in attributes}
    if colour == "rose" and known:
        # A rosé has a few hours on the skins: a step lighter than the red of its grapes.
        shape["body"] -= 1
    name_words = _name_style_words(f"{name} {region}", colour)
    text = in_english(fold_text(f"{description} {name_words}"))
    region_body, region_acidity = _region_nudge(region)
    shape["body"] += region_body
    shape["acidity"] += region_acidity
    # The place's words first, then the bottle's own description and name, which have the last word.
    for words in (place_shape, text):
        if words:
            shape["body"] = _body_from(words, shape["body"])
            shape["acidity"] = _acidity_from(words, shape["acidity"])
            shape["tannin"] = _tannin_from(words, shape["tannin"])
            shape["sweetness"] = _sweetness_from(words, shape["sweetness"])
    shape["oak"] = _oak_from(place_shape, shape["oak"]) if _says_oak(place_shape) else shape["oak"]
    shape["oak"] = _oak_from(text, shape["oak"], said_before=_says_oak(place_shape))
    _bounded_by_colour(colour, f"{place_shape} {text}", shape, label=f"{place_shape} {fold_text(name_words)}")
    return WineProfile(
        body=clamp(shape["body"], 1, 5),
        acidity=clamp(shape["acidity"], 1, 5),
        tannin=clamp(shape["tannin"], 0, 5),
        sweetness=clamp(shape["sweetness"], 0, 5),
        oak=clamp(shape["oak"], 0, 3),
        style_words=unique([*_grape_styles(colour, known), *place_styles, *_description_styles(text)]),
        grapes=tuple(grape.name for grape in known),
        country=fold_text(country).strip(),
        grapes_guessed=guessed,
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
        # A fino's flor makes it taste bone-dry and tangy, whatever its grape's low acidity.
        return "bone-dry, saline" if "saline" in profile.style_words and profile.sweetness == 0 else "soft, rounded"
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


# How a list marks a wine made with little intervention. "Natural" alone is not enough: "a natural
# opener for oysters" says nothing of how the wine was made.
_MADE_NATURALLY = re.compile(
    r"\b(?:organic(?:ally)?|biodynamic(?:ally)?|low[- ]intervention|minimal(?: intervention| sulph\w*| sulf\w*)|"
    r"no added sulph\w*|no added sulf\w*|sans soufre|natural (?:wine|and unfiltered)|bio(?:logique|dynamie)|"
    # A name that says it, as "name. note" is read: Gut Oggau's "Pinot Blanc Natural".
    r"natural(?=\. )|vin nature|vino naturale|naturwein)\b",
    re.IGNORECASE,
)
# "In conversion to organic", "not certified organic (farmed sustainably)": no plain yes.
_IN_CONVERSION = re.compile(r"\b(?:in conversion|converting)\b", re.IGNORECASE)
_NOT_ORGANIC = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+){0,2}?(?:certified\s+)?organic", re.IGNORECASE)
_HALF_BOTTLE = re.compile(
    r"\bhalf[- ]bottles?\b|\b37[.,]5 ?cl\b|\b375 ?ml\b|\bdemi[- ]bouteille\b|\bmezza bottiglia\b|\bmedia botella\b",
    re.IGNORECASE,
)


def made_naturally(description: str) -> bool:
    """Whether the list says the wine is organic, biodynamic or made with little intervention."""
    return bool(_MADE_NATURALLY.search(description))


def how_made_naturally(description: str) -> str | None:
    """What the list says of how a wine was made, as an answer to "is it organic?": "organic",
    "biodynamic", "a natural wine", "made with little intervention"; None when it says nothing."""
    found = _MADE_NATURALLY.search(description)
    if found is None:
        return None
    if _IN_CONVERSION.search(description):
        return "in conversion to organic farming"
    if _NOT_ORGANIC.search(description):
        return "not certified organic"
    word = found.group(0).lower()
    if word.startswith("organic"):
        return "organic"
    if word.startswith(("biodynam", "bio")):
        return "biodynamic" if "dynam" in word else "organic"
    if word.startswith(("natural", "sans soufre", "no added")):
        return "a natural wine"
    return "made with little intervention"


# "14.5%", "13 % vol", "12.5% abv": the strength a list prints.
_STATED_STRENGTH = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s?%(?:\s?(?:abv|alc|vol))?", re.IGNORECASE)
_FORTIFIED = re.compile(
    r"\b(?:port|porto|tawny|lbv|colheita|sherry|jerez|fino|manzanilla|amontillado|oloroso|palo cortado|"
    r"pedro ximenez|madeira|sercial|verdelho|bual|malmsey|marsala|banyuls|maury|rivesaltes|rutherglen|fortified|"
    r"vin doux naturel|commandaria|starboard)\b"
)


def fortified(*names: str) -> bool:
    """Whether a wine's name (or region) calls it fortified: a Port, a sherry, a Rutherglen Muscat."""
    return bool(_FORTIFIED.search(fold_text(" ".join(names))))


# The level a printed strength reads as, from the strongest down.
_STRENGTH_LEVELS: Final = ((16.5, "fortified"), (14.5, "high"), (13.5, "fairly high"), (11.5, "moderate"),
                           (10.0, "light"), (0.0, "low"))  # fmt: skip


def strength_of(*, colour: str, name: str, description: str, profile: WineProfile) -> tuple[str, str | None]:
    """How strong a wine is, as "is it high in alcohol?" wants it: the figure the list prints
    (with its level), or the level its style usually has ("fortified", "low", "light",
    "moderate", "fairly high", "high") and no figure."""
    stated = _STATED_STRENGTH.search(description)
    if stated is not None and 4 <= (percent := float(stated.group(1).replace(",", "."))) <= 23:
        level = next(level for floor, level in _STRENGTH_LEVELS if percent >= floor)
        return level, stated.group(1)
    if fortified(name, description):
        return "fortified", None
    if profile.sweetness >= 2 and profile.body <= 2 and colour in ("white", "sparkling", "dessert"):
        return "low", None  # a Moscato d'Asti, a Kabinett: sugar left unfermented
    if colour in ("sparkling", "dessert"):
        return "moderate", None
    return {1: "light", 2: "light", 3: "moderate", 4: "fairly high"}.get(profile.body, "high"), None


# What a list writes of a wine with no alcohol; not "0.0 g/l" of sugar nor "no alcohol heat".
ALCOHOL_FREE_WORDS: Final = (
    r"non[- ]?alcoholic|alcohol[- ]free|de-?alcoholi[sz]ed|alkoholfrei\w*|ohne alkohol|sans alcool|analcolic[oa]|"
    r"senza alcol|sin alcohol|sem alcool"
)
ALCOHOL_FREE_FIGURE: Final = r"(?<![\d.,])0[.,]0\s?%"
_ALCOHOL_FREE_WINE = re.compile(rf"\b(?:{ALCOHOL_FREE_WORDS}|zero[- ]alcohol wine)\b|{ALCOHOL_FREE_FIGURE}")


def alcohol_free(text: str) -> bool:
    """Whether a wine's name or note says it has no alcohol ("alcohol-free", "0.0%", "dealcoholised")."""
    return bool(_ALCOHOL_FREE_WINE.search(fold_text(text)))


def in_half_bottles(description: str) -> bool:
    return bool(_HALF_BOTTLE.search(description))


def called_oaky(profile: WineProfile, *, colour: str) -> bool:
    """Whether the oak shows: any clear oak in a white, new or heavy oak in a red."""
    return profile.oak >= 3 or (profile.oak >= 2 and fold_text(colour).strip() in ("white", "orange"))


def describe_wine_style(profile: WineProfile, *, colour: str) -> str:
    """A sommelier's one-line shape of a wine, e.g. "full-bodied, firmly tannic, oaky red".

    Retrieval documents carry it because MiniLM only ranks a Cabernet above a
    Sauvignon Blanc for "full-bodied red for lamb" when these words are there.
    """
    colour = fold_text(colour).strip()
    parts = [_sweetness_word(profile, colour), _BODY_WORDS[profile.body], _structure_word(profile, colour)]
    if called_oaky(profile, colour=colour):
        parts.append("oaky")
    elif profile.oak == 0 and colour == "white":
        parts.append("unoaked")
    return f"{', '.join(part for part in parts if part)} {_COLOUR_NOUNS.get(colour, colour)}"
