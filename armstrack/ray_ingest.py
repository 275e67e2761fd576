"""`armstrack ingest --ray [ADDRESS]`: the analysis on a Ray cluster with Ray Data.

The driver (this process) does what needs the database: it reads the inputs with armstrack's readers,
skips articles stored unchanged, triages, writes the analyses a batch at a time and resolves once at the
end — the same steps as :class:`armstrack.core.Ingester`, which this runner reuses. Only the expensive
step moves to the cluster: the articles worth parsing go into a Ray dataset, and ``map_batches`` runs
them through a pool of actors, each holding the spaCy pipeline and the gazetteers, which send back the
compact analyses (pickled DocumentAnalysis or IngestFailure).

Ray is an optional extra (``pip install armstrack[ray]``): it is imported only here, and only when asked.
"""

from __future__ import annotations

import gc
import itertools
import logging
import os
import pickle
import socket
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import spacy.util
from sqlalchemy.orm import Session

from armstrack import settings
from armstrack.core import Ingester, analysed_articles
from armstrack.nlp.gazetteers import load_gazetteers
from armstrack.nlp.pipeline import ModelNotFound, _install_hint, build_pipeline
from armstrack.records import Article, DocumentAnalysis, IngestFailure
from armstrack.resolve import database
from armstrack.store import db

log = logging.getLogger(__name__)

INSTALL_HINT = "Ray is not installed: pip install armstrack[ray]"
#: `--ray` with no address: start a Ray instance on this machine (bound to 127.0.0.1) for this run.
LOCAL = "local"


class RayMissing(RuntimeError):
    """The ``ray`` extra is not installed."""


class RayStartError(RuntimeError):
    """Ray could not be started or reached."""


def _import_ray(local: bool = False):
    """``ray`` (with ``ray.data``), or RayMissing. ``local``: the caller will start Ray on this machine."""
    if local and "ray" not in sys.modules:
        # Ray's single-machine mode (its switch for laptops, read when ray is imported): the node address
        # is 127.0.0.1 and the GCS and raylet listen there only, instead of on every interface
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    try:
        import ray  # deferred: Ray is an optional extra
        # deferred: Ray is an optional extra
        import ray.data  # noqa: F401  (the `data` part of the extra)
    except ImportError as exc:
        raise RayMissing(INSTALL_HINT) from exc
    return ray


def is_local(address: str | None) -> bool:
    """Whether ``address`` (after $RAY_ADDRESS) means a Ray instance started on this machine for the run."""
    return (address or os.environ.get("RAY_ADDRESS") or LOCAL) == LOCAL


def ray_available(local: bool = False) -> bool:
    """Whether ``ray[data]`` can be imported (``local``: see _import_ray)."""
    try:
        _import_ray(local)
    except RayMissing:
        return False
    return True


def start_ray(address: str | None = None, num_cpus: int | None = None):
    """Connect to the Ray cluster at ``address`` ("auto", "HOST:PORT", "ray://HOST:PORT"), or with no
    address (or "local") start a quiet Ray instance on 127.0.0.1 with ``num_cpus`` CPUs and no dashboard
    (listening on 127.0.0.1 only if ray was not imported before with other settings: see _import_ray).

    Returns the ``ray`` module. A Ray already initialised in this process is reused as it is."""
    ray = _import_ray(local=address in (None, "", LOCAL))
    if ray.is_initialized():
        return ray
    quiet = {"include_dashboard": False, "logging_level": logging.ERROR, "log_to_driver": False,
             "configure_logging": True}
    # the usage-stats prompt and upload are for interactive users, not for an ingest job
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        if address in (None, "", LOCAL):
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, _node_ip_address="127.0.0.1", **quiet)
        else:
            _probe(address)
            ray.init(address=address, **quiet)
    except RayStartError:
        raise
    except Exception as exc:  # ConnectionError, ValueError, RuntimeError... Ray raises many kinds
        raise RayStartError(f"could not start or reach Ray at {address or '127.0.0.1 (local)'}: "
                            f"{type(exc).__name__}: {exc}") from exc
    return ray


def _probe(address: str, timeout: float | None = None) -> None:
    """Raise RayStartError unless something listens at ``address`` ("HOST:PORT" or "ray://HOST:PORT"):
    Ray itself retries an unreachable cluster without end. Other forms ("auto") are left to Ray."""
    timeout = settings.current().ray_connect_timeout if timeout is None else timeout
    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise RayStartError(f"could not reach Ray at {address}: {exc.strerror or exc}") from exc


def stop_ray() -> None:
    """Disconnect from Ray (and stop the local instance if this process started one)."""
    if "ray" in sys.modules:
        import ray  # deferred: Ray is an optional extra

        if ray.is_initialized():
            ray.shutdown()


class Analyser:
    """A Ray Data actor: loads the spaCy pipeline and gazetteers once, then analyses batches of articles.

    Batches travel as pickles (``article`` in, ``result`` out): Article and DocumentAnalysis hold dates,
    nested lists and dicts that Arrow would otherwise have to guess a schema for."""

    def __init__(self, model: str, batch_size: int, cfg: settings.Settings | None = None) -> None:
        if cfg is not None:  # the driver's settings (its --config file is not on the cluster's nodes)
            settings.activate(cfg)

        self.nlp = build_pipeline(model)
        self.gaz = load_gazetteers()
        self.batch_size = batch_size
        gc.freeze()  # the model lives as long as the actor: keep the cyclic GC from walking it

    def __call__(self, batch: dict) -> dict:
        articles = [pickle.loads(blob) for blob in batch["article"]]
        results = list(analysed_articles(self.nlp, self.gaz, articles, self.batch_size))
        out = np.empty(len(results), dtype=object)
        out[:] = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in results]
        return {"seq": batch["seq"], "result": out}


