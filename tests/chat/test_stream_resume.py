"""An answer survives the death of the process streaming it: its words are kept and a reconnect finishes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from chat.answering import MAX_MODEL_RESUMES, abandoned_answers_close, compose, diner_owner
from chat.answering.leases import answer_claim, answer_fail
from chat.answering.storing import _prepare, answer_finish
from chat.models import Conversation, Message
from chat.views import DINER_COOKIE
from llm.testing.server import LLMTestServer, free_port
from recommendations.dialogue import DialogueState
from recommendations.models import Restaurant
from tests.chat.test_diner_pages import LAMB_QUESTION, Diner, answer_id_in, parse_sse, tokens_of

ROOT = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    params = connection.settings_dict
    return f"postgres://{params['USER'] or 'postgres'}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}/{params['NAME']}"


class WebProcess:
    """The project under uvicorn in a process of its own, as production runs it, on the test database."""

    def __init__(self, port: int, llm_server: LLMTestServer) -> None:
        self.port = port
        draft = {"name": "draft", "provider": "openai", "model": "draft", "tier": "draft"}
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": _database_url(),
            "REDIS_URL": str(settings.REDIS_URL),
            "LLM_BASE_URL": llm_server.base_url,
            "LLM_MODELS": json.dumps([draft]),
            "LLM_EGRESS_PER_MINUTE": "100000",
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "config.asgi:application",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "the web process exited"
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/liveness", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError("the web process did not start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def web(harbor: Restaurant, llm_server: LLMTestServer) -> Iterator[WebProcess]:
    process = WebProcess(free_port(), llm_server)
    try:
        yield process
    finally:
        process.stop()


def left_by_a_dead_stream(diner: Diner, harbor: Restaurant, words: str, **fields: Any) -> Message:
    """The lamb question in ``diner``'s conversation, its answer streaming with ``words`` saved and a lease run out."""
    conversation = Conversation.objects.create(
        restaurant=harbor, owner=diner_owner(str(diner.client.cookies[DINER_COOKIE]))
    )
    question = Message.objects.create(conversation=conversation, role=Message.Role.USER, text=LAMB_QUESTION)
    return Message.objects.create(
        conversation=conversation,
        role=Message.Role.ASSISTANT,
        in_reply_to=question,
        status=Message.Status.STREAMING,
        text=words,
        stream_owner=uuid.uuid4(),
        lease_until=timezone.now() - timedelta(seconds=1),
        state_before={},
        **fields,
    )


