"""The cache schema's Alembic head, as a constant.

``open_cache`` compares the stored revision with it, so that opening an up-to-date cache
(every start but the first after an update) never imports Alembic, which costs a fifth
of the start-up time. ``tests/store/test_database.py`` keeps it equal to the head of
``store/migrations``; a new migration must update it.
"""

from typing import Final

CACHE_HEAD_REVISION: Final = "0009"

# The stored revision, read with plain SQL by ``open_cache`` and ``CacheReader`` alike.
HAS_REVISION_TABLE_SQL: Final = (
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
)
STORED_REVISION_SQL: Final = "SELECT max(version_num) FROM alembic_version"
