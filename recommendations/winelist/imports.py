"""Importing a wine-list file: check every row, match it to the list, write all or nothing.

Small files import in the request; large ones are recorded (``WineListImport``) and run
by a Celery worker, which holds the import's lease while it works.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from config.celery_app import enqueue
from recommendations import task_names
from recommendations.leases import LeaseKind, lease
from recommendations.models import ImportStatus, Restaurant, Wine, WineListImport
from recommendations.services import wine_list_mark_changed
from recommendations.winelist.csv_format import ProgressCallback, RowError, WineRow, natural_key, parse_wine_list

logger = logging.getLogger(__name__)

# Rows written per INSERT/UPDATE statement: 500 keeps each statement well under
# PostgreSQL's parameter limit (12 columns x 500 = 6,000 of 65,535).
WRITE_BATCH_SIZE = 500
# bulk_update builds a CASE WHEN per column and row in Python. Measured with 2,000
# changed prices on PostgreSQL 15 (`make bench`): all 14 columns in batches of 500
# took 8.8 s; only the changed columns took 2.7 s, the same at 25, 50 or 100 per batch.
UPDATE_BATCH_SIZE = 100


class WineListRejected(Exception):
    """The file has problems; nothing was written. ``errors`` lists every one."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(f"{len(errors)} problem(s) in the wine list")
        self.errors = errors


@dataclass(frozen=True)
class WineChange:
    """One wine an import adds, changes or removes, as staff read it before applying."""

    kind: str  # added, changed, removed
    wine: str
    details: tuple[str, ...] = ()  # for a change: "price 58.00 → 62.00", "description"


# Columns whose old and new values are short enough to show side by side in a preview.
_SHOWN_VALUES = frozenset({"bottle_price", "glass_price", "vintage", "colour", "in_stock", "region", "country", "sku"})
_COLUMN_LABELS = {"bottle_price": "price", "glass_price": "glass price", "in_stock": "in stock"}


def _change_detail(field_name: str, old: object, new: object) -> str:
    label = _COLUMN_LABELS.get(field_name, field_name)
    if field_name not in _SHOWN_VALUES:
        return label
    shown = {True: "yes", False: "no", None: "—"}
    before = shown.get(old, old) if isinstance(old, bool | type(None)) else old
    after = shown.get(new, new) if isinstance(new, bool | type(None)) else new
    return f"{label} {before} → {after}"


@dataclass(frozen=True)
class ImportSummary:
    total: int
    created: int
    updated: int
    unchanged: int
    removed: int
    changes: tuple[WineChange, ...] = ()  # filled by a dry run: what applying would do

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed)

    def __str__(self) -> str:
        return (
            f"{self.total} wines in the file: {self.created} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.removed} removed."
        )


