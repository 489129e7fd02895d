"""Data directories: overrides, and one safe directory per hub and user."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.store.paths import DATA_DIR_ENV, account_dir, data_root, filesystem_slug, hub_slug


def test_the_override_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))

    assert data_root(tmp_path / "flag") == tmp_path / "flag"
    assert data_root() == tmp_path / "env"


def test_without_overrides_the_platform_directory_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)

    root = data_root()

    assert root.is_absolute()
    assert "ExpertWorkstation" in root.parts


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("http://127.0.0.1:8000", "127.0.0.1_8000"),
        ("http://127.0.0.1:8000/", "127.0.0.1_8000"),
        ("https://Hub.Example.COM/api", "hub.example.com_443"),
        ("http://hub.example.com", "hub.example.com_80"),
        ("hub.example.com:9000", "hub.example.com_9000"),
    ],
)
def test_hub_slugs_are_host_and_port(url: str, slug: str) -> None:
    assert hub_slug(url) == slug


def test_account_directories_are_per_hub_and_user(tmp_path: Path) -> None:
    petra = account_dir(tmp_path, "http://127.0.0.1:8000", "petra")

    assert petra == tmp_path / "127.0.0.1_8000" / "petra"
    assert account_dir(tmp_path, "http://127.0.0.1:8001", "petra") != petra
    assert account_dir(tmp_path, "http://127.0.0.1:8000", "jonas") != petra


@pytest.mark.parametrize(
    "name",
    ["../../etc", "a/b", "a\\b", "Petra", "con", "NUL", "nul.db", "", ".", "..", "ü", "x" * 300],
)
def test_unsafe_names_become_safe_distinct_slugs(name: str) -> None:
    slug = filesystem_slug(name)

    assert slug
    assert slug not in {".", ".."}
    assert all(char.isascii() and (char.isalnum() or char in "._-") for char in slug)
    assert slug == slug.lower()
    assert len(slug) <= 80
    # Windows refuses a reserved name before the first dot ("nul", "nul.db").
    assert slug.split(".")[0] not in {"con", "nul"}


def test_names_that_differ_only_in_unsafe_ways_do_not_share_a_directory() -> None:
    names = ["petra", "Petra", "PETRA", "pe/tra", "pe_tra", "pe tra", "ü", "ö"]

    assert len({filesystem_slug(name) for name in names}) == len(names)
