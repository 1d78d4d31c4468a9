"""Signed catalog bundles from HQ, their verified atomic install, and sealed exports back to HQ."""
