"""The house voice in the diner's language: French, Spanish, Italian, German and Portuguese.

A diner who asks "un rouge pour l'agneau ?" reads the answer in French: the opening that names the
dish and the first pick, then each wine as what it is (its colour, grape, shape and place, a flavour
or two from its own note) and why it suits the dish, then what else to ask. The reasons are the
pairing rules' own (``Pick.reasons``), said by their kind: "firm tannins cut the lamb's fat" is the
tannin reason, "ses tanins fermes tiennent tête au gras du plat". The dish is named once, in the
diner's own words and article ("pour l'agneau"); the reasons speak of "le plat".

What this writer does not cover (a question about one wine, a comparison, a note on what the list
lacks, a house note) is left to the English writer, which says it fully: ``written_in`` returns
None for it.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final, Protocol

from recommendations.languages import ENGLISH
from recommendations.models import Wine
from recommendations.pairing.text import fold_text, word_list
from recommendations.pairing.wines import called_oaky, fortified
from recommendations.question import Constraints
from recommendations.recommender import (
    CLASH_BELOW,
    Pick,
    Recommendations,
    clash_kind,
    measure,
    past_the_lead,
    price_of,
    served_colour,
)


class WineFacts(Protocol):
    """What the words may say about one chosen wine (``voice.WineFacts``, which the English writer
    builds; read here without importing it, since that writer calls this one)."""

    @property
    def display(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def colour(self) -> str: ...
    @property
    def grapes(self) -> tuple[str, ...]: ...
    @property
    def region(self) -> str: ...
    @property
    def flavours(self) -> tuple[str, ...]: ...
    @property
    def reasons(self) -> tuple[str, ...]: ...
    @property
    def price(self) -> str | None: ...
    @property
    def body(self) -> int: ...
    @property
    def sweetness(self) -> int: ...


@dataclass(frozen=True)
class Note:
    """What an answer says before its wines: the choices stand because none is a ``value``
    ("not_grape"), none comes from it ("not_place"), all are of that colour ("colour"); or the list
    has no ``value`` ("missing")."""

    kind: str
    value: str


@dataclass(frozen=True)
class Phrasebook:
    """One language's words for the house voice. Templates take ``{dish}`` (with its article, and in
    German its preposition: "zum Schnitzel"), ``{first}``/``{First}`` and ``{name}``/``{Name}`` (a wine
    with its article; in German the templates write the article), ``{identity}`` (what the wine is),
    ``{reason}`` and ``{contrast}``."""

    colours: Mapping[str, str]  # "red": "un rouge"
    grape_of: str  # " de {grape}": the grape after the colour ("un rouge de syrah")
    grape_is_the_wine: bool  # German: "ein kräftiger Syrah", the grape in place of the colour
    lower_grapes: bool  # French, Spanish and Portuguese write grapes in lower case
    shape_before_grape: bool  # Italian: "un rosso tannico da uve Sangiovese", not "... Sangiovese tannico"
    adjectives: Mapping[str, str]  # "light": "léger"
    adjectives_again: Mapping[str, str]  # the same shape said of a second wine in other words: "délicat"
    adjectives_after: bool  # "un rouge léger" (True), "ein leichter Rotwein" (False)
    joined: str  # "{a} et {b}"
    places: Mapping[str, str]  # region (folded) -> its phrase with the preposition: "du Beaujolais"
    from_place: str  # "de {place}": a place the table does not name
    notes: str  # ", aux notes de {flavours}"
    flavour_and: str  # "{a} et de {b}"
    flavours: Mapping[str, str]
    wine_article: str  # "le": "le Morgon"; "" where the templates write it (German)
    vowel_article: str  # "l'": "l'Albariño"
    own_dish: str  # "votre {dish}": a dish with no article in the diner's words
    own_dishes: str  # "vos {dish}"
    the_dish: tuple[str, str]  # a dish talked about before, not named again: "votre plat", "vos plats"
    openings: Mapping[str, tuple[str, ...]]
    first_detail: tuple[str, ...]
    first_only: tuple[str, ...]
    second: tuple[str, ...]
    second_only: tuple[str, ...]
    third: tuple[str, ...]
    third_only: tuple[str, ...]
    for_dish: str  # a wine chosen for one of two dishes
    for_dish_only: str
    contrasts: Mapping[str, str]  # "lighter": "quelque chose de plus léger"
    reasons: Mapping[str, tuple[str, ...]]
    the_plate: Mapping[str, Mapping[str, str]]  # "le plat" in the reasons, for a dessert, a cheese or several dishes
    offers: tuple[str, ...]
    offer_options: Mapping[str, str]  # "lighter": "quelque chose de plus léger"
    offer_or: str  # "{a} ou {b}"
    filler: str
    goodbye: str
    company: str  # " pour {dish}": the dish the goodbye names
    greeting: str
    staff: str  # "More bread please": the server's to bring; the wine talked about still stands
    facts_said: Mapping[
        str, str
    ]  # a fact asked of one wine, by its kind: "fact_vintage": "{Name} est du millésime {value}."
    glass: str  # "le verre": "12 € le verre"
    notes_said: Mapping[str, str]  # a ``Note`` by its kind: "not_grape": "Aucun de ces vins n'est un {value} ; ..."
    colours_plural: Mapping[str, str]  # "red": "des rouges"


# ---------------------------------------------------------------------------
# How a reason is said: the rules give it in English; its kind is what it is about
# ---------------------------------------------------------------------------

_REASON_KINDS: Final = (
    ("sweet_dessert", re.compile(r"\bas sweet as\b|\bsweeter than\b|\bmore sugar\b")),
    ("sweet_salty", re.compile(r"\bsweetness is the classic counterpoint\b")),
    ("heat", re.compile(r"\bheat\b|\bchill?i|\bspicy\b|\bfan the\b")),
    ("soft_tannin", re.compile(r"\b(?:gentle|silky|low|supple|soft) tannins?\b")),
    ("tannin", re.compile(r"\btannin|\bgrip\b")),
    ("smoke", re.compile(r"\bsmok|\bchar\b|\bgrill|\btoast|\boak\b")),
    ("earth", re.compile(r"\bearthy\b|\bmushroom|\btruffle")),
    ("herbs", re.compile(r"\bherb|\bgreen, savoury\b")),
    ("bubbles", re.compile(r"\bbubbles?\b|\bsparkl|\bfizz")),
    # "It shares the dish's French roots": a country's, which "partage les origines du plat" would
    # make the dish's own region (a Côtes du Rhône with a confit from the South-West). Not said.
    ("roots", re.compile(r"\broots\b|\bgrows together\b|\bsame (?:region|country)\b")),
    ("cooked_in", re.compile(r"\bcooked in\b|\bbraised in\b")),
    ("classic", re.compile(r"\bclassic\b|\bsommeliers?\b|\btradition|\bfriendship\b|\bdecades\b|\bkept company\b")),
    ("salt", re.compile(r"\bsalt|\bsaline\b")),
    ("round", re.compile(r"\brounded\b|\bcreamy\b|\bround\b")),
    (
        "acidity_rich",
        re.compile(r"\b(?:acid|crisp|fresh|bright|zest|racy)\w*\b.*\b(?:cut|slice|rich|fat|cream|butter|frying|heavy)"),
    ),
    ("acidity", re.compile(r"\bacid|\bcrisp|\bfresh|\bbright\b|\bzest|\bracy\b")),
    ("full", re.compile(r"\bfull body\b|\bfullness\b|\brichness\b|\bweight to\b")),
    ("light", re.compile(r"\blight body\b|\bdelicate\b|\blightness\b")),
    ("medium", re.compile(r"\bmedium body\b|\bweight of\b|\bmiddleweight\b")),
    ("as_asked", re.compile(r"\bas you asked\b")),
    ("fruit", re.compile(r"\bfruit\b")),
)
# Mains a firm red's tannins are for ("tiennent tête au gras du plat" is never said of a fish).
_MEATS: Final = frozenset({"red_meat", "lamb", "game", "duck", "pork", "veal"})


def reason_kind(reason: str, dish: str = "") -> str | None:
    """What an English reason is about: "firm tannins cut the lamb's fat" is "tannin". The dish's
    own words are left out: "crisp acidity matches the grilled sardines" is about acidity, not the grill."""
    folded = fold_text(reason)
    for word in set(fold_text(dish).split()) - {"the", "and", "with", "of", "a", "in"}:
        folded = re.sub(rf"\b{re.escape(word)}\b", " ", folded)
    return next((kind for kind, said in _REASON_KINDS if said.search(folded)), None)


def _kinds_from_shape(pick: Pick, proteins: frozenset[str | None]) -> list[str]:
    """Reasons' kinds for a wine whose own reasons were all given by earlier wines: what the wine
    itself brings, said only where the dish wants it."""
    profile, colour = pick.profile, pick.wine.colour
    kinds = ["bubbles"] if colour == "sparkling" else []
    if profile.sweetness >= 3 and proteins & {"dessert", "chocolate"}:
        kinds.append("sweet_dessert")
    if colour == "red" and profile.tannin >= 4 and proteins & _MEATS:
        kinds.append("tannin")
    elif colour == "red" and profile.tannin <= 2:
        kinds.append("soft_tannin")
    if profile.acidity >= 4:
        kinds.append("acidity")
    if colour in ("red", "rose"):
        kinds.append("fruit")
    return kinds


# ---------------------------------------------------------------------------
# The phrasebooks
# ---------------------------------------------------------------------------

# Aromas a list's notes name: English | French | Spanish | Italian | German (in the dative, as
# after "mit Noten von") | Portuguese.
_FLAVOUR_TABLE: Final = """
black cherry|cerise noire|cereza negra|ciliegia nera|Schwarzkirsche|cereja preta
sour cherry|griotte|guinda|amarena|Sauerkirsche|ginja
red cherry|cerise|cereza|ciliegia|Kirsche|cereja
cherry|cerise|cereza|ciliegia|Kirsche|cereja
blackberry|mûre|mora|mora|Brombeere|amora
blackcurrant|cassis|grosella negra|ribes nero|schwarzer Johannisbeere|cassis
cassis|cassis|casis|cassis|Cassis|cassis
raspberry|framboise|frambuesa|lampone|Himbeere|framboesa
strawberry|fraise|fresa|fragola|Erdbeere|morango
wild strawberry|fraise des bois|fresa silvestre|fragolina di bosco|Walderdbeere|morango silvestre
redcurrant|groseille|grosella|ribes|Johannisbeere|groselha
cranberry|canneberge|arándano rojo|mirtillo rosso|Cranberry|oxicoco
blueberry|myrtille|arándano|mirtillo|Heidelbeere|mirtilo
plum|prune|ciruela|prugna|Pflaume|ameixa
damson|quetsche|ciruela damascena|susina|Zwetschge|ameixa
fig|figue|higo|fico|Feige|figo
dried fig|figue sèche|higo seco|fico secco|getrockneter Feige|figo seco
prune|pruneau|ciruela pasa|prugna secca|Backpflaume|ameixa seca
raisin|raisin sec|pasa|uvetta|Rosine|passa
date|datte|dátil|dattero|Dattel|tâmara
green apple|pomme verte|manzana verde|mela verde|grünem Apfel|maçã verde
red apple|pomme rouge|manzana roja|mela rossa|rotem Apfel|maçã vermelha
baked apple|pomme cuite|manzana asada|mela cotta|Bratapfel|maçã assada
apple|pomme|manzana|mela|Apfel|maçã
pear|poire|pera|pera|Birne|pera
quince|coing|membrillo|mela cotogna|Quitte|marmelo
white peach|pêche blanche|melocotón blanco|pesca bianca|weißem Pfirsich|pêssego branco
peach|pêche|melocotón|pesca|Pfirsich|pêssego
apricot|abricot|albaricoque|albicocca|Aprikose|damasco
nectarine|nectarine|nectarina|nettarina|Nektarine|nectarina
pineapple|ananas|piña|ananas|Ananas|ananás
mango|mangue|mango|mango|Mango|manga
passion fruit|fruit de la passion|maracuyá|frutto della passione|Maracuja|maracujá
lychee|litchi|lichi|litchi|Litschi|lichia
melon|melon|melón|melone|Melone|melão
grapefruit|pamplemousse|pomelo|pompelmo|Grapefruit|toranja
lemon|citron|limón|limone|Zitrone|limão
lime|citron vert|lima|lime|Limette|lima
citrus|agrumes|cítricos|agrumi|Zitrus|citrinos
orange peel|zeste d'orange|piel de naranja|scorza d'arancia|Orangenschale|casca de laranja
orange zest|zeste d'orange|piel de naranja|scorza d'arancia|Orangenschale|casca de laranja
marmalade|marmelade d'orange|mermelada de naranja|marmellata d'arance|Orangenmarmelade|doce de laranja
honeysuckle|chèvrefeuille|madreselva|caprifoglio|Geißblatt|madressilva
honey|miel|miel|miele|Honig|mel
elderflower|fleur de sureau|flor de saúco|fiori di sambuco|Holunderblüte|flor de sabugueiro
white flowers|fleurs blanches|flores blancas|fiori bianchi|weißen Blüten|flores brancas
acacia|acacia|acacia|acacia|Akazie|acácia
orange blossom|fleur d'oranger|azahar|zagara|Orangenblüte|flor de laranjeira
violet|violette|violeta|viola|Veilchen|violeta
rose petal|pétale de rose|pétalo de rosa|petalo di rosa|Rosenblatt|pétala de rosa
lavender|lavande|lavanda|lavanda|Lavendel|alfazema
thyme|thym|tomillo|timo|Thymian|tomilho
rosemary|romarin|romero|rosmarino|Rosmarin|alecrim
sage|sauge|salvia|salvia|Salbei|sálvia
mint|menthe|menta|menta|Minze|hortelã
eucalyptus|eucalyptus|eucalipto|eucalipto|Eukalyptus|eucalipto
cut grass|herbe coupée|hierba cortada|erba tagliata|frisch gemähtem Gras|erva cortada
garrigue|garrigue|monte bajo|macchia mediterranea|Garrigue|mato mediterrânico
herbs|herbes|hierbas|erbe|Kräutern|ervas
fennel|fenouil|hinojo|finocchio|Fenchel|funcho
black pepper|poivre noir|pimienta negra|pepe nero|schwarzem Pfeffer|pimenta preta
white pepper|poivre blanc|pimienta blanca|pepe bianco|weißem Pfeffer|pimenta branca
pepper|poivre|pimienta|pepe|Pfeffer|pimenta
clove|clou de girofle|clavo|chiodi di garofano|Nelke|cravinho
cinnamon|cannelle|canela|cannella|Zimt|canela
liquorice|réglisse|regaliz|liquirizia|Lakritz|alcaçuz
licorice|réglisse|regaliz|liquirizia|Lakritz|alcaçuz
anise|anis|anís|anice|Anis|anis
ginger|gingembre|jengibre|zenzero|Ingwer|gengibre
saffron|safran|azafrán|zafferano|Safran|açafrão
sweet spice|épices douces|especias dulces|spezie dolci|süßen Gewürzen|especiarias doces
spice|épices|especias|spezie|Gewürzen|especiarias
vanilla|vanille|vainilla|vaniglia|Vanille|baunilha
toast|pain grillé|tostado|pane tostato|Röstbrot|tosta
brioche|brioche|brioche|brioche|Brioche|brioche
almond|amande|almendra|mandorla|Mandel|amêndoa
hazelnut|noisette|avellana|nocciola|Haselnuss|avelã
walnut|noix|nuez|noce|Walnuss|noz
butter|beurre|mantequilla|burro|Butter|manteiga
cream|crème|nata|panna|Sahne|natas
caramel|caramel|caramelo|caramello|Karamell|caramelo
toffee|caramel au beurre|toffee|mou|Toffee|caramelo de manteiga
smoke|fumée|humo|fumo|Rauch|fumo
tobacco|tabac|tabaco|tabacco|Tabak|tabaco
leather|cuir|cuero|cuoio|Leder|couro
cedar|cèdre|cedro|cedro|Zeder|cedro
earth|terre|tierra|terra|Erde|terra
forest floor|sous-bois|sotobosque|sottobosco|Waldboden|caruma
mushroom|champignon|setas|fungo|Pilz|cogumelo
truffle|truffe|trufa|tartufo|Trüffel|trufa
tar|goudron|alquitrán|catrame|Teer|alcatrão
dark chocolate|chocolat noir|chocolate negro|cioccolato fondente|Zartbitterschokolade|chocolate preto
chocolate|chocolat|chocolate|cioccolato|Schokolade|chocolate
cocoa|cacao|cacao|cacao|Kakao|cacau
coffee|café|café|caffè|Kaffee|café
mocha|moka|moca|moka|Mokka|moca
olive|olive|aceituna|oliva|Olive|azeitona
flint|pierre à fusil|pedernal|pietra focaia|Feuerstein|sílex
chalk|craie|tiza|gesso|Kreide|giz
slate|ardoise|pizarra|ardesia|Schiefer|ardósia
sea spray|embruns|brisa marina|salsedine|Gischt|maresia
salt|sel|sal|sale|Salz|sal
petrol|hydrocarbure|hidrocarburo|idrocarburo|Petrol|petróleo
"""
_LANGUAGE_COLUMNS: Final = ("fr", "es", "it", "de", "pt")


@functools.cache  # read on every answer: each table is split once per language
def _column(language: str, table: str) -> dict[str, str]:
    """A table of words (first column the key, then one per language): that language's words."""
    column = _LANGUAGE_COLUMNS.index(language) + 1
    rows = (line.split("|") for line in table.strip().splitlines())
    return {row[0]: row[column] for row in rows}


