"""Menu and house documents: text extraction, chunking, the per-restaurant index and its search.

Staff upload text, Markdown or PDF files; the text is extracted at upload (so a
file without usable text is refused there and then, not discovered later by a
worker), stored on the ``Document`` row, and chunked and embedded by
``document_index_task`` after the row commits.

The chunks live in their own Chroma collection per restaurant (``docs-r<id>``),
next to the wines' ``wines-r<id>`` and for the same reason: a query can only
reach the collection it names, so no filter mistake can show one restaurant's
allergen sheet to another's diners. Wines and documents are kept apart because
they are synced differently (the wine sync diffs a whole list; a document is
indexed on its own) and so a wine search never has to filter chunks out.
"""

from __future__ import annotations

import hashlib
import logging
import re
import textwrap
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from config.celery_app import enqueue
from recommendations import task_names
from recommendations.models import Document, DocumentKind, Restaurant
from recommendations.retrieval.embeddings import embed_array, embed_query, embedding_model_name
from recommendations.retrieval.vector_store import chroma_client

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

logger = logging.getLogger(__name__)

# The same 5 MB as a wine list (settings.WINE_IMPORT_MAX_BYTES): a menu or house
# document is a few pages, and the upload settings (DATA_UPLOAD_MAX_MEMORY_SIZE)
# are already sized for it.
DOCUMENT_MAX_BYTES = 5 * 1024 * 1024
# Text is extracted inside the upload request, so staff hear at once about a scan
# without text. pypdf takes ~10 ms a page of dense text on our 2 cores (300 pages,
# 1.3 M characters: 3.1 s), so 200 pages keeps the request to about two seconds.
PDF_MAX_PAGES = 200
EXTENSION_KINDS: dict[str, DocumentKind] = {
    ".txt": DocumentKind.TEXT,
    ".md": DocumentKind.MARKDOWN,
    ".markdown": DocumentKind.MARKDOWN,
    ".pdf": DocumentKind.PDF,
}

# Chunks are about 600-900 characters: long enough to hold a dish with its
# allergens or a whole house rule, short enough that one chunk is about one
# thing (a whole page's vector matches every question a little and none well).
# 900 characters of English plus the title are ~200-240 MiniLM word pieces,
# inside its 256-piece limit, so no chunk is cut off by the tokenizer.
CHUNK_TARGET_CHARS = 600
CHUNK_MAX_CHARS = 900
# Each chunk after a size break repeats up to this much of the previous one (a
# sentence or so), so a fact split across the break is whole in one of them.
CHUNK_OVERLAP_CHARS = 150
# A new Markdown section starts a new chunk unless the current one is shorter
# than this: tiny sections ("## Hours" and two lines) share a chunk instead.
SECTION_MIN_CHARS = 200
# Bump when chunk_document() changes: documents indexed before are then
# re-chunked the next time their task runs, as when the embedding model changes.
CHUNKING_VERSION = 1
# Chunks embedded and written per Chroma upsert, as for wines (vector_index.SYNC_BATCH_SIZE):
# embedding dominates, and a worker killed mid-document loses little.
INDEX_BATCH_SIZE = 64

_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n")
_BLANK_LINES = re.compile(r"\n\s*\n")


class DocumentRejected(Exception):
    """The upload cannot become a document; the message tells staff why and what to do."""


@dataclass(frozen=True)
class DocumentHit:
    document_id: int
    title: str
    chunk: int
    text: str
    # Cosine similarity in [-1, 1]; higher is closer (same scale as vector_index.WineHit).
    similarity: float


@dataclass(frozen=True)
class DocumentIndexSummary:
    embedded: int
    removed: int


# --- Text extraction ----------------------------------------------------------------------


def upload_bytes(upload: UploadedFile) -> bytes:
    """The uploaded file's content, refused by its size before any of it is read into memory."""
    if upload.size is not None and upload.size > DOCUMENT_MAX_BYTES:
        raise DocumentRejected(_too_large(upload.size))
    return bytes(upload.read())


def _too_large(size: int) -> str:
    return f"The file is {size:,} bytes; the limit is {DOCUMENT_MAX_BYTES:,}."


