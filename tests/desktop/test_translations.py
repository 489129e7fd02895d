"""Every UI string has a finished German translation.

lupdate runs over the current sources into a copy of the committed .ts files, exactly as
`make translations` does. A string added to the code without German therefore fails here,
as does a string whose German was marked unfinished, or a translation that lost one of its
placeholders. Run `make translations`, translate in resources/translations/workstation_de.ts
(Qt Linguist: `.venv/bin/pyside6-linguist`), and commit the .ts file.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SOURCES = ROOT / "workstation"
SCRIPT = ROOT / "scripts" / "translations.py"

# %1 / %n (Qt arguments) and {name} (str.format fields) must survive translation.
_PLACEHOLDER = re.compile(r"%(?:n|L?\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    state: str | None
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            entries.append(
                Entry(name, message.findtext("source", ""), numerus, translation.get("type"), forms)
            )
    return entries


@pytest.fixture(scope="module")
def refreshed_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files, updated with the strings the code uses today."""
    ts_dir = tmp_path_factory.mktemp("ts")
    for path in TS_DIR.glob("*.ts"):
        shutil.copy(path, ts_dir / path.name)
    subprocess.run(
        [sys.executable, str(SCRIPT), "update", "--ts-dir", str(ts_dir), "--sources", str(SOURCES)],
        check=True,
        capture_output=True,
    )
    return ts_dir


def live(entries: list[Entry]) -> list[Entry]:
    return [entry for entry in entries if entry.state not in {"vanished", "obsolete"}]


def test_the_sources_contain_translatable_strings(refreshed_ts: Path) -> None:
    entries = live(read_ts(refreshed_ts / "workstation_de.ts"))
    assert any(entry.context == "SettingsDialog" for entry in entries)


def test_every_string_has_a_finished_german_translation(refreshed_ts: Path) -> None:
    missing = [
        str(entry)
        for entry in live(read_ts(refreshed_ts / "workstation_de.ts"))
        if entry.state == "unfinished" or not all(form.strip() for form in entry.forms)
    ]
    assert not missing, "strings without finished German translation:\n" + "\n".join(missing)


def test_english_plural_forms_are_complete(refreshed_ts: Path) -> None:
    """English is the source language, but "%n case(s)" still needs its two English forms."""
    missing = [
        str(entry)
        for entry in live(read_ts(refreshed_ts / "workstation_en.ts"))
        if entry.numerus
        and (entry.state == "unfinished" or not all(form.strip() for form in entry.forms))
    ]
    assert not missing, "plural strings without English forms:\n" + "\n".join(missing)


def test_translations_keep_their_placeholders(refreshed_ts: Path) -> None:
    broken = []
    for language in ("de", "en"):
        for entry in live(read_ts(refreshed_ts / f"workstation_{language}.ts")):
            expected = sorted(set(_PLACEHOLDER.findall(entry.source)))
            for form in entry.forms:
                if not form:
                    continue
                found = sorted(set(_PLACEHOLDER.findall(form)))
                # A plural form may spell the number out ("one case") instead of using %n.
                if entry.numerus:
                    expected_here = [p for p in expected if p != "%n"]
                    found = [p for p in found if p != "%n"]
                else:
                    expected_here = expected
                if found != expected_here:
                    broken.append(f"{language} {entry}: {form!r}")
    assert not broken, "translations that change placeholders:\n" + "\n".join(broken)


def _translate_calls(tree: ast.AST) -> list[tuple[ast.FunctionDef, ast.Call]]:
    """`translate(...)` calls inside functions, with the function they are in."""
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"translate", "tr"}
                # str.translate(table) has one argument; Qt's translate(context, text) two.
                and not (node.func.attr == "translate" and len(node.args) < 2)
            ):
                found.append((function, node))
    return found


def test_no_helper_hides_its_strings_from_lupdate() -> None:
    """lupdate reads literal arguments of tr()/translate() only. A helper such as
    `def _tr(text): return QCoreApplication.translate("Ctx", text)` makes every string passed
    to it invisible, so none of them would ever be translated. Call translate() with the
    literal, or mark it with QT_TRANSLATE_NOOP and translate the variable where it is shown."""
    offenders = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for function, call in _translate_calls(tree):
            parameters = {argument.arg for argument in function.args.args}
            source_argument = call.args[1] if call.func.attr == "translate" else None  # type: ignore[attr-defined]
            if call.func.attr == "tr" and call.args:  # type: ignore[attr-defined]
                source_argument = call.args[0]
            if isinstance(source_argument, ast.Name) and source_argument.id in parameters:
                relative = path.relative_to(ROOT)
                offenders.append(f"{relative}:{call.lineno} {function.name}()")
    assert not offenders, "translation helpers that lupdate cannot see through:\n" + "\n".join(
        offenders
    )
