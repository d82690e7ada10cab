"""The staff admin: each restaurant's team manages its own list, menu, tables and imports."""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.views.decorators.http import require_safe

from recommendations import documents, selectors, services
from recommendations.admin_tenancy import TenantAdmin, TenantInline, allowed_restaurant_ids, user_may
from recommendations.forms import MenuItemAdminForm, WineAdminForm, WineListUploadForm
from recommendations.models import (
    Document,
    MenuItem,
    Restaurant,
    StaffMembership,
    StaffRole,
    Table,
    Wine,
    WineListImport,
)
from recommendations.retrieval.vector_index import indexed_wine_count
from recommendations.tablecards import qr
from recommendations.winelist import imports
from recommendations.winelist.checked_imports import checked_import_keep, checked_import_take
from recommendations.winelist.csv_format import wine_list_csv


def _download(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    # Filenames are built from slugs and numbers, so they need no quoting beyond the quotes.
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if content_type == "image/svg+xml":
        # Our SVGs hold one path and a title; should a browser ever open one as a page, nothing in it may run.
        headers["Content-Security-Policy"] = "default-src 'none'"
    return HttpResponse(content, content_type=content_type, headers=headers)


def _table_qr_links(table: Table) -> SafeString:
    if table.pk is None:
        return format_html("{}", "—")
    return format_html(
        '<a href="{}" download>PNG</a> · <a href="{}" download>SVG</a>',
        reverse("admin:recommendations_table_qr_png", args=[table.pk]),
        reverse("admin:recommendations_table_qr_svg", args=[table.pk]),
    )


class TableInline(TenantInline[Table]):
    model = Table
    edit_role = StaffRole.OWNER
    fields = ["number", "label", "qr_code"]
    readonly_fields = ["qr_code"]

    @admin.display(description="QR code")
    def qr_code(self, obj: Table) -> SafeString:
        return _table_qr_links(obj)


class StaffMembershipInline(TenantInline[StaffMembership]):
    model = StaffMembership
    view_role = StaffRole.OWNER
    edit_role = None  # only superusers grant access
    autocomplete_fields = ["user"]


@admin.register(Restaurant)
class RestaurantAdmin(TenantAdmin[Restaurant]):
    tenant_path = ""
    add_role = None
    delete_role = None
    edit_role = StaffRole.OWNER
    list_display = ["name", "slug", "currency", "wine_count", "wine_list_version", "is_active"]
    list_filter = ["is_active", "currency"]
    # The settings the answers read: changing one makes cached answers stale.
    answer_fields: ClassVar[frozenset[str]] = frozenset({"local_wines_from"})
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = [
        "wine_list_version",
        "wine_list_download",
        "search_index",
        "created_at",
        "updated_at",
        "qr_codes",
    ]
    inlines = [TableInline, StaffMembershipInline]
    actions = ["rebuild_search_index"]
    change_form_template = "admin/recommendations/restaurant/change_form.html"
    fieldsets = [
        (None, {"fields": ["name", "slug", "is_active", "greeting", "local_wines_from"]}),
        (
            "QR codes",
            {
                "fields": ["qr_codes"],
                "description": "The restaurant-wide code; each table has its own in the Tables section below. "
                "Every address starts with the configured site address (SITE_URL).",
            },
        ),
        ("Locale", {"fields": ["currency", "timezone"]}),
        ("Recommendations", {"fields": ["recommendation_count", "llm_policy", "daily_llm_budget_usd"]}),
        (
            "Wine list",
            {"fields": ["wine_list_version", "wine_list_download", "search_index", "created_at", "updated_at"]},
        ),
    ]

    @admin.action(description="Rebuild the search index of the selected restaurants")
    def rebuild_search_index(self, request: HttpRequest, queryset: QuerySet[Restaurant]) -> None:
        allowed = queryset.filter(pk__in=allowed_restaurant_ids(request, StaffRole.MANAGER))
        ids = list(allowed.values_list("pk", flat=True))
        services.wine_index_rebuild_request(restaurant_ids=ids)
        if ids:
            self.message_user(
                request,
                f"Search index rebuild queued for {len(ids)} restaurant(s): every wine whose vector is missing or "
                "outdated is embedded again. The restaurant page's Search index line follows it.",
            )
        skipped = queryset.count() - len(ids)
        if skipped:
            self.message_user(request, f"{skipped} restaurant(s) skipped: you may not manage them.", messages.WARNING)

    def save_model(self, request: HttpRequest, obj: Restaurant, form: ModelForm[Restaurant], change: bool) -> None:
        services.restaurant_save(restaurant=obj, answers_changed=bool(self.answer_fields & set(form.changed_data)))

    def get_queryset(self, request: HttpRequest) -> QuerySet[Restaurant]:
        # annotate() drops Meta.ordering, and autocomplete pages need a stable order.
        return super().get_queryset(request).annotate(wine_total=Count("wines")).order_by("name")

    @admin.display(description="Search index")
    def search_index(self, obj: Restaurant) -> str:
        if obj.pk is None:
            return "—"
        try:
            indexed = indexed_wine_count(restaurant_id=obj.pk)
        except Exception:  # noqa: BLE001 - any vector-store failure is reported on the page, not raised
            return "the vector store is not reachable; recommendations fall back to list order"
        total = obj.wines.count()
        state = "up to date" if indexed == total else "indexing (refresh to follow)"
        return f"{indexed} of {total} wines indexed: {state}"

    @admin.display(description="Download")
    def wine_list_download(self, obj: Restaurant) -> SafeString:
        if obj.pk is None:
            return format_html("{}", "—")
        return format_html(
            '<a href="{}" download>The wine list as CSV</a> (the import\'s own format: edit it in a spreadsheet '
            "and upload it again under Wine list imports)",
            reverse("admin:recommendations_restaurant_wine_list_csv", args=[obj.pk]),
        )

    @admin.display(description="Wines", ordering="wine_total")
    def wine_count(self, obj: Restaurant) -> int:
        return int(getattr(obj, "wine_total", 0))

    @admin.display(description="Diner page")
    def qr_codes(self, obj: Restaurant) -> SafeString:
        if obj.pk is None:
            return format_html("{}", "Save the restaurant first; its QR codes appear here.")
        svg_url = reverse("admin:recommendations_restaurant_qr_svg", args=[obj.pk])
        return format_html(
            '<img src="{}" width="132" height="132" alt="QR code for {}"><br>'
            "<code>{}</code><br>"
            '<a href="{}" download>Download PNG</a> · <a href="{}" download>Download SVG</a> · '
            '<a href="{}">Table cards to print (PDF)</a>',
            svg_url,
            obj.name,
            qr.diner_url(restaurant=obj),
            reverse("admin:recommendations_restaurant_qr_png", args=[obj.pk]),
            svg_url,
            reverse("admin:recommendations_restaurant_table_cards", args=[obj.pk]),
        )

    def get_urls(self) -> list[URLPattern]:
        downloads = [
            path(
                "<int:object_id>/qr.png",
                self.admin_site.admin_view(self.qr_png_view),
                name="recommendations_restaurant_qr_png",
            ),
            path(
                "<int:object_id>/qr.svg",
                self.admin_site.admin_view(self.qr_svg_view),
                name="recommendations_restaurant_qr_svg",
            ),
            path(
                "<int:object_id>/wine-list.csv",
                self.admin_site.admin_view(self.wine_list_csv_view),
                name="recommendations_restaurant_wine_list_csv",
            ),
            path(
                "<int:object_id>/table-cards.pdf",
                self.admin_site.admin_view(self.table_cards_view),
                name="recommendations_restaurant_table_cards",
            ),
        ]
        return downloads + super().get_urls()

    def _downloadable(self, request: HttpRequest, object_id: int) -> Restaurant:
        # Another restaurant's code looks exactly like a missing one; viewers may download.
        return get_object_or_404(self.get_queryset(request), pk=object_id)

    @method_decorator(require_safe)
    def qr_png_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        restaurant = self._downloadable(request, object_id)
        return _download(
            qr.qr_png(qr.diner_url(restaurant=restaurant)),
            content_type="image/png",
            filename=f"{restaurant.slug}-qr.png",
        )

    @method_decorator(require_safe)
    def qr_svg_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        restaurant = self._downloadable(request, object_id)
        svg = qr.qr_svg(qr.diner_url(restaurant=restaurant), title=restaurant.name)
        return _download(svg, content_type="image/svg+xml", filename=f"{restaurant.slug}-qr.svg")

    @method_decorator(require_safe)
    def table_cards_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        restaurant = self._downloadable(request, object_id)
        pdf = qr.table_cards_pdf(restaurant=restaurant, tables=list(selectors.tables_in_order(restaurant=restaurant)))
        return _download(pdf, content_type="application/pdf", filename=f"{restaurant.slug}-table-cards.pdf")

    @method_decorator(require_safe)
    def wine_list_csv_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        restaurant = self._downloadable(request, object_id)
        text = wine_list_csv(selectors.wine_list_in_order(restaurant=restaurant))
        # A byte-order mark so Excel opens the accents as UTF-8; the import reads it back.
        return _download(
            ("\ufeff" + text).encode("utf-8"),
            content_type="text/csv; charset=utf-8",
            filename=f"{restaurant.slug}-wines.csv",
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Restaurant | None = None) -> list[str]:
        readonly = list(self.readonly_fields)
        # Printed QR codes carry the slug: only superusers may move a restaurant's address.
        if obj is not None and not user_may(request, None, obj.pk):
            readonly.append("slug")
        return readonly

    def get_prepopulated_fields(self, request: HttpRequest, obj: Restaurant | None = None) -> dict[str, Any]:
        return {} if obj is not None and not user_may(request, None, obj.pk) else dict(self.prepopulated_fields)


@admin.register(Wine)
class WineAdmin(TenantAdmin[Wine]):
    form = WineAdminForm
    change_list_template = "admin/recommendations/wine/change_list.html"
    list_display = ["name", "producer", "vintage", "colour", "bottle_price", "glass_price", "in_stock", "restaurant"]
    list_filter = [("restaurant", admin.RelatedOnlyFieldListFilter), "colour", "in_stock", "country"]
    search_fields = ["name", "producer", "region", "country", "sku", "description"]
    list_select_related = ["restaurant"]
    list_per_page = 50
    readonly_fields = ["content_hash", "created_at", "updated_at"]
    actions = ["mark_in_stock", "mark_out_of_stock"]
    fieldsets = [
        (None, {"fields": ["restaurant", "sku", "producer", "name", "vintage", "colour"]}),
        ("Origin", {"fields": ["region", "country", "grapes"]}),
        ("Prices and stock", {"fields": ["bottle_price", "glass_price", "in_stock"]}),
        ("Tasting", {"fields": ["description"]}),
        ("Bookkeeping", {"fields": ["content_hash", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_readonly_fields(self, request: HttpRequest, obj: Wine | None = None) -> list[str]:
        # A wine never moves to another restaurant's list.
        return [*self.readonly_fields, "restaurant"] if obj is not None else list(self.readonly_fields)

    def save_model(self, request: HttpRequest, obj: Wine, form: ModelForm[Wine], change: bool) -> None:
        services.wine_save(wine=obj)

    def delete_model(self, request: HttpRequest, obj: Wine) -> None:
        services.wines_delete(wines=Wine.objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Wine]) -> None:
        services.wines_delete(wines=queryset)

    @admin.action(description="Mark selected wines in stock")
    def mark_in_stock(self, request: HttpRequest, queryset: QuerySet[Wine]) -> None:
        self._set_in_stock(request, queryset, in_stock=True)

    @admin.action(description="Mark selected wines out of stock")
    def mark_out_of_stock(self, request: HttpRequest, queryset: QuerySet[Wine]) -> None:
        self._set_in_stock(request, queryset, in_stock=False)

    def _set_in_stock(self, request: HttpRequest, queryset: QuerySet[Wine], *, in_stock: bool) -> None:
        # Viewers may select rows but not change them.
        editable = queryset.filter(restaurant_id__in=allowed_restaurant_ids(request, StaffRole.MANAGER))
        changed = services.wines_set_in_stock(wines=editable, in_stock=in_stock)
        skipped = queryset.count() - editable.count()
        self.message_user(request, f"{changed} wine(s) marked {'in' if in_stock else 'out of'} stock.")
        if skipped:
            self.message_user(request, f"{skipped} wine(s) skipped: you may not edit them.", messages.WARNING)


@admin.register(MenuItem)
class MenuItemAdmin(TenantAdmin[MenuItem]):
    form = MenuItemAdminForm
    list_display = ["name", "course", "price", "is_available", "restaurant"]
    list_filter = [("restaurant", admin.RelatedOnlyFieldListFilter), "course", "is_available"]
    search_fields = ["name", "description"]
    list_select_related = ["restaurant"]

    def save_model(self, request: HttpRequest, obj: MenuItem, form: ModelForm[MenuItem], change: bool) -> None:
        services.menu_item_save(item=obj)

    def delete_model(self, request: HttpRequest, obj: MenuItem) -> None:
        services.menu_items_delete(items=MenuItem.objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[MenuItem]) -> None:
        services.menu_items_delete(items=queryset)


@admin.register(Table)
class TableAdmin(TenantAdmin[Table]):
    list_display = ["number", "label", "restaurant", "qr_code"]
    list_filter = [("restaurant", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["label"]
    list_select_related = ["restaurant"]
    readonly_fields = ["qr_code"]
    actions = ["print_table_cards"]

    @admin.display(description="QR code")
    def qr_code(self, obj: Table) -> SafeString:
        return _table_qr_links(obj)

    @admin.action(description="Print table cards for the selected tables (PDF)")
    def print_table_cards(self, request: HttpRequest, queryset: QuerySet[Table]) -> HttpResponse | None:
        # A reprint of the one card that got wine on it, without the whole sheet.
        restaurant_ids = set(queryset.values_list("restaurant_id", flat=True))
        if len(restaurant_ids) != 1:
            self.message_user(request, "Select tables of one restaurant to print their cards.", messages.WARNING)
            return None
        restaurant = Restaurant.objects.get(pk=restaurant_ids.pop())
        pdf = qr.table_cards_pdf(restaurant=restaurant, tables=list(queryset.order_by("number")))
        return _download(pdf, content_type="application/pdf", filename=f"{restaurant.slug}-table-cards.pdf")

    def get_urls(self) -> list[URLPattern]:
        downloads = [
            path(
                "<int:object_id>/qr.png",
                self.admin_site.admin_view(self.qr_png_view),
                name="recommendations_table_qr_png",
            ),
            path(
                "<int:object_id>/qr.svg",
                self.admin_site.admin_view(self.qr_svg_view),
                name="recommendations_table_qr_svg",
            ),
        ]
        return downloads + super().get_urls()

    def _downloadable(self, request: HttpRequest, object_id: int) -> Table:
        return get_object_or_404(self.get_queryset(request), pk=object_id)

    @method_decorator(require_safe)
    def qr_png_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        table = self._downloadable(request, object_id)
        filename = f"{table.restaurant.slug}-table-{table.number}-qr.png"
        return _download(qr.qr_png(qr.table_url(table)), content_type="image/png", filename=filename)

    @method_decorator(require_safe)
    def qr_svg_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        table = self._downloadable(request, object_id)
        svg = qr.qr_svg(qr.table_url(table), title=f"{table.restaurant.name}: {qr.table_card_title(table)}")
        filename = f"{table.restaurant.slug}-table-{table.number}-qr.svg"
        return _download(svg, content_type="image/svg+xml", filename=filename)


@admin.register(StaffMembership)
class StaffMembershipAdmin(TenantAdmin[StaffMembership]):
    # Who works where is for owners to see, and only superusers change it.
    view_role = StaffRole.OWNER
    add_role = None
    edit_role = None
    delete_role = None
    list_display = ["user", "restaurant", "role", "created_at"]
    list_filter = [("restaurant", admin.RelatedOnlyFieldListFilter), "role"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["user"]
    list_select_related = ["user", "restaurant"]


PREVIEW_ROWS = 200


@admin.register(WineListImport)
class WineListImportAdmin(TenantAdmin[WineListImport]):
    list_display = [
        "filename",
        "restaurant",
        "status",
        "created_count",
        "updated_count",
        "removed_count",
        "created_at",
        "created_by",
    ]
    list_filter = [("restaurant", admin.RelatedOnlyFieldListFilter), "status"]
    search_fields = ["filename"]
    list_select_related = ["restaurant", "created_by"]
    edit_role = StaffRole.MANAGER

    def has_change_permission(self, request: HttpRequest, obj: WineListImport | None = None) -> bool:
        # An import is a record of what happened; it is never edited.
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[WineListImport]:
        # The file itself (up to 5 MB) is not needed to list imports or poll progress.
        return super().get_queryset(request).defer("source")

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        restaurants = self.manageable_restaurants(request)
        if request.method == "POST" and "checked" in request.POST:
            return self._apply_checked(request, restaurants)
        form = WineListUploadForm(request.POST or None, request.FILES or None, restaurants=restaurants)
        preview: dict[str, Any] | None = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            restaurant = form.cleaned_data["restaurant"]
            data = upload.read()
            if "check" not in request.POST:
                return self._imported(request, restaurant, upload.name, data, form.cleaned_data["remove_missing"])
            try:
                summary = imports.wine_list_import(
                    restaurant=restaurant, data=data, remove_missing=form.cleaned_data["remove_missing"], dry_run=True
                )
            except imports.WineListRejected as rejection:
                for error in rejection.errors[:50]:
                    form.add_error(None, str(error))
            else:
                shown = list(summary.changes[:PREVIEW_ROWS])
                preview = {
                    "restaurant": restaurant,
                    "filename": upload.name,
                    "summary": summary,
                    "changes": shown,
                    "more": len(summary.changes) - len(shown),
                    "token": checked_import_keep(
                        user_id=request.user.pk or 0,
                        restaurant_id=restaurant.pk,
                        filename=upload.name,
                        data=data,
                        remove_missing=form.cleaned_data["remove_missing"],
                    ),
                }
        return self.render_upload(
            request,
            form,
            title="Import a wine list",
            intro="Upload your wine list as a CSV file. Re-importing the same file changes nothing; a changed file "
            "updates wines in place (matched by SKU, else by producer, name and vintage). A file with any problem "
            "imports nothing and lists every problem with its line number. Check it first to see every wine it "
            "would add, change or remove before anything changes.",
            submit_label="Import",
            extra_context={**(extra_context or {}), "preview": preview, "check_label": "Check first (changes nothing)"},
        )

    def _imported(
        self, request: HttpRequest, restaurant: Restaurant, filename: str, data: bytes, remove_missing: bool
    ) -> HttpResponse:
        wine_import = imports.wine_list_import_create(
            restaurant=restaurant,
            filename=filename,
            data=data,
            remove_missing=remove_missing,
            created_by=request.user,  # type: ignore[arg-type]
        )
        return HttpResponseRedirect(reverse("admin:recommendations_winelistimport_change", args=[wine_import.pk]))

    def _apply_checked(self, request: HttpRequest, restaurants: QuerySet[Restaurant]) -> HttpResponse:
        checked = checked_import_take(user_id=request.user.pk or 0, token=str(request.POST.get("checked", "")))
        # Still a manager there? The role may have changed since the check.
        restaurant = restaurants.filter(pk=checked.restaurant_id).first() if checked is not None else None
        if checked is None or restaurant is None:
            self.message_user(
                request, "The checked file is no longer kept (30 minutes); choose it again.", messages.WARNING
            )
            return HttpResponseRedirect(reverse("admin:recommendations_winelistimport_add"))
        return self._imported(request, restaurant, checked.filename, checked.data, checked.remove_missing)

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        wine_import = self.get_object(request, unquote(object_id))
        if wine_import is None or not self.has_view_permission(request, wine_import):
            return self.not_found_redirect(request)
        template = "admin/recommendations/winelistimport/detail.html"
        if getattr(request, "htmx", False):  # django-htmx's HtmxDetails is truthy for htmx requests
            template += "#progress"
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Import of {wine_import.filename}",
            "original": wine_import,
            "wine_import": wine_import,
        }
        return TemplateResponse(request, template, context)


class DocumentUploadForm(forms.Form):
    restaurant = forms.ModelChoiceField(queryset=Restaurant.objects.none())
    title = forms.CharField(max_length=200, required=False, help_text="Leave empty to use the file's name.")
    # Empty files pass here so the service gives its one message for them.
    file = forms.FileField(
        allow_empty_file=True,
        help_text=(
            f"A .txt, .md or .pdf file up to {documents.DOCUMENT_MAX_BYTES // (1024 * 1024)} MB. Text files in "
            "UTF-8; PDFs with real text (a scanned page is a picture and cannot be read)."
        ),
    )

    def __init__(self, *args: Any, restaurants: QuerySet[Restaurant], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        restaurant_field = self.fields["restaurant"]
        assert isinstance(restaurant_field, forms.ModelChoiceField)
        restaurant_field.queryset = restaurants
        if len(restaurants) == 1:
            restaurant_field.initial = restaurants[0]


@admin.register(Document)
class DocumentAdmin(TenantAdmin[Document]):
    """Menus and house documents: uploaded, listed, viewed and deleted, never edited (upload a new one)."""

    list_display = ["title", "filename", "kind", "chunk_count", "indexed_at", "created_at", "created_by", "restaurant"]
    list_filter = [("restaurant", admin.RelatedOnlyFieldListFilter), "kind"]
    search_fields = ["title", "filename"]
    list_select_related = ["restaurant", "created_by"]
    readonly_fields = (
        "restaurant",
        "title",
        "filename",
        "kind",
        "chunk_count",
        "indexed_at",
        "created_by",
        "created_at",
        "text",
    )
    fields = readonly_fields

    def has_change_permission(self, request: HttpRequest, obj: Document | None = None) -> bool:
        # The text and its chunks come from the file: a changed document is a new upload.
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Document]:
        # The list never shows the text (up to 5 MB a row); the detail page loads it on its own.
        return super().get_queryset(request).defer("text")

    def delete_model(self, request: HttpRequest, obj: Document) -> None:
        documents.document_delete(document=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        for document in queryset:
            documents.document_delete(document=document)

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        restaurants = self.manageable_restaurants(request)
        form = DocumentUploadForm(request.POST or None, request.FILES or None, restaurants=restaurants)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                document = documents.document_create(
                    restaurant=form.cleaned_data["restaurant"],
                    filename=upload.name,
                    data=documents.upload_bytes(upload),
                    title=form.cleaned_data["title"],
                    created_by=request.user,  # type: ignore[arg-type]
                )
            except documents.DocumentRejected as rejection:
                form.add_error("file", str(rejection))
            else:
                self.message_user(
                    request, f"Uploaded “{document.title}”. Diners' questions can use it once it shows as indexed."
                )
                return HttpResponseRedirect(reverse("admin:recommendations_document_changelist"))
        return self.render_upload(
            request,
            form,
            title="Upload a document",
            intro="Upload a menu, an allergen sheet or a house document. Its text is split into passages that are "
            'searched alongside your wine list when diners ask ("is the lamb gluten-free?"). To change a document, '
            "upload the new version and delete the old one.",
            submit_label="Upload",
            extra_context=extra_context,
        )
