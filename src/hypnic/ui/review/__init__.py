"""The next-day review of one night: timeline, figures, events, doses, tags and diary."""
