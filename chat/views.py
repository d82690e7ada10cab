"""The diner pages: /r/<slug>/ from the QR code, a chat whose answers stream over SSE.

The form posts with htmx and gets back the question and an empty answer whose
element opens an EventSource on ``answer_stream``; that async view relays the
answering service's events as SSE, HTML-escaped, named ``token``, ``done`` and
``error``. Without JavaScript the same form posts normally and the answer is
computed before a redirect back to the page (post/redirect/get: a reload never
posts twice).

Diners are anonymous: a random token in an HttpOnly cookie names their
conversation (only its digest is stored), and every lookup filters on it.
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import AsyncGenerator, Callable
from functools import wraps
from inspect import iscoroutinefunction
from typing import Any, TypeVar

from asgiref.sync import sync_to_async
from django.conf import settings
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import reswap, retarget

from chat import answering
from chat.diner_limits import diner_question_admit
from chat.models import Conversation, Feedback, Message
from chat.selectors import answer_for_diner, conversation_for_diner
from config.http import client_ip
from config.request_facts import SommelierRequest
from config.sse import event_stream_response, sse_event
from recommendations.models import Restaurant, Table
from recommendations.selectors import restaurant_for_diner

DINER_COOKIE = "sommelier_diner"
DINER_COOKIE_MAX_AGE = 30 * 86_400

View = TypeVar("View", bound=Callable[..., Any])


def content_security_policy(view: View) -> View:
    """A strict CSP on the diner pages: our own scripts and styles only, nothing inline, no frames."""

    def add_header(response: HttpResponseBase) -> HttpResponseBase:
        response.headers.setdefault("Content-Security-Policy", settings.DINER_CONTENT_SECURITY_POLICY)
        return response

    if iscoroutinefunction(view):

        @wraps(view)
        async def async_wrapper(*args: Any, **kwargs: Any) -> HttpResponseBase:
            return add_header(await view(*args, **kwargs))

        return async_wrapper  # type: ignore[return-value]

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> HttpResponseBase:
        return add_header(view(*args, **kwargs))

    return wrapper  # type: ignore[return-value]


# --- helpers ---------------------------------------------------------------------------------


def _restaurant(slug: str) -> Restaurant:
    restaurant = restaurant_for_diner(slug)
    if restaurant is None:
        raise Http404("No such restaurant.")
    return restaurant


def _table(restaurant: Restaurant, raw: str | None) -> Table | None:
    """The table from ``?table=N``; anything else (a typo, another restaurant's table) is no table."""
    # isascii: "²".isdigit() is true, and int() refuses it.
    if not raw or not raw.isascii() or not raw.isdigit() or len(raw) > 4:
        return None
    return restaurant.tables.filter(number=int(raw)).first()


def _diner_token(request: HttpRequest) -> str | None:
    token = request.COOKIES.get(DINER_COOKIE, "")
    # Our tokens are 43 URL-safe characters; anything else is not ours.
    if len(token) != 43 or not all(char.isalnum() or char in "-_" for char in token):
        return None
    return token


def _set_diner_cookie(response: HttpResponseBase, token: str) -> None:
    response.set_cookie(
        DINER_COOKIE,
        token,
        max_age=DINER_COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def _conversation(request: HttpRequest, restaurant: Restaurant) -> Conversation | None:
    """The diner's conversation here, if they have one (never created by a GET)."""
    token = _diner_token(request)
    if token is None:
        return None
    return conversation_for_diner(owner=answering.diner_owner(token), restaurant=restaurant)


def _answer(request: HttpRequest, slug: str, message_id: int) -> Message:
    """One of this diner's answers at this restaurant, or 404 (another diner's answer included)."""
    token = _diner_token(request)
    if token is None:
        raise Http404
    answer = answer_for_diner(owner=answering.diner_owner(token), slug=slug, message_id=message_id)
    if answer is None:
        raise Http404
    return answer


def _page_url(restaurant: Restaurant, table: Table | None, anchor: str = "") -> str:
    url = reverse("chat:restaurant", args=[restaurant.slug])
    if table is not None:
        url += f"?table={table.number}"
    return url + (f"#{anchor}" if anchor else "")


def _suggestions(restaurant: Restaurant) -> list[str]:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(restaurant.currency, restaurant.currency + " ")
    under = 50 if restaurant.currency != "JPY" else 5000
    return ["Pair with my main", f"Red under {symbol}{under}", "By the glass", "Something sparkling"]


def _page_context(
    request: HttpRequest, restaurant: Restaurant, table: Table | None, *, error: str = "", draft: str = ""
) -> dict[str, Any]:
    conversation = _conversation(request, restaurant)
    return {
        "restaurant": restaurant,
        "table": table,
        "history": answering.conversation_history(conversation) if conversation else [],
        "suggestions": _suggestions(restaurant),
        "client_id": uuid.uuid4(),
        "max_length": answering.MAX_MESSAGE_LENGTH,
        "error": error,
        "draft": draft,
    }


# --- views -----------------------------------------------------------------------------------


@require_GET
@content_security_policy
def restaurant_page(request: SommelierRequest, slug: str) -> HttpResponse:
    restaurant = _restaurant(slug)
    request.facts.restaurant_id = restaurant.pk
    table = _table(restaurant, request.GET.get("table"))
    response = render(request, "chat/restaurant.html", _page_context(request, restaurant, table))
    response.headers["Cache-Control"] = "private, no-store"
    if _diner_token(request) is None:
        _set_diner_cookie(response, secrets.token_urlsafe(32))
    return response


@require_POST
@content_security_policy
async def message_create(request: SommelierRequest, slug: str) -> HttpResponse:
    """The question from the form: with htmx, the two new bubbles; without, the answer, then a redirect."""
    restaurant = await sync_to_async(_restaurant)(slug)
    request.facts.restaurant_id = restaurant.pk
    table = await sync_to_async(_table)(restaurant, request.POST.get("table"))
    text = request.POST.get("suggestion") or request.POST.get("text") or ""
    try:
        client_id: uuid.UUID | None = uuid.UUID(request.POST.get("client_id", ""))
    except ValueError:
        client_id = None
    token = _diner_token(request) or secrets.token_urlsafe(32)
    refusal = await answering.run_db(
        diner_question_admit,
        restaurant_id=restaurant.pk,
        owner=answering.diner_owner(token),
        address=client_ip(request),
    )
    if refusal is not None:
        response = await _rejected(request, restaurant, table, refusal.message, text, status=429)
        response.headers["Retry-After"] = str(refusal.retry_after)
        _set_diner_cookie(response, token)
        return response
    try:
        conversation = await sync_to_async(answering.conversation_for)(
            restaurant=restaurant, owner=answering.diner_owner(token), table=table
        )
        answer = await sync_to_async(answering.question_ask)(conversation=conversation, text=text, client_id=client_id)
    except answering.MessageRejected as rejected:
        response = await _rejected(request, restaurant, table, str(rejected), text)
        _set_diner_cookie(response, token)
        return response

    if request.htmx:
        answer = await Message.objects.select_related("in_reply_to").aget(pk=answer.pk)
        response = HttpResponse(
            await sync_to_async(render_to_string)(
                "chat/_exchange.html",
                {"restaurant": restaurant, "answer": answer, "next_client_id": uuid.uuid4()},
                request=request,
            )
        )
    else:
        if answer.status == Message.Status.PENDING:
            # On failure the page shows the stored friendly message.
            with contextlib.suppress(answering.AnswerFailed):
                await answering.answer_complete(answer.pk)
        response = HttpResponseRedirect(_page_url(restaurant, table, f"answer-{answer.pk}"), status=303)
    _set_diner_cookie(response, token)
    return response


async def _rejected(
    request: SommelierRequest, restaurant: Restaurant, table: Table | None, error: str, draft: str, *, status: int = 422
) -> HttpResponse:
    if request.htmx:
        # The form stays as typed; only the error line changes (htmx swaps 4xx bodies: see chat.js).
        response = HttpResponse(
            await sync_to_async(render_to_string)("chat/_form_error.html", {"error": error}, request=request),
            status=status,
        )
        return reswap(retarget(response, "#form-error"), "outerHTML")
    context = await sync_to_async(_page_context)(request, restaurant, table, error=error, draft=draft[:2000])
    page: HttpResponse = await sync_to_async(render)(request, "chat/restaurant.html", context, status=status)
    return page


async def _answer_stream_body(answer: Message, restaurant: Restaurant) -> AsyncGenerator[bytes, None]:
    # A comment first: the browser sees the stream open before any model work. retry: a stream
    # cut without its done event (a server restart) is reopened by the browser after a second,
    # and the reopened stream finishes the answer from its saved words.
    yield b"retry: 1000\n: stream open\n\n"
    async for event in answering.answer_events(answer.pk):
        if event.type == "token":
            yield sse_event("token", str(escape(event.data["text"])))
        elif event.type == "done":
            done = event.data
            end = await sync_to_async(render_to_string)(
                "chat/_answer_end.html",
                {
                    "restaurant": restaurant,
                    "answer_id": answer.pk,
                    "wines": done["wines"],
                    "degraded": done["degraded"],
                    "stopped": done["stopped"],
                    "failed": False,
                    "feedback": None,
                    # The streamed words failed the quality check: swap in the final text.
                    "replace_text": done.get("replaced") or done.get("replayed"),
                    "text": done["text"],
                },
            )
            yield sse_event("done", end)
        elif event.type == "error":
            message = await sync_to_async(render_to_string)("chat/_answer_error.html", {"error": event.data})
            yield sse_event("error", message)
            # `done` closes the EventSource (sse-close); without it the browser would reconnect.
            yield sse_event("done", "")


@require_GET
async def answer_stream(request: SommelierRequest, slug: str, message_id: int) -> StreamingHttpResponse:
    # Released at once: the stream may last as long as the model takes.
    answer = await answering.run_db(_answer, request, slug, message_id)
    restaurant = answer.conversation.restaurant
    request.facts.restaurant_id = restaurant.pk
    return event_stream_response(_answer_stream_body(answer, restaurant))


@require_POST
@content_security_policy
def answer_stop(request: SommelierRequest, slug: str, message_id: int) -> HttpResponse:
    answer = _answer(request, slug, message_id)
    request.facts.restaurant_id = answer.conversation.restaurant_id
    answering.answer_stop(answer=answer)
    if request.htmx:
        return render(request, "chat/_stopped.html", {"answer": answer})
    return HttpResponseRedirect(_page_url(answer.conversation.restaurant, None, f"answer-{answer.pk}"), status=303)


@require_POST
@content_security_policy
def answer_feedback(request: SommelierRequest, slug: str, message_id: int) -> HttpResponse:
    answer = _answer(request, slug, message_id)
    request.facts.restaurant_id = answer.conversation.restaurant_id
    ratings = {"up": Feedback.Rating.UP, "down": Feedback.Rating.DOWN}
    rating = ratings.get(request.POST.get("rating", ""))
    if rating is None:
        return HttpResponse("Choose thumbs up or down.", status=400, content_type="text/plain; charset=utf-8")
    if answer.status not in (Message.Status.COMPLETE, Message.Status.STOPPED):
        return HttpResponse("This answer is not finished yet.", status=409, content_type="text/plain; charset=utf-8")
    feedback = answering.feedback_give(answer=answer, rating=rating, comment=request.POST.get("comment", ""))
    if request.htmx:
        return render(
            request,
            "chat/_feedback.html",
            {"restaurant": answer.conversation.restaurant, "answer_id": answer.pk, "feedback": feedback},
        )
    return HttpResponseRedirect(_page_url(answer.conversation.restaurant, None, f"answer-{answer.pk}"), status=303)
