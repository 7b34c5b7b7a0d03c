from report.build import Report

__all__ = ["Report"]
