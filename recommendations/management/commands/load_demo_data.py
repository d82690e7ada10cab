"""python manage.py load_demo_data: the demo restaurants behind ``make run``."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from config.progress import command_progress
from config.settings.base import INSECURE_DEVELOPMENT_SECRET_KEY
from recommendations.demo import DEMO_PASSWORD, DEMO_SUPERUSER, demo_data_load
from recommendations.tablecards.qr import diner_url


class Command(BaseCommand):
    help = "Create or refresh three demo restaurants with wine lists, menus, tables and staff logins."

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.SECRET_KEY != INSECURE_DEVELOPMENT_SECRET_KEY:
            # Demo users have a published password; they must never reach a real deployment.
            raise CommandError("Refusing to load demo data (with known passwords) outside the embedded default.")
        with command_progress("loading the demo restaurants", stream=self.stderr) as progress:
            loaded = demo_data_load(progress=progress)
        site = settings.SITE_URL
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        for demo in loaded:
            self.stdout.write(
                f"  {demo.restaurant.name}: {demo.wine_count} wines, {demo.menu_count} dishes, "
                f"{demo.table_count} tables\n"
                f"    diner page  {diner_url(restaurant=demo.restaurant, table_number=1)}\n"
                f"    table cards {site}{reverse('admin:recommendations_restaurant_table_cards', args=[demo.restaurant.pk])}\n"
                f"    staff login {demo.staff_username} / {DEMO_PASSWORD}"
            )
        self.stdout.write(f"  Admin: {site}/admin/  (superuser {DEMO_SUPERUSER} / {DEMO_PASSWORD})")
