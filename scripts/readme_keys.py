"""Write the README's table of bedside keys from hypnic.domain.bedside_keys (the help's list).

Run after changing the list: python scripts/readme_keys.py
"""

from __future__ import annotations

import re
from pathlib import Path

from hypnic.domain.bedside_keys import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"
# The table right under the heading, up to the first blank line after it.
_TABLE = re.compile(r"(## Keys at the bedside\n\n)(?:\|[^\n]*\n)+", re.MULTILINE)


def with_table(text: str) -> str:
    new, count = _TABLE.subn(lambda m: m.group(1) + markdown_table() + "\n", text, count=1)
    if count != 1:
        raise SystemExit("README.md has no '## Keys at the bedside' table to replace")
    return new


if __name__ == "__main__":
    README.write_text(with_table(README.read_text(encoding="utf-8")), encoding="utf-8")
