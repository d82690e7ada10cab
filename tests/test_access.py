"""The access getters, one per kind of caller: each finds its caller's own restaurant or answer and
nothing of another tenant's (the views turn "nothing" into a 404)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, User

from chat.models import Conversation, Message
from chat.selectors import answer_for_diner, conversation_for_diner
from recommendations.models import Restaurant, StaffRole
from recommendations.selectors import restaurant_for_diner, restaurant_for_key, restaurant_for_staff
from tests.factories import UserFactory


@pytest.mark.django_db
def test_a_key_finds_its_own_active_restaurant_only(restaurant_a: Restaurant, restaurant_b: Restaurant) -> None:
    assert restaurant_for_key(key_restaurant_id=restaurant_a.pk, slug="bistro-a").first() == restaurant_a
    assert restaurant_for_key(key_restaurant_id=restaurant_a.pk, slug="harbor-b").first() is None
    Restaurant.objects.filter(pk=restaurant_a.pk).update(is_active=False)
    assert restaurant_for_key(key_restaurant_id=restaurant_a.pk, slug="bistro-a").first() is None


@pytest.mark.django_db
def test_staff_find_where_they_work_and_learn_whether_their_role_reaches(
    restaurant_a: Restaurant, restaurant_b: Restaurant, victor: User, alice: User
) -> None:
    assert restaurant_for_staff(user=victor, slug="bistro-a") == (restaurant_a, True)
    assert restaurant_for_staff(user=victor, slug="bistro-a", min_role=StaffRole.MANAGER) == (restaurant_a, False)
    assert restaurant_for_staff(user=alice, slug="bistro-a", min_role=StaffRole.MANAGER) == (restaurant_a, True)
    assert restaurant_for_staff(user=alice, slug="harbor-b") == (None, False)
    assert restaurant_for_staff(user=AnonymousUser(), slug="bistro-a") == (None, False)
    superuser = UserFactory.create(username="root", is_superuser=True)
    assert restaurant_for_staff(user=superuser, slug="harbor-b", min_role=StaffRole.OWNER) == (restaurant_b, True)


@pytest.mark.django_db
def test_a_diner_reaches_only_their_own_conversation_and_answers(
    restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    conversation = Conversation.objects.create(restaurant=restaurant_a, owner="diner-1")
    question = Message.objects.create(conversation=conversation, role=Message.Role.USER, text="A red for the lamb?")
    answer = Message.objects.create(
        conversation=conversation, role=Message.Role.ASSISTANT, text="The Syrah.", in_reply_to=question
    )

    assert restaurant_for_diner("bistro-a") == restaurant_a
    assert conversation_for_diner(owner="diner-1", restaurant=restaurant_a) == conversation
    assert conversation_for_diner(owner="diner-2", restaurant=restaurant_a) is None
    assert conversation_for_diner(owner="diner-1", restaurant=restaurant_b) is None
    found = answer_for_diner(owner="diner-1", slug="bistro-a", message_id=answer.pk)
    assert found == answer
    assert found.in_reply_to == question
    assert answer_for_diner(owner="diner-2", slug="bistro-a", message_id=answer.pk) is None
    assert answer_for_diner(owner="diner-1", slug="harbor-b", message_id=answer.pk) is None
    assert answer_for_diner(owner="diner-1", slug="bistro-a", message_id=question.pk) is None  # a question is no answer
    Restaurant.objects.filter(pk=restaurant_a.pk).update(is_active=False)
    assert restaurant_for_diner("bistro-a") is None
    assert answer_for_diner(owner="diner-1", slug="bistro-a", message_id=answer.pk) is None
