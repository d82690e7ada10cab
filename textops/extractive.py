"""The grounded methods: every word they return is the client's own, with its offsets.

- ``summarize``: the most central sentences (TF-IDF cosine to the rest of the text, a bonus
  for the opening), chosen so they do not repeat each other, in text order, within the length.
- ``key_points``: the most central, mutually distinct sentences or clauses.
- ``questions``: a question about each key sentence's subject, or an explicit decline.
- ``answer`` (question answering) is ``textops.answers``'.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from recommendations.pairing.text import fold_text
from textops.sentences import Span, split_clauses, split_sentences, words_in
from textops.types import KeyPoints, Point, Question, Questions, Summary
from textops.vectors import lexical_vectors
from textops.words import STOPWORDS, content_stems, word_set

# Redundancy: a sentence this close (lexical cosine) to one already chosen adds nothing.
DUPLICATE_SIMILARITY = 0.6
# How much a sentence's novelty counts against its centrality (maximal marginal relevance).
NOVELTY_WEIGHT = 0.3
# The opening sentence of a review or a note usually says what it is about.
LEAD_BONUS: tuple[float, ...] = (0.2, 0.1)
SUMMARY_SHARE = 0.4  # a summary is at most this share of the text, whatever the limit
MIN_SUMMARY_WORDS = 25


# --- Centrality ------------------------------------------------------------------------------


def _centrality(vectors: NDArray[np.float32]) -> NDArray[np.float32]:
    """Each unit's mean similarity to the others: high when the rest of the text is about it."""
    count = len(vectors)
    if count == 1:
        return np.ones(1, dtype=np.float32)
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, 0.0)
    centrality: NDArray[np.float32] = similarity.sum(axis=1) / (count - 1)
    # The opening (a title, then the sentence that says what the text is about) counts extra.
    centrality[: len(LEAD_BONUS)] += np.array(LEAD_BONUS[:count], dtype=np.float32)
    return centrality


def _select(
    units: list[Span], vectors: NDArray[np.float32], *, limit: int, word_budget: int | None = None
) -> list[int]:
    """Maximal marginal relevance: central units, each as unlike the chosen ones as it can be."""
    centrality = _centrality(vectors)
    chosen: list[int] = []
    used_words = 0
    candidates = set(range(len(units)))
    while candidates and len(chosen) < limit:
        best, best_score = -1, -math.inf
        for index in candidates:
            overlap = max((float(vectors[index] @ vectors[other]) for other in chosen), default=0.0)
            if overlap >= DUPLICATE_SIMILARITY:
                continue
            score = (1 - NOVELTY_WEIGHT) * float(centrality[index]) - NOVELTY_WEIGHT * overlap
            if score > best_score:
                best, best_score = index, score
        if best < 0:
            break
        candidates.discard(best)
        words = words_in(units[best].text)
        if word_budget is not None and used_words + words > word_budget:
            continue  # too long for what is left: a shorter central one may still fit
        chosen.append(best)
        used_words += words
    return sorted(chosen)


def summarize(text: str, *, max_words: int) -> Summary:
    sentences = split_sentences(text)
    if not sentences:
        return Summary(summary="", sources=())
    total = sum(words_in(sentence.text) for sentence in sentences)
    budget = min(max_words, max(MIN_SUMMARY_WORDS, round(total * SUMMARY_SHARE)))
    vectors = lexical_vectors([sentence.text for sentence in sentences])
    chosen = _select(sentences, vectors, limit=len(sentences), word_budget=budget)
    if chosen:
        sources = tuple(sentences[index] for index in chosen)
    else:
        # Even the shortest sentence is longer than the limit: the most central clause that
        # fits, else the most central sentence's opening words.
        clauses = [clause for sentence in sentences for clause in split_clauses(text, sentence)]
        clause_vectors = lexical_vectors([clause.text for clause in clauses])
        fitting = _select(clauses, clause_vectors, limit=1, word_budget=max_words)
        if fitting:
            sources = (clauses[fitting[0]],)
        else:
            best = sentences[int(np.argmax(_centrality(vectors)))]
            sources = (_first_words(best, max_words),)
    return Summary(summary=_joined(sources), sources=sources)


def _joined(sources: Sequence[Span]) -> str:
    """Sentences as a paragraph; a title or a menu line (no full stop) gets one."""
    return " ".join(
        source.text if source.text[-1] in ".!?…" or index == len(sources) - 1 else f"{source.text}."
        for index, source in enumerate(sources)
    )


def _first_words(span: Span, count: int) -> Span:
    words = list(re.finditer(r"\S+", span.text))
    end = words[count - 1].end() if len(words) > count else len(span.text)
    return Span(span.start, span.start + end, span.text[:end])


