"""Which kind of file an import is, from its name and first line: a Hypnic JSON backup, a
Hypnic CSV export, or Sleep as Android's sleep-export.csv."""

from __future__ import annotations

from enum import StrEnum
from pathlib import PurePath


class FileFormat(StrEnum):
    HYPNIC_JSON = "hypnic-json"
    HYPNIC_CSV = "hypnic-csv"
    SLEEP_AS_ANDROID = "sleep-as-android"


# Sleep as Android's header names these fixed columns first, unquoted (exchange.sleep_as_android).
_SLEEP_COLUMNS = ("Id", "Tz")


def sniff_format(name: PurePath, head: bytes) -> FileFormat:
    """The format of a file whose first bytes are ``head``.

    A Hypnic file is told JSON from CSV as ``importer.read_import_file`` tells them (the
    extension, else a leading ``{``); a file whose header starts ``Id,Tz`` is Sleep as
    Android's. Anything else is taken for a Hypnic CSV, whose reader names what is wrong.
    """
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    line = text.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
    columns = tuple(c.strip().strip('"') for c in line.split(",")[: len(_SLEEP_COLUMNS)])
    if columns == _SLEEP_COLUMNS:
        return FileFormat.SLEEP_AS_ANDROID
    suffix = name.suffix.lower()
    if suffix == ".json" or (suffix != ".csv" and text[:1] == b"{"):
        return FileFormat.HYPNIC_JSON
    return FileFormat.HYPNIC_CSV
