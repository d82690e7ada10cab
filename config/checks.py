"""``check --deploy`` for the middleware of config/browser_middleware.py, found by class.

Django finds its SecurityMiddleware, XFrameOptionsMiddleware and CsrfViewMiddleware by their
dotted paths in MIDDLEWARE. Our subclasses are listed under ours, so Django would warn that
they are missing (security.W001, W002, W003) and, taking them for absent, skip its checks of
the settings they read (HSTS, nosniff, the HTTPS redirect, the referrer and opener policies,
X_FRAME_OPTIONS, the CSRF cookie). ``replace_djangos_middleware_checks`` (run by
``config.apps.SommelierConfig.ready``) puts the checks here in place of Django's three
presence checks: they find each middleware by class, subclasses included, and when it is a
subclass they check its settings as Django does, with Django's messages and ids. Silencing
W001-W003 instead would leave the settings unchecked and the deploy check saying
"3 silenced".

``check_request_middleware_first`` (every ``check``, not only ``--deploy``): those middleware
read ``request.keyed_api``, which ``config.middleware.SommelierRequestMiddleware`` sets, so it
must be listed before them; otherwise every request would fail with an AttributeError.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register
from django.core.checks.registry import registry
from django.core.checks.security import base, csrf
from django.utils.module_loading import import_string

from config import browser_middleware
from config.middleware import SommelierRequestMiddleware

SECURITY_MIDDLEWARE = "django.middleware.security.SecurityMiddleware"
XFRAME_OPTIONS_MIDDLEWARE = "django.middleware.clickjacking.XFrameOptionsMiddleware"
CSRF_MIDDLEWARE = "django.middleware.csrf.CsrfViewMiddleware"

# The middleware that read request.keyed_api (config/browser_middleware.py).
KEYED_API_READERS = (browser_middleware.KeyedApiBypassMixin, browser_middleware.SecurityMiddleware)
E001 = Error(
    "config.middleware.SommelierRequestMiddleware is not in MIDDLEWARE before the middleware of "
    "config/browser_middleware.py, which read the request.keyed_api it sets.",
    hint="List it before them (config/settings/base.py lists it second, after FirstChunkMiddleware).",
    id="sommelier.E001",
)


def _installed(django_path: str) -> str | None:
    """``"path"`` when MIDDLEWARE lists Django's class (Django checks its settings), ``"subclass"`` for a subclass, else None."""
    if django_path in settings.MIDDLEWARE:
        return "path"
    django_class = import_string(django_path)
    if any(issubclass(import_string(path), django_class) for path in settings.MIDDLEWARE):
        return "subclass"
    return None


def check_security_middleware(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    installed = _installed(SECURITY_MIDDLEWARE)
    if installed is None:
        return [base.W001]
    return _security_settings_issues() if installed == "subclass" else []


def _security_settings_issues() -> list[CheckMessage]:
    """Django's check_sts, _sts_include_subdomains, _sts_preload, _content_type_nosniff, _ssl_redirect, _cross_origin_opener_policy."""
    issues: list[CheckMessage] = []
    if not settings.SECURE_HSTS_SECONDS:
        issues.append(base.W004)
    else:
        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS is not True:
            issues.append(base.W005)
        if settings.SECURE_HSTS_PRELOAD is not True:
            issues.append(base.W021)
    if settings.SECURE_CONTENT_TYPE_NOSNIFF is not True:
        issues.append(base.W006)
    if settings.SECURE_SSL_REDIRECT is not True:
        issues.append(base.W008)
    issues.extend(_referrer_policy_issues())
    opener_policy = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
    if opener_policy is not None and opener_policy not in base.CROSS_ORIGIN_OPENER_POLICY_VALUES:
        issues.append(base.E024)
    return issues


def _referrer_policy_issues() -> list[CheckMessage]:
    """Django's check_referrer_policy: a comma-separated string or an iterable of known values."""
    policy = settings.SECURE_REFERRER_POLICY
    if policy is None:
        return [base.W022]
    values = {value.strip() for value in policy.split(",")} if isinstance(policy, str) else set(policy)
    return [] if values <= base.REFERRER_POLICY_VALUES else [base.E023]


def check_xframe_options_middleware(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    installed = _installed(XFRAME_OPTIONS_MIDDLEWARE)
    if installed is None:
        return [base.W002]
    if installed == "subclass" and settings.X_FRAME_OPTIONS != "DENY":
        return [base.W019]
    return []


def check_csrf_middleware(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    installed = _installed(CSRF_MIDDLEWARE)
    if installed is None:
        return [csrf.W003]
    if installed == "subclass" and not settings.CSRF_USE_SESSIONS and settings.CSRF_COOKIE_SECURE is not True:
        return [csrf.W016]
    return []


def replace_djangos_middleware_checks() -> None:
    """Ours instead of Django's three "not in MIDDLEWARE" checks (its others pass when they find no middleware)."""
    djangos = (base.check_security_middleware, base.check_xframe_options_middleware, csrf.check_csrf_middleware)
    registry.deployment_checks.difference_update(djangos)
    for ours in (check_security_middleware, check_xframe_options_middleware, check_csrf_middleware):
        register(Tags.security, deploy=True)(ours)


def check_request_middleware_first(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """SommelierRequestMiddleware (or a subclass) before every middleware that reads ``request.keyed_api``."""
    classes = [import_string(path) for path in settings.MIDDLEWARE]
    readers = [index for index, cls in enumerate(classes) if issubclass(cls, KEYED_API_READERS)]
    if not readers:
        return []
    declared = [index for index, cls in enumerate(classes) if issubclass(cls, SommelierRequestMiddleware)]
    return [] if declared and declared[0] < readers[0] else [E001]