# How the one wine of a short answer is served, said in place of a second offer: key | English |
# French | Spanish | Italian | German | Portuguese.
_SERVING_TABLE: Final = """
sparkling|I'd pour it well chilled, so the bubbles stay fine.|Je le servirais bien frais, pour garder la finesse des bulles.|Lo serviría bien frío, para que la burbuja se mantenga fina.|Lo servirei ben freddo, perché la bollicina resti fine.|Ich würde ihn gut gekühlt einschenken, damit die Perlage fein bleibt.|Servi-lo-ia bem fresco, para que a bolha se mantenha fina.
white|I'd serve it cool rather than ice-cold, so its fruit comes through.|Je le servirais frais mais pas glacé, pour que son fruit s'exprime.|Lo serviría fresco, no helado, para que se exprese su fruta.|Lo servirei fresco ma non ghiacciato, perché il frutto si esprima.|Ich würde ihn kühl, aber nicht eiskalt servieren, damit seine Frucht zur Geltung kommt.|Servi-lo-ia fresco, mas não gelado, para que a fruta se mostre.
light red|It is at its best served slightly cool.|Il est à son meilleur servi légèrement rafraîchi.|Está en su mejor momento servido ligeramente fresco.|Dà il meglio di sé servito leggermente fresco.|Leicht gekühlt zeigt er sich von seiner besten Seite.|Fica no seu melhor servido ligeiramente fresco.
red|I'd serve it just below room temperature, so its fruit stays lively.|Je le servirais un peu en dessous de la température ambiante, pour garder son fruit vif.|Lo serviría un poco por debajo de la temperatura ambiente, para que su fruta siga viva.|Lo servirei appena sotto la temperatura ambiente, perché il frutto resti vivo.|Ich würde ihn etwas unter Zimmertemperatur servieren, damit seine Frucht lebendig bleibt.|Servi-lo-ia um pouco abaixo da temperatura ambiente, para que a fruta se mantenha viva.
sweet|A small glass, well chilled, is all it needs.|Un petit verre bien frais lui suffit.|Una copa pequeña, bien fría, es todo lo que necesita.|Un piccolo bicchiere, ben freddo, è tutto ciò che serve.|Ein kleines, gut gekühltes Glas ist alles, was er braucht.|Um copo pequeno, bem fresco, é tudo o que precisa.
fortified|A small glass at cellar temperature is all it needs.|Un petit verre à température de cave lui suffit.|Una copa pequeña a temperatura de bodega es todo lo que necesita.|Un piccolo bicchiere a temperatura di cantina è tutto ciò che serve.|Ein kleines Glas mit Kellertemperatur ist alles, was er braucht.|Um copo pequeno à temperatura de adega é tudo o que precisa.
"""


# Why a wine asked for clashes with the dish (``Understood.named_clash``): key | English | French |
# Spanish | Italian | German | Portuguese.
_CLASH_TABLE: Final = """
dessert|beside a dessert a dry wine tastes thin and sour|face à un dessert, un vin sec paraît maigre et acide|junto a un postre, un vino seco parece flaco y ácido|accanto a un dolce, un vino secco sembra magro e acido|neben einem Dessert wirkt ein trockener Wein dünn und sauer|ao lado de uma sobremesa, um vinho seco parece magro e ácido
sweet|its sweetness would jar with a savoury dish|sa douceur jurerait avec un plat salé|su dulzor chocaría con un plato salado|la sua dolcezza stonerebbe con un piatto salato|seine Süße würde sich mit einem herzhaften Gericht beißen|a sua doçura chocaria com um prato salgado
tannic fish|its firm tannins turn metallic against fish|ses tanins fermes prennent un goût métallique avec le poisson|sus taninos firmes se vuelven metálicos con el pescado|i suoi tannini decisi diventano metallici con il pesce|seine festen Tannine schmecken zum Fisch metallisch|os seus taninos firmes ficam metálicos com o peixe
soft fish|even soft tannins taste metallic beside seafood this delicate|même des tanins souples deviennent métalliques avec une mer aussi délicate|incluso unos taninos suaves saben metálicos junto a un pescado tan delicado|anche tannini morbidi sanno di metallo con un pesce così delicato|selbst sanfte Tannine schmecken neben so zartem Fisch metallisch|mesmo taninos macios ficam metálicos com um peixe tão delicado
light|so light a wine would vanish beside the dish|un vin si léger disparaîtrait à côté du plat|un vino tan ligero desaparecería junto al plato|un vino così leggero scomparirebbe accanto al piatto|ein so leichter Wein ginge neben dem Gericht unter|um vinho tão leve desapareceria ao lado do prato
pale meat|it has neither the grip nor the depth for a meat this rich|il n'a ni la poigne ni la profondeur pour une viande aussi riche|no tiene ni el agarre ni la profundidad para una carne tan rica|non ha né la presa né la profondità per una carne così ricca|ihm fehlen Griff und Tiefe für ein so kräftiges Fleisch|não tem nem a firmeza nem a profundidade para uma carne tão rica
heavy|its weight would smother so delicate a dish|son poids écraserait un plat aussi délicat|su peso aplastaría un plato tan delicado|il suo peso soffocherebbe un piatto così delicato|seine Wucht würde ein so zartes Gericht erdrücken|o seu peso abafaria um prato tão delicado
"""
# The opening that says so, in each language's own way with the wine and the dish.
_CLASH_OPENINGS: Final = {
    "fr": ("Honnêtement, je ne choisirais pas {first} avec {dish} : {why}.", "Je vous déconseillerais {first} avec {dish} : {why}."),
    "es": ("Sinceramente, no elegiría {first} para {dish}: {why}.",),
    "it": ("Sinceramente, non sceglierei {first} con {dish}: {why}.",),
    "de": ("Ehrlich gesagt würde ich den {first} {dish} nicht wählen: {why}.",),
    "pt": ("Sinceramente, não escolheria {first} para {dish}: {why}.",),
}  # fmt: skip
# "Would it work with the schnitzel?" (``Understood.fit``): yes, or it would do, with the closer
# matches after it (said as after a clash: "et pour le saumon, ..."); "not too" answers "est-il trop
# léger pour l'agneau ?" when it is not.
_FIT_OPENINGS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "fr": {
        "yes": ("Oui, {first} s'accorde très bien avec {dish}.", "Oui : {first} va très bien avec {dish}."),
        "fair": ("{First} peut convenir avec {dish}, mais ce ne serait pas mon premier choix.",),
        "not too": ("Non, pas du tout : {first} va très bien avec {dish}.",),
    },
    "es": {
        "yes": ("Sí, {first} va muy bien con {dish}.", "Sí: {first} combina muy bien con {dish}."),
        "fair": ("{First} puede funcionar con {dish}, aunque no sería mi primera elección.",),
        "not too": ("No, en absoluto: {first} va muy bien con {dish}.",),
    },
    "it": {
        "yes": ("Sì, {first} si abbina molto bene con {dish}.", "Sì: {first} va molto bene con {dish}."),
        "fair": ("{First} può andare con {dish}, ma non sarebbe la mia prima scelta.",),
        "not too": ("No, affatto: {first} si abbina molto bene con {dish}.",),
    },
    "de": {
        "yes": ("Ja, der {first} passt sehr gut {dish}.",),
        "fair": ("Der {first} passt zwar {dish}, wäre aber nicht meine erste Wahl.",),
        "not too": ("Nein, ganz und gar nicht: Der {first} passt sehr gut {dish}.",),
    },
    "pt": {
        "yes": ("Sim, {first} combina muito bem com {dish}.", "Sim: {first} vai muito bem com {dish}."),
        "fair": ("{First} pode funcionar com {dish}, mas não seria a minha primeira escolha.",),
        "not too": ("Não, de modo nenhum: {first} combina muito bem com {dish}.",),
    },
}  # fmt: skip


SYMBOLS: Final = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$"}


def above_the_budget(result: Recommendations) -> tuple[Decimal, Decimal] | None:
    """The price of the wine asked about with a dish ("would the Sancerre go with the sole?") and
    the budget in force, when it costs more: it was judged regardless, and the answer says so."""
    constraints = result.constraints
    if not (result.understood.fit or result.understood.named_clash) or constraints.max_price is None:
        return None
    price = price_of(result.picks[0].wine, constraints)
    return (price, constraints.max_price) if price > constraints.max_price else None


# The same in the diner's language: "{price}" and "{budget}" as the language writes amounts.
_ABOVE_THE_BUDGET: Final = {
    "fr": " À {price}, il dépasse toutefois les {budget} que vous aviez indiqués.",
    "es": " Eso sí, a {price} supera los {budget} que me indicó.",
    "it": " A {price}, però, supera i {budget} che mi ha indicato.",
    "de": " Mit {price} liegt er allerdings über den {budget}, die Sie genannt haben.",
    "pt": " A {price}, porém, passa dos {budget} que indicou.",
}


def _written_amount(amount: Decimal, currency: str) -> str:
    """ "62 €", "12,50 €": an amount as French, Spanish, Italian, German and Portuguese write it."""
    written = f"{amount:,.2f}" if amount != amount.to_integral_value() else f"{amount:,.0f}"
    return f"{written.replace(',', chr(0x202F)).replace('.', ',')} {SYMBOLS.get(currency, currency)}"


def _above_the_budget_in(result: Recommendations, language: str) -> str:
    above = above_the_budget(result)
    if above is None:
        return ""
    price, budget = (_written_amount(amount, result.currency) for amount in above)
    return _ABOVE_THE_BUDGET[language].format(price=price, budget=budget)


def follower_clashes(result: Recommendations, index: int) -> str:
    """How a wine after the first fights the dish, asked which of those shown goes better with it
    ("which would go better with the sole, the first or the second?" of a tannic red and a
    Sancerre): "why" the first time a kind of clash is said, "too" after that; "" when it does not."""
    said = result.parsed.said
    if index == 0 or said is None or not said.your_choice or not result.dish_profiles:
        return ""
    kinds = [
        clash_kind(pick.wine, result.dish_profiles) if pick.score < CLASH_BELOW and not pick.for_dish else ""
        for pick in result.picks[: index + 1]
    ]
    if not kinds[index] or kinds[0]:
        return ""  # no clash, or the first clashes too: no wine shown is the one to pour
    return "too" if kinds[index] in kinds[1:index] else "why"


# Such a wine, said plainly in the diner's language: why it fights the dish follows ("too": the
# same said of another already).
_FOLLOWER_CLASHING: Final = {
    "fr": ("{Name}, {identity}, n'est pas pour {dish} : {why}.", "{Name}, {identity}, ne convient pas non plus."),
    "es": ("{Name}, {identity}, no es para {dish}: {why}.", "{Name}, {identity}, tampoco es para {dish}."),
    "it": ("{Name}, {identity}, non fa per {dish}: {why}.", "Nemmeno {name}, {identity}, fa per {dish}."),
    "de": ("Der {name}, {identity}, passt nicht {dish}: {why}.", "Auch der {name}, {identity}, passt nicht {dish}."),
    "pt": ("{Name}, {identity}, não é para {dish}: {why}.", "{Name}, {identity}, também não é para {dish}."),
}


def clash_reason(result: Recommendations, language: str, wine: Wine | None = None) -> str:
    """Why the wine asked for (or ``wine``) fights the dish, from its shape and the dish's, in ``language``."""
    rows = dict(line.split("|", 1) for line in _CLASH_TABLE.strip().splitlines())
    columns = rows[clash_kind(wine or result.picks[0].wine, result.dish_profiles)].split("|")  # set only for a clash
    return columns[0] if language == ENGLISH else columns[_LANGUAGE_COLUMNS.index(language) + 1]


# "Sans alcool ?" of a list with no such wine, in the diner's language: the bar named, then the
# wines still standing for the others (when some were shown) or the offer to find one.
_NO_ALCOHOL_FREE: Final = {
    "fr": (
        "Je suis navré, notre carte n'a pas de vin sans alcool ce soir. Votre serveur vous apportera volontiers "
        "ce que le bar prépare sans alcool, des jus frais à l'eau pétillante.",
        "Pour le reste de la table, mes vins restent valables.",
        "Dès que quelqu'un à table souhaite un verre de vin, dites-moi le plat et je le trouverai.",
    ),
    "es": (
        "Lo siento, esta noche nuestra carta no tiene vino sin alcohol. Su camarero le traerá con gusto lo que "
        "el bar prepara sin alcohol, desde zumos frescos hasta agua con gas.",
        "Para el resto de la mesa, mis vinos siguen en pie.",
        "Cuando alguien en la mesa quiera una copa de vino, dígame el plato y se la encontraré.",
    ),
    "it": (
        "Mi dispiace, stasera la nostra carta non ha vini analcolici. Il suo cameriere le porterà volentieri "
        "ciò che il bar prepara senza alcol, dai succhi freschi all'acqua frizzante.",
        "Per il resto del tavolo, i miei vini restano validi.",
        "Quando qualcuno al tavolo vorrà un calice di vino, mi dica il piatto e lo troverò.",
    ),
    "de": (
        "Leider hat unsere Karte heute Abend keinen alkoholfreien Wein. Ihr Service bringt Ihnen gern, was die "
        "Bar ohne Alkohol zubereitet, von frischen Säften bis zu Sprudelwasser.",
        "Für den Rest des Tisches bleiben meine Weine bestehen.",
        "Sobald jemand am Tisch ein Glas Wein möchte, nennen Sie mir das Gericht und ich finde es.",
    ),
    "pt": (
        "Lamento, esta noite a nossa carta não tem vinho sem álcool. O seu empregado trará com gosto o que o "
        "bar prepara sem álcool, de sumos frescos a água com gás.",
        "Para o resto da mesa, os meus vinhos continuam de pé.",
        "Quando alguém à mesa quiser um copo de vinho, diga-me o prato e eu encontro-o.",
    ),
}


def no_alcohol_free(result: Recommendations, language: str) -> str | None:
    """The answer to an alcohol-free wine asked of a list with none, in the diner's language (None
    in English, which the English writer says)."""
    sentences = _NO_ALCOHOL_FREE.get(language)
    if sentences is None:
        return None
    opening, standing, offer = sentences
    return f"{opening} {standing if result.turn.keep_shown else offer}"


def serving_note(result: Recommendations, language: str) -> str | None:
    """How the one wine shown is served ("I'd pour it well chilled"), for a short answer's last
    words: more use to a diner than the offer said a second way. None with several wines."""
    if len(result.picks) != 1:
        return None
    wine, profile = result.picks[0].wine, result.picks[0].profile
    colour = served_colour(wine)  # a bone-dry Oloroso filed among the dessert wines is served as a white
    if fortified(wine.name, wine.region) and colour in ("red", "dessert") and profile.sweetness >= 3:
        kind = "fortified"  # a Port or a Maury: not chilled like a Sauternes
    elif colour == "dessert" or profile.sweetness >= 4:
        kind = "sweet"
    elif colour == "sparkling":
        kind = "sparkling"
    elif colour == "red":
        kind = "light red" if profile.body <= 2 and profile.tannin <= 2 else "red"
    else:
        kind = "white"  # whites, rosés, orange wines and a dry sherry, served cool
    rows = dict(line.split("|", 1) for line in _SERVING_TABLE.strip().splitlines())
    columns = rows[kind].split("|")
    return columns[0] if language == ENGLISH else columns[_LANGUAGE_COLUMNS.index(language) + 1]


def _flavours_in(language: str) -> dict[str, str]:
    return _column(language, _FLAVOUR_TABLE)


