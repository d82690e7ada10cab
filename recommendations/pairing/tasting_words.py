"""A wine note written in French, Italian, Spanish or German, read in the English the profile knows.

A Paris bistro writes "tanins soyeux, léger, boisé", a Roman enoteca "tannini morbidi, corposo", a
Madrid taberna "taninos firmes, roble": the same bottle an English list calls "silky tannins,
light-bodied, oaky". The wine profile reads English tasting words, so a folded note (lower case,
no accents, as ``fold_text`` gives it) is first put in those words here: the noun and its
adjective swapped where the language puts the adjective after ("tanins soyeux" is "silky
tannins", so "silky" is the tannins' word as in English), then each word or phrase replaced. An
English note passes through unchanged: no word below is an English tasting word.
"""

from __future__ import annotations

import re
from typing import Final

# The adjective of a tannin or acidity noun, in the words the English reader knows.
_TANNIN_ADJECTIVES: Final = {
    "silky": "soyeux soyeuse setosi setoso sedosos sedoso seidig seidige seidigen",
    "velvety": "veloute veloutes vellutati vellutato aterciopelados samtig samtige samtigen",
    "soft": "fondus fondu doux moelleux souples souple morbidi morbido dolci dolce suaves suave dulces dulce redondos "
    "weich weiche weichen sanft sanfte sanften",
    "fine": "fins fin fines fini fine finos finas fein feine feinen elegants eleganti elegantes",
    "ripe": "murs mur maturi maduros reif reife reifen",
    "firm": "fermes ferme serres serre decides fitti fitto decisi firmes firme marcados kraftige kraftigen kraftig "
    "feste festen fest",
    "grippy": "granuleux rustiques rustique rustici rusticos griffig griffige griffigen",
    "powerful": "puissants puissant potenti potentes massifs",
}
_ACID_ADJECTIVES: Final = {
    "lively": "vive vif vivace viva vivaz lebendige lebendigen lebendig",
    "bright": "fraiche fresca frische frischen frisch tendue tendu",
    "racy": "tranchante mordante cortante rassige rassigen rassig",
    "soft": "douce dolce suave sanfte sanften sanft moderee moderata moderada",
    "high": "elevee elevata elevada hohe hohen hoch alta alto",
}
_TANNIN_NOUN: Final = r"(?:tanins?|tannini|tannino|taninos?|tannine?n?|gerbstoffe?)"
_ACID_NOUN: Final = r"(?:acidite|acidita|acidez|saure)"
_VERY: Final = r"(?:(?:tres|molto|muy|sehr|bien|assez|abbastanza|bastante|ziemlich|plus|piu|mas|mehr)\s+)?"
# The end of a word said alone: "moelleux," or "doux." is the wine's; "fruta dulce" is the fruit's.
_ALONE: Final = r"(?=\s*(?:[,;:.!?)]|$|et\b|e\b|y\b|und\b|mais\b|ma\b|pero\b|aber\b))"
_CLAUSE_START: Final = r"(?:^|(?<=[,;:.(!?])\s*|(?<=[,;:.(!?]\s))"
_NOT: Final = r"(?:non|pas|jamais|sans|mai|senza|nicht|kein|sin|no)"

