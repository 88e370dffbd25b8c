"""Data written to standard output (an export, a summary, the nights): as bytes, so a file is
UTF-8 with the CSV's own line ends whatever the locale; refused in one line when the output
was closed before Hypnic started."""

from __future__ import annotations

import sys

from hypnic.domain.errors import HypnicError


def write_stdout(data: bytes) -> None:
    if sys.stdout is None:  # started with standard output closed (`hypnic export >&-`)
        raise HypnicError("standard output is closed, so nothing was written; use -o FILE")
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()
