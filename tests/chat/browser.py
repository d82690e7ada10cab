"""Driving Debian's Chromium with Playwright: the phone-sized diner page and its screenshots.

No browser is downloaded: Playwright drives /usr/bin/chromium, which `make test` installs
when it is missing and it can. The ``chromium`` fixture is in ``tests/chat/conftest.py``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.conf import settings

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PHONE = {"width": 360, "height": 740}


class Phone:
    """A phone-sized Chromium page that fails the test on any CSP violation or page error."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(message.text)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, slug: str, query: str = "") -> None:
        self.page.goto(f"{self.base_url}/r/{slug}/{query}")
        self.page.wait_for_function("() => window.htmx !== undefined")

    def ask(self, text: str) -> None:
        box = self.page.get_by_label("Your question for the sommelier")
        box.fill(text)
        box.press("Enter")

    def answers(self) -> Any:
        return self.page.locator("li.answer")

    def wait_for_answer_end(self, index: int) -> Any:
        answer = self.answers().nth(index)
        answer.locator(".feedback, .label").first.wait_for(timeout=30_000)
        self.page.wait_for_function(
            "(i) => document.querySelectorAll('li.answer')[i].getAttribute('aria-busy') !== 'true'", arg=index
        )
        return answer

    def screenshot(self, name: str) -> Path:
        """What the phone's screen shows, and the whole page beside it."""
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        self.page.screenshot(path=str(ARTIFACTS / f"{name}-full.png"), full_page=True)
        return path


def phone(chromium: Any, base_url: str, *, javascript: bool = True) -> Phone:
    context = chromium.new_context(
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        java_script_enabled=javascript,
        locale="en-US",
    )
    return Phone(context.new_page(), base_url)
