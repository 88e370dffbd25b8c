"""Hypnic: log the jerks, kicks and deep itches of falling asleep."""

__version__ = "0.1.0"
APP_ID = "org.hypnic.Hypnic"
APP_NAME = "Hypnic"
