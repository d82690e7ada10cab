# The counters matter for a minute: on PostgreSQL their table skips the write-ahead log
# (UNLOGGED), so each request's increment costs no WAL write or flush. A crash of the database
# server empties the table (the windows start again from zero); a clean restart keeps it.

from django.db import migrations


def _alter(apps, schema_editor, persistence):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("ratelimits", "RateLimitBucket")._meta.db_table)
    schema_editor.execute(f"ALTER TABLE {table} SET {persistence}")


def set_unlogged(apps, schema_editor):
    _alter(apps, schema_editor, "UNLOGGED")


def set_logged(apps, schema_editor):
    _alter(apps, schema_editor, "LOGGED")


class Migration(migrations.Migration):

    dependencies = [
        ("ratelimits", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(set_unlogged, set_logged),
    ]
