"""The diner page in a real browser: Debian's Chromium driven by Playwright, at a phone's size.

Screenshots land in test-artifacts/ (CI keeps them). No browser is downloaded: Playwright
drives /usr/bin/chromium, which `make test` installs when it is missing and it can.
"""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

import pytest
from django.conf import settings

from chat.answering import model_writes
from chat.models import Feedback, Message
from llm.gateway import get_gateway
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from recommendations.recommender import recommend
from tests.chat.browser import CHROMIUM, PHONE, phone

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (make test installs it)"),
]


@pytest.fixture
def slow_tokens(llm_server: LLMTestServer) -> LLMTestServer:
    llm_server.state.token_delay_ms = 60
    return llm_server


def test_a_diner_asks_watches_the_answer_arrive_sees_wines_and_finds_them_after_a_reload(
    harbor: Restaurant, slow_tokens: LLMTestServer, asgi_url: str, chromium: Any
) -> None:
    diner = phone(chromium, asgi_url)
    diner.open(harbor.slug, "?table=3")
    assert diner.page.locator("h1").inner_text() == "Harbor & Vine"
    # 360 px wide and nothing scrolls sideways.
    assert diner.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    diner.ask("A red under $60 for the lamb?")
    seen: list[str] = []
    deadline = time.monotonic() + 30
    answer_text = diner.answers().first.locator(".answer-text")
    while time.monotonic() < deadline and not diner.answers().first.locator(".wine").count():
        text = answer_text.inner_text() if answer_text.count() else ""
        if text and (not seen or seen[-1] != text):
            seen.append(text)
        time.sleep(0.02)
    diner.wait_for_answer_end(0)

    # The words arrived in several steps, each one growing the last.
    assert len(seen) >= 3, seen
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(seen))
    cards = diner.answers().first.locator(".wine")
    assert cards.count() >= 1
    first_card = cards.first.inner_text()
    assert "$" in first_card
    assert "bottle" in first_card
    assert not diner.answers().first.locator(".stop").count()
    diner.screenshot("diner-conversation-phone")

    # A follow-up by chip, answered in the same conversation.
    diner.page.get_by_role("button", name="By the glass").click()
    second = diner.wait_for_answer_end(1)
    assert second.locator(".wine").count() >= 1
    assert "glass" in second.locator(".wine").first.inner_text()
    diner.answers().first.get_by_role("button", name="Helpful", exact=True).click()
    diner.page.wait_for_selector("li.answer >> nth=0 >> .thumb[aria-pressed='true']")
    assert Feedback.objects.get().rating == 1
    diner.screenshot("diner-follow-up-phone")

    words = diner.answers().first.locator(".answer-text").inner_text()
    diner.page.reload()
    diner.page.wait_for_selector("li.answer")
    assert diner.page.locator("li.question").count() == 2
    assert diner.answers().count() == 2
    assert diner.answers().first.locator(".answer-text").inner_text() == words
    assert Message.objects.count() == 4
    assert diner.problems == []


def test_script_and_image_payloads_from_the_model_and_the_diner_stay_inert(
    harbor: Restaurant, llm_server: LLMTestServer, asgi_url: str, chromium: Any
) -> None:
    payload = '<script>window.pwned = 1; alert(1)</script><img src=x onerror="window.pwned = 2; alert(2)">'
    question = f"{payload} a red under $60?"
    # The model's answer carries a payload (no digits: the check refuses numbers absent from the
    # facts) and names every wine the recommender will choose, so the check keeps it and it
    # reaches the page.
    model_payload = '<script>window.pwned = true; alert("x")</script><img src=x onerror="window.pwned = true">'
    chosen = [pick.wine.name for pick in recommend(restaurant=harbor, query=question).picks]
    llm_server.state.set_reply(
        "draft",
        f"{model_payload} Our picks tonight are {', '.join(chosen)}, each chosen to suit what you asked for "
        "and poured with care by our team this evening.",
    )
    diner = phone(chromium, asgi_url)
    diner.open(harbor.slug)

    diner.ask(question)
    answer = diner.wait_for_answer_end(0)
    diner.page.reload()
    diner.page.wait_for_selector("li.answer .wine")

    assert diner.page.evaluate("window.pwned") is None
    assert diner.dialogs == []
    assert diner.page.locator("#messages script, #messages img").count() == 0
    assert "<script>window.pwned" in diner.page.locator("li.question").inner_text()
    answer = diner.answers().first
    assert '<img src=x onerror="window.pwned = true">' in answer.locator(".answer-text").inner_text()
    diner.screenshot("diner-payloads-inert-phone")
    # A blocked inline script would show as a CSP error: there is none, because nothing ran at all.
    assert diner.problems == []


