"""What an answer is, and the answer composed without a model.

``Answer`` is the result every surface gives and ``AnswerEvent`` one event of its stream.
``compose`` understands the question in its conversation, chooses the wines and drafts the
house voice's words (steps 1 to 3, sync: ORM, vector search and pure rules).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any, Literal

from recommendations.dialogue import DialogueState
from recommendations.models import Restaurant
from recommendations.pairing import fold_text
from recommendations.recommender import Pick, Recommendations, recommend, wine_payload
from recommendations.voice import write_answer

HOUSE_VOICE = "house"
# What an answer that could not be given says, shown and stored.
FRIENDLY_FAILURE = "Sorry, I couldn't finish that answer. Please ask again."
EventType = Literal["route", "token", "done", "error"]


@dataclass(frozen=True)
class AnswerEvent:
    type: EventType
    data: dict[str, Any]


@dataclass(frozen=True)
class Answer:
    """One answer as every surface gives it: the words, the wine cards, what was understood, the numbers."""

    text: str
    wines: list[dict[str, Any]]
    understood: dict[str, Any]
    nothing_fits: bool
    documents: list[dict[str, Any]]
    model_used: str  # "house" for the house voice, else the model that wrote the words
    message_id: int | None = None
    conversation_id: str | None = None
    cached: bool = False
    cascaded: bool = False
    draft_accepted: bool | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: str = "0"
    latency_ms: float = 0.0
    first_token_ms: float | None = None
    # True when a model should have written the words and the house voice's are shown instead.
    degraded: bool = False
    degraded_reason: str = ""
    stopped: bool = False
    replayed: bool = False
    replaced: bool = False  # the streamed words were swapped for the house voice's at the end

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answer:
        names = set(cls.__dataclass_fields__)
        return cls(**{key: value for key, value in data.items() if key in names})


def normalised_question(text: str) -> str:
    """What makes two questions the same for the front cache: case, accents, spacing, end punctuation."""
    return re.sub(r"\s+", " ", fold_text(text)).strip(" ?!.,;")


def wine_card(pick: Pick, currency: str) -> dict[str, Any]:
    """What the diner's card shows, kept with the message: the wine as the API gives it, plus the why."""
    return {
        **wine_payload(pick.wine),
        "currency": currency,
        "note": pick.tasting_note,
        "reason": pick.reason,
        "alternative": pick.alternative,
        "for_dish": pick.for_dish,  # of two unlike dishes, the one this wine is for ("" for both)
        "nearby_match": pick.nearby_match,  # nothing fitted: past the nearest prices, the wine for the dish
    }


@dataclass(frozen=True)
class Composition:
    """Steps 1-3 without a model: the wines chosen in the conversation and the house voice's words."""

    result: Recommendations
    text: str
    cards: list[dict[str, Any]]
    state: dict[str, Any]  # the conversation's state after this answer

    @property
    def documents(self) -> list[dict[str, Any]]:
        return [{"document_id": hit.document_id, "title": hit.title} for hit in self.result.documents]

    def answer(self, **numbers: Any) -> Answer:
        return Answer(
            **{
                "text": self.text,
                "wines": self.cards,
                "understood": self.result.understood.as_json(),
                "nothing_fits": self.result.nothing_fits,
                "documents": self.documents,
                "model_used": HOUSE_VOICE,
                **numbers,
            }
        )


def compose(
    *,
    restaurant: Restaurant,
    question: str,
    state: DialogueState | None,
    k: int | None = None,
    max_price: Decimal | None = None,
    colour: str | None = None,
    by_the_glass: bool | None = None,
) -> Composition:
    """Understand, choose and draft (sync: ORM, vector search and pure rules; no model)."""
    result = recommend(
        restaurant=restaurant,
        query=question,
        k=k,
        max_price=max_price,
        colour=colour,
        by_the_glass=by_the_glass,
        state=state,
    )
    return Composition(
        result=result,
        text=write_answer(result),
        cards=[wine_card(pick, restaurant.currency) for pick in result.picks],
        state=result.state().as_json(),
    )
