"""Installing bundles from the app."""
