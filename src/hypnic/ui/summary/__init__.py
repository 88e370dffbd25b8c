"""The doctor's summary window: preview, print and save as PDF."""