def key_points(text: str, *, count: int) -> KeyPoints:
    units = [clause for sentence in split_sentences(text) for clause in split_clauses(text, sentence)]
    if not units:
        return KeyPoints(points=())
    vectors = lexical_vectors([unit.text for unit in units])
    chosen = _select(units, vectors, limit=count)
    return KeyPoints(points=tuple(Point(text=units[index].text, source=units[index]) for index in chosen))


# --- Questions -------------------------------------------------------------------------------

_DETERMINERS = r"(?:the|its|our|their|his|her|this|each|every|a|an)"
# A noun phrase after a determiner: up to four words, none a function word or a verb-looking one.
_NOUN_PHRASE = re.compile(
    rf"\b{_DETERMINERS}\s+((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)(?=\s*(?:[,.;:!?()]|\s+(?:is|are|was|were|has|have|had|will|can|opens?|opened|costs?|comes?|includes?|offers?|serves?|runs?|takes?|changes?|favours?|favors?|must|may|should|starts?|ends?|closes?|of|from|with|for|on|in|at|by|to|and|or|that|which|who)\b|$))",
    re.I,
)
_NAME_RUN = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-Z][\w'’-]+(?:\s+(?:de|du|la|le|del|di|von|van|of|St\.?)?\s*[A-Z][\w'’-]+)*)"
)
ENGLISH_SHARE = 0.18  # an English text has at least this share of these words
_ENGLISH_MARKERS = word_set("the and of to in is are was for with a on at by from this that it its")


def looks_english(text: str) -> bool:
    words = list(re.findall(r"[A-Za-zÀ-ÿ']+", text.lower()))
    return bool(words) and sum(word in _ENGLISH_MARKERS for word in words) / len(words) >= ENGLISH_SHARE


# Words that end a noun phrase found by the pattern above: pronouns, particles, adverbs and
# participles ("the Michelin inspectors arrived quickly" is about "the Michelin inspectors").
_NOT_NOUNS = word_set(
    "we you they i it he she us them up out off down there here also just only then now very too so "
    "made done built kept sold grown known taken given brought bought held run set put cut left found "
    "seen said told paid"
)
# Subjects too vague to ask about on their own.
_VAGUE = word_set(
    "day days date time times way thing things base event events part end top side lot rest place one ones "
    "kind sort number people guest guests visit night week year month hour bit piece pound bird dish dishes"
)


def _noun_phrase(words: list[str]) -> list[str]:
    for index, word in enumerate(words):
        if word.lower() in _NOT_NOUNS:
            words = words[:index]
            break
    while words and (words[-1].lower().endswith("ly") or (len(words) > 1 and words[-1].lower().endswith("ed"))):
        words = words[:-1]
    if words and words[0].lower() == "own":  # "our own bar" -> "the bar"
        words = words[1:]
    # "the Sail Loft seats (up to 24)": a name then a lower-case word in -s is a name and its verb.
    if len(words) > 1 and words[-2][:1].isupper() and words[-1][:1].islower() and words[-1].endswith("s"):
        words = words[:-1]
    return words


def _subject(sentence: str) -> str | None:
    """What a sentence is about, as a question can name it; None when nothing clear stands out."""
    phrases: list[str] = []
    for match in list(_NOUN_PHRASE.finditer(sentence))[:3]:
        words = _noun_phrase(match.group(1).split())
        if words and content_stems(" ".join(words)):
            if len(words) == 1 and words[0].lower() in _VAGUE:
                continue
            phrases.append("the " + " ".join(words))
    if phrases:
        # The most specific early phrase: "the wine list" rather than "a glass".
        return max(phrases, key=lambda phrase: (len(phrase.split()), any(w[:1].isupper() for w in phrase.split())))
    names = [match.group(1) for match in _NAME_RUN.finditer(sentence) if fold_text(match.group(1)) not in STOPWORDS]
    return names[0] if names else None


def questions(text: str, *, count: int) -> Questions:
    if not looks_english(text):
        return Questions(
            questions=(),
            declined=True,
            reason=(
                "Questions are written from the text's key sentences in English only; this text does not "
                "look English. Summaries, key points and answers work in any language."
            ),
        )
    points = key_points(text, count=count * 2).points
    written: list[Question] = []
    seen: set[str] = set()
    for point in points:
        subject = _subject(point.text)
        if subject is None:
            continue
        key = fold_text(subject)
        if key in seen:
            continue
        seen.add(key)
        wording = f"What does the text say about {subject}?"
        written.append(Question(text=wording, source=point.source))
        if len(written) == count:
            break
    if not written:
        return Questions(
            questions=(), declined=True, reason="The text has no sentence with a clear subject to ask about."
        )
    written.sort(key=lambda question: question.source.start if question.source else 0)
    return Questions(questions=tuple(written), declined=False, reason="")
