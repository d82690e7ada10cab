"""Build the POST an admin page would send, from the page's own forms."""

from __future__ import annotations

from typing import Any

from django import forms


def form_data(form: forms.BaseForm) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, field in form.fields.items():
        value = field.prepare_value(form.initial.get(name, field.initial))
        key = form.add_prefix(name)
        if isinstance(field, forms.BooleanField):
            if value:
                data[key] = "on"
            continue
        data[key] = "" if value is None else value
    return data


def admin_change_data(response: Any, **changes: Any) -> dict[str, Any]:
    """The data of an admin add/change page as loaded, with ``changes`` applied to the main form."""
    context: Any = response.context
    data = form_data(context["adminform"].form)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(form_data(formset.management_form))
        for inline_form in formset.forms:
            data.update(form_data(inline_form))
    data.update(changes)
    data["_save"] = "Save"
    return data
