"""Keep the Qt Linguist translations current: extract, list what is missing, fill, release.

    python scripts/translations.py update           strings of the code into every .ts file
    python scripts/translations.py missing [--json FILE]   untranslated strings, per language
    python scripts/translations.py fill FILE.json   translations from FILE into the .ts files
    python scripts/translations.py release          .qm files from the .ts files
    python scripts/translations.py check            exit 1 when a .ts or .qm is behind the code

``make translations`` runs update, release and missing. The final pass after new strings land:
``make translations``, translate what ``missing --json todo.json`` lists into that file's
"translation" fields, ``fill todo.json``, ``make translations`` again (DESIGN section 10).

Extraction is ``pyside6-lupdate``; two idioms of this code base lupdate cannot place are
placed here from the syntax tree, under the context PySide6 looks them up in at run time:
``tr = self.tr`` then ``tr("…")`` (the enclosing class), and a module's own helper
``def _tr(text): return QCoreApplication.translate("Context", text)`` called with literals.
``something.tr("…")`` on anything but ``self`` is refused: its context is only known at run
time. The .ts files keep file names but no line numbers, so moving code does not churn them.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "hypnic"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es")
# Qt's numerus rules for these languages have two forms (French: 0 and 1 are singular).
NUMERUS_FORMS = {"de": 2, "fr": 2, "es": 2}
TS_LANGUAGE = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


def ts_path(code: str) -> Path:
    return TS_DIR / f"hypnic_{code}.ts"


def qm_path(code: str) -> Path:
    return TS_DIR / f"hypnic_{code}.qm"


Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # the disambiguation
    numerus: bool = False
    extracomment: str = ""
    files: list[str] = field(default_factory=list)
    translation: str | list[str] = ""
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


class ExtractionError(Exception):
    """The code has strings lupdate cannot place; the message says where and what to do."""


# -- tools --------------------------------------------------------------------------------------


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (a venv), else on PATH."""
    here = Path(sys.executable).with_name(f"pyside6-{name}")
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if "__pycache__" not in p.parts)


def _relative(path: Path) -> str:
    """A source file as the .ts files name it (relative to resources/translations/)."""
    return Path(os.path.relpath(path, TS_DIR)).as_posix()


# -- extraction ---------------------------------------------------------------------------------


def extract() -> list[Message]:
    """Every translatable string of the code, under the context it is looked up in.

    Two readers, joined: ``pyside6-lupdate`` and this module's own reading of the syntax tree.
    lupdate alone silently drops a call whose count is an expression (``tr("%n taps", "",
    len(taps))``), never marks ``translate(..., n)`` as a plural, and pools bare ``tr()`` calls
    under an empty context; the tree knows each call's class and arguments. lupdate keeps
    what the tree does not read (translator comments ``#:``, and any form not handled here).
    """
    files = source_files()
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    problems: list[str] = []
    from_tree = _tree_messages(trees, problems)
    from_lupdate = _lupdate_messages(files, trees, problems)
    if problems:
        raise ExtractionError("\n".join(problems))
    return _merge_duplicates([*from_tree, *from_lupdate])