def check_model(model: str) -> None:
    """Raise ModelNotFound here, on the driver, if ``model`` is not installed (rather than from every actor).
    The driver checks its own install; each node of a cluster needs the same one (README)."""
    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise ModelNotFound(_install_hint(model))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class RayIngester(Ingester):
    """An Ingester whose parsing and analysis run on a Ray cluster (Ray Data ``map_batches`` over an actor
    pool); reading, unchanged-skip, triage, writes, failures, orphans and alerts are the Ingester's own.
    The merged view is resolved once, at the end of the run."""

    def __init__(self, session: Session, model: str | None = None, actors: int | None = None,
                 batch_size: int | None = None, triage: bool | None = None,
                 on_progress=None, settings: settings.Settings | None = None) -> None:
        # the driver never parses: no model here (each actor loads its own)
        super().__init__(session, None, batch_size=batch_size, n_process=1, triage=triage,
                         on_progress=on_progress, settings=settings)
        self.model = model or self.settings.model  # --model, else the setting (default, file, $ARMSTRACK_MODEL)
        self.actors = actors
        #: True when Ray runs on this machine only (no cluster address; set by run_on_ray)
        self.local = False
        self.resolve_every = sys.maxsize  # one resolve at the end: cheaper than refreshes during a bulk run

    def _pool_size(self, ray) -> int:
        if self.actors:
            return self.actors
        return max(1, int(ray.cluster_resources().get("CPU", 1)))

    def check_pool(self, ray) -> None:
        """Raise RayStartError if the local instance has too few CPUs for the pool (which would wait for
        them for ever: there is no autoscaler on one machine)."""
        size, cpus = self._pool_size(ray), int(ray.cluster_resources().get("CPU", 0))
        if self.local and size > cpus:
            raise RayStartError(f"{size} actors need {size} CPUs; the local Ray instance has {cpus} (--ray-cpus)")

    def _restarts(self) -> dict:
        """On one machine an actor restart cannot outlive a lost node, and Ray warns about each pool
        that allows it: none. On a cluster, Ray Data's default (restart, retry the batch)."""
        return {"max_restarts": 0} if self.local else {}

    def _analysed(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis | IngestFailure]:
        """The articles analysed on the cluster, in input order. Articles go to Ray a chunk at a time so the
        driver's memory stays bounded (the setting ray_chunk_per_actor); each chunk is one dataset over a
        fresh actor pool."""
        ray = _import_ray()
        if not ray.is_initialized():
            raise RayStartError("Ray is not started (armstrack.ray_ingest.start_ray)")
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True  # writes in input order, as a local ingest does
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        context.enable_auto_log_stats = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        size = self._pool_size(ray)
        for chunk in _chunks(articles, max(1, self.settings.ray_chunk_per_actor * size)):
            items = [{"seq": i, "article": pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)}
                     for i, a in enumerate(chunk)]
            # one block per batch, so actors get whole batches, but at least one block per actor
            blocks = max(-(-len(items) // self.batch_size), min(len(items), size))
            ds = ray.data.from_items(items, override_num_blocks=blocks)
            with warnings.catch_warnings():
                # max_restarts goes through Ray's generic remote args, which Ray Data documents for this
                # very purpose (actor_pool_map_operator) but marks deprecated in favour of named ones
                warnings.filterwarnings("ignore", message=".*ray_remote_args.*deprecated")
                ds = ds.map_batches(Analyser, fn_constructor_kwargs={"model": self.model,
                                                                     "batch_size": self.batch_size,
                                                                     "cfg": self.settings},
                                    compute=ray.data.ActorPoolStrategy(size=size), batch_size=self.batch_size,
                                    batch_format="numpy", num_cpus=1, **self._restarts())
            expected = 0
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                for seq, blob in zip(batch["seq"], batch["result"]):
                    if int(seq) != expected:  # preserve_order is what keeps ids and merges as a local run's
                        raise RuntimeError(f"Ray returned article {int(seq)} of a chunk where {expected} was due")
                    expected += 1
                    yield pickle.loads(blob)
            if expected != len(items):
                raise RuntimeError(f"Ray returned {expected} analyses for a chunk of {len(items)} articles")
            del items, ds


def run_on_ray(session: Session, paths: Iterable, address: str | None = None, actors: int | None = None,
               num_cpus: int | None = None, model: str | None = None, **options):
    """Ingest ``paths`` into ``session``'s database with the analysis on Ray; returns the IngestReport.

    ``address``: a cluster ("auto", "HOST:PORT", "ray://HOST:PORT"), else $RAY_ADDRESS, else a Ray
    instance started on 127.0.0.1 for this run with ``num_cpus`` CPUs (default: ``actors``) and stopped
    afterwards. A Ray already initialised in this process is used as it is (and left running)."""
    address = address or os.environ.get("RAY_ADDRESS") or None
    ray = _import_ray(local=is_local(address))
    check_model(settings.model_name(model))
    started_here = not ray.is_initialized()
    try:
        start_ray(address, num_cpus or actors)
        ingester = RayIngester(session, model=model, actors=actors, **options)
        ingester.local = address in (None, "", LOCAL)  # not a named cluster: this machine's instance
        ingester.check_pool(ray)
        return ingester.run(paths)
    finally:
        if started_here:
            stop_ray()


def ray_ingest(paths: Iterable, db_url: str | None = None, **options):
    """`run_on_ray` into the database at ``db_url``."""
    engine = database.open_engine(settings.database_url(db_url))
    try:
        with db.session_factory(engine)() as session:
            return run_on_ray(session, paths, **options)
    finally:
        engine.dispose()
