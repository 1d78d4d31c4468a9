"""Database layer: the typed SQLAlchemy models of the catalog and state databases, and engines."""
