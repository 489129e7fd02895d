"""Opening the local cache: an SQLCipher file with a raw key, or memory when there is no
keyring; pragmas, transactions and migrations.

The key is 32 random bytes passed as a raw key (``x'…'``), so opening costs no KDF time.
Migrations run at start-up after a byte copy of the encrypted file has been taken, and a
failed migration restores that copy: unsynced local data is never destroyed.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import sqlalchemy.exc
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool, StaticPool

from workstation.store.cache_file import (
    BUSY_TIMEOUT_MS,
    KEY_BYTES,
    CacheOpenError,
    new_cache_key,
    raw_key_pragma_value,
    remove_cache,
    sidecars,
)
from workstation.store.cache_revision import (
    CACHE_HEAD_REVISION,
    HAS_REVISION_TABLE_SQL,
    STORED_REVISION_SQL,
)

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

__all__ = [
    "KEY_BYTES",
    "MIGRATIONS_DIR",
    "CacheOpenError",
    "new_cache_key",
    "open_cache",
    "open_reader",
    "remove_cache",
]

MIGRATIONS_DIR: Final = Path(__file__).with_name("migrations")
_SQLITE_HEADER: Final = b"SQLite format 3\x00"


def open_cache(
    path: Path | None, key: bytes | None, *, migrations_dir: Path = MIGRATIONS_DIR
) -> Engine:
    """Open (creating if needed) and migrate the cache.

    ``path`` None gives an in-memory cache that disappears with the engine; it is used
    when there is no keyring to hold a key, so nothing is ever written to disk. A file
    cache needs a 32-byte ``key``.
    """
    if path is None:
        engine = _memory_engine()
        _migrate(engine, migrations_dir, backup_of=None)
        return engine
    if key is None or len(key) != KEY_BYTES:
        raise ValueError(f"a file cache needs a {KEY_BYTES}-byte key")
    _prepare_directory(path.parent)
    engine = _file_engine(path, key)
    try:
        _check_readable(engine, path)
        _migrate(engine, migrations_dir, backup_of=path)
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_reader(engine: Engine) -> Engine:
    """A read-only engine on the same cache for the GUI thread's small reads.

    For a file cache these are separate WAL readers that never wait for the writer. For a
    memory cache they read the shared in-memory database without taking table locks, so a
    read may see a page that is still being written; the next read is consistent again.
    """
    if _is_memory(engine):
        return _create(engine.url, poolclass=StaticPool, read_only=True, memory=True)
    return _create(engine.url, poolclass=QueuePool, read_only=True, memory=False)


@contextlib.contextmanager
def private_connection(engine: Engine) -> Iterator[Connection]:
    """A connection to the same file cache outside the engine's pool, configured like
    the others and closed afterwards, for work after which a connection's caches may be
    stale (see ``fts_index.adopt_index_load``)."""
    if _is_memory(engine):
        raise ValueError("a memory cache has no connection outside its pool")
    own = _create(engine.url, poolclass=NullPool, read_only=False, memory=False)
    try:
        with own.connect() as connection:
            yield connection
    finally:
        own.dispose()


def _memory_engine() -> Engine:
    # A named shared-cache database, so that open_reader can attach a second connection.
    name = f"file:expert-workstation-{uuid.uuid4().hex}"
    url = URL.create(
        "sqlite+pysqlite",
        database=name,
        query={"mode": "memory", "cache": "shared", "uri": "true"},
    )
    return _create(url, poolclass=StaticPool, read_only=False, memory=True)


def _file_engine(path: Path, key: bytes) -> Engine:
    # The pysqlcipher dialect runs ``PRAGMA key="<password>"`` on every new connection;
    # the x'…' form makes SQLCipher take the bytes as the raw key, without a KDF.
    url = URL.create(
        "sqlite+pysqlcipher", password=raw_key_pragma_value(key), database=str(path.resolve())
    )
    return _create(url, poolclass=QueuePool, read_only=False, memory=False)


def _create(url: URL, *, poolclass: type[Any], read_only: bool, memory: bool) -> Engine:
    import sqlcipher3.dbapi2  # the SQLite build with FTS5 contentless_delete (>= 3.43)

    # Always this module, also under the pysqlite dialect (memory, and the plain test
    # build of the cache), whose default would be the interpreter's older SQLite.
    kwargs: dict[str, Any] = {"poolclass": poolclass, "module": sqlcipher3.dbapi2}
    engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Python's sqlite3 starts transactions only before DML; turning that off and
        # emitting BEGIN below gives DDL and multi-statement reads real transactions.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if memory:
                if read_only:
                    cursor.execute("PRAGMA read_uncommitted = ON")
            else:
                cursor.execute("PRAGMA cipher_log_level = NONE")
                cursor.execute("PRAGMA secure_delete = ON")
                if not read_only:
                    cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
            if read_only:
                cursor.execute("PRAGMA query_only = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def memory_cache_name(engine: Engine) -> str:
    """The URI name of an in-memory cache, for ``CacheReader.open_memory``."""
    if not _is_memory(engine):
        raise ValueError("not an in-memory cache")
    return str(engine.url.database)


def _is_memory(engine: Engine) -> bool:
    return engine.url.query.get("mode") == "memory"


def _prepare_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise _os_error(error, directory) from error


def _check_readable(engine: Engine, path: Path) -> None:
    """Touch the first page, which fails at once for a wrong key or a foreign file."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except sqlalchemy.exc.DBAPIError as error:
        raise _database_error(error, path) from None


