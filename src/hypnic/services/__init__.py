"""Services: QObjects that validate, persist through the store and emit ``changed``."""
