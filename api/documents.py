"""REST endpoints for search and documents, for API keys (and staff sessions for documents).

Recommendations are answered by the one answering pipeline: see ``api.recommendations``.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.authentication import ApiKeyAuthentication
from api.models import ApiKey
from api.permissions import require_scope
from api.serializers import TextField
from config.api import StrictCharField, StrictIntegerField
from recommendations import documents
from recommendations.models import Document, Restaurant, StaffRole, Wine
from recommendations.recommender import wine_payload
from recommendations.retrieval.vector_index import wine_search
from recommendations.selectors import documents_for_restaurant, restaurant_for_key, restaurant_for_staff

MAX_QUERY_LENGTH = 500


class SearchInput(serializers.Serializer[Any]):
    query = TextField(max_length=MAX_QUERY_LENGTH)
    limit = StrictIntegerField(min_value=1, max_value=50, default=10)


class SearchView(APIView):
    permission_classes = [require_scope("read")]

    @extend_schema(
        operation_id="search",
        summary="Wines and house-document passages similar to a query",
        request=SearchInput,
        responses={200: OpenApiTypes.OBJECT},
        tags=["recommendations"],
    )
    def post(self, request: Request, slug: str) -> Response:
        restaurant = tenant_restaurant(request, slug, min_role=StaffRole.VIEWER)
        serializer = SearchInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        query, limit = serializer.validated_data["query"], serializer.validated_data["limit"]
        hits = wine_search(restaurant_id=restaurant.pk, query=query, k=limit, in_stock_only=False)
        wines = Wine.objects.in_bulk([hit.wine_id for hit in hits])
        results = [
            {"type": "wine", "score": round(hit.similarity, 4), **wine_payload(wines[hit.wine_id])}
            for hit in hits
            if hit.wine_id in wines and wines[hit.wine_id].restaurant_id == restaurant.pk
        ]
        document_hits = documents.document_search(restaurant_id=restaurant.pk, query=query, k=limit)
        # Chunks of a document deleted while Chroma was away stay in the index: only rows count.
        live = set(
            documents_for_restaurant(restaurant=restaurant)
            .filter(pk__in={hit.document_id for hit in document_hits})
            .values_list("pk", flat=True)
        )
        results += [
            {
                "type": "document",
                "document_id": hit.document_id,
                "title": hit.title,
                "text": hit.text,
                "score": round(hit.similarity, 4),
            }
            for hit in document_hits
            if hit.document_id in live
        ]
        # Both are cosine similarities from the same model, so one ranking; the sort is
        # stable, so a wine stays ahead of a chunk with the same score.
        results.sort(key=lambda result: result["score"], reverse=True)
        return Response({"results": results[:limit]})


# --- Documents ----------------------------------------------------------------------------


def tenant_restaurant(request: Request, slug: str, *, min_role: StaffRole) -> Restaurant:
    """The restaurant at ``slug`` if the caller may act there, else 404 (nothing is learnt about others).

    An API key acts for its own restaurant only; reads need the "read" scope (checked by the
    view's permission), anything above viewer needs "admin" (403 otherwise). A staff session
    (the admin's, CSRF enforced on writes) acts where the user has ``min_role``: 404 where they
    do not work at all, 403 where their role is too low.
    """
    key = request.auth
    if isinstance(key, ApiKey):
        restaurant = restaurant_for_key(key_restaurant_id=key.restaurant_id, slug=slug).first()
        if restaurant is None:
            raise Http404
        if min_role != StaffRole.VIEWER and not key.has_scope("admin"):
            raise exceptions.PermissionDenied("This API key does not have the 'admin' scope.")
        return restaurant
    # DRF types request.user as AbstractBaseUser; SessionAuthentication gives our User.
    user: Any = request.user
    restaurant, role_reaches = restaurant_for_staff(user=user, slug=slug, min_role=min_role)
    if restaurant is None:
        raise Http404
    if not role_reaches:
        raise exceptions.PermissionDenied(f"Only a {min_role.label.lower()} or owner of {restaurant.name} may do this.")
    return restaurant


class KeyOrStaff(BasePermission):
    """A key with the "read" scope (writes check "admin" per restaurant), or a logged-in staff user."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if isinstance(request.auth, ApiKey):
            return request.auth.has_scope("read")
        user = request.user
        return bool(user is not None and user.is_authenticated)


class KeyOrStaffSessionAPIView(APIView):
    """Documents: API keys, or the admin's session for staff working in the browser."""

    authentication_classes = [ApiKeyAuthentication, SessionAuthentication]
    permission_classes = [KeyOrStaff]


class DocumentUploadInput(serializers.Serializer[Any]):
    # Empty files pass here so the service gives its one message for them.
    file = serializers.FileField(allow_empty_file=True)
    title = StrictCharField(max_length=200, required=False, allow_blank=True, default="")


def document_payload(document: Document) -> dict[str, Any]:
    return {
        "id": document.pk,
        "title": document.title,
        "filename": document.filename,
        "kind": document.kind,
        "chunk_count": document.chunk_count,
        "created_at": document.created_at,
        "indexed_at": document.indexed_at,
    }


class DocumentsView(KeyOrStaffSessionAPIView):
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="documents_list",
        summary="Menu and house documents",
        responses={200: OpenApiTypes.OBJECT},
        tags=["documents"],
    )
    def get(self, request: Request, slug: str) -> Response:
        restaurant = tenant_restaurant(request, slug, min_role=StaffRole.VIEWER)
        rows = documents_for_restaurant(restaurant=restaurant)
        return Response({"documents": [document_payload(document) for document in rows]})

    @extend_schema(
        operation_id="documents_create",
        summary="Upload a document (text, Markdown, PDF); needs the admin scope",
        request={"multipart/form-data": DocumentUploadInput},
        responses={201: OpenApiTypes.OBJECT},
        tags=["documents"],
    )
    def post(self, request: Request, slug: str) -> Response:
        restaurant = tenant_restaurant(request, slug, min_role=StaffRole.MANAGER)
        serializer = DocumentUploadInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        try:
            document = documents.document_create(
                restaurant=restaurant,
                filename=upload.name,
                data=documents.upload_bytes(upload),
                title=serializer.validated_data["title"],
                # An upload through an API key has no person behind it.
                created_by=None if isinstance(request.auth, ApiKey) else request.user,  # type: ignore[arg-type]
            )
        except documents.DocumentRejected as rejection:
            raise serializers.ValidationError({"file": [str(rejection)]}) from None
        return Response(document_payload(document), status=status.HTTP_201_CREATED)


class DocumentView(KeyOrStaffSessionAPIView):
    @extend_schema(
        operation_id="documents_delete",
        summary="Delete a document; needs the admin scope",
        responses={204: None},
        tags=["documents"],
    )
    def delete(self, request: Request, slug: str, document_id: int) -> Response:
        restaurant = tenant_restaurant(request, slug, min_role=StaffRole.MANAGER)
        document = documents_for_restaurant(restaurant=restaurant).filter(pk=document_id).first()
        if document is None:
            raise Http404
        documents.document_delete(document=document)
        return Response(status=status.HTTP_204_NO_CONTENT)