# Places a list names, with the preposition each language says them with: region (folded) | French |
# Spanish | Italian | German | Portuguese. A place not here is said as the list writes it.
_PLACE_TABLE: Final = """
alsace|d'Alsace|de Alsacia|dell'Alsazia|aus dem Elsass|da Alsácia
beaujolais|du Beaujolais|del Beaujolais|del Beaujolais|aus dem Beaujolais|do Beaujolais
bordeaux|de Bordeaux|de Burdeos|di Bordeaux|aus Bordeaux|de Bordéus
bourgogne|de Bourgogne|de Borgoña|della Borgogna|aus dem Burgund|da Borgonha
burgundy|de Bourgogne|de Borgoña|della Borgogna|aus dem Burgund|da Borgonha
champagne|de Champagne|de Champaña|della Champagne|aus der Champagne|de Champagne
jura|du Jura|del Jura|del Giura|aus dem Jura|do Jura
languedoc|du Languedoc|del Languedoc|della Linguadoca|aus dem Languedoc|do Languedoc
roussillon|du Roussillon|del Rosellón|del Rossiglione|aus dem Roussillon|do Rossilhão
loire|de la Loire|del Loira|della Loira|von der Loire|do Loire
loire valley|de la vallée de la Loire|del valle del Loira|della Valle della Loira|von der Loire|do vale do Loire
provence|de Provence|de la Provenza|della Provenza|aus der Provence|da Provença
rhone|du Rhône|del Ródano|del Rodano|von der Rhône|do Ródano
rhone valley|de la vallée du Rhône|del valle del Ródano|della Valle del Rodano|aus dem Rhônetal|do vale do Ródano
northern rhone|du Rhône septentrional|del norte del Ródano|del Rodano settentrionale|von der nördlichen Rhône|do norte do Ródano
southern rhone|du Rhône méridional|del sur del Ródano|del Rodano meridionale|von der südlichen Rhône|do sul do Ródano
savoie|de Savoie|de Saboya|della Savoia|aus Savoyen|da Saboia
south west france|du Sud-Ouest|del suroeste de Francia|del Sud-Ovest|aus dem Südwesten Frankreichs|do Sudoeste francês
south-west france|du Sud-Ouest|del suroeste de Francia|del Sud-Ovest|aus dem Südwesten Frankreichs|do Sudoeste francês
sud-ouest|du Sud-Ouest|del suroeste de Francia|del Sud-Ovest|aus dem Südwesten Frankreichs|do Sudoeste francês
corse|de Corse|de Córcega|della Corsica|aus Korsika|da Córsega
piedmont|du Piémont|del Piamonte|del Piemonte|aus dem Piemont|do Piemonte
piemonte|du Piémont|del Piamonte|del Piemonte|aus dem Piemont|do Piemonte
piemont|du Piémont|del Piamonte|del Piemonte|aus dem Piemont|do Piemonte
tuscany|de Toscane|de la Toscana|della Toscana|aus der Toskana|da Toscana
toscana|de Toscane|de la Toscana|della Toscana|aus der Toskana|da Toscana
toscane|de Toscane|de la Toscana|della Toscana|aus der Toskana|da Toscana
sicily|de Sicile|de Sicilia|della Sicilia|aus Sizilien|da Sicília
sicilia|de Sicile|de Sicilia|della Sicilia|aus Sizilien|da Sicília
sicile|de Sicile|de Sicilia|della Sicilia|aus Sizilien|da Sicília
veneto|de Vénétie|del Véneto|del Veneto|aus Venetien|do Véneto
venetie|de Vénétie|del Véneto|del Veneto|aus Venetien|do Véneto
alto adige|du Haut-Adige|del Alto Adigio|dell'Alto Adige|aus Südtirol|do Alto Ádige
trentino|du Trentin|del Trentino|del Trentino|aus dem Trentino|do Trentino
friuli venezia giulia|du Frioul|del Friuli|del Friuli|aus dem Friaul|do Friul
lombardy|de Lombardie|de Lombardía|della Lombardia|aus der Lombardei|da Lombardia
lombardia|de Lombardie|de Lombardía|della Lombardia|aus der Lombardei|da Lombardia
marche|des Marches|de las Marcas|delle Marche|aus den Marken|das Marcas
campania|de Campanie|de Campania|della Campania|aus Kampanien|da Campânia
campanie|de Campanie|de Campania|della Campania|aus Kampanien|da Campânia
abruzzo|des Abruzzes|de los Abruzos|dell'Abruzzo|aus den Abruzzen|dos Abruzos
abruzzes|des Abruzzes|de los Abruzos|dell'Abruzzo|aus den Abruzzen|dos Abruzos
puglia|des Pouilles|de Apulia|della Puglia|aus Apulien|da Apúlia
sardinia|de Sardaigne|de Cerdeña|della Sardegna|aus Sardinien|da Sardenha
sardegna|de Sardaigne|de Cerdeña|della Sardegna|aus Sardinien|da Sardenha
basilicata|de Basilicate|de Basilicata|della Basilicata|aus der Basilikata|da Basilicata
emilia-romagna|d'Émilie-Romagne|de Emilia-Romaña|dell'Emilia-Romagna|aus der Emilia-Romagna|da Emília-Romanha
rioja|de la Rioja|de Rioja|della Rioja|aus der Rioja|de Rioja
ribera del duero|de Ribera del Duero|de Ribera del Duero|della Ribera del Duero|aus Ribera del Duero|da Ribera del Duero
rias baixas|des Rías Baixas|de Rías Baixas|delle Rías Baixas|aus den Rías Baixas|das Rías Baixas
priorat|du Priorat|del Priorat|del Priorat|aus dem Priorat|do Priorat
bierzo|du Bierzo|del Bierzo|del Bierzo|aus dem Bierzo|do Bierzo
penedes|du Penedès|del Penedès|del Penedès|aus dem Penedès|do Penedès
jerez|de Jerez|de Jerez|di Jerez|aus Jerez|de Jerez
basque country|du Pays basque|del País Vasco|dei Paesi Baschi|aus dem Baskenland|do País Basco
pais vasco|du Pays basque|del País Vasco|dei Paesi Baschi|aus dem Baskenland|do País Basco
catalonia|de Catalogne|de Cataluña|della Catalogna|aus Katalonien|da Catalunha
galicia|de Galice|de Galicia|della Galizia|aus Galicien|da Galiza
valdeorras|de Valdeorras|de Valdeorras|di Valdeorras|aus Valdeorras|de Valdeorras
sierra de gredos|de la Sierra de Gredos|de la Sierra de Gredos|della Sierra de Gredos|aus der Sierra de Gredos|da Serra de Gredos
douro|du Douro|del Duero portugués|del Douro|vom Douro|do Douro
dao|du Dão|del Dão|del Dão|aus dem Dão|do Dão
alentejo|de l'Alentejo|del Alentejo|dell'Alentejo|aus dem Alentejo|do Alentejo
bairrada|de la Bairrada|de la Bairrada|della Bairrada|aus der Bairrada|da Bairrada
vinho verde|de la région du Vinho Verde|de la región del Vinho Verde|della zona del Vinho Verde|aus der Vinho-Verde-Region|da região dos Vinhos Verdes
madeira|de Madère|de Madeira|di Madera|aus Madeira|da Madeira
mosel|de la Moselle|del Mosela|della Mosella|von der Mosel|do Mosela
moselle|de la Moselle|del Mosela|della Mosella|von der Mosel|do Mosela
rheingau|du Rheingau|del Rheingau|del Rheingau|aus dem Rheingau|do Rheingau
rheinhessen|de Hesse rhénane|de Rheinhessen|del Rheinhessen|aus Rheinhessen|de Rheinhessen
pfalz|du Palatinat|del Palatinado|del Palatinato|aus der Pfalz|do Palatinado
nahe|de la Nahe|del Nahe|della Nahe|von der Nahe|do Nahe
franken|de Franconie|de Franconia|della Franconia|aus Franken|da Francónia
baden|de Bade|de Baden|del Baden|aus Baden|de Baden
bade|de Bade|de Baden|del Baden|aus Baden|de Baden
wachau|de la Wachau|de la Wachau|della Wachau|aus der Wachau|da Wachau
kamptal|du Kamptal|del Kamptal|del Kamptal|aus dem Kamptal|do Kamptal
burgenland|du Burgenland|del Burgenland|del Burgenland|aus dem Burgenland|do Burgenland
mittelburgenland|du Mittelburgenland|del Mittelburgenland|del Mittelburgenland|aus dem Mittelburgenland|do Mittelburgenland
vienna|de Vienne|de Viena|di Vienna|aus Wien|de Viena
wien|de Vienne|de Viena|di Vienna|aus Wien|de Viena
valais|du Valais|del Valais|del Vallese|aus dem Wallis|do Valais
tokaj|de Tokaj|de Tokaj|di Tokaj|aus Tokaj|de Tokaj
istria|d'Istrie|de Istria|dell'Istria|aus Istrien|da Ístria
kras|du Karst|del Karst|del Carso|aus dem Karst|do Carso
carso|du Karst|del Karst|del Carso|aus dem Karst|do Carso
kakheti|de Kakhétie|de Kajetia|della Cachezia|aus Kachetien|da Caquécia
kakhetie|de Kakhétie|de Kajetia|della Cachezia|aus Kachetien|da Caquécia
santorini|de Santorin|de Santorini|di Santorini|aus Santorini|de Santorini
santorin|de Santorin|de Santorini|di Santorini|aus Santorini|de Santorini
california|de Californie|de California|della California|aus Kalifornien|da Califórnia
napa valley|de la Napa Valley|del valle de Napa|della Napa Valley|aus dem Napa Valley|do vale de Napa
sonoma coast|de la Sonoma Coast|de la costa de Sonoma|della Sonoma Coast|von der Sonoma Coast|da costa de Sonoma
willamette valley|de la Willamette Valley|del valle de Willamette|della Willamette Valley|aus dem Willamette Valley|do vale de Willamette
mendoza|de Mendoza|de Mendoza|di Mendoza|aus Mendoza|de Mendoza
marlborough|de Marlborough|de Marlborough|di Marlborough|aus Marlborough|de Marlborough
stellenbosch|de Stellenbosch|de Stellenbosch|di Stellenbosch|aus Stellenbosch|de Stellenbosch
barossa valley|de la Barossa Valley|del valle de Barossa|della Barossa Valley|aus dem Barossa Valley|do vale de Barossa
colchagua valley|de la vallée de Colchagua|del valle de Colchagua|della valle di Colchagua|aus dem Colchagua-Tal|do vale de Colchagua
valle de guadalupe|de la Valle de Guadalupe|del Valle de Guadalupe|della Valle de Guadalupe|aus dem Valle de Guadalupe|do Valle de Guadalupe
france|de France|de Francia|della Francia|aus Frankreich|de França
italy|d'Italie|de Italia|dell'Italia|aus Italien|de Itália
spain|d'Espagne|de España|della Spagna|aus Spanien|de Espanha
portugal|du Portugal|de Portugal|del Portogallo|aus Portugal|de Portugal
germany|d'Allemagne|de Alemania|della Germania|aus Deutschland|da Alemanha
austria|d'Autriche|de Austria|dell'Austria|aus Österreich|da Áustria
switzerland|de Suisse|de Suiza|della Svizzera|aus der Schweiz|da Suíça
greece|de Grèce|de Grecia|della Grecia|aus Griechenland|da Grécia
hungary|de Hongrie|de Hungría|dell'Ungheria|aus Ungarn|da Hungria
croatia|de Croatie|de Croacia|della Croazia|aus Kroatien|da Croácia
slovenia|de Slovénie|de Eslovenia|della Slovenia|aus Slowenien|da Eslovénia
georgia|de Géorgie|de Georgia|della Georgia|aus Georgien|da Geórgia
lebanon|du Liban|del Líbano|del Libano|aus dem Libanon|do Líbano
united states|des États-Unis|de Estados Unidos|degli Stati Uniti|aus den USA|dos Estados Unidos
california|de Californie|de California|della California|aus Kalifornien|da Califórnia
argentina|d'Argentine|de Argentina|dell'Argentina|aus Argentinien|da Argentina
chile|du Chili|de Chile|del Cile|aus Chile|do Chile
australia|d'Australie|de Australia|dell'Australia|aus Australien|da Austrália
new zealand|de Nouvelle-Zélande|de Nueva Zelanda|della Nuova Zelanda|aus Neuseeland|da Nova Zelândia
south africa|d'Afrique du Sud|de Sudáfrica|del Sudafrica|aus Südafrika|da África do Sul
"""


# What a comparative asked of the wines shown moves ("drier?": sweetness down), as each language
# says it after "something": step key | French | Spanish | Italian | German | Portuguese.
_STEP_TABLE: Final = """
sweetness-|plus sec|más seco|più secco|Trockeneres|mais seco
sweetness+|plus doux|más dulce|più dolce|Süßeres|mais doce
acidity-|plus rond|más redondo|più rotondo|Runderes|mais redondo
acidity+|plus vif|más fresco|più fresco|Frischeres|mais fresco
tannin-|plus souple|más suave|più morbido|Weicheres|mais macio
tannin+|plus structuré|más estructurado|più strutturato|Strukturierteres|mais estruturado
oak-|moins boisé|con menos madera|meno legnoso|weniger Holziges|com menos madeira
oak+|plus boisé|con más madera|più legnoso|Holzigeres|com mais madeira
body-|plus léger|más ligero|più leggero|Leichteres|mais leve
body+|plus ample|con más cuerpo|più corposo|Kräftigeres|mais encorpado
"""


# "Which is the driest?" of the wines shown, answered with the wine: superlative | French | Spanish |
# Italian | German | Portuguese (said of "le vin", "el vino", "il vino", "der Wein", "o vinho").
_SUPERLATIVE_TABLE: Final = """
driest|le plus sec|el más seco|il più secco|der trockenste|o mais seco
sweetest|le plus doux|el más dulce|il più dolce|der süßeste|o mais doce
lightest|le plus léger|el más ligero|il più leggero|der leichteste|o mais leve
fullest|le plus ample|el de más cuerpo|il più corposo|der kräftigste|o mais encorpado
crispest|le plus vif|el más fresco|il più fresco|der frischeste|o mais fresco
softest|le plus souple|el más suave|il più morbido|der weichste|o mais macio
most tannic|le plus tannique|el más tánico|il più tannico|der tanninreichste|o mais tânico
oakiest|le plus boisé|el que tiene más madera|il più legnoso|der holzigste|o que tem mais madeira
least oaky|le moins boisé|el que tiene menos madera|il meno legnoso|der am wenigsten holzige|o que tem menos madeira
oldest|le plus ancien|el más antiguo|il più vecchio|der älteste|o mais antigo
youngest|le plus jeune|el más joven|il più giovane|der jüngste|o mais novo
cheapest|le moins cher|el más barato|il più economico|der günstigste|o mais barato
most expensive|le plus cher|el más caro|il più caro|der teuerste|o mais caro
best value|le meilleur rapport qualité-prix|el de mejor relación calidad-precio|il miglior rapporto qualità-prezzo|der mit dem besten Preis-Leistungs-Verhältnis|o de melhor relação qualidade-preço
"""


def _superlatives_in(language: str) -> dict[str, str]:
    return _column(language, _SUPERLATIVE_TABLE)


def _steps_in(language: str) -> dict[str, str]:
    return _column(language, _STEP_TABLE)


def _places_in(language: str) -> dict[str, str]:
    return _column(language, _PLACE_TABLE)


# A wine's trait, as the English writer words it (``voice._trait``), in each language with its verb:
# English | French | Spanish | Italian | German | Portuguese.
_TRAIT_TABLE: Final = """
is oaky|est boisé|tiene madera|è affinato in legno|ist im Holz ausgebaut|tem madeira
is lightly oaked|est légèrement boisé|tiene un toque de madera|ha un leggero tocco di legno|hat einen Hauch von Holz|tem um toque de madeira
is unoaked|n'est pas boisé|no tiene madera|non è affinato in legno|ist nicht im Holz ausgebaut|não tem madeira
is aged in old casks, which give it no oaky taste|est élevé en vieux fûts, qui ne lui donnent aucun goût boisé|se cría en barricas viejas, que no le dan sabor a madera|matura in botti vecchie, che non gli danno sentore di legno|reift in alten Fässern, die ihm keinen Holzton geben|estagia em cascos velhos, que não lhe dão sabor a madeira
is dry|est sec|es seco|è secco|ist trocken|é seco
is off-dry|est demi-sec|es semiseco|è abboccato|ist halbtrocken|é meio-seco
is sweet|est doux|es dulce|è dolce|ist süß|é doce
is light|est léger|es ligero|è leggero|ist leicht|é leve
is medium-bodied|a un corps moyen|tiene un cuerpo medio|ha un corpo medio|hat einen mittleren Körper|tem corpo médio
is full-bodied|est ample et corsé|tiene mucho cuerpo|è corposo|ist kräftig|é encorpado
is firmly tannic|a des tanins fermes|tiene taninos firmes|ha tannini decisi|hat feste Tannine|tem taninos firmes
is moderately tannic|a des tanins modérés|tiene taninos moderados|ha tannini moderati|hat moderate Tannine|tem taninos moderados
has soft tannins|a des tanins souples|tiene taninos suaves|ha tannini morbidi|hat sanfte Tannine|tem taninos macios
has almost no tannin|n'a presque pas de tanins|casi no tiene taninos|non ha quasi tannini|hat kaum Tannine|quase não tem taninos
is crisp|est vif|es fresco y vivo|è fresco|ist frisch|é fresco
is rounder than crisp|est plus rond que vif|es más redondo que vivo|è più rotondo che fresco|ist eher rund als frisch|é mais redondo do que fresco
is round, with gentle acidity|est rond, avec une acidité douce|es redondo, de acidez suave|è rotondo, con un'acidità gentile|ist rund, mit sanfter Säure|é redondo, com acidez suave
is crisp rather than round|est vif plutôt que rond|es más vivo que redondo|è fresco più che rotondo|ist eher frisch als rund|é mais fresco do que redondo
"""
# The notes that answer a question about one wine, said in place of the opening.
_ANSWERS_ASKED: Final = ("verdict_", "fact_")
# "Yes", "no" and "somewhat", as a verdict opens: "Non, le Muscadet n'est pas boisé."
_ANSWERS: Final = {
    "fr": {"yes": "Oui", "no": "Non", "somewhat": "En partie"},
    "es": {"yes": "Sí", "no": "No", "somewhat": "En parte"},
    "it": {"yes": "Sì", "no": "No", "somewhat": "In parte"},
    "de": {"yes": "Ja", "no": "Nein", "somewhat": "Zum Teil"},
    "pt": {"yes": "Sim", "no": "Não", "somewhat": "Em parte"},
}


def _traits_in(language: str) -> dict[str, str]:
    return _column(language, _TRAIT_TABLE)


