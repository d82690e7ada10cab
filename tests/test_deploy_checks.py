"""config/checks.py: ``check --deploy`` finds our subclasses of Django's middleware by class and checks their settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.core.checks import CheckMessage
from django.core.checks.registry import registry
from django.core.checks.security import base, csrf
from django.test import override_settings

from config import checks

HARDENED = {
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SECURE_SSL_REDIRECT": True,
    "CSRF_COOKIE_SECURE": True,
}


def without(name: str) -> list[str]:
    return [path for path in settings.MIDDLEWARE if not path.endswith(f".{name}")]


def test_ours_replace_djangos_three_presence_checks() -> None:
    deploy_checks = registry.get_checks(include_deployment_checks=True)

    assert base.check_security_middleware not in deploy_checks
    assert base.check_xframe_options_middleware not in deploy_checks
    assert csrf.check_csrf_middleware not in deploy_checks
    assert {
        checks.check_security_middleware,
        checks.check_xframe_options_middleware,
        checks.check_csrf_middleware,
    } <= set(deploy_checks)


@override_settings(**HARDENED)
def test_it_finds_our_subclasses_with_hardened_settings_and_says_nothing() -> None:
    assert checks.check_security_middleware() == []
    assert checks.check_xframe_options_middleware() == []
    assert checks.check_csrf_middleware() == []


@pytest.mark.parametrize(
    ("middleware", "check", "warning"),
    [
        ("SecurityMiddleware", checks.check_security_middleware, base.W001),
        ("XFrameOptionsMiddleware", checks.check_xframe_options_middleware, base.W002),
        ("CsrfViewMiddleware", checks.check_csrf_middleware, csrf.W003),
    ],
)
def test_it_warns_with_djangos_message_when_a_middleware_is_missing(
    middleware: str, check: Callable[[], list[CheckMessage]], warning: CheckMessage
) -> None:
    with override_settings(MIDDLEWARE=without(middleware), **HARDENED):
        assert check() == [warning]


@override_settings(
    **{**HARDENED, "SECURE_HSTS_SECONDS": 0, "SECURE_SSL_REDIRECT": False, "SECURE_REFERRER_POLICY": "nowhere"}
)
def test_it_checks_the_security_settings_as_django_does() -> None:
    assert checks.check_security_middleware() == [base.W004, base.W008, base.E023]


@override_settings(**{**HARDENED, "SECURE_HSTS_PRELOAD": False, "SECURE_CROSS_ORIGIN_OPENER_POLICY": "anyone"})
def test_it_checks_hsts_preload_and_the_opener_policy() -> None:
    assert checks.check_security_middleware() == [base.W021, base.E024]


@override_settings(**{**HARDENED, "X_FRAME_OPTIONS": "SAMEORIGIN", "CSRF_COOKIE_SECURE": False})
def test_it_checks_the_frame_options_and_the_csrf_cookie() -> None:
    assert checks.check_xframe_options_middleware() == [base.W019]
    assert checks.check_csrf_middleware() == [csrf.W016]


@override_settings(
    MIDDLEWARE=["django.middleware.security.SecurityMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
    SECURE_HSTS_SECONDS=0,
    CSRF_COOKIE_SECURE=False,
)
def test_djangos_own_classes_are_left_to_djangos_checks() -> None:
    assert checks.check_security_middleware() == []
    assert checks.check_csrf_middleware() == []
    assert base.check_sts(None) == [base.W004]


def test_the_request_middleware_is_checked_on_every_check() -> None:
    assert checks.check_request_middleware_first in registry.get_checks()
    assert checks.check_request_middleware_first() == []


@pytest.mark.parametrize(
    "middleware",
    [
        # Missing: the browser middleware would read a request.keyed_api nobody set.
        without("SommelierRequestMiddleware"),
        # After the first of them.
        [
            "config.browser_middleware.SecurityMiddleware",
            "config.middleware.SommelierRequestMiddleware",
            "config.browser_middleware.SessionMiddleware",
        ],
    ],
)
def test_it_errs_when_the_request_middleware_does_not_come_before_the_browser_middleware(middleware: list[str]) -> None:
    with override_settings(MIDDLEWARE=middleware):
        assert checks.check_request_middleware_first() == [checks.E001]


@override_settings(
    MIDDLEWARE=["django.middleware.security.SecurityMiddleware", "django.middleware.csrf.CsrfViewMiddleware"]
)
def test_djangos_own_middleware_needs_no_request_middleware() -> None:
    assert checks.check_request_middleware_first() == []
