"""Background ingestion for the web UI and API: uploads go to a temporary folder, one worker thread runs
``armstrack.core.Ingester`` over it, and the job's progress is kept in memory for polling.

One worker means one writer at a time (SQLite allows no more) and one spaCy pipeline per process
(``build_pipeline`` is cached per model).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from sqlalchemy.orm import Session, sessionmaker

from armstrack import settings
from armstrack.settings import Settings, current as current_settings

log = logging.getLogger(__name__)

#: Jobs kept in memory (oldest finished ones are forgotten first).
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, fallback: str) -> str:
    """The last path component of an uploaded file's name, reduced to safe characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _SAFE_NAME.sub("-", base).strip(".-")
    return base[:120] or fallback


def slug(text: str, length: int = 48) -> str:
    """``text`` as lower-case words joined by hyphens, at most ``length`` characters (for ids and file names)."""
    return re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")[:length].strip("-")


@dataclass
class Job:
    """One background ingest started from the web UI: its state, inputs, progress and outcome."""
    id: str
    state: str = "queued"  #: queued, running, done, failed
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    inputs: list[str] = field(default_factory=list)
    files: int = 0
    files_read: int = 0
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    #: doubts about inputs that were still stored (a guessed encoding, a repeated id)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def progress(self) -> float:
        """Share of the job's files done, from 0.0 to 1.0."""
        if self.state in ("done", "failed"):
            return 1.0
        if not self.files:
            return 0.0
        return min(0.99, self.files_read / self.files)

    def as_dict(self) -> dict[str, Any]:
        """The job as JSON-ready values for the API and the "add" page."""
        out = asdict(self)
        out["progress"] = round(self.progress, 3)
        out["stored"] = len(self.added) + len(self.replaced)
        out["documents"] = sorted(set(self.added) | set(self.replaced) | set(self.unchanged))
        return out


class JobManager:
    """Starts ingestion jobs on one worker thread and keeps their progress."""

    def __init__(self, sessions: sessionmaker[Session], model: str | None = None,
                 nlp_factory: Callable[[], Any] | None = None, settings: Settings | None = None) -> None:
        """``settings``: the jobs' Ingester settings and ``max_jobs`` (default: the active settings)."""
        self.settings = settings or current_settings()
        self.sessions = sessions
        self.model = model
        self._nlp_factory = nlp_factory
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="armstrack-ingest")

    def nlp(self):
        """The spaCy pipeline for the jobs (the injected factory's, else the configured model)."""
        if self._nlp_factory is not None:
            return self._nlp_factory()
        from armstrack.nlp.pipeline import build_pipeline  # deferred: loads spaCy

        return build_pipeline(settings.model_name(self.model))

    def get(self, job_id: str) -> Job | None:
        """The job with this id, or None."""
        with self._lock:
            return self._jobs.get(job_id)

    def submit(self, uploads: list[tuple[str, bytes]], pasted: list[dict[str, Any]]) -> Job:
        """Queue an ingestion of uploaded files (name, content) and pasted articles (JSON records)."""
        folder = Path(tempfile.mkdtemp(prefix="armstrack-upload-"))
        job = Job(id=uuid.uuid4().hex[:16])
        used: set[str] = set()
        for i, (name, content) in enumerate(uploads):
            fname = safe_filename(name, f"upload-{i + 1}.txt")
            stem, dot, suffix = fname.rpartition(".")
            if not dot:
                stem, suffix = fname, "txt"
            candidate, n = fname if dot else f"{stem}.{suffix}", 1
            while candidate in used:
                n += 1
                candidate = f"{stem}-{n}.{suffix}"
            used.add(candidate)
            # each file in its own folder so the name (and so the document id) is kept as uploaded
            sub = folder / f"f{i}"
            sub.mkdir()
            (sub / candidate).write_bytes(content)
            job.inputs.append(candidate)
        if pasted:
            # ASCII JSON: a lone surrogate stays an escape, for the reader to name it instead of a crash here
            lines = "\n".join(json.dumps(p, default=str) for p in pasted)
            (folder / "pasted.jsonl").write_text(lines + "\n", encoding="utf-8")
            job.inputs.append(f"{len(pasted)} pasted article(s)")
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
        self._executor.submit(self._run, job, folder)
        return job

    def submit_set_date(self, doc_id: str, published) -> Job:
        """Queue dating a stored document by hand and analysing it again (see core.set_document_date)."""
        job = Job(id=uuid.uuid4().hex[:16])
        job.inputs.append(f"{doc_id}: dated {published.isoformat()} by hand")
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
        self._executor.submit(self._run_set_date, job, doc_id, published)
        return job

    def _run_set_date(self, job: Job, doc_id: str, published) -> None:
        from armstrack.core import set_document_date  # deferred: loads spaCy, trafilatura

        job.state, job.started = "running", time.time()
        try:
            nlp = self.nlp()
            with self.sessions() as session:
                report = set_document_date(session, nlp, doc_id, published)
            job.replaced = list(report.replaced) + list(report.added)
            job.failures = [str(f) for f in report.failures]
            job.state = "done"
        except KeyError:
            job.error, job.state = f"no document {doc_id!r}", "failed"
        except Exception as exc:  # the job reports it; the server keeps running
            log.exception("set-date job %s failed", job.id)
            job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"
        finally:
            job.finished = time.time()

    def _forget_old(self) -> None:
        if len(self._jobs) <= self.settings.max_jobs:
            return
        finished = sorted((j for j in self._jobs.values() if j.finished), key=lambda j: j.finished)
        for j in finished[:len(self._jobs) - self.settings.max_jobs]:
            del self._jobs[j.id]

    def _run(self, job: Job, folder: Path) -> None:
        from armstrack.core import Ingester  # deferred: loads spaCy, trafilatura

        job.state, job.started = "running", time.time()
        prefix = str(folder)

        def clean(text: str) -> str:  # show the uploaded name, not the temporary folder
            return re.sub(re.escape(prefix) + r"/(f\d+/)?", "", text)

        def on_progress(event: str, report) -> None:
            job.files = report.files
            if event == "file":
                job.files_read += 1
            job.added = list(report.added)
            job.replaced = list(report.replaced)
            job.unchanged = list(report.unchanged)
            job.failures = [clean(str(f)) for f in report.failures]
            job.warnings = [clean(str(w)) for w in report.warnings]

        try:
            nlp = self.nlp()
            with self.sessions() as session:
                report = Ingester(session, nlp, on_progress=on_progress, settings=self.settings).run([folder])
            on_progress("end", report)
            job.state = "done"
        except Exception as exc:  # the job reports it; the server keeps running
            log.exception("ingest job %s failed", job.id)
            job.error = clean(f"{type(exc).__name__}: {exc}")
            job.state = "failed"
        finally:
            job.finished = time.time()
            shutil.rmtree(folder, ignore_errors=True)

    def shutdown(self) -> None:
        """Wait for running jobs to finish, then stop the worker thread."""
        self._executor.shutdown(wait=True, cancel_futures=False)
