"""Serve the product under uvicorn: ``python -m config.serve [--host H] [--port P] [--workers N]``.

The one place uvicorn is started from (``make run``, the Dockerfile, compose), so its
settings come from the same environment as Django's:

- ``--forwarded-allow-ips`` is ``TRUSTED_PROXIES``: uvicorn believes ``X-Forwarded-For``
  and ``X-Forwarded-Proto`` only from our own proxies, exactly as the rate limiter does.
  (uvicorn's default, 127.0.0.1, let anything on the machine pose as any address and get
  a fresh rate-limit bucket per spoofed address.) No trusted proxies: no proxy headers.
- ``--timeout-graceful-shutdown`` is ``WEB_GRACEFUL_SHUTDOWN_SECONDS``, shorter than a
  container runtime's grace (10 s for Docker, 30 s for Kubernetes): on SIGTERM streams get
  that long to end, then are cancelled and let their answers go (words saved) for the
  diner's reconnect to finish on another process, before SIGKILL could cut them silently.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

import uvicorn


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default=os.environ.get("WEB_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEB_PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "1")))
    arguments = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    from django.conf import settings

    # Reading a setting loads the profile: a misconfigured production refuses to start here.
    trusted_proxies = list(settings.TRUSTED_PROXIES)
    uvicorn.run(
        "config.asgi:application",
        host=arguments.host,
        port=arguments.port,
        workers=arguments.workers,
        proxy_headers=bool(trusted_proxies),
        forwarded_allow_ips=trusted_proxies or None,
        timeout_graceful_shutdown=int(settings.WEB_GRACEFUL_SHUTDOWN_SECONDS),
        log_level=str(settings.LOG_LEVEL).lower(),
    )


if __name__ == "__main__":
    main()
