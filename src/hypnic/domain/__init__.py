"""Pure-Python model of Hypnic: kinds, events, nights, time rules. No Qt, no SQL."""
