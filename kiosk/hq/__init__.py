"""HQ's catalog tool: master spreadsheets to signed bundles, and merging exports."""
