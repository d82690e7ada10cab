from __future__ import annotations

import re
from typing import Any

from django import forms
from django.conf import settings

from recommendations.models import MenuItem, Restaurant, Wine


class WordListField(forms.CharField):
    """A list of short strings edited as one comma-separated line ("Syrah, Grenache")."""

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list):
            return [str(item).strip() for item in value if str(item).strip()]
        text = super().to_python(value) or ""
        return [" ".join(item.split()) for item in re.split(r"[;,]", text) if item.strip()]

    def validate(self, value: Any) -> None:
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        for item in value:
            if "\x00" in item:
                raise forms.ValidationError("Null characters are not allowed.")
            if len(item) > 80:
                raise forms.ValidationError(f"'{item[:20]}…' is longer than 80 characters.")


class WineAdminForm(forms.ModelForm[Wine]):
    grapes = WordListField(required=False, help_text="Comma-separated, e.g. Syrah, Grenache.")

    def clean_sku(self) -> str:
        sku: str = self.cleaned_data["sku"].strip()
        # On change the restaurant is read-only, so Django's own unique check skips it.
        restaurant_id = self.instance.restaurant_id if self.instance.pk else None
        if (
            sku
            and restaurant_id
            and Wine.objects.filter(restaurant_id=restaurant_id, sku=sku).exclude(pk=self.instance.pk).exists()
        ):
            raise forms.ValidationError("Another wine on this list already has this SKU.")
        return sku

    class Meta:
        model = Wine
        fields = [
            "restaurant",
            "sku",
            "producer",
            "name",
            "vintage",
            "colour",
            "region",
            "country",
            "grapes",
            "bottle_price",
            "glass_price",
            "in_stock",
            "description",
        ]


class MenuItemAdminForm(forms.ModelForm[MenuItem]):
    tags = WordListField(required=False, help_text="Comma-separated, e.g. lamb, grilled, rich.")

    class Meta:
        model = MenuItem
        fields = ["restaurant", "name", "description", "course", "price", "tags", "is_available"]


class WineListUploadForm(forms.Form):
    restaurant = forms.ModelChoiceField(queryset=Restaurant.objects.none())
    file = forms.FileField(
        help_text=(
            "CSV, UTF-8, comma-separated. Columns: name, producer, region, country, vintage, "
            "grapes (separated by ;), colour, price, glass_price, description; optional in_stock, sku."
        )
    )
    remove_missing = forms.BooleanField(
        required=False,
        label="Remove wines that are not in the file",
        help_text="Leave unticked to only add and update wines.",
    )

    def __init__(self, *args: Any, restaurants: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        restaurant_field = self.fields["restaurant"]
        assert isinstance(restaurant_field, forms.ModelChoiceField)
        restaurant_field.queryset = restaurants
        if restaurants.count() == 1:
            restaurant_field.initial = restaurants.first()

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.WINE_IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size:,} bytes; the limit is {settings.WINE_IMPORT_MAX_BYTES:,}."
            )
        if not upload.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError("Upload a .csv file (export it from your spreadsheet as 'CSV UTF-8').")
        return upload
