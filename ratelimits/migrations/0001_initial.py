# The request counters moved here from the api app. The table stays where it is
# (api_ratelimitbucket, with its rows): only Django's record of which app owns it moves.

from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("api", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="RateLimitBucket",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("bucket", models.CharField(max_length=80)),
                        ("window_start", models.DateTimeField()),
                        ("count", models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        "db_table": "api_ratelimitbucket",
                        "indexes": [models.Index(fields=["window_start"], name="api_ratelim_window__c5e416_idx")],
                        "constraints": [
                            models.UniqueConstraint(fields=("bucket", "window_start"), name="unique_ratelimit_window")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