def _lupdate_messages(
    files: list[Path], trees: dict[Path, ast.Module], problems: list[str]
) -> list[Message]:
    with tempfile.TemporaryDirectory(prefix="hypnic-lupdate-") as tmp:
        raw = Path(tmp) / "raw.ts"
        command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "absolute"]
        done = subprocess.run(
            [*command, *map(str, files), "-ts", str(raw)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not raw.exists():
            raise ExtractionError(f"pyside6-lupdate failed:\n{done.stdout}{done.stderr}")
        found = read_ts(raw, base=raw.parent)
    messages: list[Message] = []
    for message, locations in found:
        if message.context in _NOT_CONTEXTS:
            continue  # lupdate's reading of x.tr(): the tree reports it
        if message.context:
            messages.append(message)
            continue
        # Bare tr() calls: lupdate pools them under one empty context; each goes to its class.
        for path, line in locations:
            context = _class_at(trees.get(path), line)
            if context is not None:
                messages.append(
                    Message(
                        context=context,
                        source=message.source,
                        comment=message.comment,
                        numerus=message.numerus,
                        extracomment=message.extracomment,
                        files=[_relative(path)],
                    )
                )
    return messages


# Names lupdate takes for a context in ``name.tr(...)``; such calls are refused (see below).
_NOT_CONTEXTS: set[str] = set()


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _class_at(tree: ast.Module | None, line: int) -> str | None:
    """The innermost class whose body holds ``line``."""
    best: tuple[int, str] | None = None
    for node in ast.walk(tree) if tree is not None else ():
        inside = isinstance(node, ast.ClassDef) and node.lineno <= line <= (node.end_lineno or 0)
        if inside and (best is None or node.lineno > best[0]):  # type: ignore[union-attr]
            best = (node.lineno, node.name)  # type: ignore[union-attr]
    return best[1] if best else None


def _text(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


class _Reader(ast.NodeVisitor):
    """The translatable calls of one module, each under its run-time context."""

    def __init__(self, path: Path, helpers: dict[str, tuple[str, bool]], problems: list[str]):
        self.path = path
        self.helpers = helpers
        self.problems = problems
        self.classes: list[str] = []
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(f"{_show(self.path)}:{getattr(node, 'lineno', 0)}: {text}")

    def _add(self, node: ast.Call, context: str, source: ast.expr | None, comment: ast.expr | None,
             numerus: bool) -> None:  # fmt: skip
        text = _text(source)
        if text is None:
            self._problem(
                node,
                f"{ast.unparse(node)[:60]}: the text must be a literal string (mark each "
                "possible text with QT_TRANSLATE_NOOP('Context', '…') and translate that)",
            )
            return
        disambiguation = _text(comment) or ""
        self.found.append(
            Message(context, text, disambiguation, numerus, files=[_relative(self.path)])
        )

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        numerus_n = _argument(node, 2, "n") is not None
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes:
                self._add(node, self.classes[-1], node.args[0] if node.args else None,
                          _argument(node, 1, "disambiguation"), numerus_n)  # fmt: skip
            else:
                _NOT_CONTEXTS.add(ast.unparse(func.value))
                self._problem(
                    node,
                    f"{ast.unparse(func)}(...) has no context lupdate can know (PySide6 looks "
                    "it up under the object's class at run time); use self.tr in a method of "
                    "the class, or QCoreApplication.translate('Context', ...)",
                )
        elif isinstance(func, ast.Name) and func.id == "tr":
            if self.classes:
                self._add(node, self.classes[-1], node.args[0] if node.args else None,
                          _argument(node, 1, "disambiguation"), numerus_n)  # fmt: skip
            else:
                self._problem(node, "tr() outside a class: use QCoreApplication.translate")
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and node.args:
            context = _text(node.args[0])
            source = _argument(node, 1, "sourceText")
            # translate("Context", variable): a text marked elsewhere with QT_TRANSLATE_NOOP.
            if context is not None and _text(source) is not None:
                self._add(node, context, source,
                          _argument(node, 2, "disambiguation"),
                          _argument(node, 3, "n") is not None)  # fmt: skip
        elif isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            context = _text(node.args[0]) if node.args else None
            if context is not None:
                self._add(node, context, _argument(node, 1, "sourceText"),
                          _argument(node, 2, "disambiguation"), False)  # fmt: skip
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and self.classes:
            self._add(node, self.classes[-1], node.args[0] if node.args else None, None, False)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            context, plural = self.helpers[func.id]
            self._add(node, context, node.args[0] if node.args else None, None,
                      plural and (len(node.args) > 1 or bool(node.keywords)))  # fmt: skip
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        values = value.elts if isinstance(value, ast.Tuple) else [value]
        for item in values:
            if (
                isinstance(item, ast.Attribute)
                and item.attr == "tr"
                and not (isinstance(item.value, ast.Name) and item.value.id == "self")
            ):
                self._problem(node, f"{ast.unparse(item)} has no context lupdate can know")
            if isinstance(item, ast.Attribute) and item.attr == "translate":
                self._problem(
                    node,
                    f"an alias of {ast.unparse(item)}: call it by its name, or wrap it in a "
                    "module function def _tr(text): return QCoreApplication.translate('Ctx', text)",
                )
        self.generic_visit(node)


def _helper_contexts(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Module functions like ``def _tr(text): return QCoreApplication.translate("Ctx", text)``:
    their context, and whether they pass a count on (a plural)."""
    helpers: dict[str, tuple[str, bool]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "translate"
                and len(inner.args) >= 2
                and _text(inner.args[0]) is not None
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == param
            ):
                helpers[node.name] = (inner.args[0].value, len(inner.args) >= 4)  # type: ignore[attr-defined]
    return helpers


def _tree_messages(trees: dict[Path, ast.Module], problems: list[str]) -> list[Message]:
    messages: list[Message] = []
    for path, tree in trees.items():
        reader = _Reader(path, _helper_contexts(tree), problems)
        # The helpers' own bodies translate a parameter: not a string to extract.
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name in reader.helpers:
                continue
            reader.visit(node)
        messages += reader.found
    return messages


def _merge_duplicates(messages: Iterable[Message]) -> list[Message]:
    merged: dict[Key, Message] = {}
    for message in messages:
        known = merged.get(message.key)
        if known is None:
            merged[message.key] = message
            continue
        known.numerus = known.numerus or message.numerus
        known.extracomment = known.extracomment or message.extracomment
        known.files += [f for f in message.files if f not in known.files]
    return list(merged.values())


# -- .ts files ----------------------------------------------------------------------------------


def read_ts(path: Path, base: Path | None = None) -> list[tuple[Message, list[tuple[Path, int]]]]:
    """Messages of a .ts file, each with its locations (resolved against ``base``)."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            locations = node.findall("location")
            files = []
            places: list[tuple[Path, int]] = []
            for location in locations:
                filename = location.get("filename", "")
                if base is not None and filename:
                    resolved = (base / filename).resolve()
                    places.append((resolved, int(location.get("line", "0") or 0)))
                    filename = _relative(resolved)
                if filename and filename not in files:
                    files.append(filename)
            translation = node.find("translation")
            forms = (
                [f.text or "" for f in translation.findall("numerusform")]
                if translation is not None
                else []
            )
            text: str | list[str] = forms if node.get("numerus") == "yes" else (
                (translation.text or "") if translation is not None else ""
            )  # fmt: skip
            kind = translation.get("type") if translation is not None else "unfinished"
            found.append(
                (
                    Message(
                        context=name,
                        source=node.findtext("source") or "",
                        comment=node.findtext("comment") or "",
                        numerus=node.get("numerus") == "yes",
                        extracomment=node.findtext("extracomment") or "",
                        files=files,
                        translation=text,
                        finished=kind not in ("unfinished", "vanished", "obsolete")
                        and _has_text(text),
                    ),
                    places,
                )
            )
    return found


def _has_text(text: str | list[str]) -> bool:
    return all(text) if isinstance(text, list) else bool(text)


def write_ts(path: Path, code: str, messages: Iterable[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[code], sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context, key=str.casefold):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            node = ET.SubElement(context, "message")
            if message.numerus:
                node.set("numerus", "yes")
            for filename in message.files:
                ET.SubElement(node, "location", filename=filename)
            ET.SubElement(node, "source").text = message.source
            if message.comment:
                ET.SubElement(node, "comment").text = message.comment
            if message.extracomment:
                ET.SubElement(node, "extracomment").text = message.extracomment
            translation = ET.SubElement(node, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                forms = message.translation if isinstance(message.translation, list) else []
                forms = (forms + [""] * NUMERUS_FORMS[code])[: NUMERUS_FORMS[code]]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                text = message.translation if isinstance(message.translation, str) else ""
                translation.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merged(code: str, extracted: list[Message]) -> list[Message]:
    """The code's messages with the translations the .ts file of ``code`` already holds."""
    known: dict[Key, Message] = {}
    if ts_path(code).exists():
        known = {m.key: m for m, _ in read_ts(ts_path(code))}
    result = []
    for message in extracted:
        old = known.get(message.key)
        result.append(
            Message(
                context=message.context,
                source=message.source,
                comment=message.comment,
                numerus=message.numerus,
                extracomment=message.extracomment,
                files=list(message.files),
                translation=old.translation if old and old.numerus == message.numerus else "",
                finished=bool(old and old.finished and old.numerus == message.numerus),
            )
        )
    return result


# -- commands -----------------------------------------------------------------------------------


def update(extracted: list[Message] | None = None) -> None:
    messages = extract() if extracted is None else extracted
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        write_ts(ts_path(code), code, merged(code, messages))
    print(f"translations: {len(messages)} strings in {', '.join(LANGUAGES)}")


def missing() -> dict[str, list[dict[str, object]]]:
    todo: dict[str, list[dict[str, object]]] = {}
    for code in LANGUAGES:
        for message, _ in read_ts(ts_path(code)):
            if not message.finished:
                todo.setdefault(code, []).append(
                    {
                        "context": message.context,
                        "source": message.source,
                        "comment": message.comment,
                        "numerus": message.numerus,
                        "files": message.files,
                        "translation": [""] * NUMERUS_FORMS[code] if message.numerus else "",
                    }
                )
    return todo


def fill(path: Path) -> int:
    """Put translations into the .ts files. FILE holds, per language code, either the list
    ``missing --json`` writes (with "translation" filled in) or a mapping from a source text
    (or "Context::source" for one context only) to its translation. Returns how many were
    filled."""
    given = json.loads(path.read_text(encoding="utf-8"))
    count = 0
    for code, entries in given.items():
        if code not in LANGUAGES:
            raise SystemExit(f"{path}: {code!r} is not one of {', '.join(LANGUAGES)}")
        by_key: dict[str, object] = {}
        if isinstance(entries, list):
            for entry in entries:
                by_key[f"{entry['context']}::{entry['source']}"] = entry["translation"]
        else:
            by_key = dict(entries)
        messages = [m for m, _ in read_ts(ts_path(code))]
        for message in messages:
            text = by_key.get(f"{message.context}::{message.source}", by_key.get(message.source))
            if text is None or not _has_text(text):  # type: ignore[arg-type]
                continue
            if message.numerus != isinstance(text, list):
                raise SystemExit(
                    f"{code}: {message.source!r} needs "
                    + ("a list of plural forms" if message.numerus else "one text")
                )
            message.translation = text  # type: ignore[assignment]
            message.finished = True
            count += 1
        write_ts(ts_path(code), code, messages)
    return count


def release(out_dir: Path | None = None) -> None:
    for code in LANGUAGES:
        target = (out_dir or TS_DIR) / qm_path(code).name
        subprocess.run(
            [tool("lrelease"), "-silent", "-nounfinished", str(ts_path(code)), "-qm", str(target)],
            check=True,
        )


def check() -> list[str]:
    """What is behind: strings of the code missing from a .ts file, strings not translated,
    placeholders a translation lost, and .qm files that do not match their .ts."""
    problems: list[str] = []
    try:
        extracted = {m.key: m for m in extract()}
    except ExtractionError as exc:
        return [str(exc)]
    for code in LANGUAGES:
        if not ts_path(code).exists():
            problems.append(f"{ts_path(code).name} is missing: run `make translations`")
            continue
        messages = {m.key: m for m, _ in read_ts(ts_path(code))}
        for key, message in extracted.items():
            held = messages.get(key)
            if held is None:
                problems.append(f"{code}: not in the .ts file: {key[0]}: {key[1]!r}")
            elif held.numerus != message.numerus:
                problems.append(f"{code}: plural forms changed: {key[0]}: {key[1]!r}")
            elif not held.finished:
                problems.append(f"{code}: not translated: {key[0]}: {key[1]!r}")
            else:
                problems += [f"{code}: {p}" for p in placeholder_problems(held)]
        for key in messages.keys() - extracted.keys():
            problems.append(f"{code}: no longer in the code: {key[0]}: {key[1]!r}")
    with tempfile.TemporaryDirectory(prefix="hypnic-lrelease-") as tmp:
        release(Path(tmp))
        for code in LANGUAGES:
            fresh = (Path(tmp) / qm_path(code).name).read_bytes()
            if not qm_path(code).exists() or qm_path(code).read_bytes() != fresh:
                problems.append(
                    f"{qm_path(code).name} is older than its .ts: run `make translations`"
                )
    return problems


def placeholder_problems(message: Message) -> list[str]:
    """A translation must keep every %1, %s, %n and HTML link of its source."""
    import re

    marks = re.compile(r"%(?:L?n|\d|s|d)|<a href='[^']*'>|&(?=[^&\s])")
    wanted = sorted(m for m in marks.findall(message.source) if not m.startswith("&"))
    forms = message.translation if isinstance(message.translation, list) else [message.translation]
    problems = []
    for form in forms:
        have = sorted(m for m in marks.findall(form) if not m.startswith("&"))
        if message.numerus:
            # A singular form may say "one" in words instead of %n.
            have = [m for m in have if m not in ("%n", "%Ln")]
            wanted_here = [m for m in wanted if m not in ("%n", "%Ln")]
        else:
            wanted_here = wanted
        if have != wanted_here:
            problems.append(
                f"placeholders differ in {message.context}: {message.source!r} -> {form!r}"
            )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    listing = sub.add_parser("missing")
    listing.add_argument("--json", type=Path, help="write them here, to fill in and pass to fill")
    filling = sub.add_parser("fill")
    filling.add_argument("file", type=Path)
    sub.add_parser("release")
    sub.add_parser("check")
    args = parser.parse_args()
    try:
        if args.command == "update":
            update()
        elif args.command == "missing":
            todo = missing()
            if args.json:
                args.json.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n")
            for code, entries in todo.items():
                for entry in entries:
                    print(f"{code}\t{entry['context']}\t{entry['source']!r}")
            total = sum(map(len, todo.values()))
            print(f"translations: {total} untranslated", file=sys.stderr)
        elif args.command == "fill":
            print(f"translations: {fill(args.file)} filled")
        elif args.command == "release":
            release()
        elif args.command == "check":
            problems = check()
            for problem in problems:
                print(problem)
            return 1 if problems else 0
    except ExtractionError as exc:
        print(f"translations: cannot extract the strings:\n{exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