def document_text(*, filename: str, data: bytes) -> tuple[DocumentKind, str]:
    """The file's kind and its text, tidied; raises DocumentRejected when there is no usable text."""
    kind = EXTENSION_KINDS.get(PurePosixPath(filename.lower()).suffix)
    if kind is None:
        raise DocumentRejected("Upload a .txt, .md or .pdf file.")
    if len(data) > DOCUMENT_MAX_BYTES:
        raise DocumentRejected(_too_large(len(data)))
    if not data:
        raise DocumentRejected("The file is empty.")
    text = _normalise(_pdf_text(data) if kind == DocumentKind.PDF else _utf8_text(data))
    if not text:
        if kind == DocumentKind.PDF:
            raise DocumentRejected(
                "The PDF has no text to read (a scan or pictures only?). Export it with text, or upload a .txt file."
            )
        raise DocumentRejected("The file has no text.")
    return kind, text


def _utf8_text(data: bytes) -> str:
    try:
        # utf-8-sig: Windows editors start UTF-8 files with a byte-order mark.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentRejected(
            f"The file is not UTF-8 text (byte {error.start + 1:,} is not valid). Save it as UTF-8 and upload it again."
        ) from None
    # PostgreSQL text cannot hold NUL, and no text file has one: this is a binary file renamed.
    if "\x00" in text:
        raise DocumentRejected("The file is not plain text; upload a .txt, .md or .pdf file.")
    return text


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(BytesIO(data))
        # Many PDFs are encrypted with an empty password (only printing or
        # copying restricted): those open; a real password cannot be guessed.
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentRejected("The PDF is password-protected. Upload a copy without a password.")
        if len(reader.pages) > PDF_MAX_PAGES:
            raise DocumentRejected(f"The PDF has {len(reader.pages):,} pages; the limit is {PDF_MAX_PAGES}.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentRejected:
        raise
    except DependencyError:
        # AES encryption needs pypdf's optional `cryptography` dependency, which we do not install.
        raise DocumentRejected(
            "The PDF is encrypted in a way we cannot open. Save or print it to a new PDF and upload that."
        ) from None
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds (PdfReadError, KeyError, ValueError...) on broken files; none may become a 500
        logger.info("unreadable PDF upload: %r", error)
        raise DocumentRejected("The PDF could not be read; it may be damaged. Export it again and upload it.") from None
    # NUL can appear in text extracted with odd font encodings; PostgreSQL refuses it.
    return "\n\n".join(pages).replace("\x00", "")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def title_from_filename(filename: str) -> str:
    """ "lunch_menu-2025.pdf" becomes "Lunch menu 2025": a usable title when staff give none."""
    stem = " ".join(re.split(r"[\s_\-]+", PurePosixPath(filename).stem)).strip()
    return (stem[:1].upper() + stem[1:]) or "Document"


# --- Chunking -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    text: str
    heading: str | None  # the section the piece belongs to
    is_heading: bool


def _pieces(text: str) -> list[_Piece]:
    """Paragraphs and Markdown headings, in order; paragraphs too long for one chunk split by sentence."""
    limit = CHUNK_MAX_CHARS - CHUNK_OVERLAP_CHARS
    pieces: list[_Piece] = []
    heading: str | None = None
    for block in _BLANK_LINES.split(text):
        paragraph: list[str] = []
        # A heading line often sits right above its text with no blank line between.
        for line in [*block.split("\n"), ""]:
            match = _HEADING.match(line.strip())
            if match is None and line.strip():
                paragraph.append(line.strip())
                continue
            if paragraph:
                pieces.extend(_Piece(part, heading, False) for part in _split_long("\n".join(paragraph), limit))
                paragraph = []
            if match is not None:
                heading = match["text"][:CHUNK_TARGET_CHARS]
                pieces.append(_Piece(heading, heading, True))
    return pieces


def _split_long(paragraph: str, limit: int) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph]
    parts: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(paragraph):
        # A "sentence" longer than a chunk (a list with no full stops) is cut between words.
        for part in textwrap.wrap(sentence, limit, break_long_words=True) if len(sentence) > limit else [sentence]:
            if current and len(current) + 1 + len(part) > limit:
                parts.append(current)
                current = part
            else:
                current = f"{current} {part}" if current else part
    if current:
        parts.append(current)
    return parts


