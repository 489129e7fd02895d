"""Refreshes the Qt Linguist sources and compiles the catalogs (`make translations`).

    python scripts/translations.py update   # workstation/**/*.py -> resources/translations/*.ts
    python scripts/translations.py release  # resources/translations/*.ts -> .qm package data

English is the source language; `workstation_en.ts` only needs the plural forms. The .qm
files are build output (git-ignored) and are compiled when the virtualenv is set up.

Strings that disappear from the code stay in the .ts files marked "vanished", so that their
translation comes back when the string does (a refactoring moves it, a feature returns);
`update --prune` drops them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "en"
CATALOG = "workstation"


def tool(name: str) -> str:
    """A Qt tool from the virtualenv this script runs in, else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (is PySide6 installed?)")
    return found


def ts_path(ts_dir: Path, language: str) -> Path:
    return ts_dir / f"{CATALOG}_{language}.ts"


def python_sources(source_dir: Path) -> list[Path]:
    return sorted(path for path in source_dir.rglob("*.py") if "__pycache__" not in path.parts)


def update(ts_dir: Path, source_dir: Path, prune: bool = False) -> None:
    """Adds new source strings to every .ts file; `prune` also drops vanished ones."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        file_list = Path(tmp) / "sources.lst"
        file_list.write_text("\n".join(str(path) for path in python_sources(source_dir)) + "\n")
        for language in LANGUAGES:
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    f"@{file_list}",
                    "-locations", "none",
                    *(["-no-obsolete"] if prune else []),
                    "-source-language", SOURCE_LANGUAGE,
                    "-target-language", language,
                    "-ts", str(ts_path(ts_dir, language)),
                ],
                check=True,
            )


def release(ts_dir: Path, qm_dir: Path) -> None:
    qm_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(ts_path(ts_dir, language)),
                "-qm", str(qm_dir / f"{CATALOG}_{language}.qm"),
            ],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("command", choices=("update", "release"))
    parser.add_argument("--ts-dir", type=Path, default=ROOT / "resources" / "translations")
    parser.add_argument("--sources", type=Path, default=ROOT / "workstation")
    parser.add_argument("--prune", action="store_true", help="drop vanished strings (update)")
    parser.add_argument("--qm-dir", type=Path, default=ROOT / "workstation" / "resources" / "i18n")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.ts_dir, args.sources, prune=args.prune)
    else:
        release(args.ts_dir, args.qm_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