def test_the_stop_button_stops_the_answer(
    harbor: Restaurant, llm_server: LLMTestServer, asgi_url: str, chromium: Any
) -> None:
    llm_server.state.token_delay_ms = 300
    diner = phone(chromium, asgi_url)
    diner.open(harbor.slug)

    diner.ask("A red under $60 for the lamb?")
    diner.page.wait_for_function("() => (document.querySelector('li.answer .answer-text')?.innerText ?? '').length > 3")
    diner.page.get_by_role("button", name="Stop").click()
    diner.page.wait_for_selector("text=You stopped this answer.")

    assert not diner.answers().first.locator(".stop").count()
    answer = Message.objects.get(role="assistant")
    assert answer.status == Message.Status.STOPPED
    shown = diner.answers().first.locator(".answer-text").inner_text().strip()
    stored = answer.text.strip()
    # The words in flight when Stop was pressed may reach the store and not the page, or the
    # page and not the store: the two agree on what both have.
    agreed = min(len(shown), len(stored), 10)
    assert agreed >= 3
    assert shown[:agreed] == stored[:agreed]
    assert diner.problems == []


def test_without_javascript_the_form_still_answers(
    harbor: Restaurant, llm_server: LLMTestServer, asgi_url: str, chromium: Any
) -> None:
    diner = phone(chromium, asgi_url, javascript=False)
    diner.page.goto(f"{asgi_url}/r/{harbor.slug}/")

    diner.page.get_by_label("Your question for the sommelier").fill("Something sparkling?")
    diner.page.get_by_role("button", name="Ask").click()
    diner.page.wait_for_selector("li.answer .wine")

    assert diner.page.locator("li.question").inner_text() == "Something sparkling?"
    assert "sparkling" in {card["colour"] for card in Message.objects.get(role="assistant").wines}
    diner.screenshot("diner-no-javascript-phone")


# What one answer's cards show, read from the page.
CARDS_JS = """cards => cards.map(card => ({
    name: card.querySelector('.wine-name').firstChild.textContent.trim(),
    producer: card.querySelector('.wine-from').textContent.split(' · ')[0].trim(),
    red: card.classList.contains('wine-red'),
    bottle: card.querySelector('.prices span').textContent.trim(),
    glass: [...card.querySelectorAll('.prices span')].some(span => span.textContent.includes('glass')),
}))"""
LIST_LINE = re.compile(r"^\s*(?:[-*#]|1\.)")


def _price(printed: str) -> float:
    """ "$45 bottle" -> 45.0."""
    found = re.search(r"\d[\d,]*(?:\.\d+)?", printed)
    assert found is not None, printed
    return float(found.group(0).replace(",", ""))


def _opening_without_wines(text: str, cards: list[dict[str, Any]]) -> str:
    """The answer's first sentence with its wines, producers and prices taken out: its template."""
    for card in cards:
        for name in (card["name"], card["producer"]):
            if name:
                text = text.replace(name, "<wine>")
    text = re.sub(r"\s*\([^)]*\d[^)]*\)", "", text)
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]


def test_three_questions_read_as_three_different_natural_answers_in_the_house_voice(
    harbor: Restaurant, asgi_url: str, chromium: Any
) -> None:
    # No llm_server: the session's settings configure only the bundled local model, so "auto"
    # leaves the words to the house voice (no override needed; this says so if that changes).
    assert settings.ANSWER_WRITER == "auto"
    assert not model_writes(get_gateway(), harbor), "a capable model is configured: the house voice would not write"
    # Under $80, so that something cheaper than the first answer's wines exists on this list (under
    # $60 the first answer already holds its cheapest red, and "cheaper" honestly says there is none).
    questions = ["A red under $80 for the lamb?", "Something cheaper?", "What goes with the oysters, by the glass?"]
    diner = phone(chromium, asgi_url)
    diner.open(harbor.slug)

    texts: list[str] = []
    cards: list[list[dict[str, Any]]] = []
    for index, question in enumerate(questions):
        diner.ask(question)
        answer = diner.wait_for_answer_end(index)
        texts.append(answer.locator(".answer-text").inner_text().strip())
        cards.append(answer.locator(".wine").evaluate_all(CARDS_JS))
    diner.screenshot("diner-three-answers-phone")
    seen = "\n\n".join(
        f"{question}\n{text}\n{shown}" for question, text, shown in zip(questions, texts, cards, strict=True)
    )

    assert diner.answers().count() == 3
    assert all(cards), seen
    page_text = diner.page.locator("body").inner_text()
    assert not re.search(r"\bresting\b", page_text, re.IGNORECASE), page_text
    assert "straight from our list" not in page_text.lower(), page_text

    # Three different answers, and not one opening three times with other names in it.
    assert len(set(texts)) == 3, seen
    openings = [_opening_without_wines(text, shown) for text, shown in zip(texts, cards, strict=True)]
    assert len(set(openings)) == 3, openings

    for text, shown in zip(texts, cards, strict=True):
        assert 35 <= len(text.split()) <= 110, (len(text.split()), text)
        assert not any(LIST_LINE.match(line) for line in text.splitlines()), text
        assert "**" not in text, text
        missing = [card["name"] for card in shown if card["name"] not in text]
        assert not missing, (missing, text)

    # The oysters are a new dish: the red asked for the lamb does not carry over, and glasses are shown.
    assert not any(card["red"] for card in cards[2]), seen
    assert all(card["glass"] for card in cards[2]), seen
    assert diner.problems == []
    # "Something cheaper?": every bottle under the first answer's cheapest.
    cheapest_first = min(_price(card["bottle"]) for card in cards[0])
    assert all(_price(card["bottle"]) < cheapest_first for card in cards[1]), seen
