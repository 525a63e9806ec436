"""Running Plenipo in production: health, request-scoped logs, backup and restore."""
