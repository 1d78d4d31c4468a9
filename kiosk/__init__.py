"""The kiosk's Qt-free core: configuration, catalog and state, search, requests, bundles."""
