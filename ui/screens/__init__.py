"""The kiosk's full-window screens."""
