"""Exchange formats: CSV events and the JSON full backup (DESIGN section 5), no Qt."""
