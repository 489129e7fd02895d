"""A cache written by the previous version is migrated without losing anything."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.domain.documents import case_document, change
from tests.store.builders import page
from workstation.store.cache import CaseCache
from workstation.store.database import MIGRATIONS_DIR, open_cache


def test_a_cache_of_revision_0001_keeps_its_cases_and_syncs_again_from_the_start(
    tmp_path: Path, cache_path: Path, cache_key: bytes
) -> None:
    first_version = tmp_path / "migrations-0001"
    shutil.copytree(MIGRATIONS_DIR, first_version)
    for later in (first_version / "versions").glob("0[0-9][0-9][0-9]_*.py"):
        if not later.name.startswith("0001_"):
            later.unlink()
    old = open_cache(cache_path, cache_key, migrations_dir=first_version)
    with old.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO cases (id, client_id, channel, subject, customer_name, "
            "customer_contact, language, topic, status, priority, sla_due, assigned_to_me, "
            "claim_expires_at, version, created_at, updated_at, last_message_at) VALUES "
            "(7, 1, 'email', 'Alter Fall', 'Jürgen Weber', NULL, 'de', NULL, 'closed', "
            "'normal', NULL, 1, NULL, 3, 10, 20, 30)"
        )
        connection.exec_driver_sql(
            "INSERT INTO messages (id, case_id, direction, author, body_text, body_html, "
            "created_at) VALUES (70, 7, 'in', 'Jürgen Weber', 'Hallo', NULL, 30)"
        )
        connection.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('cursor', '812')")
    old.dispose()

    migrated = open_cache(cache_path, cache_key)
    try:
        cache = CaseCache(migrated)
        detail = cache.case_detail(7)
        assert detail is not None
        assert (detail.subject, detail.tags, detail.outcome) == ("Alter Fall", (), None)
        assert [message.body_text for message in cache.thread(7)] == ["Hallo"]
        assert cache.cursor() == "0"
        # The new tables work right away.
        cache.apply_page(page(change("case", case_document(8, tags=["neu"]))))
        assert cache.case_detail(8).tags == ("neu",)  # type: ignore[union-attr]
    finally:
        migrated.dispose()
    assert sorted(path.name for path in cache_path.parent.iterdir()) == ["cache.db"]
