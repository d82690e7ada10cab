"""Existing restaurants' indexes were kept in line by the tasks before this version: count them as current.

Without it every restaurant would look behind its list (0 < 1) and the first sweep would
re-sync every index at once.
"""

from __future__ import annotations

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.models import F


def index_versions_current(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    Restaurant = apps.get_model("recommendations", "Restaurant")
    Restaurant.objects.update(wine_index_version=F("wine_list_version"))


class Migration(migrations.Migration):
    dependencies = [("recommendations", "0006_work_leases")]

    operations = [migrations.RunPython(index_versions_current, migrations.RunPython.noop)]