def _migrate(engine: Engine, migrations_dir: Path, *, backup_of: Path | None) -> None:
    if migrations_dir == MIGRATIONS_DIR and _stored_revision(engine) == CACHE_HEAD_REVISION:
        return  # up to date: Alembic (a fifth of the start-up time) is not even imported
    # Alembic's machinery is needed only to create or upgrade a cache.
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(
            connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).scalar_one()
        )
        connection.rollback()
    if current == head:
        return
    if current is not None and not _is_known(script, current):
        raise CacheOpenError(
            "newer_version",
            "The local cache was written by a newer version of Expert Workstation. "
            "Update the app to open it.",
        )
    backup = _backup(engine, backup_of) if backup_of is not None and has_tables else None
    try:
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
    except Exception as error:
        engine.dispose()
        if backup is not None and backup_of is not None:
            raise _restored_after_failure(error, backup, backup_of) from error
        if isinstance(error, sqlalchemy.exc.DBAPIError) and backup_of is not None:
            raise _database_error(error, backup_of) from error
        raise CacheOpenError("migration_failed", "Creating the local cache failed.") from error
    if backup is not None:
        _discard(backup)


def _stored_revision(engine: Engine) -> str | None:
    """The cache's Alembic revision, read with plain SQL; None for a new cache."""
    with engine.connect() as connection:
        has_version_table = connection.exec_driver_sql(HAS_REVISION_TABLE_SQL).scalar_one()
        revision = (
            connection.exec_driver_sql(STORED_REVISION_SQL).scalar_one()
            if has_version_table
            else None
        )
        connection.rollback()
    return None if revision is None else str(revision)


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def _backup(engine: Engine, path: Path) -> Path:
    """Copy the encrypted file once the WAL is folded into it and no connection is open,
    so that the single file holds every committed change."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    backup = path.with_name(f"{path.name}.pre-migration")
    try:
        shutil.copy2(path, backup)
    except OSError as error:
        backup.unlink(missing_ok=True)
        raise _os_error(error, path) from error
    return backup


def _restored_after_failure(error: Exception, backup: Path, path: Path) -> CacheOpenError:
    reason = "disk_full" if _is_disk_full(error) else "migration_failed"
    try:
        _restore(backup, path)
    except OSError:
        return CacheOpenError(
            reason,
            "Updating the local cache to this version failed, and the cache could not be "
            f"put back. Its data is safe in the copy at {backup}.",
            backup_path=backup,
        )
    return CacheOpenError(
        reason,
        "Updating the local cache to this version failed"
        + (" because the disk is full" if reason == "disk_full" else "")
        + f". Its data was kept unchanged; a copy is at {backup}.",
        backup_path=backup,
    )


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    if isinstance(error, sqlalchemy.exc.DBAPIError):
        return getattr(error.orig, "sqlite_errorname", "") == "SQLITE_FULL"
    return False


def _restore(backup: Path, path: Path) -> None:
    # The WAL of the failed attempt must not be replayed onto the restored file.
    for sidecar in sidecars(path):
        sidecar.unlink(missing_ok=True)
    shutil.copy2(backup, path)


def _discard(backup: Path) -> None:
    with contextlib.suppress(OSError):
        backup.unlink()


def _database_error(error: sqlalchemy.exc.DBAPIError, path: Path) -> CacheOpenError:
    name = getattr(error.orig, "sqlite_errorname", "")
    if name == "SQLITE_NOTADB":
        if _has_plain_sqlite_header(path):
            return CacheOpenError(
                "not_a_cache",
                f"{path} is an unencrypted SQLite database, not an Expert Workstation cache.",
            )
        return CacheOpenError(
            "wrong_key",
            f"The local cache {path} cannot be decrypted: the key from the keyring does "
            "not match it, or the file is damaged or not a cache.",
        )
    if name == "SQLITE_FULL":
        return CacheOpenError("disk_full", f"The disk holding the local cache {path} is full.")
    return CacheOpenError(
        "io_error", f"The local cache {path} cannot be opened ({name or 'database error'})."
    )


def _os_error(error: OSError, path: Path) -> CacheOpenError:
    if _is_disk_full(error):
        return CacheOpenError("disk_full", f"The disk holding {path} is full.")
    return CacheOpenError(
        "io_error", f"The local cache at {path} cannot be used: {error.strerror or error}."
    )


def _has_plain_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False
