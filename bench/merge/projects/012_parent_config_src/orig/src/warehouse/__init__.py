"""Warehouse inventory tools."""

VERSION = "1.4.0"
