"""The diner page over real HTTP: uvicorn serving the ASGI app, the gateway on the LLM test server."""

from __future__ import annotations

import re
import threading
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest
from django.utils.html import escape

from chat.models import Conversation, Feedback, Message
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant, Wine

pytestmark = pytest.mark.django_db(transaction=True)

LAMB_QUESTION = "A red under $60 for the lamb?"


class Diner:
    """One phone: its own cookies (diner token, CSRF), talking to the live server."""

    def __init__(self, base_url: str, slug: str) -> None:
        self.client = httpx.Client(base_url=base_url, timeout=30, follow_redirects=False)
        self.slug = slug

    def open(self, query: str = "") -> httpx.Response:
        return self.client.get(f"/r/{self.slug}/{query}")

    @property
    def csrf(self) -> str:
        return str(self.client.cookies["csrftoken"])

    def ask(self, text: str, *, client_id: str | None = None, htmx: bool = True) -> httpx.Response:
        headers = {"X-CSRFToken": self.csrf, "Origin": str(self.client.base_url).rstrip("/")}
        if htmx:
            headers["HX-Request"] = "true"
        return self.client.post(
            f"/r/{self.slug}/messages",
            data={"text": text, "client_id": client_id or str(uuid.uuid4())},
            headers=headers,
        )

    def stream(self, answer_id: int) -> list[tuple[str, str]]:
        """The SSE events of an answer, as (event, data)."""
        with self.client.stream("GET", f"/r/{self.slug}/answers/{answer_id}/stream") as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            return parse_sse(response.iter_text())

    def post(self, path: str, data: dict[str, str]) -> httpx.Response:
        return self.client.post(
            f"/r/{self.slug}/{path}",
            data=data,
            headers={"X-CSRFToken": self.csrf, "HX-Request": "true", "Origin": str(self.client.base_url)},
        )


def parse_sse(chunks: Any) -> list[tuple[str, str]]:
    buffer = "".join(chunks)
    events = []
    for block in buffer.split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event: "):
                name = line[len("event: ") :]
            elif line.startswith("data: "):
                data.append(line[len("data: ") :])
        if data:
            events.append((name, "\n".join(data)))
    return events


def answer_id_in(html: str) -> int:
    match = re.search(r'id="answer-(\d+)"', html)
    assert match, html
    return int(match.group(1))


def tokens_of(events: list[tuple[str, str]]) -> list[str]:
    return [data for name, data in events if name == "token"]


@pytest.fixture
def diner(asgi_url: str, harbor: Restaurant, llm_server: LLMTestServer) -> Diner:
    person = Diner(asgi_url, harbor.slug)
    assert person.open().status_code == 200
    return person


def test_the_page_shows_the_restaurant_greeting_and_suggestions_under_a_strict_policy(
    asgi_url: str, harbor: Restaurant
) -> None:
    response = httpx.get(f"{asgi_url}/r/{harbor.slug}/?table=3")

    assert response.status_code == 200
    html = response.text
    assert "Harbor &amp; Vine" in html
    assert "Table 3" in html
    for chip in ("Pair with my main", "Red under $50", "By the glass", "Something sparkling"):
        assert chip in html
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["x-frame-options"] == "DENY"
    cookie = response.headers.get_list("set-cookie")
    diner_cookie = next(value for value in cookie if value.startswith("sommelier_diner="))
    assert "HttpOnly" in diner_cookie
    assert "SameSite=Lax" in diner_cookie
    # No inline script and nothing from another origin.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_unknown_restaurants_and_tables(asgi_url: str, harbor: Restaurant) -> None:
    assert httpx.get(f"{asgi_url}/r/no-such-place/").status_code == 404
    # A table that does not exist (or is not a number) is no table, not an error.
    for table in ("999", "abc", "-1", "1" * 50, "²", "١"):
        response = httpx.get(f"{asgi_url}/r/{harbor.slug}/", params={"table": table})
        assert response.status_code == 200
        assert "Sommelier ·" not in response.text
    Restaurant.objects.filter(pk=harbor.pk).update(is_active=False)
    assert httpx.get(f"{asgi_url}/r/{harbor.slug}/").status_code == 404


