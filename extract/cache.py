"""Cache of processed documents, so a rerun redoes only what changed.

One pickle of the :class:`~extract.types.DocResult` per document (and one of
each encoded batch, keyed by its documents' keys), stored under a key that
hashes everything the result depends on: the input's bytes, its
doc_id, path and input folder, the rules (:func:`extract.rules.fingerprint`)
and the code (:func:`code_version`, a hash of the ``extract/*.py`` sources).
Editing a rule file or a module therefore invalidates every entry; adding an
article leaves the others' entries valid. Entries are written atomically
(temporary file, then rename), so concurrent workers never see half a file.
Stale entries are never read again; delete the folder to reclaim the space.

>>> import tempfile
>>> cache = Cache.open(Path(tempfile.mkdtemp()))
>>> key = cache.key(b"Nurses earn $40 an hour.", doc_id="a", path="in/a.txt", root="in")
>>> cache.get(key) is None
True
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence

from . import rules
from .types import DocResult

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the package's Python sources (and the Python version that pickles)."""
    digest = hashlib.sha256(f"python {sys.version_info.major}.{sys.version_info.minor}".encode())
    for path in sorted(PACKAGE.glob("*.py")):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Cache:
    """A folder of cached results for one version of the rules and the code."""

    folder: Path
    version: str

    @classmethod
    def open(cls, folder: Path) -> "Cache":
        """The cache in ``folder`` for the current rules and code (created on first write)."""
        return cls(Path(folder), f"{rules.fingerprint()}-{code_version()}")

    def key(self, data: bytes, *, doc_id: str, path: str, root: str) -> str:
        """The key of one input: its bytes, where it was read from, the rules and the code."""
        digest = hashlib.sha256()
        for part in (self.version, doc_id, path, root):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def combine(self, keys: Sequence[str]) -> str:
        """The key of a batch of documents (of an encoded batch), from its documents' keys."""
        digest = hashlib.sha256(b"batch\0")
        for key in keys:
            digest.update(key.encode() + b"\0")
        return digest.hexdigest()

    def get(self, key: str, *, kind: type = DocResult) -> Any:
        """The cached ``kind`` (a DocResult by default), or None when absent or unreadable."""
        try:
            with open(self._path(key), "rb") as fh:
                result = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a corrupt or foreign entry is a miss, never an error
            log.debug("ignoring unreadable cache entry %s: %s", key, exc)
            return None
        return result if isinstance(result, kind) else None

    def put(self, key: str, result: Any) -> None:
        """Store a result atomically; a cache that cannot be written is skipped, not fatal."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            log.debug("cannot write cache entry %s: %s", path, exc)

    def key_of(self, path: Path, *, doc_id: str, root: Path) -> Optional[str]:
        """The key of an input file, or None when it cannot be read (such inputs are not cached)."""
        from .ingest import IngestError, read_bytes

        try:  # read as ingest reads: never a FIFO, a device or a link out of the input folder
            data = read_bytes(Path(path), root=Path(root))
        except (IngestError, OSError):
            return None
        return self.key(data, doc_id=doc_id, path=Path(path).as_posix(), root=Path(root).as_posix())
