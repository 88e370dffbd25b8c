"""Widgets and helpers every window shares: themes, the clock-time field, icons, crash message."""