def test_a_stream_killed_with_its_process_keeps_its_words_and_a_reconnect_finishes_it(
    web: WebProcess, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    llm_server.state.token_delay_ms = 250  # slow enough to be cut mid-answer
    web.start()
    diner = Diner(f"http://127.0.0.1:{web.port}", harbor.slug)
    assert diner.open().status_code == 200
    answer_id = answer_id_in(diner.ask(LAMB_QUESTION).text)

    seen = ""
    first_save = threading.Event()

    def read_until_killed() -> None:
        nonlocal seen
        try:
            with diner.client.stream("GET", f"/r/{harbor.slug}/answers/{answer_id}/stream") as response:
                for chunk in response.iter_text():
                    seen += chunk
        except httpx.TransportError:
            pass  # the process died under the stream

    reader = threading.Thread(target=read_until_killed)
    reader.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not first_save.is_set():
        if Message.objects.filter(pk=answer_id).exclude(text="").exists() and len(tokens_of(parse_sse([seen]))) >= 3:
            first_save.set()
        time.sleep(0.1)
    assert first_save.is_set(), "no words were saved while the answer streamed"
    web.kill()
    reader.join(10)

    cut = Message.objects.get(pk=answer_id)
    shown = "".join(tokens_of(parse_sse([seen])))
    assert cut.status == Message.Status.STREAMING
    assert not any(name == "done" for name, _ in parse_sse([seen]))  # the stream really was cut
    assert cut.text
    assert shown.replace("&#x27;", "'").startswith(cut.text)

    web.start()
    events = diner.stream(answer_id)

    assert [name for name, _ in events][-1] == "done"
    finished = Message.objects.get(pk=answer_id)
    assert finished.status == Message.Status.COMPLETE
    # Asked again, the (deterministic) model gives the same words: the answer goes on after them.
    assert (finished.degraded, finished.model_used) == (False, "draft")
    assert finished.wines
    assert finished.text.startswith(shown.replace("&#x27;", "'").rstrip())
    continued = "".join(tokens_of(events)).replace("&#x27;", "'")
    assert finished.text == cut.text.rstrip() + continued
    assert f'id="answer-text-{answer_id}"' in events[-1][1]  # the done event carries the final text


def test_a_model_that_answers_differently_the_second_time_is_replaced_by_the_house_voice(
    asgi_url: str, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    diner = Diner(asgi_url, harbor.slug)
    assert diner.open().status_code == 200
    answer = left_by_a_dead_stream(diner, harbor, "Oh, what a question. For the lamb I would")

    events = diner.stream(answer.pk)

    house = compose(restaurant=harbor, question=LAMB_QUESTION, state=DialogueState()).text
    assert [name for name, _ in events][-1] == "done"
    answer.refresh_from_db()
    assert (answer.status, answer.text) == (Message.Status.COMPLETE, house)
    assert answer.degraded
    assert answer.degraded_reason.startswith("stream cut: the server restarted mid-answer")


def test_a_resumed_house_voice_answer_continues_where_its_saved_words_end(asgi_url: str, harbor: Restaurant) -> None:
    diner = Diner(asgi_url, harbor.slug)
    assert diner.open().status_code == 200
    full = compose(restaurant=harbor, question=LAMB_QUESTION, state=DialogueState()).text
    first_sentence = full.split(". ")[0] + ". "
    assert len(first_sentence) < len(full)
    # What a process that died after saving its first sentence leaves behind.
    answer = left_by_a_dead_stream(diner, harbor, first_sentence)

    events = diner.stream(answer.pk)

    assert "".join(tokens_of(events)).replace("&#x27;", "'") == full[len(first_sentence.rstrip()) :]
    answer.refresh_from_db()
    assert (answer.status, answer.text, answer.degraded) == (Message.Status.COMPLETE, full, False)


def test_a_live_stream_is_not_taken_over_and_abandoned_ones_are_closed(harbor: Restaurant) -> None:
    conversation = Conversation.objects.create(restaurant=harbor, owner="x")
    question = Message.objects.create(conversation=conversation, role=Message.Role.USER, text=LAMB_QUESTION)
    now = timezone.now()

    def answer(text: str, lease_until: datetime) -> Message:
        return Message.objects.create(
            conversation=conversation,
            role=Message.Role.ASSISTANT,
            in_reply_to=question if text == "live" else None,
            status=Message.Status.STREAMING,
            text=text,
            stream_owner=uuid.uuid4(),
            lease_until=lease_until,
        )

    live = answer("live", now + timedelta(seconds=3))
    with_words = answer("Some words", now - timedelta(minutes=5))
    without_words = answer("", now - timedelta(minutes=5))
    recent = answer("Cut a moment ago", now - timedelta(seconds=2))

    assert answer_claim(live.pk, uuid.uuid4()) is None
    assert abandoned_answers_close(older_than=timedelta(minutes=2)) == 2

    statuses = dict(Message.objects.filter(role=Message.Role.ASSISTANT).values_list("pk", "status"))
    assert statuses[live.pk] == statuses[recent.pk] == Message.Status.STREAMING
    assert statuses[with_words.pk] == Message.Status.STOPPED
    assert statuses[without_words.pk] == Message.Status.FAILED
    assert Message.objects.get(pk=with_words.pk).text == "Some words"


def test_an_answer_cut_again_and_again_stops_asking_the_model(
    asgi_url: str, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    diner = Diner(asgi_url, harbor.slug)
    assert diner.open().status_code == 200
    # Taken over MAX_MODEL_RESUMES times already: a client cutting and reopening the stream.
    answer = left_by_a_dead_stream(diner, harbor, "Happily. For the lamb", resumes=MAX_MODEL_RESUMES)

    events = diner.stream(answer.pk)

    assert [name for name, _ in events][-1] == "done"
    assert llm_server.state.requests == []  # no model call bought by cutting the stream
    answer.refresh_from_db()
    assert (answer.status, answer.resumes) == (Message.Status.COMPLETE, MAX_MODEL_RESUMES + 1)
    assert answer.text == compose(restaurant=harbor, question=LAMB_QUESTION, state=DialogueState()).text
    assert answer.degraded_reason.startswith("stream cut")


def test_a_stream_that_lost_its_answer_to_another_writes_and_records_nothing(harbor: Restaurant) -> None:
    conversation = Conversation.objects.create(restaurant=harbor, owner="x", context={"kept": True})
    question = Message.objects.create(conversation=conversation, role=Message.Role.USER, text=LAMB_QUESTION)
    answer = Message.objects.create(
        conversation=conversation,
        role=Message.Role.ASSISTANT,
        in_reply_to=question,
        status=Message.Status.STREAMING,
        text="The new owner's words",
        stream_owner=uuid.uuid4(),
        lease_until=timezone.now() + timedelta(seconds=3),
    )
    old_owner = uuid.uuid4()  # the stream that had the answer before the takeover
    prepared = _prepare(
        Message.objects.select_related("in_reply_to", "conversation__restaurant").get(pk=answer.pk), old_owner
    )
    composition = compose(restaurant=harbor, question=LAMB_QUESTION, state=DialogueState())
    late = composition.answer(message_id=answer.pk, conversation_id=str(conversation.public_id))

    answer_finish(prepared, late, {"moved": True}, "")
    answer_fail(answer.pk, old_owner, "failed")

    answer.refresh_from_db()
    conversation.refresh_from_db()
    assert (answer.status, answer.text) == (Message.Status.STREAMING, "The new owner's words")
    assert conversation.context == {"kept": True}
