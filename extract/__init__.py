"""Rule-based extraction of salary facts from articles about jobs and pay.

>>> import extract
>>> callable(extract.run) and callable(extract.load)
True
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["run", "load", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Dataset


def run(paths: Any, **options: Any) -> "Dataset":
    """Extract the dataset from files or folders; see :func:`extract.pipeline.run`."""
    from .pipeline import run as _run

    return _run(paths, **options)


def load() -> Any:
    """Return the spaCy ``Language`` with every detector; see :func:`extract.annotate.load`."""
    from .annotate import load as _load

    return _load()
