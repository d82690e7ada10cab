"""Where a wine comes from, as a diner asks for it: "something from Oregon", "an Italian red".

Appellations ("a Barolo", "any Chablis?") imply grapes and a style and live in ``grapes``;
an origin only says where the wine was made. A diner names it by country, demonym, state or
region, and a wine list writes it as a country and a narrower region ("United States",
"Dundee Hills"), so each origin lists both the words a diner says and the words on a list
that put a wine inside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from recommendations.pairing.grapes import GRAPE_ALIASES
from recommendations.pairing.text import fold_text, word_list, words_of


@dataclass(frozen=True)
class Origin:
    name: str  # as the answer says it back: "Oregon"
    said: tuple[str, ...]  # what a diner calls it, folded: "oregon", "oregonian"
    within: tuple[str, ...]  # words in a wine's country, region or name that place it there, as words_of reads them
    # Whether a wine's name may place it ("Domaine Drouhin Oregon"); not for a country whose name
    # is a common word in names ("Turkey Flat" is in the Barossa, "Kent Rasmussen" in Carneros).
    in_names: bool = True
    # Places elsewhere whose names hold one of ``within``: Baja California is in Mexico.
    elsewhere: tuple[str, ...] = ()


def _origin(name: str, said: str, within: str = "", *, in_names: bool = True, elsewhere: str = "") -> Origin:
    return Origin(
        name,
        tuple(word_list(said)),
        tuple(" ".join(words_of(place)) for place in word_list(within or said)),
        in_names,
        tuple(" ".join(words_of(place)) for place in word_list(elsewhere)),
    )


_NEW_WORLD: Final = (
    "united states, usa, california, oregon, washington, new york, canada, mexico, chile, argentina, uruguay, "
    "brazil, australia, new zealand, south africa"
)
_OLD_WORLD: Final = (
    "france, italy, spain, portugal, germany, austria, switzerland, greece, hungary, slovenia, croatia, georgia, "
    "lebanon, israel, england, czechia, romania, bulgaria, moldova"
)

# fmt: off
ORIGINS: Final[tuple[Origin, ...]] = (
    # Countries
    # "Francia" said by a diner; in a wine's own words it is a vineyard (see below). Not "Frances"
    # nor "francese": a name, and the chicken.
    _origin("France", "france, french, francais, francaise, francaises, franzosisch, franzosische, franzosischen, frankreich, francesa, franceses, francesas, francesi, francia",
            "france, french, francais, francaise, francaises, franzosisch, franzosische, franzosischen, frankreich, francesa, franceses, francesas, francesi"),
    _origin("Italy", "italy, italian, italia, italiano, italiana, italien, italienne, italiani, italie, italianos, italianas, italiens, italiennes, italiane, italienisch, italienische, italienischen"),
    # "Spagna" said by a diner; in a wine's own words it is a vineyard ("Vigna Spagna").
    _origin("Spain", "spain, spanish, espana, espanol, espanola, espanoles, espanolas, espagnol, espagnole, espagnols, espagnoles, spagnolo, spagnola, spagnoli, spagnole, espagne, spanien, spanisch, spanische, spanischen, espanha, espanhol, espanhola, espanhois, espanholas, spagna",
            "spain, spanish, espana, espanol, espanola, espanoles, espanolas, espagnol, espagnole, espagnols, espagnoles, spagnolo, spagnola, spagnoli, spagnole, espagne, spanien, spanisch, spanische, spanischen, espanha, espanhol, espanhola, espanhois, espanholas"),
    _origin("Portugal", "portugal, portuguese, portugues, portuguesa, portugueses, portuguesas, portugais, portugaise, portugaises, portogallo, portoghese, portoghesi, portugiesisch, portugiesische, portugiesischen"),
    _origin("Germany", "germany, german, deutsch, deutschland, allemand, allemande, tedesco, allemagne, germania, alemania, aleman"),
    _origin("Austria", "austria, austrian, osterreich, osterreichisch, osterreichische, osterreichischen, osterreichischer, autrichien, autrichienne, austriaco, austriaca, austriaci, autriche"),
    _origin("Switzerland", "switzerland, swiss, suisse, schweiz, svizzero, svizzera, suiza"),
    _origin("Greece", "greece, greek, grec, grecque, greco, grece, grecia, griechenland"),
    _origin("Hungary", "hungary, hungarian, hongrois, magyar, hongrie, ungheria, hungria, ungarn"),
    _origin("Lebanon", "lebanon, lebanese, liban, libanais"),
    _origin("Slovenia", "slovenia, slovenian, slovene, slovenija, slovenie, slowenien"),
    _origin("Croatia", "croatia, croatian, hrvatska, croate, croazia, kroatien"),
    _origin("Georgia", "georgia, georgian, sakartvelo, georgien, georgie", "georgia, georgie, georgien, sakartvelo, kakheti, kakhetie, kartli, "
            "imereti, racha", in_names=False),
    _origin("Israel", "israel, israeli"),
    _origin("England", "england, english", "england, united kingdom", in_names=False),
    _origin("Romania", "romania, romanian, roumanie"),
    _origin("Bulgaria", "bulgaria, bulgarian"),
    _origin("Moldova", "moldova, moldovan"),
    _origin("Serbia", "serbia, serbian, srbija"),
    _origin("Montenegro", "montenegro, montenegrin, crna gora"),
    _origin("Czechia", "czechia, czech republic, czech"),
    _origin("Slovakia", "slovakia, slovak"),
    _origin("Turkey", "turkish, turkiye", "turkey, turkiye", in_names=False),
    _origin("Cyprus", "cyprus, cypriot"),
    _origin("Armenia", "armenia, armenian"),
    _origin("Uruguay", "uruguay, uruguayan"),
    _origin("the United States", "american, usa, united states, estados unidos, stati uniti, etats-unis, amerikanisch, amerikanische, amerikanischen, americano, americana, americain, americaine", "united states, usa"),
    _origin("Canada", "canada, canadian, canadien"),
    _origin("Mexico", "mexico, mexican, mexicano, mexicana, mexicain, mexicaine, mexique, mexiko, mexikanisch",
            "mexico, baja california, valle de guadalupe"),
    _origin("Chile", "chile, chilean, chileno, chilena, chilien, chilienne, cile, cileno, chilenisch, chilenische"),
    _origin("Argentina", "argentina, argentine, argentinian, argentino, argentin, argentinien, argentinisch, argentinische"),
    _origin("Australia", "australia, australian, aussie, australien, australie, australiano, australiana, australienne, australische, australischen"),
    _origin("New Zealand", "new zealand, kiwi, nz, nouvelle-zelande, nouvelle zelande, nueva zelanda, nuova zelanda, neuseeland, nova zelandia, neozelandes, neozelandesa, neozelandese, neuseelandisch, neuseelandische, neuseelandischen, neo-zelandais"),
    _origin("Tasmania", "tasmania, tasmanian, tassie", "tasmania"),
    _origin("South Africa", "south africa, south african, afrique du sud, sudafricano, sudafrica, sudafrikanisch, sudafrikanische, sudafrika, africa do sul, sud-africain"),
    # States and regions a list writes under a narrower name
    _origin("Oregon", "oregon, oregonian", "oregon, willamette, dundee hills, eola-amity, ribbon ridge, chehalem, "
            "yamhill, umpqua, rogue valley"),
    _origin("California", "california, californian, californie, cali, kalifornien, kalifornisch, kalifornische, californiano, californiana, californien, californienne", "california, napa, sonoma, carneros, "
            "paso robles, santa barbara, santa cruz, central coast, north coast, russian river, alexander valley, "
            "anderson valley, dry creek, lodi, clarksburg, el dorado, mount veeder, mendocino, monterey, "
            "santa rita hills, sta. rita hills, livermore, amador, mount harlan, howell mountain, edna valley, "
            "san luis obispo, arroyo grande, arroyo seco, santa lucia highlands, chalone, carmel valley, "
            "contra costa, lake county, clear lake, red hills, suisun, temecula, cucamonga, santa clara, "
            "san benito, cienega, fiddletown, yorkville highlands, potter valley, redwood valley, petaluma gap, "
            "rockpile, moon mountain, santa maria, santa ynez, ballard canyon, happy canyon, los alamos, "
            "oakville, rutherford, stags leap, spring mountain, calistoga, chalk hill, knights valley, fort ross, "
            "sonoma coast, mokelumne, clements hills, sierra foothills, malibu, ventura, leona valley",
            elsewhere="baja california"),
    _origin("Washington State", "washington state, washington", "washington, columbia valley, walla walla, "
            "yakima, red mountain, horse heaven"),
    _origin("New York", "new york, finger lakes, long island"),
    # The regions inside them a diner names ("something from Napa", "a Sonoma Pinot"); their
    # appellations ("a Napa Valley Cabernet", "Sonoma Coast") are read as such (grapes.APPELLATIONS).
    _origin("Napa", "napa", "napa, oakville, rutherford, stags leap, stag's leap, howell mountain, "
            "spring mountain, mount veeder, atlas peak, st. helena, st helena, calistoga, yountville, coombsville"),
    _origin("Sonoma", "sonoma, sonoma county", "sonoma, russian river, alexander valley, dry creek, "
            "chalk hill, knights valley, green valley, fort ross, bennett valley"),
    _origin("Paso Robles", "paso robles", "paso robles, adelaida, templeton gap, willow creek"),
    _origin("Santa Barbara", "santa barbara, santa barbara county", "santa barbara, sta. rita hills, "
            "santa rita hills, santa ynez, santa maria, ballard canyon, happy canyon, los alamos"),
    _origin("the Santa Cruz Mountains", "santa cruz mountains", "santa cruz mountains"),
    _origin("Mendocino", "mendocino", "mendocino, anderson valley"),
    _origin("the Sierra Foothills", "sierra foothills", "sierra foothills, amador, el dorado"),
    _origin("the Willamette Valley", "willamette", "willamette, dundee hills, eola-amity, "
            "ribbon ridge, chehalem, yamhill, mcminnville, van duzer"),
    _origin("Walla Walla", "walla walla", "walla walla"),
    _origin("the Columbia Valley", "columbia valley, columbia gorge", "columbia valley, columbia gorge, yakima, "
            "red mountain, horse heaven, wahluke"),
    _origin("Tuscany", "tuscany, tuscan, toscana, toscano, toscane, toskana", "tuscany, toscana, chianti, montalcino, "
            "montepulciano, bolgheri, maremma"),
    _origin("Piedmont", "piedmont, piedmontese, piemonte, piemontese, piemont", "piedmont, piemonte, langhe, "
            "barolo, barbaresco, roero, asti, alba, gavi"),
    _origin("Sicily", "sicily, sicilian, sicilia, siciliano, sicile", "sicily, sicilia, etna, vittoria, "
            "pantelleria"),
    _origin("the Veneto", "veneto, venetian", "veneto, valpolicella, soave, valdobbiadene, prosecco"),
    _origin("Friuli", "friuli, friulian, friulano", "friuli"),
    _origin("the Loire", "loire, loire valley", "loire, sancerre, vouvray, chinon, muscadet, savennieres, "
            "pouilly-fume, touraine, anjou, saumur"),
    _origin("the Rhône", "rhone, rhone valley, cotes du rhone", "rhone, chateauneuf, hermitage, cote-rotie, "
            "cornas, condrieu, saint-joseph, gigondas, tavel, vacqueyras"),
    _origin("the Jura", "jura", "jura, arbois"),
    _origin("Galicia", "galicia, galician, gallego", "galicia, rias baixas, valdeorras, ribeira sacra, ribeiro"),
    _origin("Catalonia", "catalonia, catalan, catalunya, cataluna", "catalonia, catalunya, penedes, priorat, "
            "montsant, cava"),
    _origin("Istria", "istria, istrian, istra, istrie", "istria, istra, istrie"),
    _origin("Dalmatia", "dalmatia, dalmatian, dalmacija", "dalmatia, dalmacija, peljesac, dingac, postup, hvar, "
            "korcula, brac, skradin"),
    _origin("the Karst", "karst, kras, carso", "karst, kras, carso"),
    _origin("Brda", "brda, goriska brda, collio", "brda, goriska brda, collio"),
    _origin("Tokaj", "tokaj, tokaji", "tokaj, tokaji"),
    _origin("Santorini", "santorini, santorinian", "santorini"),
    _origin("the Canary Islands", "canary islands, canaries, canary, canarian", "canary islands, canarias, tenerife, "
            "lanzarote, la palma, gran canaria, orotava, ycoden"),
    _origin("the Basque Country", "basque, basque country, pais vasco, euskadi", "basque, txakoli, getaria"),
    # The broad halves of the wine world
    _origin("the Old World", "old world, old-world, european, europe", _OLD_WORLD),
    _origin("the New World", "new world, new-world", _NEW_WORLD),
)
# fmt: on
# The country each region of ORIGINS lies in: "not from Italy" said after "something
# Piedmontese" turns the diner from the region (see question.merge_said); after "something from
# California" it does not.
REGION_COUNTRY: Final = {
    **dict.fromkeys(
        (
            "Oregon",
            "California",
            "Washington State",
            "New York",
            "Napa",
            "Sonoma",
            "Paso Robles",
            "Santa Barbara",
            "the Santa Cruz Mountains",
            "Mendocino",
            "the Sierra Foothills",
            "the Willamette Valley",
            "Walla Walla",
            "the Columbia Valley",
        ),
        "the United States",
    ),
    **dict.fromkeys(("Tuscany", "Piedmont", "Sicily", "the Veneto", "Friuli"), "Italy"),
    **dict.fromkeys(("the Loire", "the Rhône", "the Jura"), "France"),
    **dict.fromkeys(("Galicia", "Catalonia", "the Canary Islands", "the Basque Country"), "Spain"),
    **dict.fromkeys(("Istria", "Dalmatia"), "Croatia"),
    **dict.fromkeys(("the Karst", "Brda"), "Slovenia"),
    "Tokaj": "Hungary",
    "Santorini": "Greece",
    "Tasmania": "Australia",
}  # fmt: skip

_BY_SAID: Final = {said: origin for origin in ORIGINS for said in origin.said}
_SAID = "|".join(sorted((re.escape(said) for said in _BY_SAID), key=len, reverse=True))
_GRAPE_NAMES = "|".join(sorted((re.escape(" ".join(words_of(name))) for name in GRAPE_ALIASES), key=len, reverse=True))
_WINE_NOUN = (
    r"(?:wines?|reds?|whites?|roses?|rosado|rosato|sparkling|sparklers?|bubbl(?:es|y)|fizz(?:y(?!\s+(?:water|drinks?|juice|pop|soda)))?|bottles?|glass(?:es)?|"
    r"ones?|options?|producers?|growers?|vino|vin|vinos|vini|vinho|rouge|blanc|tinto|blanco|rosso|bianco|pinots?|"
    rf"{_GRAPE_NAMES})"
)
# A place is asked for when it is the origin of a wine, not of a dish ("French onion soup",
# "Greek salad", "Tuscan bean soup"): after "from" or "of", next to a wine word or a grape
# ("an Italian red", "a Californian Pinot Noir", "vino tinto español"), or on its own after
# "something" or "any".
_ASKED = re.compile(
    # "Nichts aus Österreich", "niente dalla Francia", "niente dall'Austria", "rien d'Italie".
    rf"\b(?:(?:from|of|de|du|di|del|della|da|dalla|dal|aus|von|vom)\s+|(?:dall|d)'\s*)(?:(?:the|dem|der|den)\s+)?(?P<from>{_SAID})\b"
    rf"|\b(?P<before>{_SAID})\s+(?:[a-z]+\s+)?{_WINE_NOUN}\b"
    rf"|\b(?:wines?|vino|vinos|vin|vins|vini|vinho|vinhos|weine?|tintos?|blancos?|brancos?|rosso|rossi|bianco|bianchi|rouges?|blancs?|"
    rf"reds?|whites?)\s+(?P<after>{_SAID})\b"
    # "Têm algum português mais mineral?", "¿algo español?", "qualcosa di siciliano?".
    # "Local Croatian please", "anything Austrian by the glass under 10".
    rf"|\b(?:something|anything|any|some|an?|local|algo|algum|alguma|alguno|alguna|qualcosa(?: di)?|quelque chose de)\s+"
    rf"(?P<alone>{_SAID})\s*(?:[?!.,;]|$|\b(?:please|then|instead|now|maybe|perhaps|too|also|tonight|for|with|pls|"
    rf"plz|thx|more|less|mais|menos|plus|moins|piu|meno|mas|by|under|below|around|at|in|or)\b)"
    # "What about the Loire instead?", "how about Italy?": not "what about the French onion soup".
    rf"|\b(?:what|how) about\s+(?:the\s+)?(?P<about>{_SAID})(?=\s*(?:[?!.,;]|$|\b(?:instead|then|please|pls|"
    rf"anything|maybe|wines?|reds?|whites?)\b))"
    # "Anything but Italy", "a red, but not Italian", "nothing Spanish please": refused by the words before.
    # "Mais pas géorgien", "niente piemontese però", "nada español", "kein Österreicher".
    rf"|\b(?:anything but|anything except|but not|not|nothing|mais pas|surtout pas|niente|nada|nichts|kein(?:e|en)?)\s+"
    rf"(?P<denied>{_SAID})\s*"
    rf"(?:[?!.,;]|$|\b(?:please|pls|plz|thx|thanks|then|tonight|this time|for once|though|pero|svp|stp|merci|"
    rf"per favore|grazie|por favor|gracias|bitte|danke|and|e|et|y|und|but|ma|mais|aber)\b)"
)


_OR_PLACE = re.compile(rf"\s*(?:,|/)?\s*(?:or|nor|and|ou|o|ni|oder|y|e|,)\s+(?:from\s+)?(?P<place>{_SAID})\b")


# Where the diners are from, not the wine ("we're visiting from England", "I'm from Georgia"), and
# a dish of a place ("a plate of English cheeses").
_DINERS_FROM = re.compile(
    r"\b(?:we'?re|we are|i'?m|i am|visiting|came|come|coming|travell?ing|flew|drove|driven|driving|people)"
    r"(?:\s+\w+)?\s+$"
)
# Words before "not Italian" or "anything but Italian" that make it no refusal of the wine's place:
# "why not Italian?", "I don't want anything but Italian" (only Italian), "the food is not Italian",
# "we're not American".
_NOT_A_REFUSAL = re.compile(
    r"(?:\bwhy|\bpourquoi|\bperche|\bpor ?que|\bwarum|"
    r"\b(?:don'?t|do not|doesn'?t|won'?t|wouldn'?t|never) (?:\w+ )?(?:want|drink|like|have|take)|"
    r"\b(?:is|are|was|were|'s|'re|am|i'?m|we'?re|we are|they'?re)|\bfood|\bdish|\bcooking|"
    # "Le deuxième n'est pas français ?", "je ne suis pas français", "ich spreche kein Deutsch".
    r"\b(?:est|suis|sommes|sont|es|soy|somos|sono|siamo|bin|ist|sind)(?: pas| mica| nicht)?|"
    r"\b(?:parle|parlons|parlo|parliamo|hablo|hablamos|spreche|sprechen|speak)(?: pas)?)\s+$"
)
_FOOD_OF_A_PLACE = re.compile(r"\s+(?:cheeses?|hams?|charcuterie|food|dishes|cooking|cuisine|breakfast)\b")


_SPOKEN = re.compile(
    r"\b(?:speak|speaks|hablo|habla|hablamos|parlo|parla|parliamo|parle|parlons|spreche|falo|fala)\s+$"
)


def _asked_matches(folded: str) -> list[re.Match[str]]:
    """The places asked for as the wine's origin, leaving out the diners' own and a dish's."""
    kept = []
    for match in _ASKED.finditer(folded):
        if match.group("denied") and _NOT_A_REFUSAL.search(folded[max(0, match.start() - 40) : match.start()]):
            continue
        if match.group("alone") and _SPOKEN.search(folded[max(0, match.start() - 20) : match.start()]):
            continue  # "Hablo algo español", "I speak some Spanish": the diner's language
        if match.group("from") and (
            _DINERS_FROM.search(folded[max(0, match.start() - 40) : match.start()])
            or _FOOD_OF_A_PLACE.match(folded, match.end("from"))
        ):
            continue
        kept.append(match)
    return kept


