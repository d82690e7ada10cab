"""Log lines a dependency outage repeats per request go out once per interval, with a count."""

from __future__ import annotations

import contextvars
import logging

from config.logging import RepeatsSuppressed


def line(message: str, created: float, *args: object, name: str = "django_redis.cache") -> logging.LogRecord:
    return logging.makeLogRecord({"name": name, "msg": message, "args": args, "created": created})


def test_a_repeated_line_goes_out_once_per_interval_and_says_how_many_were_held_back() -> None:
    repeats = RepeatsSuppressed(interval=30.0)
    outage = [line("cache unavailable: %s", 1000.0 + second, "timeout") for second in range(0, 70, 5)]

    shown = [record for record in outage if repeats.filter(record)]

    assert [record.created for record in shown] == [1000.0, 1030.0, 1060.0]
    assert shown[0].getMessage() == "cache unavailable: timeout"
    assert shown[1].getMessage() == "cache unavailable: timeout (5 more like this in the last 30 s)"


def test_other_messages_and_other_loggers_are_not_held_back() -> None:
    repeats = RepeatsSuppressed(interval=30.0)

    assert repeats.filter(line("cache unavailable: %s", 1000.0, "x"))
    assert repeats.filter(line("analytics records wait in memory (%d buffered)", 1001.0, 3))
    assert repeats.filter(line("cache unavailable: %s", 1002.0, "x", name="analytics.recording"))
    assert not repeats.filter(line("cache unavailable: %s", 1003.0, "y"))


def formatted(record: logging.LogRecord) -> str:
    """The line as the configured console handler writes it (text format, its filters)."""
    from django.conf import settings

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(settings.LOGGING["formatters"]["text"]["format"]))
    for name in settings.LOGGING["handlers"]["console"]["filters"]:
        spec = dict(settings.LOGGING["filters"][name])
        factory = spec.pop("()")
        module, _, attribute = factory.rpartition(".")
        handler.addFilter(getattr(__import__(module, fromlist=[attribute]), attribute)(**spec))
    assert all(flt.filter(record) for flt in handler.filters if isinstance(flt, logging.Filter))
    return handler.format(record)


def test_every_line_written_during_a_request_carries_its_request_id() -> None:
    from config.context import request_id_bind

    def during_request() -> str:
        request_id_bind("req-42")
        return formatted(line("model call took %d ms", 1000.0, 120, name="llm.gateway"))

    # Each in a fresh context, as the server runs each request.
    during = contextvars.Context().run(during_request)
    outside = contextvars.Context().run(formatted, line("model call took %d ms", 1000.0, 120, name="llm.gateway"))

    assert "[req-42] model call took 120 ms" in during
    assert "[-] model call took 120 ms" in outside


def test_credentials_never_reach_a_log_line() -> None:
    ours = "som_1a2b3c4d_" + "x" * 43
    text = formatted(
        line(
            "upstream said %s; client sent %s; url %s",
            1000.0,
            "Incorrect API key provided: sk-proj-abcdefghijklmnop",
            f"Authorization: Bearer {ours}",
            "https://llm.example/v1?api_key=hunter22secret&x=1",
            name="llm.providers",
        )
    )

    assert "abcdefghijklmnop" not in text
    assert "x" * 43 not in text
    assert "hunter22secret" not in text
    assert "som_1a2b3c4d_[redacted]" in text  # the public prefix still says which key
    assert "x=1" in text
    # Token counts are not credentials.
    assert "first token: 120 ms" in formatted(line("first token: %s", 1000.0, "120 ms", name="llm.gateway"))
