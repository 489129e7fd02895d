"""The search index without prefix indexes and without token positions.

``prefix='2 3'`` and ``detail=full`` made indexing the slowest part of a first sync (6.6k
cases/s for the index alone); without them the index builds 2.5 times faster and is far
smaller. Prefix searches expand the begun word into the index's own words instead (see
``store.search_vocabulary``): ``case_fts_vocab`` lists them, ``search_terms`` keeps them
sorted for quick lookups. Every search word is a single token, so no query needs
positions. The index is rebuilt from the stored cases.

Revision ID: 0008
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEX_ALL_CASES = (
    "INSERT INTO case_fts (rowid, subject, customer, body) "
    "SELECT c.id, c.subject, "
    "CASE WHEN c.customer_contact IS NULL THEN c.customer_name "
    "ELSE c.customer_name || ' ' || c.customer_contact END, "
    "(SELECT group_concat(m.body_text, char(10)) "
    "FROM (SELECT body_text FROM messages WHERE case_id = c.id ORDER BY created_at, id) AS m) "
    "FROM cases AS c"
)


def _create_index(options: str) -> None:
    op.execute(
        "CREATE VIRTUAL TABLE case_fts USING fts5("
        "subject, customer, body, "
        f"content='', contentless_delete=1, {options}"
        "tokenize='unicode61 remove_diacritics 2')"
    )
    # Fewer, larger segments while the whole index is built (see ``store.fts_index``).
    op.execute("INSERT INTO case_fts (case_fts, rank) VALUES ('hashsize', 16777216)")
    op.execute(_INDEX_ALL_CASES)


def upgrade() -> None:
    # The old index's pages hold text that stays in ``cases`` and ``messages``: no need to
    # overwrite them as they are freed (which takes minutes at 1M cases).
    secure_delete = op.get_bind().exec_driver_sql("PRAGMA secure_delete").scalar_one()
    op.execute("PRAGMA secure_delete = OFF")
    op.execute("DROP TABLE case_fts")
    _create_index("detail=none, ")
    op.execute("CREATE VIRTUAL TABLE case_fts_vocab USING fts5vocab(case_fts, row)")
    op.create_table(
        "search_terms",
        sa.Column("term", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("term"),
        sqlite_with_rowid=False,
    )
    op.execute("INSERT INTO search_terms (term) SELECT term FROM case_fts_vocab")
    op.execute("DELETE FROM meta WHERE key = 'fts_pending'")
    op.execute(f"PRAGMA secure_delete = {int(secure_delete)}")


def downgrade() -> None:
    op.drop_table("search_terms")
    op.execute("DROP TABLE case_fts_vocab")
    op.execute("DROP TABLE case_fts")
    _create_index("prefix='2 3', ")
