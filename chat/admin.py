"""What diners asked, read-only for each restaurant's staff: the conversations as the diner saw them."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse

from chat.models import Conversation, Feedback, Message
from recommendations.admin_tenancy import TenantAdmin, allowed_restaurant_ids
from recommendations.models import StaffRole, Table

HOUSE_WRITER = "house"


def writer_label(model_used: str) -> str:
    """Who wrote an answer's words, as staff read it."""
    return "the house voice" if model_used in ("", HOUSE_WRITER) else model_used


def _answers(**conditions: Any) -> Exists:
    return Exists(Message.objects.filter(conversation=OuterRef("pk"), role=Message.Role.ASSISTANT, **conditions))


class _YesNoFilter(admin.SimpleListFilter):
    """A filter on whether some answer of the conversation meets ``condition``."""

    condition: dict[str, Any] = {}

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "yes":
            return queryset.filter(_answers(**self.condition))
        if self.value() == "no":
            return queryset.exclude(_answers(**self.condition))
        return queryset


class FeedbackGivenFilter(_YesNoFilter):
    title = "feedback given"
    parameter_name = "feedback"
    condition = {"feedback__isnull": False}


class ThumbsDownFilter(_YesNoFilter):
    title = "thumbs down"
    parameter_name = "thumbs_down"
    condition = {"feedback__rating": Feedback.Rating.DOWN}


class FallbackFilter(_YesNoFilter):
    title = "fallback answers (a model failed; the house voice answered)"
    parameter_name = "fallback"
    condition = {"degraded": True}


class NothingFittedFilter(_YesNoFilter):
    title = "nothing fitted"
    parameter_name = "nothing_fitted"
    condition = {"understood__nothing_fits": True}


class TableFilter(admin.SimpleListFilter):
    """The tables of the user's own restaurants only: another restaurant's are not even named."""

    title = "table"
    parameter_name = "table"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        tables = Table.objects.select_related("restaurant").order_by("restaurant__name", "number")
        if not request.user.is_superuser:
            tables = tables.filter(restaurant_id__in=allowed_restaurant_ids(request, StaffRole.VIEWER))
        several = tables.values("restaurant_id").distinct().count() > 1
        return [(str(table.pk), f"{table.restaurant.name} · {table}" if several else str(table)) for table in tables]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(table_id=int(value))
        return queryset


@admin.register(Conversation)
class ConversationAdmin(TenantAdmin[Conversation]):
    """Read-only for everyone: what was said stays as it was said."""

    add_role = None
    edit_role = None
    delete_role = None
    list_display = ["started", "restaurant", "table", "first_question", "answer_count", "feedback_given", "channel"]
    list_display_links = ["started", "first_question"]
    list_select_related = ["restaurant", "table"]
    list_filter = [TableFilter, FeedbackGivenFilter, ThumbsDownFilter, FallbackFilter, NothingFittedFilter, "channel"]
    date_hierarchy = "created_at"
    search_fields = ["messages__text"]
    search_help_text = "Words in the diners' questions."
    list_per_page = 50
    ordering = ["-created_at"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Conversation]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                first_question_text=Subquery(
                    Message.objects.filter(conversation=OuterRef("pk"), role=Message.Role.USER)
                    .order_by("created_at", "pk")
                    .values("text")[:1]
                ),
                answers=Count("messages", filter=Q(messages__role=Message.Role.ASSISTANT), distinct=True),
                feedbacks=Count("messages__feedback", distinct=True),
                thumbs_down=Count(
                    "messages__feedback", filter=Q(messages__feedback__rating=Feedback.Rating.DOWN), distinct=True
                ),
            )
        )

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Conversation], search_term: str
    ) -> tuple[QuerySet[Conversation], bool]:
        """Searches the diners' questions only (an answer's words are ours, not theirs)."""
        words = search_term.split()
        if not words:
            return queryset, False
        questions = Message.objects.filter(role=Message.Role.USER)
        for word in words[:10]:
            questions = questions.filter(text__icontains=word)
        return queryset.filter(pk__in=questions.values("conversation_id")), False

    @admin.display(description="Started", ordering="created_at")
    def started(self, obj: Conversation) -> str:
        return obj.created_at.strftime("%Y-%m-%d %H:%M")

    @admin.display(description="First question")
    def first_question(self, obj: Conversation) -> str:
        text = str(getattr(obj, "first_question_text", None) or "")
        return text if len(text) <= 90 else text[:89] + "…"

    @admin.display(description="Answers", ordering="answers")
    def answer_count(self, obj: Conversation) -> int:
        return int(getattr(obj, "answers", 0))

    @admin.display(description="Feedback")
    def feedback_given(self, obj: Conversation) -> str:
        given, down = int(getattr(obj, "feedbacks", 0)), int(getattr(obj, "thumbs_down", 0))
        if not given:
            return "—"
        return f"{given} ({down} thumbs down)" if down else f"{given}"

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        conversation = self.get_object(request, unquote(object_id))
        if conversation is None or not self.has_view_permission(request, conversation):
            return self.not_found_redirect(request)
        messages = list(conversation.messages.select_related("feedback").order_by("created_at", "pk"))
        exchange = [
            {
                "message": message,
                "writer": writer_label(message.model_used),
                "calls_url": (
                    f"{reverse('admin:analytics_llmcall_changelist')}?request_id={message.request_id}"
                    if message.request_id
                    else ""
                ),
            }
            for message in messages
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Conversation at {conversation.restaurant.name}",
            "original": conversation,
            "conversation": conversation,
            "exchange": exchange,
            "has_view_permission": True,
        }
        return TemplateResponse(request, "admin/chat/conversation/exchange.html", context)
