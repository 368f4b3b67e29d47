"""Merchant Readiness Assistant: the domain package (no Qt, no ui imports)."""

__version__ = "0.2.0"
APP_NAME = "Merchant Readiness Assistant"
