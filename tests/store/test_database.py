"""Opening the cache: encryption at rest, clear errors, migrations that never lose data."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy.exc
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from tests.domain.documents import case_document, change, message_document, page_document
from workstation.domain.changes import parse_change_page
from workstation.store.cache import CaseCache
from workstation.store.cache_revision import CACHE_HEAD_REVISION
from workstation.store.database import (
    MIGRATIONS_DIR,
    CacheOpenError,
    new_cache_key,
    open_cache,
    open_reader,
    remove_cache,
)
from workstation.store.schema import (
    CASE_FTS_DDL,
    CASE_FTS_TABLE,
    CASE_FTS_VOCAB_DDL,
    CASE_FTS_VOCAB_TABLE,
    metadata,
)

CANARY_NAME = "Kanarienvogel Quietschfidel"
CANARY_TEXT = "Geheimnis-7f3a9c-Steuernummer"


def _store_canary(engine: Engine) -> None:
    document = case_document(
        1,
        customer_name=CANARY_NAME,
        messages=[message_document(10, body_text=CANARY_TEXT, body_html=f"<p>{CANARY_TEXT}</p>")],
    )
    CaseCache(engine).apply_page(parse_change_page(page_document([change("case", document)])))


def _head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _all_bytes(directory: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(directory.rglob("*")) if path.is_file())


def test_the_cache_file_is_encrypted(cache_path: Path, file_engine: Engine) -> None:
    _store_canary(file_engine)
    # Before a checkpoint the data sits in the WAL; after it, in the main file.
    written = _all_bytes(cache_path.parent)
    with file_engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpointed = _all_bytes(cache_path.parent)

    for blob in (written, checkpointed):
        for canary in (CANARY_NAME, CANARY_TEXT):
            assert canary.encode("utf-8") not in blob
            assert canary.encode("utf-16-le") not in blob
        assert b"SQLite format 3" not in blob
    assert CaseCache(file_engine).case_contact(1) == (CANARY_NAME, "j.weber@example.de")


def test_reopening_with_the_key_finds_the_data(cache_path: Path, cache_key: bytes) -> None:
    engine = open_cache(cache_path, cache_key)
    _store_canary(engine)
    engine.dispose()

    reopened = open_cache(cache_path, cache_key)
    try:
        assert CaseCache(reopened).case_contact(1) == (CANARY_NAME, "j.weber@example.de")
    finally:
        reopened.dispose()


def test_a_wrong_key_is_a_clear_error_and_leaves_the_file_alone(
    cache_path: Path, cache_key: bytes
) -> None:
    open_cache(cache_path, cache_key).dispose()
    before = cache_path.read_bytes()

    with pytest.raises(CacheOpenError, match="cannot be decrypted") as raised:
        open_cache(cache_path, new_cache_key())

    assert raised.value.reason == "wrong_key"
    assert cache_path.read_bytes() == before


def test_a_plain_sqlite_file_is_not_taken_for_a_cache(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE t (x)")
    plain.close()

    with pytest.raises(CacheOpenError, match="unencrypted SQLite database") as raised:
        open_cache(path, new_cache_key())

    assert raised.value.reason == "not_a_cache"


def test_a_random_file_is_reported_as_undecryptable(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    path.write_bytes(b"\x00garbage" * 1000)

    with pytest.raises(CacheOpenError) as raised:
        open_cache(path, new_cache_key())

    assert raised.value.reason == "wrong_key"


def test_a_file_cache_needs_a_full_key(cache_path: Path) -> None:
    with pytest.raises(ValueError, match="32-byte key"):
        open_cache(cache_path, b"short")


def test_pragmas_are_set_on_every_connection(file_engine: Engine) -> None:
    with file_engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("journal_mode", "foreign_keys", "secure_delete", "synchronous")
        }

    assert values == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "secure_delete": 1,
        "synchronous": 1,
    }


@pytest.mark.parametrize("where", ["file", "memory"])
def test_migrations_create_exactly_the_schema_of_schema_py(
    where: str, cache_path: Path, cache_key: bytes
) -> None:
    engine = open_cache(cache_path if where == "file" else None, cache_key)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "include_name": lambda name, kind, _parent: (
                        not (kind == "table" and (name or "").startswith(CASE_FTS_TABLE))
                    ),
                    "compare_type": True,
                },
            )
            differences = compare_metadata(context, metadata)
            revision = context.get_current_revision()
            fts = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = ?", (CASE_FTS_TABLE,)
            ).scalar_one()
    finally:
        engine.dispose()

    assert differences == []
    assert revision == _head_revision()
    assert "contentless_delete=1" in fts


def test_a_failed_migration_restores_the_data_and_names_the_backup(
    tmp_path: Path, cache_path: Path, cache_key: bytes
) -> None:
    engine = open_cache(cache_path, cache_key)
    _store_canary(engine)
    engine.dispose()
    broken = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, broken)
    (broken / "versions" / "0900_broken.py").write_text(
        '"""Destroys data past any rollback (it commits), then fails."""\n'
        "from alembic import op\n"
        'revision = "0900"\n'
        f'down_revision = "{_head_revision()}"\n'
        "branch_labels = None\n"
        "depends_on = None\n"
        "def upgrade() -> None:\n"
        '    op.execute("DELETE FROM messages")\n'
        '    op.execute("COMMIT")\n'
        '    op.execute("DROP TABLE cases")\n'
        '    op.execute("SELECT no_such_function()")\n'
        "def downgrade() -> None:\n"
        "    pass\n",
        encoding="utf-8",
    )

    with pytest.raises(CacheOpenError, match="data was kept") as raised:
        open_cache(cache_path, cache_key, migrations_dir=broken)

    assert raised.value.reason == "migration_failed"
    assert raised.value.backup_path is not None
    assert raised.value.backup_path.exists()
    assert str(raised.value.backup_path) in str(raised.value)
    reopened = open_cache(cache_path, cache_key)
    try:
        cache = CaseCache(reopened)
        assert cache.case_contact(1) == (CANARY_NAME, "j.weber@example.de")
        assert [message.body_text for message in cache.thread(1)] == [CANARY_TEXT]
        with reopened.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    finally:
        reopened.dispose()


def test_a_successful_migration_leaves_no_backup_behind(
    tmp_path: Path, cache_path: Path, cache_key: bytes
) -> None:
    open_cache(cache_path, cache_key).dispose()
    newer = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, newer)
    (newer / "versions" / "0900_index.py").write_text(
        "from alembic import op\n"
        'revision = "0900"\n'
        f'down_revision = "{_head_revision()}"\n'
        "branch_labels = None\n"
        "depends_on = None\n"
        "def upgrade() -> None:\n"
        '    op.create_index("ix_cases_version", "cases", ["version"])\n'
        "def downgrade() -> None:\n"
        '    op.drop_index("ix_cases_version", "cases")\n',
        encoding="utf-8",
    )

    open_cache(cache_path, cache_key, migrations_dir=newer).dispose()

    assert sorted(path.name for path in cache_path.parent.iterdir()) == ["cache.db"]


def test_a_cache_from_a_newer_app_version_is_refused(cache_path: Path, cache_key: bytes) -> None:
    engine = open_cache(cache_path, cache_key)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    engine.dispose()

    with pytest.raises(CacheOpenError, match="newer version") as raised:
        open_cache(cache_path, cache_key)

    assert raised.value.reason == "newer_version"


def test_the_memory_cache_writes_nothing_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    engine = open_cache(None, None)
    try:
        _store_canary(engine)
        assert CaseCache(engine).case_contact(1) == (CANARY_NAME, "j.weber@example.de")
    finally:
        engine.dispose()

    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["file", "memory"])
def test_readers_see_committed_data_and_cannot_write(
    where: str, cache_path: Path, cache_key: bytes
) -> None:
    engine = open_cache(cache_path if where == "file" else None, cache_key)
    reader = open_reader(engine)
    try:
        _store_canary(engine)
        assert CaseCache(reader).case_contact(1) == (CANARY_NAME, "j.weber@example.de")
        with pytest.raises(sqlalchemy.exc.OperationalError, match="readonly"):  # noqa: SIM117
            with reader.begin() as connection:
                connection.exec_driver_sql("DELETE FROM cases")
        assert CaseCache(engine).case_contact(1) is not None
    finally:
        reader.dispose()
        engine.dispose()


def test_a_file_reader_reads_while_a_write_transaction_is_open(file_engine: Engine) -> None:
    reader = open_reader(file_engine)
    try:
        _store_canary(file_engine)
        with file_engine.begin() as writing:
            writing.exec_driver_sql("DELETE FROM cases")
            # WAL: the reader sees the last committed state and does not wait.
            assert CaseCache(reader).case_contact(1) is not None
        assert CaseCache(reader).case_contact(1) is None
    finally:
        reader.dispose()


def test_remove_cache_deletes_the_file_and_its_sidecars(
    cache_path: Path, file_engine: Engine
) -> None:
    _store_canary(file_engine)
    assert cache_path.with_name("cache.db-wal").exists()
    file_engine.dispose()

    remove_cache(cache_path)

    assert list(cache_path.parent.iterdir()) == []


def test_the_head_revision_constant_is_the_migrations_head() -> None:
    assert _head_revision() == CACHE_HEAD_REVISION


def test_opening_an_up_to_date_cache_does_not_import_alembic(
    cache_path: Path, cache_key: bytes
) -> None:
    open_cache(cache_path, cache_key).dispose()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from workstation.store.database import open_cache\n"
        f"open_cache(Path({str(cache_path)!r}), bytes.fromhex({cache_key.hex()!r})).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )

    assert finished.stdout.strip() == "False"


def test_the_search_index_is_the_one_schema_py_describes(file_engine: Engine) -> None:
    with file_engine.connect() as connection:
        ddl: dict[str, str] = dict(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name IN (?, ?)",
                (CASE_FTS_TABLE, CASE_FTS_VOCAB_TABLE),
            ).all()
        )

    assert ddl == {CASE_FTS_TABLE: CASE_FTS_DDL, CASE_FTS_VOCAB_TABLE: CASE_FTS_VOCAB_DDL}
