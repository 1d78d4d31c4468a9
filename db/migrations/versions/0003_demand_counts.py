"""anonymous demand figures, counted per hour

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "demand_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hour", sa.DateTime(), nullable=False),
        sa.Column("event", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("request_kind", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=40), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("nothing_found", sa.Integer(), nullable=False),
        sa.Column("results", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("demand_counts", schema=None) as batch_op:
        batch_op.create_index("ux_demand_counts_key", ["hour", "event", "language", "subject",
                                                       "request_kind", "region"], unique=True)
        batch_op.create_index("ix_demand_counts_event_subject", ["event", "subject"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("demand_counts", schema=None) as batch_op:
        batch_op.drop_index("ix_demand_counts_event_subject")
        batch_op.drop_index("ux_demand_counts_key")
    op.drop_table("demand_counts")
