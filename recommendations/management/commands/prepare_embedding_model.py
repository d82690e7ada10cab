"""python manage.py prepare_embedding_model: write the compact MiniLM file now (the image's build step)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from recommendations.retrieval.embeddings import model_file


class Command(BaseCommand):
    help = (
        "Write the compact rewrite of the MiniLM file into EMBEDDING_MODEL_DIR (recommendations/retrieval/embedding_model.py), "
        "so no process has to on its first question. Fails when the rewrite does."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        prepared = model_file()
        if not prepared.variant:
            raise CommandError(
                "The compact rewrite failed (see the warning above); processes would run the shipped file."
            )
        self.stdout.write(f"{prepared.path} ({prepared.variant})")