def origins_asked(text: str) -> tuple[str, ...]:
    """The origins a question asks its wine to come from, by name ("Oregon", "Italy")."""
    return origins_said(text, refused_after=lambda before: False)[0]


def origins_said(text: str, *, refused_after: Callable[[str], bool]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(asked, refused) origins by name: "something from Oregon"; "nothing from Sicily", "no French
    wine". ``refused_after(before)`` tells from the words before a place whether it is refused."""
    folded = " ".join(fold_text(text).split())
    asked: list[str] = []
    refused: list[str] = []
    for match in _asked_matches(folded):
        said = match.group("from") or match.group("before") or match.group("after") or match.group("alone")
        said = said or match.group("about")
        said = said or match.group("denied")
        before = folded[max(0, match.start() - 40) : match.start()]
        if match.group("denied") or refused_after(before):
            refused.append(_BY_SAID[said].name)
            # "No wines from France or Italy": the places joined to a refused one are refused too.
            end = match.end()
            while (joined := _OR_PLACE.match(folded, end)) is not None:
                refused.append(_BY_SAID[joined.group("place")].name)
                end = joined.end()
        else:
            asked.append(_BY_SAID[said].name)
    asked = [place for place in asked if place not in refused]
    return tuple(dict.fromkeys(asked)), tuple(dict.fromkeys(refused))


def without_origins(folded: str) -> str:
    """Folded text with the places asked for blanked out (same length), so "something Tuscan"
    is not read as food: several demonyms name a kitchen too."""
    for match in _asked_matches(folded):
        group = next(name for name in ("from", "before", "after", "alone", "about", "denied") if match.group(name))
        start, end = match.span(group)
        if group == "from":
            start = match.start()  # "niente dal Piemonte": "dal" is no dish of lentils either
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


_BY_NAME: Final = {origin.name: origin for origin in ORIGINS}


@lru_cache(maxsize=256)
def _origin_named(origin_name: str) -> Origin:
    """The origin of that name; a place the table does not know (a restaurant's own "local"
    region, "Collio") is matched by its own words."""
    return _BY_NAME.get(origin_name) or Origin(origin_name, (), (" ".join(words_of(origin_name)),), in_names=False)


# A country as lists in other languages write it, read in the country column only: "Francia" and
# "Spagna" in a wine's name are vineyards (Barolo "Cascina Francia", "Vigna Spagna").
_COUNTRY_WRITTEN: Final = {"francia": "france", "spagna": "spain"}


def from_origin(origin_name: str, *, country: str, region: str, name: str = "") -> bool:
    """Whether a wine's country, region or name puts it in the named origin."""
    origin = _origin_named(origin_name)
    country = _COUNTRY_WRITTEN.get(" ".join(words_of(country)), country)
    text = " " + " ".join(words_of(f"{country} {region} {name if origin.in_names else ''}")) + " "
    for place in origin.elsewhere:
        text = text.replace(f" {place} ", " ")
    return any(f" {place} " in text for place in origin.within)
