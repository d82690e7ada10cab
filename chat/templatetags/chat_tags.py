"""Formatting for the diner pages."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django import template

register = template.Library()

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$"}


@register.filter
def money(amount: Any, currency: str) -> str:
    """``45`` → "$45", ``12.5`` → "€12.50"; whole amounts without cents, as menus print them."""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return ""
    number = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"
