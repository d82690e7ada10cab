"""Restaurants, their staff, tables, wine lists and menus."""

from __future__ import annotations

import hashlib
import json
import zoneinfo
from decimal import Decimal
from functools import cache
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q


@cache
def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"{value!r} is not a known time zone (for example Europe/Paris).")


def validate_string_list(value: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ValidationError("Enter a list of non-empty words.")
    if any("\x00" in item for item in value):
        raise ValidationError("Null characters are not allowed.")


class Currency(models.TextChoices):
    USD = "USD", "US dollar ($)"
    EUR = "EUR", "Euro (€)"
    GBP = "GBP", "Pound sterling (£)"
    CHF = "CHF", "Swiss franc"
    CAD = "CAD", "Canadian dollar"
    AUD = "AUD", "Australian dollar"
    NZD = "NZD", "New Zealand dollar"
    JPY = "JPY", "Japanese yen (¥)"
    SEK = "SEK", "Swedish krona"
    DKK = "DKK", "Danish krone"
    NOK = "NOK", "Norwegian krone"


class LLMPolicy(models.TextChoices):
    ANY = "any", "Any configured model"
    LOCAL_ONLY = "local_only", "Local models only (nothing leaves our servers)"


class Restaurant(models.Model):
    slug = models.SlugField(
        max_length=80, unique=True, help_text="Used in the diner page address, /r/this-slug/ (and on its QR codes)."
    )
    name = models.CharField(max_length=200)
    currency = models.CharField(max_length=3, choices=Currency.choices, default=Currency.USD)
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone], choices=timezone_choices)
    greeting = models.TextField(blank=True, max_length=500, help_text="Shown to diners above the chat. Plain text.")
    local_wines_from = models.CharField(
        max_length=100,
        blank=True,
        help_text=(
            "Where the wines a diner calls local come from, as your list writes it: a country, region or "
            "appellation (California, Friuli, Burgundy). Empty: 'anything local?' is answered from the whole list."
        ),
    )
    recommendation_count = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text="How many wines an answer recommends (1-10).",
    )
    llm_policy = models.CharField(max_length=16, choices=LLMPolicy.choices, default=LLMPolicy.ANY)
    daily_llm_budget_usd = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        default=Decimal("5.00"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text="Most the restaurant's diners may spend on paid models per day (UTC), in USD. Empty: no limit.",
    )
    is_active = models.BooleanField(default=True, help_text="Inactive restaurants' diner pages are closed.")
    # Bumped on every change to the wine list or the menu; cache keys include it so
    # a change never serves an answer computed from the old list.
    wine_list_version = models.PositiveIntegerField(default=1, editable=False)
    # The wine_list_version the vector index last finished syncing: behind wine_list_version
    # means an index job is queued, running, or was lost with its worker (the sweeper re-queues it).
    wine_index_version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class StaffRole(models.TextChoices):
    # Ordered from most to least powerful; see ROLE_RANK.
    OWNER = "owner", "Owner"
    MANAGER = "manager", "Manager"
    VIEWER = "viewer", "Viewer"


ROLE_RANK = {StaffRole.VIEWER: 1, StaffRole.MANAGER: 2, StaffRole.OWNER: 3}


class StaffMembership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=StaffRole.choices, default=StaffRole.MANAGER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "restaurant"], name="unique_membership")]
        ordering = ["restaurant__name", "user__username"]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}) at {self.restaurant}"


class Table(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, related_name="tables")
    number = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(9999)])
    label = models.CharField(max_length=60, blank=True, help_text="Optional, e.g. 'Terrace 3'.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["restaurant", "number"], name="unique_table_number")]
        ordering = ["restaurant", "number"]

    def __str__(self) -> str:
        return self.label or f"Table {self.number}"


class WineColour(models.TextChoices):
    RED = "red", "Red"
    WHITE = "white", "White"
    ROSE = "rose", "Rosé"
    SPARKLING = "sparkling", "Sparkling"
    DESSERT = "dessert", "Dessert"
    ORANGE = "orange", "Orange"


MONEY_VALIDATORS = [MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("999999.99"))]