_FRENCH: Final = Phrasebook(
    colours={
        "red": "un rouge", "white": "un blanc", "rose": "un rosé", "sparkling": "un effervescent",
        "dessert": "un vin doux", "orange": "un vin orange", "frizzante": "un pétillant",
    },
    grape_of=" de {grape}",
    grape_is_the_wine=False,
    lower_grapes=True,
    shape_before_grape=False,
    adjectives={
        "light": "léger", "full": "ample", "firm": "tannique", "supple": "souple", "lively": "vif",
        "soft": "rond", "saline": "salin", "off_dry": "demi-sec", "sweet": "liquoreux", "dry": "sec",
        "oaky": "boisé",
    },
    adjectives_again={
        "light": "délicat", "full": "généreux", "firm": "structuré", "supple": "soyeux", "lively": "tendu",
        "soft": "rond", "saline": "iodé", "off_dry": "demi-sec", "sweet": "doux", "dry": "sec", "oaky": "élevé en fût",
    },
    adjectives_after=True,
    joined="{a} et {b}",
    places=_places_in("fr"),
    from_place="de {place}",
    notes=", aux notes de {flavours}",
    flavour_and="{a} et de {b}",
    flavours=_flavours_in("fr"),
    wine_article="le",
    vowel_article="l'",
    own_dish="votre {dish}",
    own_dishes="vos {dish}",
    the_dish=("votre plat", "vos plats"),
    openings={
        "dish": (
            "Pour {dish}, je vous propose {first}.",
            "Avec {dish}, je partirais volontiers sur {first}.",
            "Pour accompagner {dish}, je vous proposerais {first}.",
        ),
        "no_dish": ("Ce soir, je vous conseillerais {first}.", "Je commencerais par {first}."),
        "glass": ("Au verre, pour {dish}, je vous propose {first}.", "Pour un verre avec {dish}, je choisirais {first}."),
        "glass_no_dish": ("Au verre, je commencerais par {first}.", "Pour un verre ce soir, essayez {first}."),
        "cheaper": (
            "Pour un peu moins cher, {first} va tout aussi bien avec {dish}.",
            "Plus doux pour l'addition, {first} se marie très bien avec {dish}.",
        ),
        "lighter": ("Plus léger, {first} ira très bien avec {dish}.", "Pour quelque chose de plus léger, essayez {first}."),
        "bolder": ("Pour plus de corps, je vous propose {first}.", "Plus ample, {first} ira très bien avec {dish}."),
        "other": ("Autre belle piste pour {dish} : {first}.", "Pour changer, essayez {first}."),
        "step": ("Pour quelque chose de {comparative}, essayez {first}.", "{Comparative}, {first} ira très bien avec {dish}."),
        "step_none": ("Notre carte n'a rien de {comparative} dans ce style ; le plus proche est {first}.",),
        "chosen": ("Excellent choix : {first} avec {dish}.", "{First}, c'est parfait avec {dish}."),
        "chosen_no_dish": ("Excellent choix : {first}.", "{First}, c'est parfait ; régalez-vous."),
        "both": ("Pour {dish}, la bouteille qui va avec l'ensemble est {first}.",),
        "cheaper_none": ("Il n'y a rien de moins cher dans ce style sur notre carte ; le moins cher est {first}.",),
        "cheapest_shown": ("{First} est déjà le moins cher de ce style sur notre carte.",),
        "lighter_none": ("Notre carte n'a rien de plus léger dans ce style ; le plus proche est {first}.",),
        "lightest_shown": ("{First} est déjà le plus léger de ce style sur notre carte.",),
        "bolder_none": ("Notre carte n'a rien de plus ample dans ce style ; le plus proche est {first}.",),
        "fullest_shown": ("{First} est déjà le plus ample de ce style sur notre carte.",),
        "glass_none": ("Nous ne servons pas cela au verre, mais il y a {first} à la bouteille.",),
        "budget_none": ("Rien sur notre carte n'entre dans votre budget ; le plus proche est {first}.",),
        "about": ("Volontiers : voici à nouveau {first}, pour {dish}.",),
        "about_no_dish": ("Volontiers : voici à nouveau {first}.",),
        "about_several": ("Volontiers, les voici à nouveau pour {dish}, en commençant par {first}.",),
        "superlative": ("De ceux-là, {most} est {first}.", "Parmi eux, {most} est {first}."),
        "your_choice": ("De ceux-là, je choisirais {first}.", "Pour ma part, je prendrais {first}."),
        "none": ("Nous n'avons pas exactement cela ce soir ; le plus proche sur notre carte est {first}.",),
    },
    first_detail=("C'est {identity} ; {reason}.",),
    first_only=("C'est {identity}.",),
    second=(
        "Si vous préférez {contrast}, {name} est {identity} ; {reason}.",
        "Autre beau choix, {name}, {identity} : {reason}.",
        "Sinon, il y a {name}, {identity} : {reason}.",
    ),
    second_only=("Si vous préférez {contrast}, {name} est {identity}.", "Sinon, il y a {name}, {identity}."),
    third=("Enfin, {name} est {identity} ; {reason}.", "Il y a aussi {name}, {identity} ; {reason}."),
    third_only=("Enfin, {name} est {identity}.", "Il y a aussi {name}, {identity}."),
    for_dish="Et pour {dish}, {name}, {identity} : {reason}.",
    for_dish_only="Et pour {dish}, {name}, {identity}.",
    contrasts={
        "colour": "{colour}", "lighter": "quelque chose de plus léger", "fuller": "quelque chose de plus ample",
        "sweeter": "un peu plus de douceur", "other": "un autre registre",
    },
    reasons={
        "tannin": ("ses tanins fermes tiennent tête au gras du plat", "ses tanins ont assez de charpente pour tenir tête au plat"),
        "soft_tannin": ("ses tanins souples se font discrets", "ses tanins fondus laissent toute sa place au plat"),
        "acidity_rich": ("sa vivacité allège le plat", "sa fraîcheur équilibre la richesse du plat"),
        "acidity": ("sa fraîcheur met le plat en valeur", "sa vivacité accompagne le plat sans l'écraser"),
        "light": ("sa légèreté laisse le plat s'exprimer", "tout en finesse, il ne couvre pas le plat"),
        "full": ("son ampleur est à la mesure du plat", "il a le corps qu'il faut pour un plat aussi riche"),
        "medium": ("son corps moyen s'accorde au plat",),
        "heat": ("son alcool modéré n'attise pas le piquant", "il reste frais face au piquant"),
        "sweet_dessert": ("il est au moins aussi doux que le dessert, comme le veut la règle",
                          "il est au moins aussi sucré que le dessert, il ne paraîtra donc pas maigre"),
        "sweet_salty": ("sa douceur fait un contrepoint classique au salé",),
        "smoke": ("ses notes grillées répondent au fumé du plat", "son boisé fait écho aux saveurs grillées"),
        "earth": ("ses notes terreuses font écho au plat", "ses notes de sous-bois rappellent les saveurs du plat"),
        "herbs": ("ses notes d'herbes répondent aux herbes du plat",),
        "bubbles": ("ses bulles rafraîchissent le palais à chaque bouchée", "ses fines bulles nettoient le palais"),
        "salt": ("sa fraîcheur répond au sel du plat", "sa vivacité rafraîchit le palais à chaque bouchée"),
        "round": ("sa rondeur épouse la sauce", "sa texture ronde accompagne l'onctuosité du plat"),
        "cooked_in": ("un rouge répond au vin de la sauce",),
        "as_asked": ("c'est le style que vous cherchiez",),
        "classic": ("c'est un accord classique", "c'est un accord classique, qui a fait ses preuves"),
        "fruit": ("son fruit accompagne le plat avec générosité", "son fruit mûr donne de l'éclat au plat"),
    },
    offers=(
        "Si vous préférez {asked}, dites-le-moi.",
        "Je peux aussi vous proposer {asked}.",
        "Demandez-moi {asked} et je vous en trouve un autre.",
    ),
    offer_options={"lighter": "quelque chose de plus léger", "bolder": "de plus ample", "glass": "un verre",
                   "bottle": "une bouteille"},
    offer_or="{a} ou {b}",
    filler="Je peux ouvrir une bouteille ou servir un verre, comme il vous plaira ce soir.",
    goodbye=(
        "Avec plaisir, et bon appétit. {First} accompagnera très bien{company}. Pour le dessert, un verre de "
        "vin doux, ou une autre bouteille plus tard ? N'hésitez pas à me faire signe ici."
    ),
    company=" {dish}",
    greeting=(
        "Bonsoir et bienvenue ; je suis votre sommelier ce soir. Dites-moi ce que vous mangez, ou ce "
        "que vous "
        "aimez boire, et je trouverai la bouteille qu'il vous faut. Pour commencer, je vous "
        "conseillerais {first}."
    ),
    glass="le verre",
    notes_said={
        "not_grape": "Aucun de ces vins n'est un {value} ; je maintiens donc mes choix.",
        "not_place": "Aucun de ces vins ne vient {place} ; je maintiens donc mes choix.",
        "colour": "Ce sont déjà tous {colours} ; je maintiens donc mes choix.",
        "missing": "Nous n'avons pas de {value} sur notre carte ; voici ce qui s'en rapproche le plus.",
        "missing_place": "Rien {place} sur notre carte ne convient ce soir ; ces vins viennent d'ailleurs.",
    },
    colours_plural={"red": "des rouges", "white": "des blancs", "rose": "des rosés", "sparkling": "des effervescents",
                    "dessert": "des vins doux", "orange": "des vins orange"},
    staff=(
        "Votre serveur se fera un plaisir de s'en occuper ; je suis là pour le vin. {First} reste mon choix, "
        "et je peux chercher autre chose dès que vous le souhaitez : une autre couleur, un autre budget, un verre."
    ),
    facts_said={
        "fact_vintage": "{Name} est du millésime {value}.",
        "fact_no_vintage": "{Name} est un vin sans millésime, un assemblage de plusieurs années.",
        "fact_origin": "{Name} vient {place}.",
        "fact_origin_yes": "Oui : {name} vient {place}.",
        "fact_origin_no": "Non : {name} vient {place}.",
        "fact_producer": "{Name} est produit par {value}.",
        "fact_grape": "{Name} est issu de {value}.",
        "fact_grapes": "{Name} est un assemblage de {value}.",
    },
    the_plate={
        "dessert": {"du plat": "du dessert", "le plat": "le dessert", "au plat": "au dessert"},
        "cheese": {"du plat": "du fromage", "le plat": "le fromage", "au plat": "au fromage"},
        "several": {"du plat": "des plats", "le plat": "les plats", "au plat": "aux plats", "sans l'écraser": "sans les écraser", "un plat aussi riche": "des plats aussi riches"},
    },
)  # fmt: skip

_SPANISH: Final = Phrasebook(
    colours={
        "red": "un tinto", "white": "un blanco", "rose": "un rosado", "sparkling": "un espumoso",
        "dessert": "un vino dulce", "orange": "un vino naranja", "frizzante": "un vino de aguja",
    },
    grape_of=" de {grape}",
    grape_is_the_wine=True,
    lower_grapes=True,
    shape_before_grape=False,
    adjectives={
        "light": "ligero", "full": "con cuerpo", "firm": "tánico", "supple": "de taninos suaves", "lively": "fresco",
        "soft": "redondo", "saline": "salino", "off_dry": "semiseco", "sweet": "dulce", "dry": "seco",
        "oaky": "con crianza en barrica",
    },
    adjectives_again={
        "light": "delicado", "full": "generoso", "firm": "estructurado", "supple": "sedoso", "lively": "vivo",
        "soft": "redondo", "saline": "salino", "off_dry": "semiseco", "sweet": "dulce", "dry": "seco",
        "oaky": "con paso por madera",
    },
    adjectives_after=True,
    joined="{a} y {b}",
    places=_places_in("es"),
    from_place="de {place}",
    notes=", con notas de {flavours}",
    flavour_and="{a} y {b}",
    flavours=_flavours_in("es"),
    wine_article="el",
    vowel_article="el ",
    own_dish="su {dish}",
    own_dishes="sus {dish}",
    the_dish=("su plato", "sus platos"),
    openings={
        "dish": (
            "Para {dish}, le propongo {first}.",
            "Con {dish}, mi primera elección sería {first}.",
            "Para acompañar {dish}, le recomendaría {first}.",
        ),
        "no_dish": ("Esta noche le recomendaría {first}.", "Yo empezaría por {first}."),
        "glass": ("Por copa, para {dish}, le propongo {first}.", "Para una copa con {dish}, elegiría {first}."),
        "glass_no_dish": ("Por copa, empezaría por {first}.", "Para una copa esta noche, pruebe {first}."),
        "cheaper": (
            "Por un poco menos, {first} va igual de bien con {dish}.",
            "Más económico, {first} combina muy bien con {dish}.",
        ),
        "lighter": ("Más ligero, {first} irá muy bien con {dish}.", "Para algo más ligero, pruebe {first}."),
        "bolder": ("Para más cuerpo, le propongo {first}.", "Con más cuerpo, {first} irá muy bien con {dish}."),
        "other": ("Otra buena opción para {dish} es {first}.", "Para variar, pruebe {first}."),
        "step": ("Para algo {comparative}, pruebe {first}.", "Si lo prefiere {comparative}, {first} irá muy bien con {dish}."),
        "step_none": ("Nuestra carta no tiene nada {comparative} en ese estilo; el más cercano es {first}.",),
        "chosen": ("Excelente elección: {first} con {dish}.", "{First}, perfecto con {dish}."),
        "chosen_no_dish": ("Excelente elección: {first}.", "{First}, perfecto; que lo disfrute."),
        "both": ("Para {dish}, el vino que va con todo es {first}.",),
        "cheaper_none": ("No hay nada más barato de ese estilo en nuestra carta; el más económico es {first}.",),
        "cheapest_shown": ("{First} ya es el más económico de ese estilo en nuestra carta.",),
        "lighter_none": ("Nuestra carta no tiene nada más ligero en ese estilo; el más cercano es {first}.",),
        "lightest_shown": ("{First} ya es el más ligero de ese estilo en nuestra carta.",),
        "bolder_none": ("Nuestra carta no tiene nada con más cuerpo en ese estilo; el más cercano es {first}.",),
        "fullest_shown": ("{First} ya es el de más cuerpo de ese estilo en nuestra carta.",),
        "glass_none": ("No lo servimos por copa, pero tenemos {first} por botella.",),
        "budget_none": ("No tenemos nada en su presupuesto; lo más cercano es {first}.",),
        "about": ("Con gusto: aquí tiene de nuevo {first}, para {dish}.",),
        "about_no_dish": ("Con gusto: aquí tiene de nuevo {first}.",),
        "about_several": ("Con gusto, aquí los tiene de nuevo para {dish}, empezando por {first}.",),
        "superlative": ("De ellos, {most} es {first}.", "Entre ellos, {most} es {first}."),
        "your_choice": ("De ellos, yo elegiría {first}.", "Yo, personalmente, me quedaría con {first}."),
        "none": ("No tenemos exactamente lo que busca esta noche; lo más cercano es {first}.",),
    },
    first_detail=("Es {identity}; {reason}.",),
    first_only=("Es {identity}.",),
    second=(
        "Si prefiere {contrast}, {name} es {identity}; {reason}.",
        "Otra buena opción es {name}, {identity}: {reason}.",
        "O pruebe {name}, {identity}: {reason}.",
    ),
    second_only=("Si prefiere {contrast}, {name} es {identity}.", "O pruebe {name}, {identity}."),
    third=("Por último, {name} es {identity}; {reason}.", "También está {name}, {identity}; {reason}."),
    third_only=("Por último, {name} es {identity}.", "También está {name}, {identity}."),
    for_dish="Y para {dish}, {name}, {identity}: {reason}.",
    for_dish_only="Y para {dish}, {name}, {identity}.",
    contrasts={
        "colour": "{colour}", "lighter": "algo más ligero", "fuller": "algo con más cuerpo",
        "sweeter": "un toque de dulzor", "other": "otro estilo",
    },
    reasons={
        "tannin": ("sus taninos firmes cortan la grasa del plato", "sus taninos tienen la firmeza que pide el plato"),
        "soft_tannin": ("sus taninos suaves no chocan con el plato", "por su suavidad, no tapa el plato"),
        "acidity_rich": ("su acidez aligera el plato", "su frescura equilibra la untuosidad del plato"),
        "acidity": ("su frescura realza el plato", "su acidez acompaña el plato sin restarle protagonismo"),
        "light": ("su ligereza deja que el plato se exprese", "fino y delicado, no tapa el plato"),
        "full": ("su cuerpo está a la altura del plato", "tiene el peso que pide un plato tan contundente"),
        "medium": ("su cuerpo medio va bien con el plato",),
        "heat": ("su alcohol moderado no aviva el picante", "se mantiene fresco frente al picante"),
        "sweet_dessert": ("es al menos tan dulce como el postre, como manda la regla de oro",
                          "su dulzor está a la altura del postre, así no parece ácido"),
        "sweet_salty": ("su dulzor es el contrapunto clásico de lo salado",),
        "smoke": ("sus notas tostadas responden a lo ahumado del plato",
                  "su crianza en madera acompaña el toque de brasa"),
        "earth": ("sus notas terrosas acompañan los sabores del plato", "sus notas de sotobosque recuerdan los sabores del plato"),
        "herbs": ("sus notas herbáceas acompañan las hierbas del plato",),
        "bubbles": ("sus burbujas refrescan el paladar en cada bocado", "su burbuja fina limpia el paladar"),
        "salt": ("su frescura equilibra la sal", "su viveza contrarresta lo salado"),
        "round": ("su redondez abraza la salsa", "su textura redonda acompaña la cremosidad del plato"),
        "cooked_in": ("un tinto acompaña al vino de la salsa",),
        "as_asked": ("es el estilo que buscaba",),
        "classic": ("es un maridaje clásico", "es un maridaje clásico y probado"),
        "fruit": ("su fruta generosa acompaña el plato", "su fruta madura da viveza al plato"),
    },
    offers=(
        "Si prefiere {asked}, dígamelo.",
        "También puedo proponerle {asked}.",
        "Si quiere {asked}, le busco otro.",
    ),
    offer_options={"lighter": "algo más ligero", "bolder": "con más cuerpo", "glass": "una copa",
                   "bottle": "una botella"},
    offer_or="{a} o {b}",
    filler="Puedo abrir una botella o servir una copa, lo que mejor le venga a su mesa esta noche.",
    goodbye=(
        "Con mucho gusto. ¡Que aproveche! {First} acompañará muy bien{company}. Si le apetece una copa de "
        "algo dulce con el postre, u otra botella más tarde, pídamelo aquí y le busco otra."
    ),
    company=" {dish}",
    greeting=(
        "Buenas noches y bienvenidos; soy su sumiller esta noche. Dígame qué va a comer, o qué le "
        "gusta beber,"
        "y encontraré la botella para usted. Para empezar, le recomendaría {first}."
    ),
    glass="la copa",
    notes_said={
        "not_grape": "Ninguno de estos es un {value}, así que mantengo mi selección.",
        "not_place": "Ninguno de estos viene {place}, así que mantengo mi selección.",
        "colour": "Ya son todos {colours}, así que mantengo mi selección.",
        "missing": "No tenemos {value} en nuestra carta; le propongo lo más parecido.",
        "missing_place": "Nada {place} de nuestra carta encaja esta noche; estos vienen de otras zonas.",
    },
    colours_plural={"red": "tintos", "white": "blancos", "rose": "rosados", "sparkling": "espumosos",
                    "dessert": "vinos dulces", "orange": "vinos naranja"},
    staff=(
        "Su camarero se lo trae con mucho gusto; yo estoy aquí para el vino. {First} sigue siendo mi elección, "
        "y puedo buscar otra cosa cuando quiera: otro color, otro presupuesto o una copa."
    ),
    facts_said={
        "fact_vintage": "{Name} es de la añada {value}.",
        "fact_no_vintage": "{Name} no tiene añada: es un vino que mezcla varios años.",
        "fact_origin": "{Name} viene {place}.",
        "fact_origin_yes": "Sí: {name} viene {place}.",
        "fact_origin_no": "No: {name} viene {place}.",
        "fact_producer": "{Name} lo elabora {value}.",
        "fact_grape": "{Name} se elabora con {value}.",
        "fact_grapes": "{Name} es un ensamblaje de {value}.",
    },
    the_plate={
        "dessert": {"del plato": "del postre", "el plato": "el postre"},
        "cheese": {"del plato": "del queso", "el plato": "el queso"},
        "several": {"que pide el plato": "que piden los platos", "que pide un plato tan contundente": "que piden platos tan contundentes", "del plato": "de los platos", "el plato": "los platos", "sin restarle": "sin restarles", "un plato tan contundente": "platos tan contundentes"},
    },
)  # fmt: skip

