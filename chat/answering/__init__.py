"""Answering a question in a conversation: the one pipeline behind every surface.

The diner page, ``/api/v1/chat``, ``/api/v1/chat/stream`` and the recommendations endpoint
all come here, and the same question in the same conversation gives the same wines and
words on each. One answer goes through five steps:

1. understand the question in its conversation (``recommendations.dialogue``);
2. choose the wines (``recommendations.recommender``: deterministic, in the database);
3. write the words: the house voice (``recommendations.voice``) always drafts them from
   the facts; a capable model, when one is configured (``settings.ANSWER_WRITER``),
   rewrites that draft, and its text is shown only if it passes a strict check, else the
   house voice's words are, and the fallback is recorded with its reason;
4. store it (the message, its wine cards, what was understood, the conversation's state);
5. record it for analytics.

Stored questions get an empty answer (``Message`` status ``pending``) that is produced
once, by whichever stream or call claims it first; the whole answer is kept in the front
cache (restaurant, list version, normalised question, conversation state) for an hour.
Events: ``route``, ``token``..., then exactly one ``done`` (``Answer.as_dict()``) or
``error``. A second stream for an answer already given replays it.

The parts, each importing only those above it in this list:

- ``database``: the ORM work of async code, its connection handed back at once;
- ``conversations``: conversations and questions (sync services);
- ``composition``: ``Answer``, its events, and the answer composed without a model (steps 1-3);
- ``writing``: step 3 with a model, in one call or streamed, and the check on its words;
- ``leases``: the lease on an answer being produced (claim, renew, let go, take over, sweep);
- ``storing``: what a claimed answer was asked in, its final save and its analytics record;
- ``events``: the events of one stored answer, the whole answer at once, and the same
  pipeline once with nothing stored.
"""

from chat.answering.composition import Answer, AnswerEvent, Composition, compose
from chat.answering.conversations import (
    MAX_MESSAGE_LENGTH,
    MessageRejected,
    answer_stop,
    conversation_for,
    conversation_history,
    diner_owner,
    feedback_give,
    question_ask,
)
from chat.answering.database import run_db
from chat.answering.events import MAX_MODEL_RESUMES, AnswerFailed, answer_complete, answer_events, recommend_once
from chat.answering.leases import abandoned_answers_close
from chat.answering.writing import AnswerOptions, model_writes, rewrite_request

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "MAX_MODEL_RESUMES",
    "Answer",
    "AnswerEvent",
    "AnswerFailed",
    "AnswerOptions",
    "Composition",
    "MessageRejected",
    "abandoned_answers_close",
    "answer_complete",
    "answer_events",
    "answer_stop",
    "compose",
    "conversation_for",
    "conversation_history",
    "diner_owner",
    "feedback_give",
    "model_writes",
    "question_ask",
    "recommend_once",
    "rewrite_request",
    "run_db",
]
