"""Metrics package."""