# Phrases first (the longest meaning wins), then single words; each becomes English tasting words.
_PHRASES: Final[tuple[tuple[str, str], ...]] = (
    (r"sans (?:bois|futs?) neufs?|sin roble nuevo|senza legno nuovo", "old oak"),
    (
        rf"sans (?:bois|futs?|elevage en futs?)|sin (?:madera|roble|barrica)|senza legno|ohne holz"
        rf"|{_NOT} (?:boisee?s?|barricat[oa]|barriquee|holzig)|pas de bois",
        "unoaked",
    ),
    (r"(?:bois|futs?) neufs?|roble nuevo|legno nuovo|neue[mn]? (?:holz|barriques?)", "new oak"),
    (
        r"(?:vieux|vieilles) (?:futs|foudres|bois)|grandes? bott[ie]|botti grandi|foudres?|fudres?|grosses holzfass",
        "old barrels",
    ),
    (r"cuves? inox|inox|acciaio|acero inoxidable|edelstahl|stahltank", "stainless"),
    (r"vins? doux(?: naturels?)?|vino dulce(?: natural)?|vino dolce|susswein", "sweet"),
    (r"demi-sec|demi sec|amabile|lieblich", "medium sweet"),
    (r"semi[- ]?seco|semi[- ]?secco|abboccato|halbtrocken|feinherb", "off-dry"),
    (r"liquoreux|liquoroso|dulcisimo|edelsuss", "lusciously sweet"),
    (r"corps leger|cuerpo ligero|corpo leggero|leichter korper", "light-bodied"),
    # "Corpo medio-pieno", "cuerpo medio", "corps plein": the body said with its noun.
    (r"corpo medio[- ]pieno|cuerpo medio[- ]lleno|corps moyen a plein", "medium-to-full-bodied"),
    (r"corpo medio[- ]leggero|cuerpo medio[- ]ligero", "light-to-medium-bodied"),
    (r"corps moyen|corpo medio|cuerpo medio|mittlerer korper|mittelgewichtig", "medium-bodied"),
    (r"corps plein|corpo pieno|cuerpo lleno|voller korper", "full-bodied"),
    (
        r"(?:leger|legere|peu|faiblement) (?:en )?alcool(?:ise)?|poco alcohol|basso grado alcolico|alkoholarm",
        "low alcohol",
    ),
    (
        r"(?:peu|pas tres|poco|wenig) (?:tanniques?|tannic[oa]|tanic[oa])|(?:peu|poco|pocos|wenig) (?:de )?"
        r"(?:tanins?|tannini|taninos?|tannine?n?)",
        "soft tannins",
    ),
    (
        r"(?:legerement|peu|un peu|delicatement|leggermente|ligeramente|leicht) (?:boisee?s?|barricat[oa]|holzig)",
        "lightly oaked",
    ),
    (
        r"(?:vin|tres|bien|assez|plus|rouge) corse|corsee|bien charpente|charpentee?|puissante?"
        r"|ample(?! (?:acidity|acid|tannins?|fruit))|opulente?|concentree?|potente|poderos[oa]"
        r"|corposo|corposa|strutturat[oa]|robust[oa]|concentrat[oa]|con cuerpo|kraftvoll|vollmundig|wuchtig",
        "full",
    ),
    (rf"legere?s?{_ALONE}|liger[oa]s?|legger[oa]|leicht(?:e[rn]?)?|delicate?|delicad[oa]|delicat[oa]", "light"),
    (r"glou-glou|gouleyant", "light"),
    (r"tanniques?|tannic[oa]|tanic[oa]|tanninreich|gerbstoffreich", "grippy"),
    (r"tranchante?|cinglante?|rassig(?:e[rn]?)?|tagliente|cortante", "racy"),
    (
        r"(?:tres |molto |muy |sehr )?(?:vif|vive|tendue?|nerveux|nerveuse|vibrante|vivace|vivaz|sapid[oa]|knackig)",
        "crisp",
    ),
    (r"boisee?s?|barricat[oa]|barriquee|holzig|con roble|en roble", "oaky"),
    (
        r"(?:eleve|elevage|vieilli|affinato|invecchiato|criado|envejecido|ausgebaut)\s+(?:\w+\s+){0,3}?"
        r"(?:en |in |im |dans des? )?(?:futs?|barriques?|botti?|legno|roble|barricas?|holzfass|fass)",
        "oak",
    ),
    (rf"moelleux{_ALONE}|{_CLAUSE_START}(?:doux|dolce|dulce|suss|susse){_ALONE}", "sweet"),
    (rf"(?<!demi-)(?<!demi )(?<!extra )(?:sec|seco|secco|trocken){_ALONE}", "dry"),
    (r"mineralite|minerale|mineralidad|mineralita|mineralisch|salin|salins|salino|salina|iodee?|sapide", "mineral"),
    (r"silex|pierre a fusil|pedernal|feuerstein", "flinty"),
    (r"craie|crayeux|crayeuse|tiza|gesso|kreide", "chalky"),
    (r"ardoise|pizarra|ardesia|schiefer", "slate"),
    (r"sous-bois|sottobosco|sotobosque|waldboden|terreux|terrosa?o?|erdig", "earthy"),
    (r"cuir|cuoio|cuero|leder", "leather"),
    (r"(?<!au )poivree?|pimienta|pfeffer|pfeffrig", "peppery"),
    (r"epices?|epicee?|speziat[oa]|spezie|especiad[oa]|especias|wurzig", "spicy"),
    (r"(?<!pouilly )fumee?(?! blanc)|affumicat[oa]|ahumad[oa]|rauchig", "smoky"),
    (r"(?<!au )beurree?(?! blanc| noisette| noir)|burros[oa]|mantecos[oa]|buttrig", "buttery"),
    (r"noisette|nocciola|avellana|haselnuss", "hazelnut"),
    (r"amande|mandorla|almendra|mandel", "almond"),
    (r"miel|miele|honig", "honey"),
    (r"fruitee?|fruttat[oa]|afrutad[oa]|fruchtig", "fruity"),
    (r"secchissim[oa]|secchissimi|sequisim[oa]|tres sec|knochentrocken", "bone-dry"),
    (r"avvolgente|opulent[oa]|envolvente|enveloppant", "rich"),
    (r"(?:frutt[oa]|frutti|fruit|fruta|frucht) (?:\w+ )?(?:matur[oa]|maturi|mur|mure|madur[oa])", "ripe fruit"),
    (r"frutta tropicale|fruits? tropicaux|fruta tropical|tropische fruchte", "tropical fruit"),
    (r"agrumi|agrumat[oa]|agrumes|citrin[oa]|citricos", "citrus"),
    (r"aromatique|aromatic[oa]|aromatisch", "aromatic"),
    (r"cremeux|cremoso|cremosa|cremig", "creamy"),
    (r"juteux|succoso|jugoso|saftig", "juicy"),
    (r"herbes?|erbe|hierbas|krauter", "herbs"),
    (r"(?<!de la )fleurs?(?! de sel)|fiori|flores|bluten", "flowers"),
)
_REPLACEMENTS: Final = tuple(
    (re.compile(rf"(?<![a-z-])(?:{pattern})(?![a-z])"), english) for pattern, english in _PHRASES
)