def wine_list_import(
    *,
    restaurant: Restaurant,
    data: bytes,
    remove_missing: bool = False,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportSummary:
    """Bring the restaurant's list in line with a CSV file, all or nothing.

    Rows match existing wines by SKU, else by producer + name + vintage; matched
    wines are updated in place, others added. Wines missing from the file stay
    unless ``remove_missing``. Raises ``WineListRejected`` listing every problem.
    """
    rows = wine_list_rows(data, progress=progress)
    with transaction.atomic():
        return _wine_list_apply(restaurant=restaurant, rows=rows, remove_missing=remove_missing, dry_run=dry_run)


def wine_list_rows(data: bytes, *, progress: ProgressCallback | None = None) -> list[WineRow]:
    """The file's rows, checked; raises ``WineListRejected`` listing every problem. Writes nothing."""
    if len(data) > settings.WINE_IMPORT_MAX_BYTES:
        raise WineListRejected(
            [RowError(0, "", f"The file is {len(data):,} bytes; the limit is {settings.WINE_IMPORT_MAX_BYTES:,}.")]
        )
    parsed = parse_wine_list(data, max_rows=settings.WINE_IMPORT_MAX_ROWS, progress=progress)
    if parsed.errors:
        raise WineListRejected(parsed.errors)
    return parsed.rows


def _wine_list_apply(
    *, restaurant: Restaurant, rows: list[WineRow], remove_missing: bool, dry_run: bool
) -> ImportSummary:
    """The import's writes; the caller holds the transaction (all or nothing)."""
    # Serialises imports and edits of the same list: the match below must not
    # race with another import adding the same wines.
    Restaurant.objects.select_for_update().filter(pk=restaurant.pk).first()
    existing = list(Wine.objects.filter(restaurant=restaurant))
    matches, match_errors = _match_rows(rows, existing)
    if match_errors:
        raise WineListRejected(match_errors)

    now = timezone.now()
    to_create: list[Wine] = []
    to_update: list[Wine] = []
    changed_fields: set[str] = set()
    unchanged = 0
    changes: list[WineChange] = []
    for row, wine in matches:
        if wine is None:
            new_wine = Wine(restaurant=restaurant, **row.content())
            new_wine.content_hash = new_wine.compute_content_hash()
            to_create.append(new_wine)
            changes.append(WineChange("added", str(new_wine)))
            continue
        details: list[str] = []
        for field_name, value in row.content().items():
            if getattr(wine, field_name) != value:
                details.append(_change_detail(field_name, getattr(wine, field_name), value))
                setattr(wine, field_name, value)
                changed_fields.add(field_name)
        new_hash = wine.compute_content_hash()
        if new_hash == wine.content_hash:
            unchanged += 1
        else:
            wine.content_hash = new_hash
            wine.updated_at = now
            to_update.append(wine)
            changes.append(WineChange("changed", str(wine), tuple(details)))

    matched_ids = {wine.pk for _, wine in matches if wine is not None}
    removed = [wine for wine in existing if wine.pk not in matched_ids] if remove_missing else []
    to_remove = [wine.pk for wine in removed]
    changes += [WineChange("removed", str(wine)) for wine in removed]

    summary = ImportSummary(
        total=len(rows),
        created=len(to_create),
        updated=len(to_update),
        unchanged=unchanged,
        removed=len(to_remove),
        changes=tuple(changes) if dry_run else (),
    )
    if dry_run:
        return summary

    Wine.objects.bulk_create(to_create, batch_size=WRITE_BATCH_SIZE)
    if to_update:
        # Only the columns that changed somewhere: bulk_update builds one CASE per
        # column, so a price-only change writes 4 columns instead of 14.
        Wine.objects.bulk_update(
            to_update, [*sorted(changed_fields), "content_hash", "updated_at"], batch_size=UPDATE_BATCH_SIZE
        )
    if to_remove:
        Wine.objects.filter(pk__in=to_remove).delete()
    if summary.changed:
        wine_list_mark_changed(restaurant_id=restaurant.pk)
    return summary


def _match_rows(rows: list[WineRow], existing: list[Wine]) -> tuple[list[tuple[WineRow, Wine | None]], list[RowError]]:
    by_sku = {wine.sku: wine for wine in existing if wine.sku}
    by_key: dict[tuple[str, str, int | None], list[Wine]] = {}
    for existing_wine in existing:
        key = natural_key(existing_wine.producer, existing_wine.name, existing_wine.vintage)
        by_key.setdefault(key, []).append(existing_wine)

    matches: list[tuple[WineRow, Wine | None]] = []
    errors: list[RowError] = []
    claimed: dict[int, int] = {}
    for row in rows:
        wine: Wine | None = by_sku.get(row.sku) if row.sku else None
        if wine is None:
            # A row without a SKU finds its wine by producer, name and vintage, whatever
            # SKU staff gave it since. A row with a SKU of its own only takes over a wine
            # without one: two different SKUs mean two wines, e.g. a bottle and a magnum.
            candidates = [w for w in by_key.get(row.natural_key(), []) if not row.sku or not w.sku]
            if len(candidates) > 1:
                errors.append(
                    RowError(
                        row.line,
                        "sku",
                        f"{len(candidates)} wines on the list have this producer, name and vintage; "
                        "add a SKU to say which one this row is.",
                    )
                )
                continue
            wine = candidates[0] if candidates else None
        if wine is not None:
            if wine.pk in claimed:
                errors.append(
                    RowError(row.line, "", f"This row and line {claimed[wine.pk]} both describe the wine '{wine}'.")
                )
                continue
            claimed[wine.pk] = row.line
        matches.append((row, wine))
    return matches, errors


def wine_list_import_create(
    *,
    restaurant: Restaurant,
    filename: str,
    data: bytes,
    remove_missing: bool = False,
    created_by: User | None = None,
    run_inline: bool | None = None,
    progress: ProgressCallback | None = None,
) -> WineListImport:
    """Record an uploaded file and import it.

    ``run_inline`` None decides by size: small files import in this process, large
    ones in a Celery worker (the admin shows their progress). ``progress(done, total)``
    follows an inline run's rows (a command's progress bar).
    """
    # Lines, whichever line endings the spreadsheet wrote; a close enough count to
    # choose inline or queued (the parser reports the exact count as progress).
    line_count = len(data.splitlines())
    wine_import = WineListImport.objects.create(
        restaurant=restaurant,
        created_by=created_by,
        filename=filename[:255],
        source=data,
        remove_missing=remove_missing,
        total_rows=max(line_count - 1, 0),
    )
    if run_inline is None:
        run_inline = line_count <= settings.WINE_IMPORT_INLINE_MAX_ROWS + 1
    if run_inline:
        wine_list_import_run(import_id=wine_import.pk, progress=progress)
        wine_import.refresh_from_db()
    else:
        import_id = wine_import.pk
        transaction.on_commit(lambda: _enqueue_import(import_id))
    return wine_import


def _enqueue_import(import_id: int) -> None:
    try:
        enqueue(task_names.WINE_LIST_IMPORT, import_id)
    except Exception:
        # The broker is down: say so on the import page instead of leaving it "waiting" forever.
        logger.exception("could not queue wine list import %s", import_id)
        WineListImport.objects.filter(pk=import_id, status=ImportStatus.PENDING).update(
            status=ImportStatus.FAILED,
            errors=[RowError(0, "", "The import could not be queued (the task queue is down); try again.").as_dict()],
            finished_at=timezone.now(),
        )


def wine_list_import_run(*, import_id: int, progress: ProgressCallback | None = None) -> None:
    """Run a recorded import to its end: ``succeeded`` or ``failed``, never left ``running``.

    Safe to call again and from several workers at once: the run holds the import's
    lease (recommendations.leases) while it works, so a second call while the first
    is alive does nothing, and a call after the owner died takes the import over.
    The wines and the ``succeeded`` status commit in one transaction, so a crash at
    any point leaves either both or neither.
    """
    with lease(LeaseKind.WINE_IMPORT, import_id, wait=False) as obtained:
        if not obtained:
            logger.info("wine list import %s is being run by a live worker", import_id)
            return
        attempt = _import_claim(import_id)
        if attempt is None:
            return
        _import_attempt(import_id, attempt, progress)


def _import_claim(import_id: int) -> int | None:
    """Start a new attempt at a waiting or orphaned import; None when there is nothing to do."""
    with transaction.atomic():
        wine_import = WineListImport.objects.select_for_update().filter(pk=import_id).first()
        if wine_import is None:
            logger.info("wine list import %s is gone; nothing to do", import_id)
            return None
        if wine_import.is_finished:
            logger.info("wine list import %s is already %s", import_id, wine_import.status)
            return None
        # RUNNING here means its owner died (we hold the lease it held): its writes were
        # rolled back with its transaction, so the file is simply imported again.
        if wine_import.attempts >= settings.WORK_MAX_ATTEMPTS:
            logger.error("wine list import %s stopped its worker %s times; giving up", import_id, wine_import.attempts)
            wine_import.status = ImportStatus.FAILED
            wine_import.errors = [
                RowError(
                    0, "", f"The import stopped its worker {wine_import.attempts} times; nothing was changed."
                ).as_dict()
            ]
            wine_import.finished_at = timezone.now()
            wine_import.save(update_fields=["status", "errors", "finished_at"])
            return None
        wine_import.status = ImportStatus.RUNNING
        wine_import.attempts += 1
        wine_import.started_at = timezone.now()
        wine_import.save(update_fields=["status", "attempts", "started_at"])
        return wine_import.attempts


def _import_attempt(import_id: int, attempt: int, progress: ProgressCallback | None = None) -> None:
    this_attempt = WineListImport.objects.filter(pk=import_id, status=ImportStatus.RUNNING, attempts=attempt)

    def report_progress(processed: int, total: int) -> None:
        # Outside the import's transaction, so the admin's progress bar sees it.
        this_attempt.update(processed_rows=processed, total_rows=total)
        if progress is not None:
            progress(processed, total)

    try:
        wine_import = WineListImport.objects.select_related("restaurant").get(pk=import_id)
        rows = wine_list_rows(bytes(wine_import.source), progress=report_progress)
        with transaction.atomic():
            # Still ours (a sweeper or an operator may have ended it meanwhile)? Locked
            # until commit, so nothing can change the status under the wines' writes.
            if not this_attempt.select_for_update().exists():
                logger.info("wine list import %s attempt %s was ended elsewhere", import_id, attempt)
                return
            summary = _wine_list_apply(
                restaurant=wine_import.restaurant, rows=rows, remove_missing=wine_import.remove_missing, dry_run=False
            )
            this_attempt.update(
                status=ImportStatus.SUCCEEDED,
                total_rows=summary.total,
                processed_rows=summary.total,
                created_count=summary.created,
                updated_count=summary.updated,
                unchanged_count=summary.unchanged,
                removed_count=summary.removed,
                errors=[],
                finished_at=timezone.now(),
            )
    except WineListRejected as rejection:
        this_attempt.update(
            status=ImportStatus.FAILED,
            errors=[error.as_dict() for error in rejection.errors],
            finished_at=timezone.now(),
        )
    except Exception:
        # Logged with its traceback for us; staff get a plain message, never a 500.
        logger.exception("wine list import %s crashed", import_id)
        this_attempt.update(
            status=ImportStatus.FAILED,
            errors=[RowError(0, "", "The import failed unexpectedly; nothing was changed. Try again.").as_dict()],
            finished_at=timezone.now(),
        )