class Wine(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, related_name="wines")
    sku = models.CharField(max_length=64, blank=True, help_text="Your own code; matches rows on re-import.")
    producer = models.CharField(max_length=200, blank=True)
    name = models.CharField(max_length=200)
    vintage = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
        help_text="Empty for non-vintage.",
    )
    region = models.CharField(max_length=120, blank=True)
    country = models.CharField(max_length=80, blank=True)
    grapes = models.JSONField(default=list, blank=True, validators=[validate_string_list])
    colour = models.CharField(max_length=16, choices=WineColour.choices)
    bottle_price = models.DecimalField(max_digits=8, decimal_places=2, validators=MONEY_VALIDATORS)
    glass_price = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=MONEY_VALIDATORS,
        help_text="Empty when not poured by the glass.",
    )
    in_stock = models.BooleanField(default=True)
    description = models.TextField(blank=True, max_length=2000)
    # SHA-256 of the fields above: tells re-imports and re-indexing what really changed.
    content_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    CONTENT_FIELDS = (
        "sku",
        "producer",
        "name",
        "vintage",
        "region",
        "country",
        "grapes",
        "colour",
        "bottle_price",
        "glass_price",
        "in_stock",
        "description",
    )

    class Meta:
        ordering = ["colour", "producer", "name", "vintage"]
        constraints = [
            models.UniqueConstraint(
                fields=["restaurant", "sku"],
                condition=~Q(sku=""),
                name="unique_wine_sku_per_restaurant",
                violation_error_message="Another wine on this list already has this SKU.",
            ),
            models.CheckConstraint(
                condition=Q(glass_price__isnull=True) | Q(glass_price__lt=models.F("bottle_price")),
                name="glass_cheaper_than_bottle",
            ),
        ]
        indexes = [models.Index(fields=["restaurant", "colour"])]

    def __str__(self) -> str:
        vintage = str(self.vintage) if self.vintage else "NV"
        return " ".join(part for part in (self.producer, self.name, vintage) if part)

    def clean(self) -> None:
        if self.glass_price is not None and self.bottle_price is not None and self.glass_price >= self.bottle_price:
            raise ValidationError({"glass_price": "A glass must cost less than the bottle."})

    def compute_content_hash(self) -> str:
        content = {field: getattr(self, field) for field in self.CONTENT_FIELDS}
        for money_field in ("bottle_price", "glass_price"):
            if content[money_field] is not None:
                # Decimal("45") and Decimal("45.00") are the same price.
                content[money_field] = f"{Decimal(content[money_field]):.2f}"
        canonical = json.dumps(content, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()


class Course(models.TextChoices):
    STARTER = "starter", "Starter"
    MAIN = "main", "Main"
    SIDE = "side", "Side"
    CHEESE = "cheese", "Cheese"
    DESSERT = "dessert", "Dessert"


class MenuItem(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, related_name="menu_items")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=1000)
    course = models.CharField(max_length=16, choices=Course.choices, default=Course.MAIN)
    price = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True, validators=MONEY_VALIDATORS)
    tags = models.JSONField(
        default=list, blank=True, validators=[validate_string_list], help_text="e.g. lamb, grilled, rich"
    )
    is_available = models.BooleanField(default=True)

    class Meta:
        ordering = ["restaurant", "course", "name"]
        constraints = [models.UniqueConstraint(fields=["restaurant", "name"], name="unique_menu_item_name")]

    def __str__(self) -> str:
        return self.name


class ImportStatus(models.TextChoices):
    PENDING = "pending", "Waiting"
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Imported"
    FAILED = "failed", "Rejected"


class WineListImport(models.Model):
    """One uploaded wine-list file and what became of it (history and progress)."""

    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, related_name="imports")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    filename = models.CharField(max_length=255)
    # The file itself, so a worker on another machine can read it from the database.
    source = models.BinaryField(editable=False)
    remove_missing = models.BooleanField(default=False)
    status = models.CharField(max_length=16, choices=ImportStatus.choices, default=ImportStatus.PENDING)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    unchanged_count = models.PositiveIntegerField(default=0)
    removed_count = models.PositiveIntegerField(default=0)
    # [{"line": 7, "column": "price", "message": "..."}]; empty unless FAILED.
    errors = models.JSONField(default=list, blank=True)
    # Runs started: a worker that dies mid-import leaves it to the next run (redelivery or the
    # sweeper), up to settings.WORK_MAX_ATTEMPTS; a run only finishes the attempt it started.
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} → {self.restaurant} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (ImportStatus.SUCCEEDED, ImportStatus.FAILED)

    @property
    def percent_done(self) -> int:
        if self.is_finished:
            return 100
        if not self.total_rows:
            return 0
        return min(99, self.processed_rows * 100 // self.total_rows)


class DocumentKind(models.TextChoices):
    TEXT = "text", "Plain text"
    MARKDOWN = "markdown", "Markdown"
    PDF = "pdf", "PDF"


class Document(models.Model):
    """A menu or house document staff uploaded; its text is chunked into the restaurant's document index."""

    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(max_length=200)
    filename = models.CharField(max_length=255)
    kind = models.CharField(max_length=16, choices=DocumentKind.choices)
    # The extracted text, not the file: the index is rebuilt from it, and it is what staff can check.
    text = models.TextField()
    # SHA-256 of ``text``: tells the indexing task its chunks are already current.
    content_hash = models.CharField(max_length=64, editable=False)
    chunk_count = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Empty until the indexing task has written the chunks.
    indexed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["restaurant", "-created_at"])]

    def __str__(self) -> str:
        return self.title
