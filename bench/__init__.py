"""Benchmarks of the kiosk: run each as `python -m bench.NAME` (see the module docstrings)."""
