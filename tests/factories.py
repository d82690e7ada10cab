from __future__ import annotations

from decimal import Decimal
from typing import Any

import factory
from django.contrib.auth.models import User

from recommendations.models import MenuItem, Restaurant, Table, Wine, WineColour


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("correct horse battery staple")


class RestaurantFactory(factory.django.DjangoModelFactory[Restaurant]):
    class Meta:
        model = Restaurant

    slug = factory.Sequence(lambda n: f"restaurant-{n}")
    name = factory.Sequence(lambda n: f"Restaurant {n}")


class WineFactory(factory.django.DjangoModelFactory[Wine]):
    class Meta:
        model = Wine

    restaurant = factory.SubFactory(RestaurantFactory)
    producer = "Domaine Test"
    name = factory.Sequence(lambda n: f"Cuvée {n}")
    vintage = 2019
    region = "Burgundy"
    country = "France"
    grapes = factory.LazyFunction(lambda: ["Pinot Noir"])
    colour = WineColour.RED
    bottle_price = Decimal("60.00")
    description = "Light, bright red fruit."

    @classmethod
    def _create(cls, model_class: type[Wine], *args: Any, **kwargs: Any) -> Wine:
        wine = model_class(**kwargs)
        wine.content_hash = wine.compute_content_hash()
        wine.save()
        return wine


class TableFactory(factory.django.DjangoModelFactory[Table]):
    class Meta:
        model = Table

    restaurant = factory.SubFactory(RestaurantFactory)
    number = factory.Sequence(lambda n: n + 1)


class MenuItemFactory(factory.django.DjangoModelFactory[MenuItem]):
    class Meta:
        model = MenuItem

    restaurant = factory.SubFactory(RestaurantFactory)
    name = factory.Sequence(lambda n: f"Dish {n}")
    description = "Slow-roasted, with jus."
    price = Decimal("24.00")
    tags = factory.LazyFunction(lambda: ["lamb", "roasted"])
