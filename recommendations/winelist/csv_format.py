"""Parsing and validating a wine-list CSV file, without touching the database, and writing one.

Every problem in the file is collected (with its line number) so staff can fix
the whole file in one go; a file with any problem imports nothing. The export
(``wine_list_csv``) writes the import's own format, so a list downloaded and
uploaded again changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import timezone

from recommendations.models import Wine, WineColour

REQUIRED_COLUMNS = (
    "name",
    "producer",
    "region",
    "country",
    "vintage",
    "grapes",
    "colour",
    "price",
    "glass_price",
    "description",
)
OPTIONAL_COLUMNS = ("in_stock", "sku")
# What other lists and spreadsheets call the same columns.
COLUMN_ALIASES = {
    "color": "colour",
    "type": "colour",
    "wine": "name",
    "wine_name": "name",
    "winery": "producer",
    "estate": "producer",
    "year": "vintage",
    "grape": "grapes",
    "variety": "grapes",
    "varieties": "grapes",
    "bottle_price": "price",
    "price_bottle": "price",
    "price_glass": "glass_price",
    "notes": "description",
    "tasting_notes": "description",
}


def _colour_words(colour: WineColour, words: str) -> dict[str, WineColour]:
    return dict.fromkeys((word.strip() for word in words.split(",")), colour)


# The colour as lists write it, in English or the restaurant's language (folded: no accents, lower case).
COLOUR_WORDS = {
    **_colour_words(
        WineColour.RED,
        "red, reds, red wine, red wines, rouge, rouges, vin rouge, tinto, tintos, vino tinto, vinho tinto, "
        "rosso, rossi, vino rosso, rot, rotwein, rotweine",
    ),
    **_colour_words(
        WineColour.WHITE,
        "white, whites, white wine, white wines, blanc, blancs, vin blanc, blanco, "
        "blancos, vino blanco, bianco, bianchi, vino bianco, weiss, weisswein, weissweine, branco, vinho branco",
    ),
    **_colour_words(
        WineColour.ROSE, "rose, roses, rose wine, rose wines, rosado, rosados, rosato, rosati, blush, pink"
    ),
    **_colour_words(
        WineColour.SPARKLING,
        "sparkling, sparkling wine, sparkling wines, sparklings, bubbles, fizz, "
        "champagne, champagne & sparkling, champagne and sparkling, champagne/sparkling, sparkling rose, "
        "sparkling rose wine, mousseux, effervescent, "
        "vin effervescent, espumoso, espumosos, espumante, spumante, spumanti, bollicine, sekt, schaumwein",
    ),
    **_colour_words(
        WineColour.DESSERT,
        "dessert, dessert wine, dessert wines, sweet, sweet wine, sweet wines, "
        "stickies, fortified, fortified wine, fortified wines, dessert & fortified, sweet & fortified, "
        "dessert and fortified, sweet and fortified, dessert/fortified, sweet/fortified, fortified/dessert, "
        "vin doux, vins doux, liquoreux, moelleux, "
        "dulce, vino dulce, generoso, generosos, dolce, vino dolce, passito, susswein",
    ),
    **_colour_words(
        WineColour.ORANGE,
        "orange, orange wine, orange wines, skin contact, skin-contact, amber, "
        "amber wine, ramato, macerated, vin orange, vino naranja, vino orange",
    ),
}
# Yes and no as a list's own language writes them: "sì", "oui", "ja", "sí", "non", "nein".
_TRUE_WORDS = frozenset({"true", "yes", "y", "1", "in stock", "si", "sì", "sí", "oui", "ja", "sim", "x", "✓", "✔"})
_FALSE_WORDS = frozenset(
    {"false", "no", "n", "0", "out of stock", "non", "nein", "não", "nao", "esaurito", "agotado", "✗", "✘"}
)
_NON_VINTAGE_WORDS = frozenset({"", "nv", "n/v", "non-vintage", "non vintage"})
# Staff paste prices as "$45", "45.00 €" or "1 200"; the digits are what we keep.
_PRICE_DECORATION = re.compile(r"[\s$€£¥]|USD|EUR|GBP", re.IGNORECASE)
_PRICE_SHAPE = re.compile(r"^\d{1,6}(\.\d{1,2})?$")
_DECIMAL_COMMA = re.compile(r"^\d{1,3}(?:\.\d{3})*,\d{1,2}$|^\d{1,6},\d{1,2}$")
_MAX_PRICE = Decimal("999999.99")

# A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") is written
# with a leading apostrophe (OWASP's CSV-injection advice); the import takes it off again,
# so the round trip keeps the text as it was.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

ProgressCallback = Callable[[int, int], None]
# A description may be long; the csv module's 128 KiB default would stop at it
# with a confusing error before our own length check could name the line.
csv.field_size_limit(16 * 1024 * 1024)


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        column = f", column '{self.column}'" if self.column else ""
        return f"{where}{column}: {self.message}"


@dataclass(frozen=True)
class WineRow:
    """One valid row, already in the shape of ``Wine``'s content fields."""

    line: int
    sku: str
    producer: str
    name: str
    vintage: int | None
    region: str
    country: str
    grapes: list[str]
    colour: str
    bottle_price: Decimal
    glass_price: Decimal | None
    in_stock: bool | None  # None: the file does not say; keep the wine's current stock
    description: str

    def natural_key(self) -> tuple[str, str, int | None]:
        return natural_key(self.producer, self.name, self.vintage)

    def content(self) -> dict[str, object]:
        content = {name: getattr(self, name) for name in Wine.CONTENT_FIELDS}
        if self.in_stock is None:
            del content["in_stock"]
        return content


