"""The built-in demo catalog: its content tables, illustrations and deterministic generator."""
