"""Alembic migrations of the state database (applied by db.state.migrate)."""
