"""`hypnic report`: the PDF read back with poppler (text, pages, fonts); bad input; atomic."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hypnic.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


@pytest.fixture
def forty_nights(demo_dir: Path, tmp_path: Path, hypnic) -> tuple[Path, str, object]:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "summary.pdf"
    result = hypnic(demo_dir, "report", "--last", "40", "--patient", "Anna Example",
                    "--paper", "a4", "-o", str(pdf))  # fmt: skip
    assert result.code == 0, result.err
    return pdf, pdftext(pdf), result


def test_forty_nights_fit_in_one_to_four_pages_with_fonts_embedded(forty_nights) -> None:  # type: ignore[no-untyped-def]
    pdf, text, result = forty_nights
    assert 1 <= pages(pdf) <= 4
    rows = fonts(pdf)
    assert rows, "the PDF names its fonts"
    for row in rows:
        emb = row[-5]  # name type encoding emb sub uni object ID
        assert emb == "yes", row
        assert row[0].startswith("DejaVuSansCondensed")
    assert f"Page 1 of {pages(pdf)}" in text
    assert "Wrote the summary" in result.out and str(pdf) in result.out


def test_the_pages_hold_every_part_of_design_section_8(forty_nights) -> None:  # type: ignore[no-untyped-def]
    _, text, _ = forty_nights
    flat = " ".join(text.split())
    for part in ("Hypnic summary", "Anna Example", "Key figures", "Patterns seen",
                 "When in the night", "Taps per night", "Night by night", "Comparisons",
                 "Morning diary", "Rest tests", "Evening symptoms: onset",
                 "Intervals between leg taps", "Methods",
                 "Patient-reported taps, not a PLM index and not a diagnosis",
                 "A dose of Clonazepam"):  # fmt: skip
        assert part in flat, part
    # Page 1 is the clinic page; the table starts page 2.
    assert flat.index("Taps per night") < flat.index("Page 1 of") < flat.index("Night by night")


def test_empty_period_is_one_clear_page(demo_dir: Path, tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "empty.pdf"
    result = hypnic(demo_dir, "report", "--from", "2020-01-01", "--to", "2020-01-31", "-o",
                    str(pdf))  # fmt: skip
    assert result.code == 0, result.err
    assert pages(pdf) == 1
    text = pdftext(pdf)
    assert "No nights logged in this period" in text and "0 of 31 nights logged" in text


def test_default_period_and_empty_store(tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "new.pdf"
    Store.open(tmp_path / "fresh").close()  # a new, empty store
    result = hypnic(tmp_path / "fresh", "report", "-o", str(pdf))
    assert result.code == 0, result.err
    assert "0 of 30 nights logged" in pdftext(pdf)


def test_letter_paper(demo_dir: Path, tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "letter.pdf"
    assert hypnic(demo_dir, "report", "--paper", "letter", "-o", str(pdf)).code == 0
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert "612 x 792 pts" in info.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-13-01"],
        ["--to", "yesterday"],
        ["--from", "2026-11-10", "--to", "2026-11-01"],
        ["--last", "7", "--from", "2026-11-01"],
        ["--last", "0"],
        ["--paper", "a5"],
    ],
)
def test_bad_input_exits_2_and_writes_nothing(demo_dir: Path, tmp_path: Path, hypnic, args) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "bad.pdf"
    result = hypnic(demo_dir, "report", *args, "-o", str(pdf))
    assert result.code == 2
    assert result.err.startswith("hypnic: ") and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert not pdf.exists()


def test_missing_folder_exits_2(demo_dir: Path, tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    result = hypnic(demo_dir, "report", "-o", str(tmp_path / "missing" / "s.pdf"))
    assert result.code == 2 and "does not exist" in result.err


def test_replaces_an_existing_file_atomically(demo_dir: Path, tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(b"old")
    assert hypnic(demo_dir, "report", "--last", "5", "-o", str(pdf)).code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".hypnic-partial")] == []


def test_patient_details_from_settings_reach_the_header(tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    from hypnic.domain.patient import BIRTH_KEY, NAME_KEY
    from hypnic.store import Store

    data = tmp_path / "data"
    store = Store.open(data)
    store.settings.set_many({NAME_KEY: "Maria Muster", BIRTH_KEY: "1961-04-23"})
    store.close()
    pdf = tmp_path / "stored.pdf"
    assert hypnic(data, "report", "-o", str(pdf)).code == 0
    flat = " ".join(pdftext(pdf).split())
    assert "Patient Maria Muster" in flat and "Date of birth 23 April 1961" in flat
    # --patient names someone else for this copy; the stored date of birth stays.
    other = tmp_path / "other.pdf"
    assert hypnic(data, "report", "--patient", "M. Muster", "-o", str(other)).code == 0
    flat = " ".join(pdftext(other).split())
    assert "Patient M. Muster" in flat and "Date of birth 23 April 1961" in flat


def test_blank_lines_for_name_and_birth_when_unset(demo_dir: Path, tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "blank.pdf"
    assert hypnic(demo_dir, "report", "-o", str(pdf)).code == 0
    lines = pdftext(pdf).splitlines()
    assert any("Patient" in line and "______" in line for line in lines)
    assert any("Date of birth" in line and "______" in line for line in lines)