def _english_of(table: dict[str, str]) -> dict[str, str]:
    return {word: english for english, words in table.items() for word in words.split()}


def _alternatives(english_of: dict[str, str]) -> str:
    return "|".join(sorted(english_of, key=len, reverse=True))


_TANNIN_ENGLISH: Final = _english_of(_TANNIN_ADJECTIVES)
_ACID_ENGLISH: Final = _english_of(_ACID_ADJECTIVES)
# French, Italian and Spanish put the adjective after the noun ("tanins soyeux"), German before
# it ("seidige Tannine"), as English does.
_TANNIN_THEN_ADJECTIVE: Final = re.compile(rf"\b{_TANNIN_NOUN}\s+{_VERY}({_alternatives(_TANNIN_ENGLISH)})\b")
_ACID_THEN_ADJECTIVE: Final = re.compile(rf"\b{_ACID_NOUN}\s+{_VERY}({_alternatives(_ACID_ENGLISH)})\b")
_ADJECTIVE_THEN_TANNIN: Final = re.compile(rf"\b({_alternatives(_TANNIN_ENGLISH)})\s+(?:tannine?n?|gerbstoffe?)\b")
_ADJECTIVE_THEN_ACID: Final = re.compile(rf"\b({_alternatives(_ACID_ENGLISH)})\s+saure\b")
# A bare foreign noun is the English one: "des tanins", "acidité".
_TANNIN_ALONE: Final = re.compile(rf"\b{_TANNIN_NOUN}\b")
_ACID_ALONE: Final = re.compile(rf"\b{_ACID_NOUN}\b")


def in_english(folded: str) -> str:
    """The folded note in the English tasting words the wine profile reads."""
    text = _TANNIN_THEN_ADJECTIVE.sub(lambda match: f"{_TANNIN_ENGLISH[match.group(1)]} tannins", folded)
    text = _ACID_THEN_ADJECTIVE.sub(lambda match: f"{_ACID_ENGLISH[match.group(1)]} acidity", text)
    text = _ADJECTIVE_THEN_TANNIN.sub(lambda match: f"{_TANNIN_ENGLISH[match.group(1)]} tannins", text)
    text = _ADJECTIVE_THEN_ACID.sub(lambda match: f"{_ACID_ENGLISH[match.group(1)]} acidity", text)
    text = _TANNIN_ALONE.sub("tannins", text)
    text = _ACID_ALONE.sub("acidity", text)
    for pattern, english in _REPLACEMENTS:
        text = pattern.sub(english, text)
    return text
