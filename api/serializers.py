"""Inputs (validated) and outputs (documented) of the API's endpoints."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from chat.answering import MAX_MESSAGE_LENGTH
from config.api import StrictBooleanField, StrictCharField, StrictFloatField, StrictIntegerField
from textops.types import OPERATIONS as TEXT_OPERATIONS


class TextField(StrictCharField):
    """Text whose length limit applies to what was sent (spaces included), stored without outer spaces.

    DRF trims before checking ``max_length``, so a body of 10,000 spaces around a word
    would pass a 500-character limit; clients reading the schema expect it to be refused.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs["trim_whitespace"] = False
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if self.max_length is not None and len(value) > self.max_length:
            self.fail("max_length", max_length=self.max_length)
        if not value.strip():
            self.fail("blank")
        return value.strip()


# Seed 004's bounds.
MAX_TOKENS_LIMIT = 4000
MAX_TEXT_LENGTH = 50_000  # about 12K tokens: a long document, still one model call
MAX_QUESTION_LENGTH = 500
MAX_BATCH_ITEMS = 20
MAX_PREDICT_LENGTH = 5_000


class GatewayOptionsInput(serializers.Serializer[Any]):
    sensitivity = serializers.ChoiceField(choices=["public", "internal", "confidential"], required=False)
    complexity = serializers.ChoiceField(choices=["low", "medium", "high"], required=False)
    temperature = StrictFloatField(min_value=0.0, max_value=2.0, required=False)
    max_tokens = StrictIntegerField(min_value=1, max_value=MAX_TOKENS_LIMIT, required=False)
    force_direct = StrictBooleanField(required=False, default=False)


class ChatInput(GatewayOptionsInput):
    message = TextField(max_length=MAX_MESSAGE_LENGTH)
    conversation_id = serializers.UUIDField(required=False, allow_null=True)


class WineCardOutput(serializers.Serializer[Any]):
    id = StrictIntegerField()
    name = StrictCharField()
    producer = StrictCharField()
    vintage = StrictIntegerField(allow_null=True)
    colour = StrictCharField()
    region = StrictCharField()
    currency = StrictCharField()
    price = StrictCharField()
    glass_price = StrictCharField(allow_null=True)
    note = StrictCharField(allow_blank=True)
    reason = StrictCharField(allow_blank=True)
    alternative = StrictBooleanField()


class ChatOutput(serializers.Serializer[Any]):
    conversation_id = serializers.UUIDField()
    message_id = StrictIntegerField()
    message = StrictCharField()
    wines = WineCardOutput(many=True)
    understood = serializers.DictField(
        help_text="What the question was taken to mean: dish, its parts, unknown words, constraints, refinements."
    )
    nothing_fits = StrictBooleanField()
    model_used = StrictCharField(help_text='"house" when the house voice wrote the words, else the model.')
    cascaded = StrictBooleanField()
    draft_accepted = StrictBooleanField(allow_null=True)
    prompt_tokens = StrictIntegerField()
    completion_tokens = StrictIntegerField()
    cost_usd = StrictCharField()
    latency_ms = StrictFloatField()
    cached = StrictBooleanField()
    degraded = StrictBooleanField()
    degraded_reason = StrictCharField(allow_blank=True)


class ConversationMessageOutput(serializers.Serializer[Any]):
    id = StrictIntegerField()
    role = serializers.ChoiceField(choices=["user", "assistant"])
    text = StrictCharField(allow_blank=True)
    status = StrictCharField()
    wines = WineCardOutput(many=True)
    model_used = StrictCharField(allow_blank=True)
    created_at = serializers.DateTimeField()


class ConversationOutput(serializers.Serializer[Any]):
    conversation_id = serializers.UUIDField()
    created_at = serializers.DateTimeField()
    messages = ConversationMessageOutput(many=True)


OPERATIONS = list(TEXT_OPERATIONS)


class TextOptionsInput(serializers.Serializer[Any]):
    max_words = StrictIntegerField(min_value=10, max_value=1000, required=False)
    count = StrictIntegerField(min_value=1, max_value=20, required=False)


class TextProcessInput(serializers.Serializer[Any]):
    operation = serializers.ChoiceField(choices=OPERATIONS)
    text = TextField(max_length=MAX_TEXT_LENGTH)
    question = TextField(max_length=MAX_QUESTION_LENGTH, required=False)
    options = TextOptionsInput(required=False)
    method = serializers.ChoiceField(
        choices=["auto", "extractive", "model"],
        default="auto",
        help_text=(
            "`extractive`: the text's own sentences, no model. `auto` (default): a draft or strong model "
            "writes when one is configured and the restaurant allows it, its words checked against the text, "
            "else extractive. `model`: any model (the local one too), checked; its failures are errors."
        ),
    )
    temperature = StrictFloatField(min_value=0.0, max_value=2.0, required=False)
    max_tokens = StrictIntegerField(min_value=1, max_value=MAX_TOKENS_LIMIT, required=False)

    def validate_text(self, value: str) -> str:
        if not any(character.isalnum() for character in value):
            raise serializers.ValidationError("The text has no words (no letters or digits).")
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["operation"] == "qa" and not attrs.get("question"):
            raise serializers.ValidationError({"question": ["The qa operation needs a question."]})
        return attrs