@dataclass
class ParsedWineList:
    rows: list[WineRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def natural_key(producer: str, name: str, vintage: int | None) -> tuple[str, str, int | None]:
    """How a row without a SKU finds its wine: case and spacing do not matter."""
    return (_fold(producer), _fold(name), vintage)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def split_grapes(text: str) -> list[str]:
    """Grapes are separated by ';' in files (',' is accepted too, as in the admin)."""
    return [_clean_text(grape) for grape in re.split(r"[;,]", text) if grape.strip()]


def spreadsheet_safe(text: str) -> str:
    """The cell as a spreadsheet will show it, never run it. A leading apostrophe of the wine's
    own is doubled, so the import's unescaping gives it back."""
    return f"'{text}" if text.startswith((*_FORMULA_STARTS, "'")) else text


def _unescaped(text: str) -> str:
    """Undo ``spreadsheet_safe``: an apostrophe before a formula character or another apostrophe is ours."""
    return text[1:] if text.startswith("'") and text[1:].startswith((*_FORMULA_STARTS, "'")) else text


def wine_list_csv(wines: Iterable[Wine]) -> str:
    """The list in the import's own format, every column, one row per wine."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS])
    for wine in wines:
        cells = {
            "name": wine.name,
            "producer": wine.producer,
            "region": wine.region,
            "country": wine.country,
            "vintage": "" if wine.vintage is None else str(wine.vintage),
            "grapes": "; ".join(wine.grapes),
            "colour": wine.colour,
            "price": str(wine.bottle_price),
            "glass_price": "" if wine.glass_price is None else str(wine.glass_price),
            "description": wine.description,
            "in_stock": "yes" if wine.in_stock else "no",
            "sku": wine.sku,
        }
        writer.writerow([spreadsheet_safe(cells[column]) for column in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)])
    return buffer.getvalue()


def _clean_text(text: str) -> str:
    return " ".join(text.split())


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalise_colour(text: str) -> str | None:
    """'Rosé', 'rose', ' RED ' -> the stored colour value; None when it is not a colour."""
    return COLOUR_WORDS.get(" ".join(_strip_accents(text.strip().lower()).replace("ß", "ss").split()))


def decode_wine_list(data: bytes) -> tuple[str | None, RowError | None]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, RowError(1, "", "The file is UTF-16 encoded; save it as 'CSV UTF-8' and upload again.")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        bad_byte = data[error.start : error.start + 1].hex()
        return None, RowError(
            line,
            "",
            f"The file is not UTF-8 encoded (byte 0x{bad_byte} cannot be read); "
            "save it as 'CSV UTF-8' and upload again.",
        )


def parse_wine_list(data: bytes, *, max_rows: int, progress: ProgressCallback | None = None) -> ParsedWineList:
    result = ParsedWineList()
    text, decode_error = decode_wine_list(data)
    if decode_error is not None or text is None:
        result.errors.append(decode_error or RowError(1, "", "The file could not be read."))
        return result
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        result.errors.append(RowError(line, "", "The file contains NUL characters: it is not a text CSV export."))
        return result
    # One Unicode form, so "Côte" typed on a Mac and on Windows is the same wine.
    text = unicodedata.normalize("NFC", text)

    text, delimiter = _delimiter_of(text)
    records, broken = _read_records(text, delimiter=delimiter)
    if not records:
        result.errors.append(
            broken or RowError(1, "", "The file is empty; expected a header line and one wine per line.")
        )
        return result
    header_line, header = records[0]
    columns, header_errors = _read_header(header_line, header)
    if header_errors:
        result.errors.extend(header_errors)
        return result

    rows = records[1:]
    total = len(rows)
    if total > max_rows:
        result.errors.append(RowError(0, "", f"The file has {total} wines; the limit is {max_rows}."))
        return result

    seen_skus: dict[str, int] = {}
    seen_keys: dict[tuple[str, str, int | None], int] = {}
    for processed, (line, record) in enumerate(rows, start=1):
        values, shape_error = _fit_to_columns(line, record, columns)
        if shape_error is not None:
            result.errors.append(shape_error)
        elif values is not None:
            row, row_errors = _read_row(line, values)
            result.errors.extend(row_errors)
            if row is not None:
                _check_duplicates(row, seen_skus, seen_keys, result.errors)
                result.rows.append(row)
        if progress is not None and processed % 100 == 0:
            progress(processed, total)
    if broken is not None:
        result.errors.append(broken)
    if progress is not None:
        progress(total, total)
    if total == 0 and not result.errors:
        result.errors.append(RowError(header_line + 1, "", "The file has a header but no wines."))
    return result


_SEPARATOR_LINE = re.compile(r"sep=(.)[ \t]*(?:\r?\n|$)")


def _delimiter_of(text: str) -> tuple[str, str]:
    """The text (Excel's "sep=;" first line blanked, so lines keep their numbers) and the character
    between its columns: the one its header line uses most of comma, semicolon, tab and pipe. A
    spreadsheet set to a European locale writes "sku;name;…;price" with "38,50"."""
    stripped = text.lstrip("\ufeff")
    separator = _SEPARATOR_LINE.match(stripped)
    if separator is not None and separator.group(1) in ",;\t|":
        return "\n" + stripped[separator.end() :], separator.group(1)
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return text, best if counts[best] > counts[","] else ","


def _read_records(text: str, *, delimiter: str = ",") -> tuple[list[tuple[int, list[str]]], RowError | None]:
    """Non-blank records with the line each starts on; stops at broken quoting, which it reports."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    while True:
        start_line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return records, None
        except csv.Error as error:
            return records, RowError(start_line, "", f"Broken quoting: {error}.")
        if any(cell.strip() for cell in record):
            records.append((start_line, record))


def _fit_to_columns(
    line: int, record: list[str], columns: list[str | None]
) -> tuple[dict[str, str] | None, RowError | None]:
    """Pair cells with columns; spreadsheets pad rows with empty trailing cells, which are fine."""
    while len(record) > len(columns) and not record[-1].strip():
        record = record[:-1]
    if len(record) < len(columns) and all(column is None for column in columns[len(record) :]):
        record = record + [""] * (len(columns) - len(record))
    if len(record) != len(columns):
        return None, RowError(
            line,
            "",
            f"Expected {len(columns)} fields, found {len(record)}; a value containing a comma must be in double quotes.",
        )
    values: dict[str, str] = {}
    for column, cell in zip(columns, record, strict=True):
        if column is None:
            if cell.strip():
                return None, RowError(line, "", f"The value '{cell.strip()[:40]}' is in a column with no name.")
            continue
        values[column] = cell
    return values, None


def _read_header(line: int, header: list[str]) -> tuple[list[str | None], list[RowError]]:
    """Column names in file order; None for unnamed columns (spreadsheets add empty trailing ones)."""
    columns: list[str | None] = []
    errors: list[RowError] = []
    allowed = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    for cell in header:
        name = cell.strip().lower().replace(" ", "_")
        name = COLUMN_ALIASES.get(name, name)
        if not name:
            columns.append(None)
            continue
        if name not in allowed:
            errors.append(
                RowError(
                    line,
                    cell.strip(),
                    f"Unknown column '{cell.strip()}'. Allowed columns: "
                    f"{', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)} (also 'color' or 'type' for 'colour', "
                    "'bottle_price' for 'price', 'wine' for 'name').",
                )
            )
        elif name in columns:
            said = cell.strip()
            read_as = "" if said.lower().replace(" ", "_") == name else f" ('{said}' is read as '{name}')"
            errors.append(RowError(line, name, f"Column '{name}' appears twice{read_as}."))
        columns.append(name)
    for required in REQUIRED_COLUMNS:
        if required not in columns:
            errors.append(RowError(line, required, f"Missing column '{required}'."))
    return columns, errors


def _read_row(line: int, values: dict[str, str]) -> tuple[WineRow | None, list[RowError]]:
    errors: list[RowError] = []
    values = {column: _unescaped(text) for column, text in values.items()}

    def fail(column: str, message: str) -> None:
        errors.append(RowError(line, column, message))

    name = _clean_text(values["name"])
    if not name:
        fail("name", "The wine has no name.")
    elif len(name) > 200:
        fail("name", "The name is longer than 200 characters.")
    producer = _clean_text(values["producer"])
    if len(producer) > 200:
        fail("producer", "The producer is longer than 200 characters.")

    vintage = _read_vintage(values["vintage"], fail)
    bottle_price = _read_price(values["price"], "price", fail, required=True)
    glass_price = _read_price(values["glass_price"], "glass_price", fail, required=False)
    if bottle_price is not None and glass_price is not None and glass_price >= bottle_price:
        fail("glass_price", f"The glass price {glass_price} is not below the bottle price {bottle_price}.")

    colour = normalise_colour(values["colour"])
    if colour is None:
        shown = values["colour"].strip() or "(empty)"
        fail("colour", f"Unknown colour '{shown}'; use red, white, rosé, sparkling, dessert or orange.")

    # No column, or an empty cell, says nothing: the wine's stock stays as staff last set it.
    in_stock: bool | None = None
    stock_text = values.get("in_stock", "").strip().lower()
    if stock_text in _FALSE_WORDS:
        in_stock = False
    elif stock_text in _TRUE_WORDS:
        in_stock = True
    elif stock_text:
        fail("in_stock", f"'{values['in_stock'].strip()}' is not yes/no or true/false.")

    sku = values.get("sku", "").strip()
    if len(sku) > 64:
        fail("sku", "The SKU is longer than 64 characters.")
    grapes = split_grapes(values["grapes"])
    description = values["description"].strip()
    if len(description) > 2000:
        fail("description", "The description is longer than 2000 characters.")
    region = _clean_text(values["region"])
    country = _clean_text(values["country"])
    for column, text, limit in (("region", region, 120), ("country", country, 80)):
        if len(text) > limit:
            fail(column, f"The {column} is longer than {limit} characters.")

    if errors or bottle_price is None or colour is None:
        return None, errors
    return (
        WineRow(
            line=line,
            sku=sku,
            producer=producer,
            name=name,
            vintage=vintage,
            region=region,
            country=country,
            grapes=grapes,
            colour=colour,
            bottle_price=bottle_price,
            glass_price=glass_price,
            in_stock=in_stock,
            description=description,
        ),
        [],
    )


def _read_vintage(text: str, fail: Callable[[str, str], None]) -> int | None:
    cleaned = text.strip().lower()
    if cleaned in _NON_VINTAGE_WORDS:
        return None
    latest = timezone.now().year + 1
    if not re.fullmatch(r"[0-9]{4}", cleaned) or not 1800 <= int(cleaned) <= latest:
        fail("vintage", f"'{text.strip()}' is not a year between 1800 and {latest}, or NV.")
        return None
    return int(cleaned)


def _read_price(text: str, column: str, fail: Callable[[str, str], None], *, required: bool) -> Decimal | None:
    cleaned = _PRICE_DECORATION.sub("", text)
    if _DECIMAL_COMMA.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")  # "38,50" and "1.250,00" as Europe writes them
    if not cleaned:
        if required:
            fail(column, "The price is missing.")
        return None
    if not _PRICE_SHAPE.match(cleaned):
        fail(column, f"'{text.strip()}' is not a price (write it like 45, 45.50 or 45,50).")
        return None
    try:
        price = Decimal(cleaned)
    except InvalidOperation:
        fail(column, f"'{text.strip()}' is not a price.")
        return None
    if price <= 0 or price > _MAX_PRICE:
        fail(column, f"The price {text.strip()} must be above 0 and at most {_MAX_PRICE}.")
        return None
    return price.quantize(Decimal("0.01"))


def _check_duplicates(
    row: WineRow,
    seen_skus: dict[str, int],
    seen_keys: dict[tuple[str, str, int | None], int],
    errors: list[RowError],
) -> None:
    if row.sku:
        if row.sku in seen_skus:
            errors.append(RowError(row.line, "sku", f"SKU '{row.sku}' is also on line {seen_skus[row.sku]}."))
        seen_skus.setdefault(row.sku, row.line)
    else:
        key = row.natural_key()
        if key in seen_keys:
            errors.append(
                RowError(row.line, "name", f"The same wine (producer, name, vintage) is also on line {seen_keys[key]}.")
            )
        seen_keys.setdefault(key, row.line)
