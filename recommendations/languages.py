"""The language a diner writes in, so the house voice answers in it.

A question is read for the small words each language cannot do without (articles, prepositions,
"please", "cheaper", "glass"), not its dish names: "what goes with the moules marinières?" is
English, "un rouge pour l'agneau ?" French. A turn that says too little to tell ("ok", "and the
second?") keeps the conversation's language.
"""

from __future__ import annotations

import re
from typing import Final

from recommendations.pairing.dishes import read_food
from recommendations.pairing.text import fold_text, word_list

ENGLISH: Final = "en"
LANGUAGES: Final = ("en", "fr", "es", "it", "de", "pt")

# Words that mark one language (or a few: "para" is Spanish and Portuguese), folded (no accents).
# Dish names are left out on purpose: an English menu says "moules" and "cordero" too.
_MARKERS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        word_list(
            "the, a, an, for, with, what, which, something, anything, cheaper, lighter, bolder, "
            "please, thanks, thank, you, is, are, would, could, can, i, we, my, our, me, us, it, "
            "that, this, those, these, of, to, and, or, glass, bottle, wine, wines, red, white, any, "
            "have, has, do, does, goes, go, best, good, under, around, about, one, other, another, "
            "how, much, bottles, glasses, both, dry, sweet"
        )
    ),
    "fr": frozenset(
        word_list(
            "le, la, les, un, une, des, du, au, aux, en, pour, avec, vin, vins, je, vous, nous, est, "
            "et, ou, quel, quelle, quels, quelles, plutot, moins, cher, chere, verre, bouteille, "
            "merci, bonjour, bonsoir, plait, c'est, pas, ce, cette, qui, accompagner, avez, peut, "
            "autre, encore, leger, legere, plus, sur, notre, votre, mon, ma, mes, j'aime, voudrais, "
            "aimerais, prendre, prends, sec, seche, corse, doux, il, elle, l, d, j, qu, n, premier, premiere, deuxieme, troisieme, dernier, ou, "
            # "Quelque chose sans alcool ?", "coq au vin, entre 40 et 60 euros".
            "quelque, chose, sans, rien, entre"
        )
    ),
    "es": frozenset(
        word_list(
            "el, la, los, las, un, una, unos, unas, en, para, con, vinos, copa, botella, gracias, "
            "hola, algo, mas, barato, barata, que, cual, cuales, tienen, tiene, quiero, quisiera, "
            "por, favor, es, y, del, al, me, nos, otro, otra, ligero, ligera, menos, seco, seca, "
            "dulce, buenas, noches, pero, muy, mejor, esta, este, eso, sin, sea, caro, cara, mucho, "
            "queria, decir, perdon, porfa, teneis, tienes, algun, alguna, como, recomiendas, vamos, "
            "comer, somos, primero, primera, segundo, segunda, tercero, ultimo, voy, tomo, postre, entre"
        )
    ),
    "it": frozenset(
        word_list(
            "il, lo, la, le, gli, un, una, per, con, vini, bicchiere, calice, bottiglia, grazie, "
            "ciao, buonasera, qualcosa, piu, economico, economica, che, quale, quali, avete, vorrei, "
            "e, della, del, dei, delle, alla, al, altro, altra, leggero, leggera, meno, secco, secca, "
            "dolce, sono, ho, anche, ma, molto, questo, quello, senza, non, troppo, caro, di, col, "
            "cosa, ci, consiglia, stasera, prendiamo, sui, abbiamo, allora, invece, facciamo, sotto, "
            "massimo, tra, i, l, d, primo, prima, secondo, seconda, terzo, ultimo, com'e"
        )
    ),
    "de": frozenset(
        word_list(
            "der, die, das, ein, eine, einen, einem, fur, mit, wein, weine, rotwein, weisswein, glas, "
            "flasche, danke, bitte, etwas, gunstiger, billiger, was, welcher, welche, welches, haben, "
            "habt, ich, ist, und, oder, zum, zur, nicht, kein, keine, leichter, trocken, suss, "
            "anderen, anderer, noch, gibt, es, wir, sie, dazu, passt, passend, wie, schmeckt, erste, erster, zweite, zweiter, dritte, letzte, gut, sehr, auch, "
            "nachtisch, vorspeise, hauptgang, hauptspeise, nehme, nehmen, gern, gerne, lieber, hatte, "
            # "Zu Raclette, welchen Wein?": short German questions.
            "zu, welchen, empfehlen, empfehlt, dem, den, einer, vom"
        )
    ),
    "pt": frozenset(
        word_list(
            "o, os, um, uma, para, com, vinho, vinhos, branco, taca, garrafa, obrigado, obrigada, "
            "ola, algo, mais, barato, que, qual, quais, tem, quero, por, favor, e, do, da, dos, das, "
            "nao, outro, outra, leve, menos, seco, doce, pra, voce, muito, pode, boa, noite, alguma, "
            "coisa, somos, minha, meu, primeiro, primeira, segundo, terceiro, ultimo, onde, entre"
        )
    ),
}
# Letters only one or two of the languages write.
# A grape or dish keeps its letters in any language ("albariño", "Käsefondue"): those count little.
_LETTERS: Final = (
    ("es", re.compile(r"[¿¡]"), 1.5),
    ("es", re.compile(r"ñ"), 0.5),
    ("de", re.compile(r"ß"), 1.0),
    ("de", re.compile(r"[äöü]"), 0.5),
    ("pt", re.compile(r"[ãõ]|ção"), 1.0),
)
_WORD: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")
_ELIDED: Final = re.compile(r"\b([ldjnqcs])'")