class SpanOutput(serializers.Serializer[Any]):
    start = StrictIntegerField(help_text="Offset of the first character in the text sent.")
    end = StrictIntegerField(help_text="Offset after the last character: text[start:end] is `text`.")
    text = StrictCharField()


class SummaryOutput(serializers.Serializer[Any]):
    summary = StrictCharField(allow_blank=True)
    sources = SpanOutput(many=True, help_text="The text's sentences the summary is (or rests on), in order.")


class PointOutput(serializers.Serializer[Any]):
    text = StrictCharField()
    source = SpanOutput(allow_null=True)  # type: ignore[assignment]  # a field named like Field.source


class KeyPointsOutput(serializers.Serializer[Any]):
    points = PointOutput(many=True)


class AnswerOutput(serializers.Serializer[Any]):
    answer = StrictCharField(help_text='The passage that answers, or "The text does not say."')
    found = StrictBooleanField()
    score = StrictFloatField(help_text="0-1: how well the source answers the question.")
    source = SpanOutput(allow_null=True)  # type: ignore[assignment]  # a field named like Field.source
    closest = SpanOutput(allow_null=True, help_text="When not found: the nearest sentence, for a reader to judge.")
    also = SpanOutput(
        allow_null=True, help_text="A question asking two things: the span answering the second, when apart."
    )


class QuestionOutput(serializers.Serializer[Any]):
    text = StrictCharField()
    source = SpanOutput(allow_null=True, help_text="The sentence that answers it.")  # type: ignore[assignment]


class QuestionsOutput(serializers.Serializer[Any]):
    questions = QuestionOutput(many=True)
    declined = StrictBooleanField()
    reason = StrictCharField(allow_blank=True)


class SentimentOutput(serializers.Serializer[Any]):
    label = serializers.ChoiceField(choices=["positive", "negative", "neutral"])  # type: ignore[assignment]
    compound = StrictFloatField(help_text="VADER's compound score, -1 (most negative) to 1.")


TEXT_RESULT = PolymorphicProxySerializer(
    component_name="TextResult",
    serializers=[SummaryOutput, KeyPointsOutput, AnswerOutput, QuestionsOutput, SentimentOutput],
    resource_type_field_name=None,
)


@extend_schema_field(TEXT_RESULT)
class TextResultField(serializers.JSONField):
    """The operation's result (documented as one of the five shapes)."""


class TextProcessOutput(serializers.Serializer[Any]):
    operation = serializers.ChoiceField(choices=OPERATIONS)
    result = TextResultField(
        help_text="By operation, with its evidence as spans ({start, end, text}) of the text sent."
    )
    method = StrictCharField(help_text="Who wrote the result: `extractive`, `lexicon`, or the model's name.")
    degraded = StrictBooleanField(help_text="A model was asked but its words were not used (see degraded_reason).")
    degraded_reason = StrictCharField(allow_blank=True)
    model_used = StrictCharField(allow_null=True, help_text="The model called, if any, even when its words failed.")
    cached = StrictBooleanField()
    prompt_tokens = StrictIntegerField()
    completion_tokens = StrictIntegerField()
    cost_usd = StrictCharField()
    latency_ms = StrictFloatField()


class TextBatchInput(serializers.Serializer[Any]):
    items = TextProcessInput(many=True, allow_empty=False, max_length=MAX_BATCH_ITEMS)  # type: ignore[call-arg]


class TextBatchItemOutput(serializers.Serializer[Any]):
    index = StrictIntegerField()
    ok = StrictBooleanField()
    result = TextProcessOutput(required=False)
    error = serializers.JSONField(
        required=False, help_text="The error object ({code, message, details}) of a failed item."
    )


class TextBatchOutput(serializers.Serializer[Any]):
    results = TextBatchItemOutput(many=True)


class PredictInput(serializers.Serializer[Any]):
    text = TextField(max_length=MAX_PREDICT_LENGTH)


class PredictOutput(serializers.Serializer[Any]):
    id = StrictIntegerField()
    label = serializers.ChoiceField(choices=["positive", "negative", "neutral"])  # type: ignore[assignment]
    compound = StrictFloatField(help_text="VADER's compound score, -1 (most negative) to 1.")
    latency_ms = StrictFloatField()


class StatsOutput(serializers.Serializer[Any]):
    total_queries = StrictIntegerField()
    total_cost_usd = StrictCharField()
    average_cost_usd = StrictCharField()
    models_used = serializers.DictField(child=StrictIntegerField())
    cache_hit_ratio = StrictFloatField()
    uptime_seconds = StrictFloatField()
