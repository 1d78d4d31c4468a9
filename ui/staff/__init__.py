"""Staff mode screens: behind the staff PIN, for the pavilion staff."""
