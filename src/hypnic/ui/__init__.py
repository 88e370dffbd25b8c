"""The window: bedside panel, night review, kinds and preferences."""
