"""Build reports with a worker pool."""

from __future__ import annotations

import multiprocessing
from typing import ClassVar

from reportgen import __doc__ as package_doc


class ReportBuilder:
    default_sections: ClassVar[tuple[str, ...]] = ("summary", "details", "appendix")

    @classmethod
    def build_all(cls, title: str, page_width: int = 72) -> list[str]:
        header_character = "="

        def render(section: str) -> str:
            banner = header_character * min(page_width, len(section) + 4)
            return f"{banner}\n{title} / {section} ({package_doc.strip()})"

        with multiprocessing.Pool(2) as pool:
            pending = [pool.apply_async(render, (s,)) for s in cls.default_sections]
            return [p.get(timeout=30) for p in pending]