_ITALIAN: Final = Phrasebook(
    colours={
        "red": "un rosso", "white": "un bianco", "rose": "un rosato", "sparkling": "uno spumante",
        "dessert": "un vino dolce", "orange": "un vino macerato", "frizzante": "un frizzante",
    },
    grape_of=" da uve {grape}",
    grape_is_the_wine=False,
    lower_grapes=False,
    shape_before_grape=True,
    adjectives={
        "light": "leggero", "full": "corposo", "firm": "tannico", "supple": "morbido", "lively": "fresco",
        "soft": "rotondo", "saline": "sapido", "off_dry": "abboccato", "sweet": "dolce", "dry": "secco",
        "oaky": "affinato in legno",
    },
    adjectives_again={
        "light": "delicato", "full": "generoso", "firm": "strutturato", "supple": "vellutato", "lively": "vivace",
        "soft": "rotondo", "saline": "sapido", "off_dry": "abboccato", "sweet": "dolce", "dry": "secco",
        "oaky": "con passaggio in legno",
    },
    adjectives_after=True,
    joined="{a} e {b}",
    places=_places_in("it"),
    from_place="di {place}",
    notes=", con note di {flavours}",
    flavour_and="{a} e {b}",
    flavours=_flavours_in("it"),
    wine_article="il",
    vowel_article="l'",
    own_dish="{dish}",
    own_dishes="{dish}",
    the_dish=("il piatto", "i piatti"),
    openings={
        "dish": (
            "Per {dish}, le propongo {first}.",
            "Con {dish}, la mia prima scelta sarebbe {first}.",
            "Per accompagnare {dish}, le consiglierei {first}.",
        ),
        "no_dish": ("Stasera le consiglierei {first}.", "Comincerei con {first}."),
        "glass": ("Al calice, per {dish}, le propongo {first}.", "Per un calice con {dish}, sceglierei {first}."),
        "glass_no_dish": ("Al calice, comincerei con {first}.", "Per un calice stasera, provi {first}."),
        "cheaper": (
            "Spendendo un po' meno, {first} va altrettanto bene con {dish}.",
            "Per spendere meno, {first} si sposa benissimo con {dish}.",
        ),
        "lighter": ("Più leggero, {first} starà benissimo con {dish}.", "Per qualcosa di più leggero, provi {first}."),
        "bolder": ("Per più corpo, le propongo {first}.", "Più corposo, {first} starà benissimo con {dish}."),
        "other": ("Un'altra buona strada per {dish} è {first}.", "Per cambiare, provi {first}."),
        "step": ("Per qualcosa di {comparative}, provi {first}.", "Se lo preferisce {comparative}, {first} starà benissimo con {dish}."),
        "step_none": ("La nostra carta non ha niente di {comparative} in quello stile; il più vicino è {first}.",),
        "chosen": ("Ottima scelta: {first} con {dish}.", "{First}, perfetto con {dish}."),
        "chosen_no_dish": ("Ottima scelta: {first}.", "{First}, perfetto; buona degustazione."),
        "both": ("Per {dish}, la bottiglia che va bene con tutto è {first}.",),
        "cheaper_none": ("Non c'è niente di meno caro in quello stile nella nostra carta; il più economico è {first}.",),
        "cheapest_shown": ("{First} è già il più economico di quello stile nella nostra carta.",),
        "lighter_none": ("La nostra carta non ha niente di più leggero in quello stile; il più vicino è {first}.",),
        "lightest_shown": ("{First} è già il più leggero di quello stile nella nostra carta.",),
        "bolder_none": ("La nostra carta non ha niente di più corposo in quello stile; il più vicino è {first}.",),
        "fullest_shown": ("{First} è già il più corposo di quello stile nella nostra carta.",),
        "glass_none": ("Non lo serviamo al calice, ma c'è {first} in bottiglia.",),
        "budget_none": ("Niente nella nostra carta rientra nel suo budget; il più vicino è {first}.",),
        "about": ("Volentieri: ecco di nuovo {first}, per {dish}.",),
        "about_no_dish": ("Volentieri: ecco di nuovo {first}.",),
        "about_several": ("Volentieri, eccoli di nuovo per {dish}; il primo è {first}.",),
        "superlative": ("Tra questi, {most} è {first}.", "Fra questi, {most} è {first}."),
        "your_choice": ("Tra questi, io sceglierei {first}.", "Personalmente, prenderei {first}."),
        "none": ("Non abbiamo esattamente questo stasera; il più vicino nella nostra carta è {first}.",),
    },
    first_detail=("È {identity}; {reason}.",),
    first_only=("È {identity}.",),
    second=(
        "Se preferisce {contrast}, {name} è {identity}; {reason}.",
        "Un'altra bella scelta è {name}, {identity}: {reason}.",
        "Oppure provi {name}, {identity}: {reason}.",
    ),
    second_only=("Se preferisce {contrast}, {name} è {identity}.", "Oppure provi {name}, {identity}."),
    third=("Infine, {name} è {identity}; {reason}.", "C'è anche {name}, {identity}; {reason}."),
    third_only=("Infine, {name} è {identity}.", "C'è anche {name}, {identity}."),
    for_dish="E per {dish}, {name}, {identity}: {reason}.",
    for_dish_only="E per {dish}, {name}, {identity}.",
    contrasts={
        "colour": "{colour}", "lighter": "qualcosa di più leggero", "fuller": "qualcosa di più corposo",
        "sweeter": "un tocco di dolcezza", "other": "un'altra direzione",
    },
    reasons={
        "tannin": ("i suoi tannini decisi reggono la succulenza del piatto", "ha la struttura tannica giusta per il piatto"),
        "soft_tannin": ("i tannini morbidi non appesantiscono il piatto", "con la sua morbidezza, non copre il piatto"),
        "acidity_rich": ("la sua freschezza alleggerisce il piatto", "la sua acidità bilancia la ricchezza del piatto"),
        "acidity": ("la sua freschezza esalta il piatto", "la sua vivacità accompagna il piatto senza coprirlo"),
        "light": ("la sua leggerezza lascia parlare il piatto", "fine e delicato, non copre il piatto"),
        "full": ("il suo corpo è all'altezza del piatto", "ha il peso giusto per un piatto così ricco"),
        "medium": ("di medio corpo, accompagna bene il piatto",),
        "heat": ("l'alcol moderato non accende il piccante", "resta fresco davanti al piccante"),
        "sweet_dessert": ("è dolce almeno quanto il dessert, come vuole la regola d'oro",
                          "la sua dolcezza è all'altezza del dessert, così non risulta amaro"),
        "sweet_salty": ("la sua dolcezza è il contrappunto classico del salato",),
        "smoke": ("le sue note tostate rispondono all'affumicato del piatto", "il legno richiama i sapori della brace"),
        "earth": ("le sue note terrose fanno eco al piatto", "il suo sottobosco richiama i sapori del piatto"),
        "herbs": ("le sue note erbacee accompagnano le erbe del piatto",),
        "bubbles": ("le sue bollicine rinfrescano il palato a ogni boccone", "la bollicina fine pulisce il palato"),
        "salt": ("la sua freschezza bilancia la sapidità del piatto", "la sua vivacità esalta la sapidità"),
        "round": ("la sua rotondità abbraccia la salsa", "la sua consistenza rotonda accompagna la cremosità del piatto"),
        "cooked_in": ("un rosso richiama il vino della cottura",),
        "as_asked": ("è lo stile che cercava",),
        "classic": ("è un abbinamento classico", "è un abbinamento classico e collaudato"),
        "fruit": ("il suo frutto generoso accompagna il piatto", "il suo frutto maturo dà slancio al piatto"),
    },
    offers=(
        "Se preferisce {asked}, me lo dica.",
        "Posso anche proporle {asked}.",
        "Mi chieda {asked} e gliene trovo un altro.",
    ),
    offer_options={"lighter": "qualcosa di più leggero", "bolder": "qualcosa di più corposo", "glass": "un calice",
                   "bottle": "una bottiglia"},
    offer_or="{a} o {b}",
    filler="Posso aprire una bottiglia o servire un calice, come preferisce il suo tavolo stasera.",
    goodbye=(
        "Con piacere, e buon appetito. {First} accompagnerà benissimo{company}. Se desidera un calice di "
        "qualcosa di dolce con il dessert, o un'altra bottiglia più tardi, me lo dica pure e le "
        "propongo qualcos'altro."
    ),
    company=" {dish}",
    greeting=(
        "Buonasera e benvenuti; sono il vostro sommelier stasera. Mi dica cosa mangia, o cosa le piace bere, "
        "e troverò la bottiglia giusta. Per cominciare, le consiglierei {first}."
    ),
    glass="al calice",
    notes_said={
        "not_grape": "Nessuno di questi è un {value}, quindi confermo la mia scelta.",
        "not_place": "Nessuno di questi viene {place}, quindi confermo la mia scelta.",
        "colour": "Sono già tutti {colours}, quindi confermo la mia scelta.",
        "missing": "Non abbiamo {value} in carta; le propongo quanto di più vicino.",
        "missing_place": "Niente {place} in carta va bene stasera; questi vengono da altre zone.",
    },
    colours_plural={"red": "rossi", "white": "bianchi", "rose": "rosati", "sparkling": "spumanti",
                    "dessert": "vini dolci", "orange": "vini macerati"},
    staff=(
        "Ci penserà volentieri il suo cameriere; io sono qui per il vino. {First} resta la mia scelta, e posso "
        "cercare altro quando vuole: un altro colore, un altro budget o un calice."
    ),
    facts_said={
        "fact_vintage": "{Name} è dell'annata {value}.",
        "fact_no_vintage": "{Name} è un vino senza annata, che unisce più vendemmie.",
        "fact_origin": "{Name} viene {place}.",
        "fact_origin_yes": "Sì: {name} viene {place}.",
        "fact_origin_no": "No: {name} viene {place}.",
        "fact_producer": "{Name} è prodotto da {value}.",
        "fact_grape": "{Name} è fatto con uve {value}.",
        "fact_grapes": "{Name} è un uvaggio di {value}.",
    },
    the_plate={
        "dessert": {"del piatto": "del dessert", "il piatto": "il dessert", "al piatto": "al dessert"},
        "cheese": {"del piatto": "del formaggio", "il piatto": "il formaggio", "al piatto": "al formaggio"},
        "several": {"del piatto": "dei piatti", "il piatto": "i piatti", "al piatto": "ai piatti", "senza coprirlo": "senza coprirli", "un piatto così ricco": "piatti così ricchi"},
    },
)  # fmt: skip

_GERMAN: Final = Phrasebook(
    colours={
        "red": "ein Rotwein", "white": "ein Weißwein", "rose": "ein Rosé", "sparkling": "ein Schaumwein",
        "dessert": "ein Süßwein", "orange": "ein Orange Wine", "frizzante": "ein Perlwein",
    },
    grape_of=" aus {grape}",
    grape_is_the_wine=True,
    lower_grapes=False,
    shape_before_grape=False,
    adjectives={
        "light": "leichter", "full": "kräftiger", "firm": "tanninreicher", "supple": "samtiger", "lively": "frischer",
        "soft": "runder", "saline": "salziger", "off_dry": "halbtrockener", "sweet": "süßer", "dry": "trockener",
        "oaky": "holzbetonter",
    },
    adjectives_again={
        "light": "zarter", "full": "üppiger", "firm": "strukturierter", "supple": "seidiger", "lively": "lebendiger",
        "soft": "runder", "saline": "salziger", "off_dry": "halbtrockener", "sweet": "süßer", "dry": "trockener",
        "oaky": "im Holz gereifter",
    },
    adjectives_after=False,
    joined="{a}, {b}",
    places=_places_in("de"),
    from_place="aus {place}",
    notes=" mit Noten von {flavours}",
    flavour_and="{a} und {b}",
    flavours=_flavours_in("de"),
    wine_article="",
    vowel_article="",
    own_dish="{dish}",
    own_dishes="{dish}",
    the_dish=("zum Gericht", "zu den Gerichten"),
    openings={
        "dish": (
            "{Dish} empfehle ich Ihnen den {first}.",
            "Meine erste Wahl {dish} wäre der {first}.",
            "{Dish} würde ich Ihnen den {first} einschenken.",
        ),
        "no_dish": ("Heute Abend empfehle ich Ihnen den {first}.", "Ich würde mit dem {first} beginnen."),
        "glass": ("Glasweise empfehle ich Ihnen {dish} den {first}.", "Glasweise empfehle ich Ihnen {dish} den {first}."),
        "glass_no_dish": ("Glasweise würde ich mit dem {first} beginnen.", "Für ein Glas heute Abend empfehle ich den {first}."),
        "cheaper": (
            "Etwas günstiger passt der {first} ebenso gut {dish}.",
            "Schonender für die Rechnung: Der {first} passt sehr schön {dish}.",
        ),
        "lighter": ("Leichter ist der {first}, und er passt gut {dish}.", "Für etwas Leichteres probieren Sie den {first}."),
        "bolder": ("Für mehr Körper empfehle ich den {first}.", "Kräftiger ist der {first}, ein guter Partner {dish}."),
        "other": ("Eine weitere schöne Wahl {dish} ist der {first}.", "Zur Abwechslung probieren Sie den {first}."),
        "step": ("Für etwas {comparative} probieren Sie den {first}.", "Wenn Sie etwas {comparative} möchten, ist der {first} eine gute Wahl."),
        "step_none": ("Etwas {comparative} gibt es in diesem Stil nicht auf unserer Karte; am nächsten kommt der {first}.",),
        "chosen": ("Eine ausgezeichnete Wahl: der {first} {dish}.", "Sehr gern, der {first}; er passt wunderbar {dish}."),
        "chosen_no_dish": ("Eine ausgezeichnete Wahl: der {first}.", "Sehr gern, der {first}; genießen Sie ihn."),
        "both": ("{Dish} passt als eine Flasche für alles der {first}.",),
        "cheaper_none": ("Günstiger gibt es in diesem Stil nichts auf unserer Karte; am günstigsten ist der {first}.",),
        "cheapest_shown": ("Der {first} ist bereits der günstigste dieses Stils auf unserer Karte.",),
        "lighter_none": ("Leichter gibt es in diesem Stil nichts auf unserer Karte; am nächsten kommt der {first}.",),
        "lightest_shown": ("Der {first} ist bereits der leichteste dieses Stils auf unserer Karte.",),
        "bolder_none": ("Kräftiger gibt es in diesem Stil nichts auf unserer Karte; am nächsten kommt der {first}.",),
        "fullest_shown": ("Der {first} ist bereits der kräftigste dieses Stils auf unserer Karte.",),
        "glass_none": ("Das schenken wir nicht glasweise aus, aber es gibt den {first} als Flasche.",),
        "budget_none": ("In Ihrem Budget haben wir leider nichts; am nächsten kommt der {first}.",),
        "about": ("Gern, hier noch einmal der {first} {dish}.",),
        "about_no_dish": ("Gern, hier noch einmal der {first}.",),
        "about_several": ("Gern, hier noch einmal alle {dish}, zuerst der {first}.",),
        "superlative": ("Von diesen ist {most} der {first}.",),
        "your_choice": ("Von diesen würde ich den {first} wählen.", "Ich persönlich würde den {first} nehmen."),
        "none": ("Leider haben wir genau das heute nicht; am nächsten kommt der {first}.",),
    },
    first_detail=("Er ist {identity}; {reason}.",),
    first_only=("Er ist {identity}.",),
    second=(
        "Wenn Sie {contrast} möchten: Der {name} ist {identity}; {reason}.",
        "Ebenfalls eine schöne Wahl ist der {name}, {identity}; {reason}.",
        "Eine Alternative ist der {name}, {identity}; {reason}.",
    ),
    second_only=("Wenn Sie {contrast} möchten: Der {name} ist {identity}.", "Eine Alternative ist der {name}, {identity}."),
    third=("Und schließlich noch der {name}, {identity}; {reason}.", "Außerdem passt der {name}, {identity}; {reason}."),
    third_only=("Und schließlich noch der {name}, {identity}.", "Außerdem passt der {name}, {identity}."),
    for_dish="Und {dish} der {name}, {identity}; {reason}.",
    for_dish_only="Und {dish} der {name}, {identity}.",
    contrasts={
        "colour": "{accusative}", "lighter": "etwas Leichteres", "fuller": "etwas Kräftigeres",
        "sweeter": "etwas Süße", "other": "eine andere Richtung",
    },
    reasons={
        "tannin": ("seine festen Tannine halten dem Fett des Gerichts stand", "sein Tannin hält der Fülle des Gerichts stand"),
        "soft_tannin": ("seine sanften Tannine überdecken das Gericht nicht", "samtig, wie er ist, überdeckt er das Gericht nicht"),
        "acidity_rich": ("seine Frische lässt das Gericht leichter wirken", "seine Säure gleicht die Fülle des Gerichts aus"),
        "acidity": ("seine Frische belebt das Gericht", "seine Lebendigkeit begleitet das Gericht, ohne es zu überdecken"),
        "light": ("seine Leichtigkeit lässt dem Gericht den Vortritt", "fein und zart, überdeckt er das Gericht nicht"),
        "full": ("sein Körper ist dem Gericht ebenbürtig", "er hat das Gewicht für ein so gehaltvolles Gericht"),
        "medium": ("mit mittlerem Körper begleitet er das Gericht gut",),
        "heat": ("sein moderater Alkohol feuert die Schärfe nicht an", "er bleibt frisch neben der Schärfe"),
        "sweet_dessert": ("er ist mindestens so süß wie das Dessert, wie es die goldene Regel verlangt",
                          "seine Süße hält mit dem Dessert mit, ohne dünn zu wirken"),
        "sweet_salty": ("seine Süße ist der klassische Gegenpol zum Salzigen",),
        "smoke": ("seine Röstnoten antworten auf das Rauchige des Gerichts", "sein Holz greift die Grillaromen auf"),
        "earth": ("seine erdigen Noten spiegeln das Gericht", "seine Noten von Waldboden greifen die Aromen des Gerichts auf"),
        "herbs": ("seine kräuterigen Noten greifen die Kräuter des Gerichts auf",),
        "bubbles": ("seine Perlage erfrischt den Gaumen bei jedem Bissen", "seine feinen Perlen reinigen den Gaumen"),
        "salt": ("seine Frische ist ein schöner Gegenpol zum Salz", "seine Säure erfrischt nach jedem salzigen Bissen"),
        "round": ("seine Rundheit umschmeichelt die Sauce", "seine runde Textur begleitet die Cremigkeit des Gerichts"),
        "cooked_in": ("er greift den Schmorwein im Gericht auf",),
        "as_asked": ("das ist der Stil, den Sie suchten",),
        "classic": ("das ist eine klassische Kombination", "das ist eine klassische, bewährte Kombination"),
        "fruit": ("seine saftige Frucht passt gut dazu", "seine reife Frucht gibt dem Gericht Schwung"),
    },
    offers=(
        "Wenn Sie {asked} möchten, sagen Sie es mir.",
        "Ich kann Ihnen auch {asked} vorschlagen.",
        "Sagen Sie mir, wenn Sie {asked} möchten, und ich finde Ihnen einen anderen.",
    ),
    offer_options={"lighter": "etwas Leichteres", "bolder": "etwas Kräftigeres", "glass": "ein Glas",
                   "bottle": "eine Flasche"},
    offer_or="{a} oder {b}",
    filler="Ich öffne gern eine Flasche oder schenke ein Glas ein, ganz wie es Ihrem Tisch heute Abend passt.",
    goodbye=(
        "Sehr gern, und guten Appetit. Der {first} wird{company} ein schöner Begleiter sein. Wenn Sie "
        "später ein "
        "Glas Süßes zum Dessert oder eine weitere Flasche möchten, fragen Sie mich einfach hier."
    ),
    company=" {dish}",
    greeting=(
        "Guten Abend und herzlich willkommen; ich bin heute Abend Ihr Sommelier. Sagen Sie mir, was "
        "Sie essen "
        "oder was Sie gern trinken, und ich finde die passende Flasche. Für den Anfang empfehle ich "
        "Ihnen den {first}."
    ),
    glass="das Glas",
    notes_said={
        "not_grape": "Keiner davon ist ein {value}, also bleibe ich bei meiner Auswahl.",
        "not_place": "Keiner davon kommt {place}, also bleibe ich bei meiner Auswahl.",
        "colour": "Es sind bereits alles {colours}, also bleibe ich bei meiner Auswahl.",
        "missing": "{value} haben wir nicht auf der Karte; hier ist, was dem am nächsten kommt.",
        "missing_place": "Nichts {place} auf unserer Karte passt heute Abend; diese Weine kommen von anderswo.",
    },
    colours_plural={"red": "Rotweine", "white": "Weißweine", "rose": "Rosés", "sparkling": "Schaumweine",
                    "dessert": "Süßweine", "orange": "Orange Wines"},
    staff=(
        "Darum kümmert sich Ihr Kellner gern; ich bin für den Wein da. Der {first} bleibt meine Empfehlung, und "
        "ich suche gern etwas anderes, wann immer Sie möchten: eine andere Farbe, ein anderes Budget oder ein Glas."
    ),
    facts_said={
        "fact_vintage": "Der {name} ist vom Jahrgang {value}.",
        "fact_no_vintage": "Der {name} ist ein Wein ohne Jahrgang, eine Cuvée aus mehreren Jahren.",
        "fact_origin": "Der {name} kommt {place}.",
        "fact_origin_yes": "Ja: Der {name} kommt {place}.",
        "fact_origin_no": "Nein: Der {name} kommt {place}.",
        "fact_producer": "Der {name} stammt von {value}.",
        "fact_grape": "Der {name} wird aus {value} gekeltert.",
        "fact_grapes": "Der {name} ist eine Cuvée aus {value}.",
    },
    the_plate={
        "dessert": {"des Gerichts": "des Desserts", "das Gericht": "das Dessert", "dem Gericht": "dem Dessert"},
        "cheese": {},
        "several": {"des Gerichts": "der Gerichte", "das Gericht": "die Gerichte", "dem Gericht": "den Gerichten", "ohne es zu": "ohne sie zu", "ein so gehaltvolles Gericht": "so gehaltvolle Gerichte"},
    },
)  # fmt: skip

