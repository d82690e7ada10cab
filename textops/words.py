"""The words of a text that carry its content: the stems that lexical matching compares."""

from __future__ import annotations

import re

from recommendations.pairing.text import stem, words_of


def word_set(words: str) -> frozenset[str]:
    """A vocabulary written as space-separated words (how these tables stay readable)."""
    return frozenset(words.split())


# Function words of the languages on our menus: they say nothing of what a sentence is about.
STOPWORDS = word_set(
    "a an the this that these those it its they them their there here he she his her him we us our you "
    "your i me my in on at by for from with without of to into onto over under after before during since "
    "until about and or but so yet also as if when while where which who whom whose what why how is are "
    "was were be been being am has have had do does did can could will would shall should may might must "
    "not no all any both each every few more most other some such only own same than too very just le la "
    "les un une des du de et ou mais dans sur avec pour par en au aux ce cette ces il elle ils elles est "
    "sont qui que quoi quel quelle quels quelles combien quand ou comment pourquoi el los las uno una y o "
    "pero con para por su sus este esta estos estas es son que cual cuales cuanto cuanta cuantos cuantas "
    "cuando donde como por que se lo il lo gli uno una e o ma con per su questo questa sono che quale "
    "quali quanto quanti quando dove come der die das ein eine und oder aber mit fur auf im am ist sind "
    "wie wann wo welche welcher welches was wer hay sin algun alguna alguno algunos algunas puedo puede pueden "
    "podemos tiene tienen tengo je tu nous vous peut puis ne pas si ci del della delle degli dei nel nella "
    "posso puo puoi ich du er sie wir ihr es mich mir mein meine meinen einen einem einer gibt darf kann konnen "
    "al ha hanno ho hai wird werden wurde wurden hat haben habe"
)


# English contractions: "don't" would leave "don" and "we'll" "ll", words no text is about, and
# a question's word the text lacks reads as a subject it never names ("Was there anything the
# reviewer didn't like?" declined for want of a "didn").
_NEGATION = re.compile(r"\b([a-z]+)n['’]t\b", re.IGNORECASE)
_NEGATED_IRREGULAR = {"wo": "will", "ca": "can", "sha": "shall"}  # "won't", "can't", "shan't"
_CONTRACTED = re.compile(r"(?<=[a-z])['’](?:ll|ve|re|m|d)\b", re.IGNORECASE)


def _expanded(text: str) -> str:
    """``text`` with its contractions undone: "don't" is "do not", "won't" "will not", "we'll" "we"."""
    text = _NEGATION.sub(lambda found: f"{_NEGATED_IRREGULAR.get(found[1].lower(), found[1])} not", text)
    return _CONTRACTED.sub("", text)


def content_stems(text: str) -> list[str]:
    """The text's words without function words, crudely singular ("oysters" = "oyster")."""
    return [stem(word) for word in words_of(_expanded(text)) if word not in STOPWORDS]


def shares_stem(word: str, vocabulary: set[str]) -> bool:
    """``word`` or a word with its first five letters is in ``vocabulary`` ("favour"/"favours", "opened"/"opening")."""
    if word in vocabulary:
        return True
    return len(word) >= 5 and any(len(other) >= 5 and other[:5] == word[:5] for other in vocabulary)


def shares_form(word: str, vocabulary: set[str]) -> bool:
    """``shares_stem``, and the shorter of the two ends at most SUFFIX_LETTERS after the letters they
    share ("cancel"/"cancellation", "reserve"/"reservation"), so "vegetarian" is not "vegetables".

    What QA matches a question's words with; the check on a model's words keeps ``shares_stem``,
    which leaves a paraphrase more room.
    """
    if word in vocabulary:
        return True
    return len(word) >= 5 and any(
        len(other) >= 5
        and other[:5] == word[:5]
        and _letters_alike(word, other) >= min(len(word), len(other)) - SUFFIX_LETTERS
        for other in vocabulary
    )


# What the shorter of two forms may add after the letters they share. QA, tuning half with all its
# questions (issue 13, fourth session): answerable 645 of 675 right with five letters alike alone,
# 646 with 2 ("Which main course is vegetarian?" no longer finds "sea vegetables"), 643 with 1, 645
# with 3 or 4; unanswerable declined 137 of 167 with each.
SUFFIX_LETTERS = 2


def _letters_alike(word: str, other: str) -> int:
    """How many letters ``word`` and ``other`` share from their start."""
    return next(
        (index for index, (mine, theirs) in enumerate(zip(word, other, strict=False)) if mine != theirs),
        min(len(word), len(other)),
    )