def _overlap(body: str) -> str:
    """The end of a chunk to repeat at the start of the next: its last sentence(s), else its last words."""
    if len(body) <= CHUNK_OVERLAP_CHARS:
        return body
    tail = body[-CHUNK_OVERLAP_CHARS:]
    sentence_start = _SENTENCE_END.search(tail)
    if sentence_start is not None and sentence_start.end() < len(tail):
        return tail[sentence_start.end() :]
    return tail.split(" ", 1)[-1]


def chunk_document(*, title: str, text: str) -> list[str]:
    """The texts embedded for a document: ~600-900 characters each, by paragraph and heading.

    Each chunk starts with the document's title (and its section's heading
    when the chunk does not start with it): "Is the lamb gluten-free?" then
    matches "Spring menu — Allergens" + "Lamb shoulder: no gluten" better than
    the bare line, and an answer can say where it came from.
    """
    bodies: list[tuple[str | None, str]] = []
    parts: list[str] = []
    section: str | None = None
    # True while ``parts`` holds only the previous chunk's tail: never a chunk on its own.
    carried_only = False
    for piece in _pieces(text):
        if carried_only and (piece.is_heading or _length([*parts, piece.text]) > CHUNK_MAX_CHARS):
            # A new section does not start with the last one's words; nor is there room for them.
            parts = []
        elif parts and not carried_only:
            if piece.is_heading and _length(parts) >= SECTION_MIN_CHARS:
                bodies.append((section, "\n".join(parts)))
                parts = []
            elif _length([*parts, piece.text]) > CHUNK_MAX_CHARS:
                carried = _overlap(parts[-1])
                bodies.append((section, "\n".join(parts)))
                parts = [carried] if _length([carried, piece.text]) <= CHUNK_MAX_CHARS else []
        if not parts or carried_only:
            section = piece.heading
        parts.append(piece.text)
        carried_only = False
        if _length(parts) >= CHUNK_TARGET_CHARS:
            carried = _overlap(parts[-1])
            bodies.append((section, "\n".join(parts)))
            parts = [carried]
            carried_only = True
    if parts and not carried_only:
        bodies.append((section, "\n".join(parts)))
    return [_with_context(title, heading, body) for heading, body in bodies]


def _length(parts: list[str]) -> int:
    return len("\n".join(parts))


def _with_context(title: str, heading: str | None, body: str) -> str:
    first_line = body.split("\n", 1)[0]
    context = [] if first_line == title else [title]
    if heading and heading not in (title, first_line):
        context.append(heading)
    return "\n".join([" — ".join(context), body]) if context else body


# --- The index ----------------------------------------------------------------------------


def collection_name(restaurant_id: int) -> str:
    return f"docs-r{restaurant_id}"


def chunk_id(document_id: int, chunk: int) -> str:
    return f"doc{document_id}-{chunk}"


def _index_version() -> str:
    return f"{embedding_model_name()}/chunks{CHUNKING_VERSION}"


def _collection(restaurant_id: int) -> Collection:
    # Cosine space because the vectors are unit length, as for the wines.
    return chroma_client().get_or_create_collection(
        collection_name(restaurant_id), configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )


def _existing_collection(restaurant_id: int) -> Collection | None:
    from chromadb.errors import NotFoundError

    try:
        return chroma_client().get_collection(collection_name(restaurant_id), embedding_function=None)
    except NotFoundError:
        return None


def document_index_sync(*, document_id: int) -> DocumentIndexSummary:
    """Bring a document's chunks in the index in line with its text, doing only the missing work.

    Running it again with the same content hash, chunking and model changes
    nothing. Chunk ids are deterministic, so a re-run overwrites in place and
    removes only chunks beyond the new count: searches never see the document
    half gone. A document deleted meanwhile loses the chunks written here.
    """
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        # Deleted before indexing: document_delete removed whatever chunks there were.
        return DocumentIndexSummary(embedded=0, removed=0)
    collection = _collection(document.restaurant_id)
    stored = collection.get(where={"document_id": document_id}, include=["metadatas"])
    stored_ids = set(stored["ids"])
    index_version = _index_version()
    chunks = chunk_document(title=document.title, text=document.text)
    ids = [chunk_id(document_id, number) for number in range(len(chunks))]

    current = stored_ids == set(ids) and all(
        (metadata or {}).get("content_hash") == document.content_hash
        and (metadata or {}).get("index_version") == index_version
        for metadata in stored["metadatas"] or []
    )
    if current:
        if document.indexed_at is None or document.chunk_count != len(ids):
            # The vectors were written but the run died before recording it.
            Document.objects.filter(pk=document_id).update(chunk_count=len(ids), indexed_at=timezone.now())
        return DocumentIndexSummary(embedded=0, removed=0)

    for start in range(0, len(chunks), INDEX_BATCH_SIZE):
        batch = chunks[start : start + INDEX_BATCH_SIZE]
        collection.upsert(
            ids=ids[start : start + INDEX_BATCH_SIZE],
            embeddings=embed_array(batch),
            documents=batch,
            metadatas=[
                _chunk_metadata(document, chunk=start + offset, index_version=index_version)
                for offset in range(len(batch))
            ],
        )
    extra = sorted(stored_ids - set(ids))
    if extra:
        collection.delete(ids=extra)
    recorded = Document.objects.filter(pk=document_id).update(chunk_count=len(ids), indexed_at=timezone.now())
    if not recorded:
        # Deleted while we embedded: its on-commit removal may have run before our
        # upsert, so remove what we wrote (either way no chunk outlives its row).
        collection.delete(where={"document_id": document_id})
    return DocumentIndexSummary(embedded=len(ids), removed=len(extra))