_PORTUGUESE: Final = Phrasebook(
    colours={
        "red": "um tinto", "white": "um branco", "rose": "um rosé", "sparkling": "um espumante",
        "dessert": "um vinho doce", "orange": "um vinho laranja", "frizzante": "um frisante",
    },
    grape_of=" de {grape}",
    grape_is_the_wine=True,
    lower_grapes=True,
    shape_before_grape=False,
    adjectives={
        "light": "leve", "full": "encorpado", "firm": "tânico", "supple": "macio", "lively": "fresco",
        "soft": "redondo", "saline": "salino", "off_dry": "meio-seco", "sweet": "doce", "dry": "seco",
        "oaky": "com estágio em madeira",
    },
    adjectives_again={
        "light": "delicado", "full": "generoso", "firm": "estruturado", "supple": "sedoso", "lively": "vivo",
        "soft": "redondo", "saline": "salino", "off_dry": "meio-seco", "sweet": "doce", "dry": "seco",
        "oaky": "com passagem por madeira",
    },
    adjectives_after=True,
    joined="{a} e {b}",
    places=_places_in("pt"),
    from_place="de {place}",
    notes=", com notas de {flavours}",
    flavour_and="{a} e {b}",
    flavours=_flavours_in("pt"),
    wine_article="o",
    vowel_article="o ",
    own_dish="{dish}",
    own_dishes="{dish}",
    the_dish=("o prato", "os pratos"),
    openings={
        "dish": (
            "Para {dish}, proponho-lhe {first}.",
            "Com {dish}, a minha primeira escolha seria {first}.",
            "Para acompanhar {dish}, recomendava-lhe {first}.",
        ),
        "no_dish": ("Esta noite recomendava-lhe {first}.", "Começaria com {first}."),
        "glass": ("A copo, para {dish}, proponho-lhe {first}.", "Para um copo com {dish}, escolheria {first}."),
        "glass_no_dish": ("A copo, começaria com {first}.", "Para um copo esta noite, prove {first}."),
        "cheaper": (
            "Por um pouco menos, {first} vai igualmente bem com {dish}.",
            "Mais em conta, {first} combina muito bem com {dish}.",
        ),
        "lighter": ("Mais leve, {first} vai muito bem com {dish}.", "Para algo mais leve, prove {first}."),
        "bolder": ("Para mais corpo, proponho-lhe {first}.", "Mais encorpado, {first} vai muito bem com {dish}."),
        "other": ("Outra boa opção para {dish} é {first}.", "Para variar, prove {first}."),
        "step": ("Para algo {comparative}, prove {first}.", "Se o preferir {comparative}, {first} vai muito bem com {dish}."),
        "step_none": ("A nossa carta não tem nada {comparative} nesse estilo; o mais próximo é {first}.",),
        "chosen": ("Excelente escolha: {first} com {dish}.", "{First}, perfeito com {dish}."),
        "chosen_no_dish": ("Excelente escolha: {first}.", "{First}, perfeito; bom proveito."),
        "both": ("Para {dish}, a garrafa que serve tudo é {first}.",),
        "cheaper_none": ("Não há nada mais barato nesse estilo na nossa carta; o mais em conta é {first}.",),
        "cheapest_shown": ("{First} já é o mais em conta desse estilo na nossa carta.",),
        "lighter_none": ("A nossa carta não tem nada mais leve nesse estilo; o mais próximo é {first}.",),
        "lightest_shown": ("{First} já é o mais leve desse estilo na nossa carta.",),
        "bolder_none": ("A nossa carta não tem nada mais encorpado nesse estilo; o mais próximo é {first}.",),
        "fullest_shown": ("{First} já é o mais encorpado desse estilo na nossa carta.",),
        "glass_none": ("Não o servimos a copo, mas temos {first} à garrafa.",),
        "budget_none": ("Nada na nossa carta cabe no seu orçamento; o mais próximo é {first}.",),
        "about": ("Com gosto: aqui está de novo {first}, para {dish}.",),
        "about_no_dish": ("Com gosto: aqui está de novo {first}.",),
        "about_several": ("Com gosto, aqui estão de novo para {dish}; o primeiro é {first}.",),
        "superlative": ("Destes, {most} é {first}.", "Entre eles, {most} é {first}."),
        "your_choice": ("Destes, eu escolheria {first}.", "Eu, pessoalmente, ficaria com {first}."),
        "none": ("Não temos exatamente isso esta noite; o mais próximo na nossa carta é {first}.",),
    },
    first_detail=("Trata-se de {identity}; {reason}.", "É {identity}; {reason}."),
    first_only=("Trata-se de {identity}.", "É {identity}."),
    second=(
        "Se preferir {contrast}, {name} é {identity}; {reason}.",
        "Outra boa opção é {name}, {identity}: {reason}.",
        "Ou prove {name}, {identity}: {reason}.",
    ),
    second_only=("Se preferir {contrast}, {name} é {identity}.", "Ou prove {name}, {identity}."),
    third=("Por fim, {name} é {identity}; {reason}.", "Há também {name}, {identity}; {reason}."),
    third_only=("Por fim, {name} é {identity}.", "Há também {name}, {identity}."),
    for_dish="E para {dish}, {name}, {identity}: {reason}.",
    for_dish_only="E para {dish}, {name}, {identity}.",
    contrasts={
        "colour": "{colour}", "lighter": "algo mais leve", "fuller": "algo mais encorpado",
        "sweeter": "um toque de doçura", "other": "outro estilo",
    },
    reasons={
        "tannin": ("os seus taninos firmes cortam a gordura do prato", "os seus taninos têm a firmeza que o prato pede"),
        "soft_tannin": ("os seus taninos macios não chocam com o prato", "pela sua suavidade, não se sobrepõe ao prato"),
        "acidity_rich": ("a sua acidez refresca a boca", "a sua frescura equilibra a untuosidade do prato"),
        "acidity": ("a sua frescura realça o prato", "a sua vivacidade acompanha o prato sem se sobrepor"),
        "light": ("a sua leveza deixa o prato sobressair", "fino e delicado, não se sobrepõe ao prato"),
        "full": ("o seu corpo está à altura do prato", "tem o peso que um prato tão rico pede"),
        "medium": ("de corpo médio, acompanha bem o prato",),
        "heat": ("o seu álcool moderado não aviva o picante", "mantém-se fresco perante o picante"),
        "sweet_dessert": ("cumpre a regra de ouro: é pelo menos tão doce como a sobremesa",
                          "tem doçura à altura da sobremesa, por isso não parece ácido"),
        "sweet_salty": ("a sua doçura é o contraponto clássico do salgado",),
        "smoke": ("as suas notas tostadas respondem ao fumado do prato", "a madeira acompanha os sabores da brasa"),
        "earth": ("as suas notas terrosas ecoam o prato", "as suas notas de bosque lembram os sabores do prato"),
        "herbs": ("as suas notas herbáceas acompanham as ervas do prato",),
        "bubbles": ("as suas bolhas refrescam o palato a cada garfada", "a bolha fina limpa o palato"),
        "salt": ("a sua frescura equilibra o sal", "a sua vivacidade refresca depois de cada garfada salgada"),
        "round": ("a sua redondeza envolve o molho", "a sua textura redonda acompanha a cremosidade do prato"),
        "cooked_in": ("um tinto acompanha o vinho do molho",),
        "as_asked": ("é o estilo que procurava",),
        "classic": ("é uma harmonização clássica", "é uma harmonização clássica e comprovada"),
        "fruit": ("a sua fruta generosa acompanha o prato", "a sua fruta madura dá vida ao prato"),
    },
    offers=(
        "Se preferir {asked}, diga-me.",
        "Também lhe posso propor {asked}.",
        "Peça-me {asked} e encontro-lhe outro.",
    ),
    offer_options={"lighter": "algo mais leve", "bolder": "mais encorpado", "glass": "um copo",
                   "bottle": "uma garrafa"},
    offer_or="{a} ou {b}",
    filler="Posso abrir uma garrafa ou servir um copo, como for melhor para a sua mesa esta noite.",
    goodbye=(
        "Com todo o gosto. Bom apetite! {First} vai acompanhar muito bem{company}. Se quiser um "
        "copo de algo "
        "doce com a sobremesa, ou outra garrafa mais tarde, é só dizer e sugiro-lhe outro."
    ),
    company=" {dish}",
    greeting=(
        "Boa noite e bem-vindos; sou o vosso escanção esta noite. Diga-me o que vai comer, ou o que gosta de "
        "beber, e encontro a garrafa certa. Para começar, recomendava-lhe {first}."
    ),
    glass="o copo",
    notes_said={
        "not_grape": "Nenhum destes é um {value}, por isso mantenho a minha escolha.",
        "not_place": "Nenhum destes vem {place}, por isso mantenho a minha escolha.",
        "colour": "Já são todos {colours}, por isso mantenho a minha escolha.",
        "missing": "Não temos {value} na nossa carta; eis o mais próximo.",
        "missing_place": "Nada {place} na nossa carta serve esta noite; estes vêm de outras regiões.",
    },
    colours_plural={"red": "tintos", "white": "brancos", "rose": "rosés", "sparkling": "espumantes",
                    "dessert": "vinhos doces", "orange": "vinhos laranja"},
    staff=(
        "O seu empregado trata disso com todo o gosto; eu estou aqui para o vinho. {First} continua a ser a minha "
        "escolha, e posso procurar outra coisa quando quiser: outra cor, outro orçamento ou um copo."
    ),
    facts_said={
        "fact_vintage": "{Name} é da colheita de {value}.",
        "fact_no_vintage": "{Name} não tem colheita: é um lote de vários anos.",
        "fact_origin": "{Name} vem {place}.",
        "fact_origin_yes": "Sim: {name} vem {place}.",
        "fact_origin_no": "Não: {name} vem {place}.",
        "fact_producer": "{Name} é produzido por {value}.",
        "fact_grape": "{Name} é feito de {value}.",
        "fact_grapes": "{Name} é um lote de {value}.",
    },
    the_plate={
        "dessert": {"do prato": "da sobremesa", "o prato": "a sobremesa", "ao prato": "à sobremesa"},
        "cheese": {"do prato": "do queijo", "o prato": "o queijo", "ao prato": "ao queijo"},
        "several": {"do prato": "dos pratos", "o prato": "os pratos", "ao prato": "aos pratos", "um prato tão rico": "pratos tão ricos"},
    },
)  # fmt: skip

PHRASEBOOKS: Final[Mapping[str, Phrasebook]] = {
    "fr": _FRENCH,
    "es": _SPANISH,
    "it": _ITALIAN,
    "de": _GERMAN,
    "pt": _PORTUGUESE,
}

