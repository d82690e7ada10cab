# RateLimitBucket now belongs to the ratelimits app (ratelimits/migrations/0001_initial.py),
# which keeps this app's table; here it only leaves this app's state.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("api", "0001_initial"),
        ("ratelimits", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="RateLimitBucket")],
            database_operations=[],
        ),
    ]