# A dish's name is no sentence: "coq au vin?" is not French, nor "the poulet au vin jaune". Its
# words only tip a balance ("coq au vin, un rouge ?" is French, "un" being Spanish and Italian too).
_IN_A_DISH: Final = 0.4


def _dishes_apart(text: str) -> tuple[str, str]:
    """``text`` folded, without the dishes it names in several words; and those dishes."""
    folded = fold_text(text)
    dishes = []
    for surface in read_food(text).surfaces:
        if len(surface.split()) > 1:
            dishes.append(fold_text(surface))
            folded = folded.replace(dishes[-1], " ")
    return folded, " ".join(dishes)


def _words(folded: str) -> list[str]:
    return _WORD.findall(_ELIDED.sub(r"\1 ", folded))


def _scores(text: str) -> dict[str, float]:
    sentence, dishes = (_words(part) for part in _dishes_apart(text))
    scores = {
        language: sum(word in markers for word in sentence) + _IN_A_DISH * sum(word in markers for word in dishes)
        for language, markers in _MARKERS.items()
    }
    for language, letters, weight in _LETTERS:
        if letters.search(text.lower()):
            scores[language] += weight
    return scores


def diner_language(text: str, previous: str = ENGLISH) -> str:
    """The language of ``text``; ``previous`` (the conversation's so far) when it says too little."""
    scores = _scores(text)
    # Ties go to the language spoken so far, then to the order of LANGUAGES ("por favor" is Spanish
    # before it is Portuguese).
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0] != previous, LANGUAGES.index(item[0])))
    (best, top), (_, runner_up) = ranked[0], ranked[1]
    if top >= 2:
        return best
    # One word alone ("merci", "gracias", "danke") is enough in a turn of one or two words, and in
    # a short one where no other language has a word ("Sushi und Sashimi", "moules et frites").
    words = len(_words(_dishes_apart(text)[0]))
    # Only French and German words are that plain: "o", "sea" or "sin" are English and Spanish too.
    if top >= 1 and top > runner_up and (words <= 2 or (runner_up == 0 and words <= 4 and best in ("fr", "de"))):
        return best
    return previous if previous in LANGUAGES else ENGLISH