# A name that carries its own article: never "the The ..." or "le La Montesa".
OWN_ARTICLE: Final = re.compile(r"(?:the|la|le|les|las|los|el|il|lo|i|gli|o|a|der|die|das)\s|l'", re.IGNORECASE)
# The articles a diner writes before a dish, and those run into a preposition ("au bœuf", "alla bistecca").
_DISH_ARTICLES: Final[Mapping[str, Mapping[str, str]]] = {
    "fr": {"le": "le", "la": "la", "les": "les", "l'": "l'", "au": "le", "aux": "les", "du": "le", "des": "les"},
    "es": {"el": "el", "la": "la", "los": "los", "las": "las", "al": "el", "del": "el"},
    "it": {
        "il": "il", "lo": "lo", "la": "la", "i": "i", "gli": "gli", "le": "le", "l'": "l'", "al": "il", "allo": "lo",
        "alla": "la", "all'": "l'", "ai": "i", "agli": "gli", "alle": "le", "col": "il", "coi": "i", "del": "il",
        "dello": "lo", "della": "la", "dell'": "l'", "dei": "i", "degli": "gli", "delle": "le",
    },
    "de": {"zum": "zum", "zur": "zur", "zu den": "zu den"},
    "pt": {
        "o": "o", "a": "a", "os": "os", "as": "as", "ao": "o", "aos": "os", "à": "a", "às": "as", "do": "o", "da": "a",
        "dos": "os", "das": "as", "no": "o", "na": "a", "pelo": "o", "pela": "a",
    },
}  # fmt: skip
# An article the diner's words for the dish already begin with ("unas navajas", "as sardinhas").
_LEADING_ARTICLE: Final = re.compile(
    r"^(?:le|la|les|l'|un|une|des|el|los|las|unos|unas|il|lo|gli|i|o|os|as|a|um|uma|uns|umas|der|die|das|ein|eine)\s+",
    re.IGNORECASE,
)
# German dishes by the gender of their last word, for "zum Schnitzel", "zur Forelle", "zu den Spätzle".
_GERMAN_GENDERS: Final = {
    **dict.fromkeys(
        word_list(
            "schnitzel, fondue, steak, lamm, ragout, ragu, filet, kotelett, huhn, hähnchen, hendl, "
            "reh, wild, gulasch, risotto, carpaccio, tatar, tartar, brot, ei, gericht, menü, "
            "raclette, brettl, omelett, roastbeef, gröstl, geschnetzeltes, schäufele"
        ),
        "zum",
    ),
    **dict.fromkeys(
        word_list(
            "braten, strudel, schmarrn, spitz, fisch, käse, salat, kuchen, burger, eintopf, auflauf, "
            "hirsch, lachs, saibling, zander, barsch, hummer, oktopus, schinken, speck, knödel, "
            "teller, aufschnitt, rücken, spieß, kaiserschmarrn"
        ),
        "zum",
    ),
    **dict.fromkeys(
        word_list(
            "forelle, suppe, torte, ente, gans, wurst, pasta, pizza, platte, pastete, terrine, tarte, "
            "pašticada, pasticada, peka, quiche, brust, keule, schulter, leber, haxe, brotzeit, jause"
        ),
        "zur",
    ),
    **dict.fromkeys(
        word_list(
            "muscheln, calamari, spätzle, nudeln, garnelen, austern, scampi, gnocchi, ravioli, tapas, "
            "pommes, sardinen, schnecken, meeresfrüchte, krapfen, tacos, ribs"
        ),
        "zu den",
    ),
}
# Italian wines named after a grape the language makes feminine: "la Barbera d'Asti".
_ITALIAN_FEMININE: Final = re.compile(
    r"^(?:barbera|falanghina|malvasia|vitovska|ribolla|vernaccia|freisa|bonarda|croatina|passerina|schiava|"
    r"lacrima|garganega|nosiola|erbaluce|vespaiola|durella|malvazija)\b",
    re.IGNORECASE,
)
# How a producer follows the wine: "le Sancerre du Domaine Vacheron", "il Fiano della Cantina X".
_MAKERS: Final[Mapping[str, tuple[tuple[re.Pattern[str], str], ...]]] = {
    "fr": (
        (re.compile(r"^(?:domaine|château|chateau|clos|mas|moulin|cellier|vignoble)\b", re.I), "du {maker}"),
        (re.compile(r"^(?:maison|cave|famille|cantina|bodega|quinta|tenuta)\b", re.I), "de la {maker}"),
        (re.compile(r"^les\s", re.I), "des {rest}"),
        (re.compile(r"^le\s", re.I), "du {rest}"),
        (re.compile(r"^[aeiouhéèâîôû]", re.I), "d'{maker}"),
    ),
    "es": ((re.compile(r"^el\s", re.I), "del {rest}"),),
    "it": (
        (
            re.compile(r"^(?:cantina|tenuta|fattoria|cascina|masseria|azienda|tenute|kellerei|bodega|quinta)\b", re.I),
            "della {maker}",
        ),
        (re.compile(r"^cantine\b", re.I), "delle {maker}"),
        (re.compile(r"^(?:castello|podere|feudo|borgo|domaine|chateau|château|weingut)\b", re.I), "del {maker}"),
        (re.compile(r"^il\s", re.I), "del {rest}"),
        (re.compile(r"^la\s", re.I), "della {rest}"),
        (re.compile(r"^i\s", re.I), "dei {rest}"),
        (re.compile(r"^le\s", re.I), "delle {rest}"),
        (re.compile(r"^feudi\b", re.I), "dei {maker}"),
        (re.compile(r"^[aeiou]", re.I), "d'{maker}"),
    ),
    "de": (
        (
            re.compile(r"^(?:domaine|domäne|quinta|tenuta|bodega|cantina)\b|(?:kellerei|genossenschaft)\b", re.I),
            "von der {maker}",
        ),
        (
            re.compile(
                r"^(?:weingut|gut|schloss|stift|château|chateau|weinhaus|podere|castello)\b|\w(?:hof|gut)\b", re.I
            ),
            "vom {maker}",
        ),
    ),
    "pt": (
        (re.compile(r"^(?:quinta|casa|adega|herdade|sociedade)\b", re.I), "da {maker}"),
        (re.compile(r"^(?:domaine|château|chateau|monte)\b", re.I), "do {maker}"),
    ),
}
_MAKER_DEFAULT: Final = {
    "fr": "de {maker}",
    "es": "de {maker}",
    "it": "di {maker}",
    "de": "von {maker}",
    "pt": "de {maker}",
}
_FRIZZANTE: Final = re.compile(r"\b(?:frizzante|pet[- ]?nat|ancestral|ancestrale|petillant|perlwein|aguja)\b")
_VOWEL: Final = re.compile(r"[aeiouh]", re.IGNORECASE)
# Words whose "h" keeps its article whole: "le Haut-Médoc", never "l'Haut-Médoc".
_H_ASPIRE: Final = re.compile(r"h(?:aut|omard|areng|aricot|achis|ongr)", re.IGNORECASE)
# "de herbes" is "d'herbes", "de olive" "d'olive".
_FRENCH_ELISION: Final = re.compile(r"\b([dl])e (?!h(?:aut|omard|areng|aricot|achis|ongr))([aeiouyhéèêâîôûœAEIOUÉ])")
# French sets a (non-breaking) space before its double marks.
_FRENCH_MARKS: Final = re.compile(r" ([;:?!])")
_WORDS: Final = re.compile(r"\S+")
_GERMAN_SMALL_WORDS: Final = frozenset(
    word_list("mit, und, oder, vom, von, aus, auf, nach, dem, der, die, das, den, zum, zur, in, im, an, am")
)
# "e erbe" is "ed erbe", "y iberico" "e ibérico" (not before "hie": "y hierbas").
_EUPHONY: Final = {
    "it": (re.compile(r"\be (?=[eEéÉèÈ])"), "ed "),
    "es": (re.compile(r"\by (?=[iIíÍ]|h[iIíÍ](?![aeAE]))"), "e "),
}
MIN_WORDS: Final = 35
MAX_WORDS: Final = 110
# Light, medium and full, as the words say them: "lighter" only of a wine the words call lighter.
_WEIGHT_CLASSES: Final = {1: 0, 2: 0, 3: 1, 4: 2, 5: 2}


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fold(text: str) -> str:
    return fold_text(text).strip()


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


def _dish_with_article(dish: str, text: str, language: str, book: Phrasebook) -> str:
    """The dish as the diner wrote it, with the article they gave it ("l'agneau"; "alla bistecca" is
    "la bistecca"); without one, the phrasebook's ("votre agneau", "la tagliata"). German says it
    with its preposition: "zum Schnitzel"."""
    dish = _LEADING_ARTICLE.sub("", dish.strip())
    words = dish.split()
    # The whole name, else its first words the diner used: "l'osso buco" of "osso buco alla milanese".
    for size in range(len(words), 0, -1):
        head = " ".join(words[:size])
        found = re.search(rf"(?<!\w){re.escape(head)}(?!\w)", text, re.IGNORECASE)
        if found is None or (size < len(words) and len(head) < 4):
            continue
        written = text[found.start() : found.end()] + (" " + " ".join(words[size:]) if size < len(words) else "")
        said = re.search(r"((?:\bzu den)|\b[\w']+'|\b\w+)\s*$", text[: found.start()])
        article = _DISH_ARTICLES[language].get(said.group(1).lower(), "") if said else ""
        if article:
            return f"{article}{'' if article.endswith(chr(39)) else ' '}{_german_nouns(written, language)}"
        dish = written
        break
    if language == "de":
        dish = _german_nouns(dish, language)
        last = _fold(dish.split()[-1]) if dish.split() else ""
        gender = next((prep for end, prep in sorted(_GERMAN_GENDERS.items(), key=lambda item: -len(item[0]))
                       if last.endswith(_fold(end))), "zu")  # fmt: skip
        return f"{gender} {dish}"
    if dish[1:2].islower():
        dish = dish[:1].lower() + dish[1:]  # "Huîtres de Cancale" from the menu, inside a sentence
    plural = dish.split(" ")[0].endswith(("s", "x")) and language in ("fr", "es", "pt")
    own = book.own_dishes if plural else book.own_dish
    if own == "{dish}":
        return f"{_guessed_article(dish, language)}{dish}"
    return own.format(dish=dish)


# A cheese board's cheeses other than its blue, when there are several (``board_parts``).
_OTHER_CHEESES: Final = {
    "fr": "les autres fromages", "es": "los otros quesos", "it": "gli altri formaggi",
    "de": "zu den anderen Käsesorten", "pt": "os outros queijos",
}  # fmt: skip


def _as_the_diner_said(subject: str, result: Recommendations) -> str:
    """A dish a wine is for, as the diner or the menu named it: the profile says "oysters" and
    "leg of lamb" for English sentences, the diner said "les huîtres" and "le gigot d'agneau"."""
    said = [words for words in result.parsed.dish_words if _found(words, result.parsed.text)]
    if len(said) == len(result.dish_profiles):
        names = said  # "l'agneau puis la crème brûlée": the diner's words, not the menu's English
    else:
        names = [dish.name for dish in result.dishes] + list(result.turn.dish_words)
    for name, profile in zip(names, result.dish_profiles, strict=False):
        if profile.subject == subject and not _found(subject, result.parsed.text):
            return name
    return subject


def _found(dish: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(dish.strip())}(?!\w)", text, re.IGNORECASE) is not None


def _german_nouns(dish: str, language: str) -> str:
    """German writes its nouns with a capital: "Wiener Schnitzel", not the menu's "Wiener schnitzel"."""
    if language != "de":
        return dish
    return " ".join(word if word in _GERMAN_SMALL_WORDS else _upper_first(word) for word in dish.split(" "))


def _guessed_article(dish: str, language: str) -> str:
    """Nouns tell their gender by their ending, mostly: "la bistecca", "o polvo", "la terrine", "le fromage"."""
    head = _fold(dish).split(" ")[0] if dish.strip() else ""
    if language == "fr":
        if head.endswith(("s", "x")):
            return "les "
        if _VOWEL.match(head[:1] or "x") and not _H_ASPIRE.match(head):
            return "l'"
        return "la " if head.endswith("e") and not head.endswith(("age", "isme", "ome")) else "le "
    if language == "es":
        return (
            "las "
            if head.endswith("as")
            else ("los " if head.endswith(("os", "es")) else ("la " if head.endswith("a") else "el "))
        )
    if language == "it":
        if _VOWEL.match(head[:1] or "x") and not head.startswith("h"):
            return "l'"
        if re.match(r"s[^aeiouy]|z|gn|ps", head):
            return "lo "
        if head.endswith(("elle", "ine", "ette", "otte")):
            return "le "  # "le tagliatelle", "le orecchiette"; "il tagliere", "il pesce"
        return "la " if head.endswith("a") else ("i " if head.endswith("i") else "il ")
    if head.endswith("as"):
        return "as "
    if head.endswith("os"):
        return "os "
    return "a " if head.endswith("a") else "o "


def _dish_phrase(result: Recommendations, language: str, book: Phrasebook) -> str:
    understood = result.understood
    if understood.dish_source in ("mains", "vegan", "vegetarian", "desserts"):
        return ""  # "tonight's mains": the wines are for the table, said without a dish
    dish = (understood.in_a_sentence or understood.dish or "").strip()
    if not dish or dish.startswith("tonight's"):
        return ""
    named = dish.split(" and ")
    text = result.parsed.text
    said = result.parsed.dish_words
    if not any(_found(each, text) for each in named):
        if said and all(_found(each, text) for each in said):
            named = list(said)  # "l'agneau" for the menu's "Roast lamb shoulder": the diner's words
        elif understood.dish_source == "conversation":
            # "Moins cher ?": the dish talked about, not named again (nor in the menu's English).
            return book.the_dish[len(named) > 1]
    # Two dishes are joined in the diner's language: "la pizza margherita e la marinara".
    dishes = [_dish_with_article(each, text, language, book) for each in named]
    if len(dishes) > 1 and language in ("fr", "es"):
        # "votre magret, la sole et votre risotto" reads as two hosts: one "votre" for the table,
        # the others with their article ("les huîtres, la terrine et le magret").
        own = book.own_dish.split("{")[0]
        dishes = [dishes[0], *(_guessed_article(each.removeprefix(own), language) + each.removeprefix(own)
                               if each.startswith(own) else each for each in dishes[1:])]  # fmt: skip
    if language == "fr":
        dishes = [re.sub(r"\b([Bb])oeuf", r"\1œuf", each) for each in dishes]
    return dishes[0] if len(dishes) == 1 else book.joined.format(a=", ".join(dishes[:-1]), b=dishes[-1])


# Where a wine comes from is said "della Toscana" of the wine and "dalla Toscana" after "viene".
_FROM_IN_ITALIAN: Final = re.compile(r"^d(?:i|e)(ll[aeo']?|l|gli|i)?(?=[ ']|\w)")


def _place(region: str, book: Phrasebook) -> str:
    place = region.split(",")[0].strip()
    named = book.places.get(_fold(place)) or book.places.get(_fold(place).removeprefix("the "))
    if named is not None:
        return named
    if book is _ITALIAN and _VOWEL.match(_fold(place)[:1] or "x") and not _fold(place).startswith("h"):
        return f"dell'{place}"  # "dell'Umbria": before a vowel the article is the same for both genders
    if book is _FRENCH and _VOWEL.match(_fold(place)[:1] or "x") and not _H_ASPIRE.match(_fold(place)):
        return f"d'{place}"
    return book.from_place.format(place=place)


# After "plus rond ?", "meno tannico?": the shape words that would read as the opposite of what
# was asked (the English writer's ``_AGAINST_THE_STEP``, in this writer's keys).
_AGAINST_THE_STEP: Final = {
    "acidity-": frozenset({"lively"}),
    "acidity+": frozenset({"soft"}),
    "tannin-": frozenset({"firm"}),
    "tannin+": frozenset({"supple"}),
    "sweetness-": frozenset({"off_dry", "sweet"}),
    "oak-": frozenset({"oaky"}),
    "body-": frozenset({"full"}),
    "body+": frozenset({"light"}),
}


def _adjectives(pick: Pick, steps: frozenset[str] = frozenset()) -> list[str]:
    """At most two words for the wine's shape, in the order a sommelier says them."""
    profile, colour = pick.profile, pick.wine.colour
    words: list[str] = []
    if profile.sweetness >= 3 and colour != "dessert":
        words.append("sweet")
    elif 1 <= profile.sweetness <= 2:
        words.append("off_dry")
    elif profile.sweetness == 0 and colour in ("rose", "orange"):
        words.append("dry")
    sweet_wine = colour == "dessert" or fortified(pick.wine.name, pick.wine.region)
    if profile.body <= 2 and not sweet_wine:
        words.append("light")
    elif profile.body >= 4:
        words.append("full")
    if colour in ("red", "orange") and profile.tannin >= 4:
        words.append("firm")
    elif colour == "red" and profile.tannin <= 2:
        words.append("supple")
    elif colour != "red" and profile.acidity >= 4 and not sweet_wine:
        words.append("lively")
    elif colour != "red" and profile.acidity <= 2:
        words.append("saline" if "saline" in profile.style_words and profile.sweetness == 0 else "soft")
    if called_oaky(profile, colour=colour) and not fortified(pick.wine.name, pick.wine.region):
        words.append("oaky")
    against = frozenset().union(*(_AGAINST_THE_STEP.get(key, frozenset()) for key in steps))
    words = [word for word in words if word not in against]
    return words[-2:] if len(words) > 2 else words


def _identity(
    facts: WineFacts,
    pick: Pick,
    language: str,
    book: Phrasebook,
    said: set[str],
    *,
    with_flavours: bool,
    steps: frozenset[str] = frozenset(),
) -> str:
    """ "un rouge de syrah ample et tannique du Rhône septentrional, aux notes d'olive et de poivre"."""
    grape = facts.grapes[0] if len(facts.grapes) == 1 else ""
    if grape and (_fold(grape) in said or _fold(grape) in _fold(facts.display)):
        grape = ""
    colour = "frizzante" if _FRIZZANTE.search(_fold(facts.name)) else facts.colour
    named_by_grape = bool(grape) and book.grape_is_the_wine and colour in ("red", "white")
    grape_said = grape.lower() if book.lower_grapes else grape
    wine = f"{book.colours['red'].split()[0]} {grape_said}" if named_by_grape else book.colours.get(colour, "")
    wine = wine or book.colours["red"]
    grape_of = book.grape_of.format(grape=grape.lower() if book.lower_grapes else grape) if grape else ""
    if grape_of and not named_by_grape and not book.adjectives_after:
        article, _, noun = wine.partition(" ")
        wine = f"{article} {grape.replace(' ', '-')}-{noun}"  # "ein Chardonnay-Schaumwein", not "Schaumwein aus Chardonnay aus ..."
    elif grape_of and not named_by_grape and not book.shape_before_grape:
        wine += grape_of  # "un rouge de syrah"
    # The same shape as a wine before it in other words ("léger et vif", then "délicat et tendu"),
    # and a third time not at all: its place and flavours set it apart.
    shape = tuple(_adjectives(pick, steps))
    key = f"shape:{'/'.join(shape)}"
    times = sum(1 for said_before in said if said_before.startswith(f"{key}#"))
    words = book.adjectives if times == 0 else book.adjectives_again
    adjectives = [words[word] for word in shape] if times < 2 else []
    said.add(f"{key}#{times}")
    if adjectives and book.adjectives_after:  # "un rouge de syrah ample et tannique"
        wine += " " + (adjectives[0] if len(adjectives) == 1 else book.joined.format(a=adjectives[0], b=adjectives[1]))
    if grape_of and not named_by_grape and book.shape_before_grape:
        wine += grape_of  # "un rosso tannico da uve Sangiovese"
    if adjectives and not book.adjectives_after:  # "ein kräftiger, tanninreicher Syrah"
        article, _, noun = wine.partition(" ")
        wine = f"{article} {', '.join(adjectives)} {noun}"
    region = facts.region.split(",")[0].strip()
    if region and _fold(region) not in said and _fold(region) not in _fold(facts.display):
        wine += f" {_place(region, book)}"
    said.update(_fold(part) for part in (grape, region) if part)
    flavours = [book.flavours[flavour] for flavour in facts.flavours if flavour in book.flavours][:2]
    if with_flavours and flavours:
        listed = book.flavour_and.format(a=flavours[0], b=flavours[1]) if len(flavours) == 2 else flavours[0]
        notes = book.notes.format(flavours=listed)
        # "un rouge aux notes de fraise": no comma after a wine said in two words.
        wine += notes.removeprefix(",") if len(wine.split()) <= 2 else notes
    return _FRENCH_ELISION.sub(r"\1'\2", wine) if language == "fr" else wine


def _price(facts: WineFacts, book: Phrasebook) -> str:
    """ "€12.50 a glass" as the language writes it: "12,50 € le verre"."""
    if not facts.price:
        return ""
    found = re.match(r"^(CA\$|A\$|NZ\$|[$€£¥])?([\d,]+(?:\.\d+)?)(?: ([A-Z]{3}))?", facts.price)
    if found is None:
        return f" ({facts.price})"
    symbol, number, code = found.group(1) or "", found.group(2), found.group(3) or ""
    amount = Decimal(number.replace(",", ""))
    written = f"{amount:,.2f}" if amount != amount.to_integral_value() else f"{amount:,.0f}"
    written = written.replace(",", "\u202f").replace(".", ",")
    glass = f" {book.glass}" if facts.price.endswith(" a glass") else ""
    return f" ({written} {symbol or code}{glass})"


