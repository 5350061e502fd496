"""``newsfuse serve``: a local web app over the store (see :mod:`newsfuse.app.web`)."""

from __future__ import annotations

import gc
import socket
from pathlib import Path

from newsfuse.app.web import LOCAL_HOSTS, create_app
from newsfuse.errors import UsageError

__all__ = ["create_app", "serve"]


def serve(db: str | Path, *, host: str, port: int) -> None:
    """Serve the store at ``db`` on ``host:port`` until interrupted (the store is opened, and checked, first).

    The defaults (this machine only, port 8000) are the command's, ``newsfuse serve``'s options.
    """
    import uvicorn

    hosts = ("*",) if host in ("0.0.0.0", "::") else tuple(dict.fromkeys((host, *LOCAL_HOSTS)))
    app = create_app(db, allowed_hosts=hosts)
    check_can_listen(host, port)
    # What a story page needs is imported now, and everything that exists then (modules, templates, word lists)
    # lives as long as the server: keep it out of every garbage collection (it halves the time of a story page).
    import newsfuse.compare.sources
    import newsfuse.ingest.outlets
    import newsfuse.pipeline
    import newsfuse.runner  # noqa: F401

    gc.freeze()
    # No access log: formatting, writing and flushing a line per request is a good part of what an answer
    # kept in memory costs.
    uvicorn.run(app, host=host, port=port, server_header=False, proxy_headers=False, log_level="info", access_log=False)


def check_can_listen(host: str, port: int) -> None:
    """Raise :class:`UsageError` (one line, exit status 1) when ``host:port`` cannot be listened on.

    uvicorn would log the failure over several lines and exit with its own status.
    """
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(address)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