def test_an_answer_streams_token_by_token_and_ends_with_wine_cards(diner: Diner, harbor: Restaurant) -> None:
    exchange = diner.ask(LAMB_QUESTION)
    assert exchange.status_code == 200
    assert "A red under $60 for the lamb?" in exchange.text
    answer_id = answer_id_in(exchange.text)

    events = diner.stream(answer_id)

    tokens = tokens_of(events)
    assert len(tokens) > 3
    assert [name for name, _ in events][-1] == "done"
    done_html = events[-1][1]
    cards = re.findall(r'<h2 class="wine-name">([^<]+)', done_html)
    assert cards
    answer = Message.objects.get(pk=answer_id)
    assert answer.status == Message.Status.COMPLETE
    assert answer.text == "".join(tokens).replace("&#x27;", "'").replace("&amp;", "&")
    assert not answer.degraded
    for card in answer.wines:
        wine = Wine.objects.get(pk=card["id"], restaurant=harbor)
        assert wine.colour == "red"
        assert wine.bottle_price <= Decimal("60")
        assert card["name"] in done_html.replace("&#x27;", "'").replace("&amp;", "&")
    # The model's words name a chosen wine (the quality check held).
    assert any(card["name"] in answer.text for card in answer.wines)


def test_two_dishes_get_a_card_for_each_dish(diner: Diner) -> None:
    exchange = diner.ask("One bottle for the oysters and the lamb chops?")
    assert exchange.status_code == 200
    answer_id = answer_id_in(exchange.text)

    done_html = diner.stream(answer_id)[-1][1]

    answer = Message.objects.get(pk=answer_id)
    for_dish = [card["for_dish"] for card in answer.wines]
    assert for_dish[0] == ""  # the bottle for both
    assert "oysters" in for_dish[1:]
    assert "For the oysters" in done_html


def test_history_survives_a_reload_and_a_resent_form_stores_nothing_twice(
    diner: Diner, llm_server: LLMTestServer
) -> None:
    client_id = str(uuid.uuid4())
    answer_id = answer_id_in(diner.ask(LAMB_QUESTION, client_id=client_id).text)
    diner.stream(answer_id)

    again = diner.ask(LAMB_QUESTION, client_id=client_id)

    assert answer_id_in(again.text) == answer_id
    assert Message.objects.count() == 2
    page = diner.open().text
    assert page.count('class="bubble question"') == 1
    assert page.count(f'id="answer-{answer_id}"') == 1
    assert Message.objects.get(pk=answer_id).wines[0]["name"].split()[0] in page
    # Streaming it again replays the stored answer; no second model call.
    calls = llm_server.state.total_calls()
    replay = diner.stream(answer_id)
    assert [name for name, _ in replay][-1] == "done"
    assert llm_server.state.total_calls() == calls


def test_follow_ups_use_the_conversation(diner: Diner, harbor: Restaurant) -> None:
    first = answer_id_in(diner.ask("A red between $55 and $70 for the lamb?").text)
    diner.stream(first)
    shown = Message.objects.get(pk=first).wines
    cheapest = min(Decimal(card["price"]) for card in shown)
    assert cheapest >= Decimal("55")  # and the list has reds from $46

    second = answer_id_in(diner.ask("Something cheaper?").text)
    diner.stream(second)

    cheaper = Message.objects.get(pk=second).wines
    assert cheaper
    for card in cheaper:
        assert card["colour"] == "red"
        assert Decimal(card["price"]) < cheapest
        assert not card["alternative"]

    third = answer_id_in(diner.ask("And by the glass?").text)
    diner.stream(third)
    for card in Message.objects.get(pk=third).wines:
        assert card["colour"] == "red"
        assert card["glass_price"] is not None