def _chunk_metadata(document: Document, *, chunk: int, index_version: str) -> dict[str, str | int]:
    return {
        "document_id": document.pk,
        "chunk": chunk,
        "title": document.title,
        "content_hash": document.content_hash,
        "index_version": index_version,
    }


def document_chunks_remove(*, restaurant_id: int, document_id: int) -> None:
    """Delete a document's chunks from its restaurant's index (nothing to do when there are none)."""
    collection = _existing_collection(restaurant_id)
    if collection is not None:
        collection.delete(where={"document_id": document_id})


# --- Search -------------------------------------------------------------------------------


def document_search(*, restaurant_id: int, query: str, k: int = 5) -> list[DocumentHit]:
    """The restaurant's k document chunks nearest to the query, best first; [] when it has no documents indexed."""
    if k <= 0:
        return []
    collection = _existing_collection(restaurant_id)
    if collection is None:
        return []
    result = collection.query(
        query_embeddings=embed_query(query), n_results=k, include=["documents", "metadatas", "distances"]
    )
    ids = result["ids"][0]
    texts = (result["documents"] or [[]])[0]
    metadatas: list[Any] = list((result["metadatas"] or [[]])[0])
    distances = (result["distances"] or [[]])[0]
    # Chroma's cosine distance is 1 - cosine similarity.
    return [
        DocumentHit(
            document_id=int(metadata["document_id"]),
            title=str(metadata["title"]),
            chunk=int(metadata["chunk"]),
            text=text,
            similarity=1.0 - float(distance),
        )
        for _, text, metadata, distance in zip(ids, texts, metadatas, distances, strict=True)
    ]


# --- Services -----------------------------------------------------------------------------


def document_create(
    *, restaurant: Restaurant, filename: str, data: bytes, title: str = "", created_by: User | None = None
) -> Document:
    """Store an uploaded document's text and index it after commit; raises DocumentRejected with the reason."""
    # Browsers send a bare file name, but other clients may not; PostgreSQL refuses NUL.
    filename = PurePosixPath(filename.replace("\\", "/").replace("\x00", "")).name or "document"
    kind, text = document_text(filename=filename, data=data)
    document = Document.objects.create(
        restaurant=restaurant,
        title=(title.strip() or title_from_filename(filename))[:200],
        filename=filename[:255],
        kind=kind,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        created_by=created_by,
    )
    document_id = document.pk
    # After commit, so the worker finds the row; robust: a broker outage must not
    # fail the upload (the document shows as not indexed yet in the admin).
    transaction.on_commit(lambda: _enqueue_index(document_id), robust=True)
    return document


def _enqueue_index(document_id: int) -> None:
    enqueue(task_names.DOCUMENT_INDEX, document_id)


def document_delete(*, document: Document) -> None:
    """Delete a document and, once that is committed, its chunks (a rolled-back delete keeps them)."""
    restaurant_id, document_id = document.restaurant_id, document.pk
    with transaction.atomic():
        document.delete()
        # robust: Chroma briefly away must not undo the delete; search drops chunks whose row is gone.
        transaction.on_commit(
            lambda: document_chunks_remove(restaurant_id=restaurant_id, document_id=document_id), robust=True
        )
