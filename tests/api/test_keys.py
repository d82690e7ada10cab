"""API keys: hashed with a visible prefix, scoped, revocable, last use noted without a write per request."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from asgiref.sync import async_to_sync
from django.contrib.auth.models import User
from django.test import Client, override_settings
from django.utils import timezone

from api import keys
from api.keys import akey_lookup, api_key_create, api_key_revoke, clear_key_cache
from api.models import ApiKey, hash_key
from recommendations.models import Restaurant
from tests.api.conftest import ApiCaller, caller

pytestmark = pytest.mark.django_db


def test_it_stores_only_a_hash_and_a_visible_prefix(restaurant_a: Restaurant) -> None:
    key, raw = api_key_create(restaurant=restaurant_a, name="POS", scopes=["read"])

    stored = ApiKey.objects.get(pk=key.pk)
    assert raw.startswith(f"som_{stored.prefix}_")
    assert stored.key_hash == hash_key(raw)
    assert raw not in {str(value) for value in stored.__dict__.values()}


def test_it_refuses_unknown_scopes(restaurant_a: Restaurant) -> None:
    with pytest.raises(ValueError, match="Unknown scope"):
        api_key_create(restaurant=restaurant_a, name="x", scopes=["root"])


def test_a_request_without_a_key_is_a_401_with_the_error_shape_and_a_challenge(client: Client, db: None) -> None:
    response = client.get("/api/v1/stats")

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert set(response.json()["error"]) == {"code", "message", "details"}
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", ["Bearer som_nope_nope", "Bearer ", "Basic dXNlcjpwYXNz", "som_abc"])
def test_a_bad_key_is_a_401(client: Client, db: None, header: str) -> None:
    for path in ("/api/v1/stats", "/v1/models"):
        response = client.get(path, HTTP_AUTHORIZATION=header)

        assert response.status_code == 401, path
        assert response.json()["error"]["code"] == "not_authenticated"
        assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_key_without_the_scope_is_a_403(restaurant_a: Restaurant) -> None:
    reader = caller(restaurant_a, ["read"])

    chat = reader.post("/api/v1/chat", {"message": "a red?"})
    predict = reader.post("/api/v1/predict", {"text": "lovely"})

    assert (chat.status_code, chat.json()["error"]["code"]) == (403, "forbidden")
    assert (predict.status_code, predict.json()["error"]["code"]) == (403, "forbidden")


def test_the_admin_scope_includes_the_others(restaurant_a: Restaurant) -> None:
    admin = caller(restaurant_a, ["admin"])

    assert admin.get("/api/v1/stats").status_code == 200
    assert admin.post("/api/v1/predict", {"text": "lovely"}).status_code == 201


def test_a_revoked_key_is_refused_at_once(api_a: ApiCaller) -> None:
    assert api_a.get("/api/v1/stats").status_code == 200

    api_key_revoke(key=api_a.key)

    assert api_a.get("/api/v1/stats").status_code == 401


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_key_revoked_by_another_process_stops_working_within_the_cache_time(
    api_a: ApiCaller, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = _Clock()
    monkeypatch.setattr(keys._key_cache, "_clock", clock)

    with override_settings(API_KEY_CACHE_SECONDS=5):
        assert api_a.get("/v1/models").status_code == 200  # looked up and cached
        # Revoked elsewhere: this process is not told, and trusts its copy for at most 5 s.
        ApiKey.objects.filter(pk=api_a.key.pk).update(revoked_at=timezone.now())
        clock.now += 4.9
        assert api_a.get("/v1/models").status_code == 200
        assert async_to_sync(akey_lookup)(api_a.raw) is not None
        clock.now += 0.2

        assert api_a.get("/v1/models").status_code == 401
        assert async_to_sync(akey_lookup)(api_a.raw) is None


def test_requests_missing_the_same_key_together_look_it_up_once(
    api_a: ApiCaller, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[str] = []
    lookup = keys.api_key_lookup

    def counted(raw_key: str) -> ApiKey | None:
        looked_up.append(raw_key)
        return lookup(raw_key)

    monkeypatch.setattr(keys, "api_key_lookup", counted)

    async def twenty_at_once() -> list[ApiKey | None]:
        return list(await asyncio.gather(*(akey_lookup(api_a.raw) for _ in range(20))))

    found = async_to_sync(twenty_at_once)()

    assert [key.pk if key else None for key in found] == [api_a.key.pk] * 20
    assert looked_up == [api_a.raw]


def test_a_key_of_an_inactive_restaurant_is_refused(api_a: ApiCaller, restaurant_a: Restaurant) -> None:
    Restaurant.objects.filter(pk=restaurant_a.pk).update(is_active=False)
    clear_key_cache()

    assert api_a.get("/api/v1/stats").status_code == 401


def test_last_used_is_written_once_a_minute_not_per_request(
    api_a: ApiCaller, django_assert_max_num_queries: object
) -> None:
    api_a.get("/api/v1/stats")
    first = ApiKey.objects.get(pk=api_a.key.pk).last_used_at
    api_a.get("/api/v1/stats")

    assert first is not None
    assert ApiKey.objects.get(pk=api_a.key.pk).last_used_at == first

    ApiKey.objects.filter(pk=api_a.key.pk).update(last_used_at=timezone.now() - timedelta(minutes=5))
    clear_key_cache()
    api_a.get("/api/v1/stats")

    assert ApiKey.objects.get(pk=api_a.key.pk).last_used_at > first  # type: ignore[operator]


def test_a_cached_key_costs_one_query_for_the_rate_limit_only(
    api_a: ApiCaller, django_assert_num_queries: object
) -> None:
    api_a.get("/v1/models")  # the key is now cached and its last use noted

    with django_assert_num_queries(1):  # type: ignore[operator]
        response = api_a.get("/v1/models")

    assert response.status_code == 200


def test_owners_create_a_key_in_the_admin_and_see_it_once(olive: User, restaurant_a: Restaurant) -> None:
    client = Client()
    client.force_login(olive)

    response = client.post(
        "/admin/api/apikey/add/",
        {"restaurant": restaurant_a.pk, "name": "POS", "scopes": ["read", "chat"]},
    )

    key = ApiKey.objects.get(name="POS")
    raw = response.context["raw_key"]
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert key.key_hash == hash_key(raw)
    assert raw in response.content.decode()
    assert key.scopes == ["chat", "read"]
    assert key.created_by == olive
    listing = client.get("/admin/api/apikey/").content.decode()
    assert key.prefix in listing
    assert raw not in listing


def test_managers_cannot_see_or_create_keys(alice: User, api_a: ApiCaller) -> None:
    client = Client()
    client.force_login(alice)

    assert client.get("/admin/api/apikey/").status_code == 403
    assert client.get(f"/admin/api/apikey/{api_a.key.pk}/change/").status_code in (302, 403)


def test_owners_revoke_keys_from_the_admin(olive: User, api_a: ApiCaller, api_b: ApiCaller) -> None:
    client = Client()
    client.force_login(olive)

    client.post(
        "/admin/api/apikey/",
        {"action": "revoke", "_selected_action": [api_a.key.pk, api_b.key.pk]},
    )

    assert ApiKey.objects.get(pk=api_a.key.pk).revoked_at is not None
    assert ApiKey.objects.get(pk=api_b.key.pk).revoked_at is None  # another restaurant's: untouched
    assert api_a.get("/api/v1/stats").status_code == 401
