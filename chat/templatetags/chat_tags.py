"""Formatting for the diner pages."""

from __future__ import annotations

from typing import Any

from django import template

from recommendations.voice import money as format_money

register = template.Library()


@register.filter
def money(amount: Any, currency: str) -> str:
    """``45`` → "$45", ``12.5`` → "€12.50"; the house voice prints prices the same way."""
    return format_money(amount, currency)
