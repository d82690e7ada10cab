"""The names of the app's Celery tasks (``recommendations/tasks.py``), as services enqueue them.

The tasks import the services; the services hand work back by name
(``config.celery_app.enqueue``), so neither imports the other in a circle.
"""

from __future__ import annotations

WINE_LIST_IMPORT = "recommendations.tasks.wine_list_import_task"
WINE_INDEX = "recommendations.tasks.wine_index_task"
WINE_NOTES_WARM_UP = "recommendations.tasks.wine_notes_warm_up_task"
DOCUMENT_INDEX = "recommendations.tasks.document_index_task"