def _named(facts: WineFacts, language: str, book: Phrasebook) -> str:
    """The wine with its article, its producer after it: "le Sancerre du Domaine Vacheron",
    "l'Albariño", "la Barbera d'Asti di Vietti"."""
    display, name = facts.display, facts.name
    maker = display[: -len(name)].strip() if display != name and display.endswith(name) else ""
    if maker:
        rule = next((said for pattern, said in _MAKERS[language] if pattern.search(maker)), _MAKER_DEFAULT[language])
        display = f"{name} {rule.format(maker=maker, rest=maker.split(' ', 1)[-1])}"
    folded = _fold(display)
    if OWN_ARTICLE.match(display) or not book.wine_article:
        article = ""
    elif language == "it" and _ITALIAN_FEMININE.match(folded):
        article = "l'" if _VOWEL.match(folded[:1]) else "la "
    elif language == "it" and re.match(r"s[^aeiouy]|z|gn|ps", folded):
        article = "lo "
    elif _VOWEL.match(folded[:1] or "x") and not _H_ASPIRE.match(folded):
        article = book.vowel_article
    else:
        article = f"{book.wine_article} "
    return f"{article}{display}{_price(facts, book)}"


def _reason(
    facts: WineFacts,
    pick: Pick,
    book: Phrasebook,
    used: set[str],
    rng: random.Random,
    *,
    proteins: frozenset[str | None] | None,
    dish_said: str,
    course: str = "",
) -> str | None:
    """The wine's first reason whose kind no earlier wine gave, in the diner's language. With no
    dish (``proteins`` None), only what the wine is: the style asked for, its bubbles."""
    dish = pick.for_dish or dish_said
    kinds = [kind for kind in (reason_kind(reason, dish) for reason in facts.reasons) if kind is not None]
    if proteins is None:
        kinds = [kind for kind in kinds if kind in ("as_asked", "bubbles")]
    elif facts.reasons:
        kinds += _kinds_from_shape(pick, proteins)
    for kind in kinds:
        if kind not in used and kind in book.reasons:
            used.add(kind)
            reason = rng.choice(book.reasons[kind])
            for plate, said in book.the_plate.get(course, {}).items():
                reason = re.sub(rf"\b{re.escape(plate)}\b", said, reason)
            return reason
    return None


def _plate(result: Recommendations, pick: Pick) -> str:
    """What "le plat" of a reason is: the dessert, the cheese, several dishes, or a plate."""
    if pick.for_dish:
        return ""
    proteins = {profile.protein for profile in result.dish_profiles}
    if proteins and proteins <= {"dessert", "chocolate"}:
        return "dessert"
    if proteins == {"cheese"}:
        return "cheese"
    return "several" if len(result.dish_profiles) > 1 else ""


def _contrast(first: WineFacts, other: WineFacts, book: Phrasebook) -> str:
    if other.colour != first.colour:
        colour = book.colours.get(other.colour, book.colours["red"])
        # "Wenn Sie einen Weißwein möchten": German's wines are masculine, wanted in the accusative.
        return book.contrasts["colour"].format(colour=colour, accusative=re.sub(r"^ein ", "einen ", colour))
    weight, first_weight = _WEIGHT_CLASSES.get(other.body, 1), _WEIGHT_CLASSES.get(first.body, 1)
    if weight != first_weight:
        return book.contrasts["lighter" if weight < first_weight else "fuller"]
    if other.sweetness > first.sweetness:
        return book.contrasts["sweeter"]
    return book.contrasts["other"]


def _opening(
    result: Recommendations, language: str, book: Phrasebook, dish: str, first: str, rng: random.Random
) -> str:
    """The first sentence: the dish and the first wine, said as the turn asks (a refinement, a
    step, "the driest", the sommelier's own pick...)."""
    key = _opening_key(result, dish)
    if key == "clash":
        choices = _CLASH_OPENINGS[language]
    elif key.startswith("fit "):
        choices = _FIT_OPENINGS[language][key.removeprefix("fit ")]
    else:
        choices = book.openings[key]
    if not dish:
        # No dish to name: the same kind of opening without one, else the plain one.
        choices = tuple(each for each in choices if "{dish}" not in each.lower()) or book.openings["no_dish"]
    template = rng.choice(choices)
    said_as = _steps_in(language)
    comparatives = [said_as[step.key] for step in result.steps] or [""]
    comparative = comparatives[0]
    if len(comparatives) > 1:
        comparative = book.joined.format(a=", ".join(comparatives[:-1]), b=comparatives[-1])
    superlative = result.parsed.said.superlative if result.parsed.said is not None else None
    words = {
        "dish": dish,
        "first": first,
        "comparative": comparative,
        "most": _superlatives_in(language)[superlative.word] if superlative else "",
        "why": clash_reason(result, language) if key == "clash" else "",
    }
    return template.format(**words, **{key.title(): _upper_first(value) for key, value in words.items()})


def _within(pick: Pick, constraints: Constraints) -> bool:
    """Whether a wine shown is within the budget asked (on the basis asked: glass or bottle)."""
    price = price_of(pick.wine, constraints)
    return (constraints.max_price is None or price <= constraints.max_price) and (
        constraints.min_price is None or price >= constraints.min_price
    )


def _opening_key(result: Recommendations, dish: str) -> str:
    refinements = result.understood.refinements
    constraints = result.constraints
    first = result.picks[0]
    shown = first.wine.pk in result.turn.exclude_wine_ids  # the closest is a wine just shown
    if result.understood.named_clash and dish:
        return "clash"
    if result.understood.fit and dish:
        worried = result.understood.fit == "yes" and result.parsed.said is not None and result.parsed.said.fit_worry
        return "fit not too" if worried else f"fit {result.understood.fit}"
    if result.nothing_fits:
        if "cheaper" in refinements:
            return "cheapest_shown" if shown else "cheaper_none"
        if "lighter" in refinements:
            return "lightest_shown" if shown else "lighter_none"
        if "bolder" in refinements:
            return "fullest_shown" if shown else "bolder_none"
        if constraints.by_the_glass and first.wine.glass_price is None:
            return "glass_none"
        missing = result.understood.names_missing or result.understood.places_missing
        if missing and all(_within(pick, constraints) for pick in result.picks):
            return "dish" if dish else "no_dish"  # the preamble said what is missing; the rest fits
        only_budget = not (constraints.grapes or constraints.colours or constraints.appellations or constraints.places)
        return "budget_none" if only_budget and constraints.max_price is not None else "none"
    if "chosen" in refinements:
        return "chosen" if dish else "chosen_no_dish"
    said = result.parsed.said
    if "about" in refinements and said is not None and said.your_choice:
        return "your_choice"  # "lequel choisiriez-vous ?": the sommelier's own pick first, then the others
    if "about" in refinements and said is not None and said.superlative is not None:
        return "superlative"  # of several, the one that is most so is named first (``_the_most_first``)
    if "about" in refinements:
        return "about_several" if len(result.picks) > 1 and dish else ("about" if dish else "about_no_dish")
    if dish and len(result.picks) > 2 and all(pick.for_dish for pick in result.picks[1:3]):
        return "both"
    if "cheaper" in refinements and dish:
        return "cheaper"
    if "lighter" in refinements:
        # Lighter than the heaviest shown but not than the wine led with: the list goes no lighter.
        return "lighter" if past_the_lead(first.profile.body, result.turn) else "lighter_none"
    if "bolder" in refinements:
        return "bolder" if past_the_lead(first.profile.body, result.turn) else "bolder_none"
    if result.steps and "other" in refinements:
        return "step" if all(step.past(first.profile) for step in result.steps) else "step_none"
    if "other" in refinements or "like" in refinements:
        return "other"
    if constraints.by_the_glass:
        return "glass" if dish else "glass_no_dish"
    return "dish" if dish else "no_dish"


def _offer(result: Recommendations, book: Phrasebook) -> str:
    refinements = result.understood.refinements
    options = [
        *([] if "lighter" in refinements else [book.offer_options["lighter"]]),
        *([] if "bolder" in refinements else [book.offer_options["bolder"]]),
        book.offer_options["bottle" if result.constraints.by_the_glass else "glass"],
    ]
    asked = book.offer_or.format(a=", ".join(options[:-1]), b=options[-1]) if len(options) > 1 else options[0]
    return book.offers[result.turn.turn_index % len(book.offers)].format(asked=asked)


def _polished(text: str, language: str) -> str:
    """The language's own spelling of the joins: "ed erbe", "e hinojo", "aux notes\u00a0: ..."."""
    if language in _EUPHONY:
        said_as, joined_as = _EUPHONY[language]
        text = said_as.sub(joined_as, text)
    if language == "fr":
        text = _FRENCH_MARKS.sub("\u00a0\\1", text)
    return text


def _notes(notes: Sequence[Note], count: int, book: Phrasebook) -> list[str] | None:
    """The notes before the wines, or None when one cannot be said here (of a single wine)."""
    said = []
    for note in notes:
        if note.kind.startswith(_ANSWERS_ASKED):
            continue  # said in place of the opening (``written_in``)
        if note.kind not in ("missing", "missing_place") and count < 2:
            return None
        template = book.notes_said[note.kind]
        value = note.value.replace(" / ", f" {book.offer_or.format(a='', b='').strip()} ")
        place = _place(note.value, book) if note.kind in ("not_place", "missing_place") else ""
        if book is _ITALIAN:
            place = _FROM_IN_ITALIAN.sub(lambda match: "da" + (match.group(1) or ""), place)  # "viene dalla Toscana"
        said.append(template.format(value=value, place=place, colours=book.colours_plural.get(note.value, "")))
    return said


def written_in(
    result: Recommendations, facts: Sequence[WineFacts], rng: random.Random, notes: Sequence[Note] = ()
) -> str | None:
    """The answer in the diner's language, or None where the English writer must say it (see the
    module's docstring). ``notes``: what the preamble says first."""
    language = result.understood.language
    book = PHRASEBOOKS.get(language)
    refinements = result.understood.refinements
    if (
        language == ENGLISH
        or book is None
        or not result.picks
        or "alcohol_free" in refinements
        or any(pick.nearby_match for pick in result.picks)
        or (result.turn.each_their_own and not all(pick.for_dish for pick in result.picks))
    ):
        return None
    if _compared(result):
        # "Lequel est le plus léger, le premier ou le troisième ?": that one first, then the other.
        if not (ordered := _the_most_first(result, facts)):
            return None  # tied, or by vintage: the English writer says how they stand
        result, facts = ordered
    dish = _opening_dish(result, language, book)
    names = [_named(each, language, book) for each in facts]
    if "closing" in refinements:
        company = book.company.format(dish=dish) if dish else ""
        text = book.goodbye.format(first=names[0], First=_upper_first(names[0]), company=company)
        return _polished(text, language)
    if "staff" in refinements:
        if len(result.picks) != 1:
            return None
        return _polished(book.staff.format(first=names[0], First=_upper_first(names[0])), language)
    if "greeting" in refinements:
        return _polished(book.greeting.format(first=names[0]), language) if len(result.picks) == 1 else None
    preamble = _notes(notes, len(result.picks), book)
    if preamble is None:
        return None
    verdict = next((note for note in notes if note.kind.startswith("verdict_")), None)
    fact = next((note for note in notes if note.kind.startswith("fact_")), None)
    if fact is not None:
        # "Le deuxième, c'est quel millésime ?": the fact first, naming the wine; then what it is.
        kind = "fact_no_vintage" if fact.kind == "fact_vintage" and not fact.value else fact.kind
        place = _place(fact.value, book) if fact.kind.startswith("fact_origin") else ""
        grapes = fact.value.split(" / ")
        if fact.kind == "fact_grape":
            kind = "fact_grapes" if len(grapes) > 1 else kind
            grapes = [grape.lower() if book.lower_grapes else grape for grape in grapes]
        value = book.joined.format(a=", ".join(grapes[:-1]), b=grapes[-1]) if len(grapes) > 1 else grapes[0]
        opening = book.facts_said[kind].format(name=names[0], Name=_upper_first(names[0]), value=value, place=place)
    elif verdict is not None:
        # "Le deuxième, il est boisé ?": the answer first, naming the wine; then what it is.
        trait = _traits_in(language).get(verdict.value)
        if trait is None:
            return None
        subject = f"der {names[0]}" if language == "de" else names[0]
        opening = f"{_ANSWERS[language][verdict.kind.removeprefix('verdict_')]}, {subject} {trait}."
    else:
        opening = _opening(result, language, book, dish, names[0], rng) + _above_the_budget_in(result, language)
    proteins = frozenset(profile.protein for profile in result.dish_profiles) if dish else None
    seed = rng.random()  # each try at fitting the words draws the same phrasings
    for with_flavours, with_reasons in ((True, True), (False, True), (False, False)):
        voice = (language, book, proteins)
        phrasing = random.Random(seed)  # noqa: S311 (a stable seed for the phrasing, not for security)
        said = {_fold(fact.value.split(",")[0])} if fact is not None and fact.kind.startswith("fact_origin") else set()
        details = _details(result, facts, names, phrasing, voice, with_flavours, with_reasons, said)
        text = " ".join(_upper_first(sentence) for sentence in [*preamble, opening, *details])
        if _words(text) <= MAX_WORDS:
            break
    else:
        return None
    if _words(text) < MIN_WORDS:
        text += f" {_offer(result, book)}"
    if _words(text) < MIN_WORDS:
        text += f" {serving_note(result, language) or book.filler}"
    return _polished(text, language)


def _compared(result: Recommendations) -> bool:
    said = result.parsed.said
    return (
        "about" in result.understood.refinements
        and said is not None
        and said.superlative is not None
        and len(result.picks) > 1
    )


def _the_most_first(
    result: Recommendations, facts: Sequence[WineFacts]
) -> tuple[Recommendations, Sequence[WineFacts]] | None:
    """Two or three wines set side by side for a superlative, the one that is most so first; None
    when they tie on it, or when it is their age (the English writer says how they stand)."""
    superlative = result.parsed.said.superlative if result.parsed.said is not None else None
    most = next((index for index, pick in enumerate(result.picks) if pick.wine.pk == result.turn.focus), None)
    if superlative is None or most is None or superlative.attribute == "vintage":
        return None
    if superlative.attribute != "price" and len({measure(pick.profile, superlative) for pick in result.picks}) == 1:
        return None
    order = [most, *(index for index in range(len(result.picks)) if index != most)]
    return replace(result, picks=[result.picks[index] for index in order]), [facts[index] for index in order]


def _opening_dish(result: Recommendations, language: str, book: Phrasebook) -> str:
    """The dish the opening names: the diner's, or of a wine each (a main course and its dessert,
    "un verre chacun"), the first wine's, none being across both."""
    if not all(pick.for_dish for pick in result.picks):
        return _dish_phrase(result, language, book)
    first_dish = _as_the_diner_said(result.picks[0].for_dish, result)
    return _dish_with_article(first_dish, result.parsed.text, language, book)


def _details(
    result: Recommendations,
    facts: Sequence[WineFacts],
    names: Sequence[str],
    rng: random.Random,
    voice: tuple[str, Phrasebook, frozenset[str | None] | None],
    with_flavours: bool,
    with_reasons: bool,
    said: set[str],
) -> list[str]:
    """Each wine's sentence: what it is and why it suits the dish (``said``: the grapes and places
    said already, which each sentence adds to)."""
    language, book, proteins = voice
    said = set(said)
    used: set[str] = set()
    sentences = []
    for index, (each, pick) in enumerate(zip(facts, result.picks, strict=True)):
        identity = _identity(each, pick, language, book, said, with_flavours=with_flavours, steps=result.step_keys)
        dish_said = result.understood.in_a_sentence or result.understood.dish or ""
        course = _plate(result, pick)
        clash = bool(result.understood.named_clash and dish_said)
        clashing = follower_clashes(result, index) if _dish_phrase(result, language, book) else ""
        reason = (
            _reason(each, pick, book, used, rng, proteins=proteins, dish_said=dish_said, course=course)
            if with_reasons and not (clash and index == 0) and not clashing  # a wine steered away from is not praised
            else None
        )
        # The closer match follows a wine that would do, when the dish can be named.
        clash = clash or bool(result.understood.fit == "fair" and _dish_phrase(result, language, book))
        if clashing:
            template = _FOLLOWER_CLASHING[language][clashing == "too"]
        elif index == 1 and clash:
            template = book.for_dish if reason else book.for_dish_only  # "Et pour le saumon, le Chablis..."
        elif index == 0:
            template = rng.choice(book.first_detail if reason else book.first_only)
        elif pick.for_dish:
            template = book.for_dish if reason else book.for_dish_only
        elif index == 1:
            shapes = book.second if reason else book.second_only
            if _contrast(facts[0], each, book) == book.contrasts["other"]:
                # "Si vous préférez un autre registre" of a wine in the same style: said without it.
                shapes = tuple(shape for shape in shapes if "{contrast}" not in shape) or shapes
            template = rng.choice(shapes)
        else:
            template = rng.choice(book.third if reason else book.third_only)
        for_dish = _OTHER_CHEESES.get(language, "") if pick.for_dish == "other cheeses" else ""
        for_dish = for_dish or _dish_with_article(
            _as_the_diner_said(pick.for_dish, result), result.parsed.text, language, book
        )
        in_the_clause = (index == 1 and clash) or clashing
        for_dish = for_dish if pick.for_dish else _dish_phrase(result, language, book) if in_the_clause else ""
        sentences.append(
            template.format(
                identity=identity,
                reason=reason,
                name=names[index],
                Name=_upper_first(names[index]),
                contrast=_contrast(facts[0], each, book),
                dish=for_dish,
                why=clash_reason(result, language, pick.wine) if clashing else "",
            )
        )
    return sentences
