"""request numbering, local sample stock, help descriptions and print jobs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 14:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_sequences",
        sa.Column("kiosk_id", sa.String(length=20), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id"),
    )
    # Numbers already given must never be given again.
    op.execute(
        "INSERT INTO request_sequences (kiosk_id, last_seq) "
        "SELECT kiosk_id, MAX(seq) FROM requests GROUP BY kiosk_id"
    )
    op.create_table(
        "sample_stock",
        sa.Column("item_number", sa.String(length=60), nullable=False),
        sa.Column("catalog_on_hand", sa.Integer(), nullable=False),
        sa.Column("issued", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("item_number"),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("description", sa.Text(), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(
            sa.Column("print_job", sa.String(length=60), nullable=False,
                      server_default=sa.text("''"))
        )


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_column("print_job")
        batch_op.drop_column("description")
    op.drop_table("sample_stock")
    op.drop_table("request_sequences")
