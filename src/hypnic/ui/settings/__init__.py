"""Kinds, preferences, medications, tags, the patient and backups."""
