"""The staff's side in a real browser: the conversation a diner just had, the dashboard, the
model call log, and the wine list out and back in. Screenshots land in test-artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from analytics.recording import flush_now
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant, StaffRole, Wine
from recommendations.services import staff_membership_grant
from tests.chat.browser import ARTIFACTS, CHROMIUM, phone
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (make test installs it)"),
]
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "correct horse battery staple"


def staff_page(chromium: Any, base_url: str, restaurant: Restaurant) -> Any:
    """A manager of the restaurant, logged in to the admin on a laptop-sized window."""
    manager = UserFactory.create(username="marta", is_staff=True)
    staff_membership_grant(user=manager, restaurant=restaurant, role=StaffRole.MANAGER)
    page = chromium.new_context(viewport=DESKTOP, locale="en-US").new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill("marta")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_selector("#content-main")
    page.problems = problems
    return page


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_staff_read_the_conversation_a_diner_just_had_and_see_it_on_the_dashboard(
    harbor: Restaurant, llm_server: LLMTestServer, asgi_url: str, chromium: Any
) -> None:
    diner = phone(chromium, asgi_url)
    diner.open(harbor.slug, "?table=3")
    diner.ask("A red under $60 for the lamb?")
    answer = diner.wait_for_answer_end(0)
    diner_words = answer.locator(".answer-text").inner_text().strip()
    diner_cards = [name.strip() for name in answer.locator(".wine-name").all_inner_texts()]
    answer.get_by_role("button", name="Not helpful", exact=True).click()
    diner.page.wait_for_selector("li.answer >> nth=0 >> .thumb[aria-pressed='true']")
    flush_now()  # the analytics spool, as the beat's drain would
    assert diner_cards

    staff = staff_page(chromium, asgi_url, harbor)
    staff.goto(f"{asgi_url}/admin/chat/conversation/?thumbs_down=yes")
    staff.get_by_role("link", name="A red under $60 for the lamb?").click()
    staff.wait_for_selector(".exchange")
    shot(staff, "admin-conversation")

    shown = staff.locator(".exchange .answer")
    assert shown.locator(".answer-text").inner_text().strip() == diner_words
    assert [name.strip() for name in shown.locator(".wine-name").all_inner_texts()] == diner_cards
    assert "Not helpful" in shown.inner_text()
    assert "draft" in shown.locator(".answer-facts").inner_text()
    request_link = shown.locator(".answer-facts a")
    assert request_link.count() == 1

    # The request id leads to the model calls behind that answer.
    request_link.click()
    staff.wait_for_selector("#result_list")
    assert "1</strong> calls" in staff.locator(".call-totals").inner_html()
    shot(staff, "admin-model-calls")

    staff.goto(f"{asgi_url}/admin/analytics/restaurantdashboard/{harbor.pk}/change/")
    unhelpful = staff.locator("section.thumbs-down")
    assert "A red under $60 for the lamb?" in unhelpful.inner_text()
    assert "draft" in staff.locator(".dashboard-tables").inner_text()
    shot(staff, "admin-dashboard")
    assert staff.problems == []
    assert diner.problems == []


def test_staff_export_the_list_and_importing_it_again_changes_nothing(
    harbor: Restaurant, asgi_url: str, chromium: Any, tmp_path: Path
) -> None:
    before = sorted(Wine.objects.filter(restaurant=harbor).values_list("name", "bottle_price", "glass_price"))
    staff = staff_page(chromium, asgi_url, harbor)
    staff.goto(f"{asgi_url}/admin/recommendations/restaurant/{harbor.pk}/change/")

    with staff.expect_download() as download:
        staff.get_by_role("link", name="The wine list as CSV").click()
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)

    staff.goto(f"{asgi_url}/admin/recommendations/winelistimport/add/")
    staff.set_input_files("input[type=file]", str(exported))
    staff.get_by_role("button", name="Check first (changes nothing)").click()
    staff.wait_for_selector(".import-preview")
    preview = staff.locator(".import-preview").inner_text()
    shot(staff, "admin-import-check")

    assert exported.name == "harbor-and-vine-wines.csv"
    assert "0 added, 0 changed" in preview
    assert "0 removed" in preview
    assert "The file changes nothing." in preview
    after = sorted(Wine.objects.filter(restaurant=harbor).values_list("name", "bottle_price", "glass_price"))
    assert after == before
    assert staff.problems == []