def test_the_same_question_from_another_diner_comes_from_the_answer_cache(
    asgi_url: str, diner: Diner, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    diner.stream(answer_id_in(diner.ask(LAMB_QUESTION).text))
    calls = llm_server.state.total_calls()
    other = Diner(asgi_url, harbor.slug)
    other.open()

    answer_id = answer_id_in(other.ask("  a RED under $60 for the LAMB ").text)
    events = other.stream(answer_id)

    assert llm_server.state.total_calls() == calls
    answer = Message.objects.get(pk=answer_id)
    assert answer.cached
    assert answer.text == Message.objects.exclude(pk=answer_id).get(role="assistant").text
    assert [name for name, _ in events] == ["token", "done"]
    # A new wine list version is a new cache entry.
    Restaurant.objects.filter(pk=harbor.pk).update(wine_list_version=harbor.wine_list_version + 1)
    other.stream(answer_id_in(other.ask("A red under $60 for the lamb?").text))
    assert llm_server.state.total_calls() == calls + 1


def test_model_and_diner_text_is_escaped(diner: Diner, harbor: Restaurant, llm_server: LLMTestServer) -> None:
    wine_names = list(harbor.wines.values_list("name", flat=True))
    payload = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    # The payload rides along with every wine's name so the quality check keeps it.
    llm_server.state.set_reply("draft", f"{payload} Try the " + ", ".join(wine_names) + ".")

    exchange = diner.ask(f"{payload} red under $60?")
    events = diner.stream(answer_id_in(exchange.text))

    assert "<script>" not in exchange.text
    assert "&lt;script&gt;" in exchange.text
    streamed = "".join(tokens_of(events))
    assert "<script>" not in streamed
    assert "<img" not in streamed
    assert "&lt;script&gt;" in streamed
    assert "&lt;img" in streamed
    page = diner.open().text
    assert "<script>window" not in page
    assert "<img src=x" not in page


def test_without_javascript_the_form_answers_on_a_full_page(diner: Diner) -> None:
    response = diner.ask(LAMB_QUESTION, htmx=False)

    assert response.status_code == 303
    location = response.headers["location"]
    assert re.fullmatch(r"/r/harbor-and-vine/#answer-\d+", location)
    answer = Message.objects.get(role="assistant")
    assert answer.status == Message.Status.COMPLETE
    assert answer.wines
    page = diner.client.get(location).text
    assert answer.wines[0]["name"].replace("'", "&#x27;").replace("&", "&amp;") in page


def test_a_long_message_is_refused_before_any_model_call(diner: Diner, llm_server: LLMTestServer) -> None:
    response = diner.ask("x" * 501)

    assert response.status_code == 422
    assert "under 500 characters" in response.text
    assert not Message.objects.exists()
    assert llm_server.state.total_calls() == 0
    # With htmx, the error line alone is swapped in: the form keeps what the diner typed.
    assert response.headers["HX-Retarget"] == "#form-error"
    assert response.headers["HX-Reswap"] == "outerHTML"
    empty = diner.ask("   ")
    assert empty.status_code == 422
    page = diner.ask("x" * 501, htmx=False)
    assert page.status_code == 422
    assert "under 500 characters" in page.text


def test_forms_need_the_csrf_token(asgi_url: str, harbor: Restaurant) -> None:
    client = httpx.Client(base_url=asgi_url)
    client.get(f"/r/{harbor.slug}/")

    response = client.post(f"/r/{harbor.slug}/messages", data={"text": "hello"})

    assert response.status_code == 403
    assert not Message.objects.exists()


def test_one_diner_never_sees_another_diners_conversation(asgi_url: str, diner: Diner, harbor: Restaurant) -> None:
    answer_id = answer_id_in(diner.ask("Something for my secret anniversary").text)
    diner.stream(answer_id)
    stranger = Diner(asgi_url, harbor.slug)
    stranger.open()

    assert "secret anniversary" not in stranger.open().text
    with stranger.client.stream("GET", f"/r/{harbor.slug}/answers/{answer_id}/stream") as response:
        assert response.status_code == 404
    assert stranger.post(f"answers/{answer_id}/feedback", {"rating": "down"}).status_code == 404
    assert stranger.post(f"answers/{answer_id}/stop", {}).status_code == 404
    assert not Feedback.objects.exists()
    # Nor through another restaurant's address.
    with diner.client.stream("GET", f"/r/bistro-marguerite/answers/{answer_id}/stream") as response:
        assert response.status_code == 404


def test_feedback_is_stored_with_its_sentiment(diner: Diner) -> None:
    answer_id = answer_id_in(diner.ask(LAMB_QUESTION).text)
    diner.stream(answer_id)

    liked = diner.post(f"answers/{answer_id}/feedback", {"rating": "up", "comment": "Perfect, we loved it!"})
    assert liked.status_code == 200
    assert 'aria-pressed="true"' in liked.text
    feedback = Feedback.objects.get(message_id=answer_id)
    assert feedback.rating == 1
    assert feedback.sentiment is not None
    assert feedback.sentiment > 0.5

    changed = diner.post(f"answers/{answer_id}/feedback", {"rating": "down"})
    assert changed.status_code == 200
    assert Feedback.objects.get(message_id=answer_id).rating == -1
    assert Feedback.objects.count() == 1
    assert diner.post(f"answers/{answer_id}/feedback", {"rating": "sideways"}).status_code == 400


def test_feedback_waits_for_the_answer(diner: Diner) -> None:
    answer_id = answer_id_in(diner.ask(LAMB_QUESTION).text)

    assert diner.post(f"answers/{answer_id}/feedback", {"rating": "up"}).status_code == 409


def test_the_stop_button_ends_the_stream_and_keeps_the_words_so_far(diner: Diner, llm_server: LLMTestServer) -> None:
    llm_server.state.token_delay_ms = 150
    answer_id = answer_id_in(diner.ask(LAMB_QUESTION).text)
    events: list[tuple[str, str]] = []
    first_token = threading.Event()

    def read() -> None:
        with diner.client.stream("GET", f"/r/{diner.slug}/answers/{answer_id}/stream") as response:
            text = ""
            for chunk in response.iter_text():
                text += chunk
                if "event: token" in text:
                    first_token.set()
            events.extend(parse_sse([text]))

    reader = threading.Thread(target=read)
    reader.start()
    assert first_token.wait(20)
    assert diner.post(f"answers/{answer_id}/stop", {}).status_code == 200
    reader.join(20)

    assert events[-1][0] == "done"
    assert "You stopped this answer." in events[-1][1]
    answer = Message.objects.get(pk=answer_id)
    assert answer.status == Message.Status.STOPPED
    # What was shown is what is kept, and the model's reply was not finished.
    assert answer.text
    assert answer.text == "".join(tokens_of(events)).replace("&#x27;", "'")
    assert answer.text != llm_server.state.reply_for("draft", llm_server.state.requests[-1]["messages"])


def test_a_stream_cut_upstream_finishes_with_the_house_voices_words(diner: Diner, llm_server: LLMTestServer) -> None:
    llm_server.state.queue_faults("draft", ["cut"])
    answer_id = answer_id_in(diner.ask(LAMB_QUESTION).text)

    events = diner.stream(answer_id)

    names = [name for name, _ in events]
    assert "error" not in names
    assert names[-1] == "done"
    answer = Message.objects.get(pk=answer_id)
    assert answer.status == Message.Status.COMPLETE
    assert answer.degraded is True
    assert answer.degraded_reason.startswith("stream cut")
    # The words shown half-way are swapped for the whole answer in the house voice.
    assert escape(answer.text) in events[-1][1]
    assert answer.model_used == "house"


def test_over_budget_the_diner_still_gets_wines_from_the_list(diner: Diner, harbor: Restaurant) -> None:
    Restaurant.objects.filter(pk=harbor.pk).update(daily_llm_budget_usd=Decimal("0"))

    events = diner.stream(answer_id_in(diner.ask(LAMB_QUESTION).text))

    assert events[-1][0] == "done"
    assert "wine-name" in events[-1][1]
    answer = Message.objects.get(role="assistant")
    assert answer.degraded
    assert answer.wines
    assert answer.status == Message.Status.COMPLETE


def test_conversations_are_per_restaurant(asgi_url: str, diner: Diner) -> None:
    diner.stream(answer_id_in(diner.ask(LAMB_QUESTION).text))

    assert Conversation.objects.count() == 1
    assert Conversation.objects.get().owner.startswith("diner:")
    # The token is never stored, only its digest.
    assert diner.client.cookies["sommelier_diner"] not in Conversation.objects.get().owner


def test_streaming_answers_hold_no_database_connection(
    asgi_url: str, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    """A few diners waiting on slow answers must not hold connections (a pool would run dry)."""
    from django.db import connection

    llm_server.state.token_delay_ms = 400
    diners = [Diner(asgi_url, harbor.slug) for _ in range(5)]
    for person in diners:
        person.open()
    answers = [answer_id_in(person.ask(f"A red under ${50 + i} for the lamb?").text) for i, person in enumerate(diners)]
    streaming = threading.Barrier(len(diners) + 1, timeout=30)

    def read(person: Diner, answer_id: int) -> None:
        with person.client.stream("GET", f"/r/{person.slug}/answers/{answer_id}/stream") as response:
            told = False
            for chunk in response.iter_text():
                if not told and "event: token" in chunk:
                    told = True
                    streaming.wait()

    def other_connections() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            (count,) = cursor.fetchone()
        return int(count)

    # Whatever earlier tests' threads still hold (the rate limiter's long-lived threads...).
    before = other_connections()
    readers = [threading.Thread(target=read, args=pair) for pair in zip(diners, answers, strict=True)]
    for reader in readers:
        reader.start()
    streaming.wait()  # every answer is mid-stream now
    during = other_connections()
    for reader in readers:
        reader.join(60)

    # Never one per waiting diner.
    assert during - before < len(diners)


def test_a_carriage_return_in_a_token_cannot_end_the_event() -> None:
    from config.sse import sse_event

    framed = sse_event("token", "first\revent: done\r\ndata: x\nlast").decode()

    # Every line of the text is data of this one event; no line starts a new field.
    assert [line for line in framed.split("\n") if line.startswith("event:")] == ["event: token"]
    assert framed == "event: token\ndata: first\ndata: event: done\ndata: data: x\ndata: last\n\n"


def test_a_streamed_answer_is_recorded_when_it_ends(
    diner: Diner, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    from analytics.models import RequestRecord
    from analytics.recording import flush_now

    llm_server.state.token_delay_ms = 100
    answer_id = answer_id_in(diner.ask(LAMB_QUESTION).text)
    stream_route = "r/<slug:slug>/answers/<int:message_id>/stream"

    with diner.client.stream("GET", f"/r/{diner.slug}/answers/{answer_id}/stream") as response:
        chunks = response.iter_text()
        while "event: token" not in next(chunks):
            pass
        flush_now()
        # Earlier tests' records reach this database too (refused ones carry only the slug,
        # which names this restaurant now): count this restaurant's answered streams only.
        recorded_mid_stream = RequestRecord.objects.filter(route=stream_route, restaurant=harbor, status=200).count()
        rest = "".join(chunks)
    flush_now()

    assert "event: done" in rest
    assert recorded_mid_stream == 0
    assert RequestRecord.objects.filter(route=stream_route, restaurant=harbor, status=200).count() == 1
