"""Alembic environment of the state database; run from db.state.migrate, never by hand-made SQL."""

from __future__ import annotations

from alembic import context

from db.state_models import StateBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=StateBase.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies tables
)
with context.begin_transaction():
    context.run_migrations()
