"""A real Neo4j 5.26 Community server on loopback, for tests and local use (no Docker).

The server is the small Java program in ``tools/neo4j-local`` (embedded Neo4j from Maven Central,
Bolt on 127.0.0.1, auth off). This module builds it with Maven once, runs it in the background
with its state in a data directory (store, logs, ``neo4j-local.pid``, ``neo4j-local.uri``), and
stops it with SIGTERM so the stores are shut down cleanly.

    python -m diplograph.neo4j_local build|start|stop|status [--data DIR] [--port N] [--force]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from neo4j import GraphDatabase
from neo4j.exceptions import DriverError, Neo4jError

_REPO = Path(__file__).resolve().parents[1]
TOOL_DIR = Path(os.environ.get("DIPLOGRAPH_NEO4J_TOOL", _REPO / "tools/neo4j-local"))
DEFAULT_DATA_DIR = Path(".neo4j-local")
MAIN_CLASS = "diplograph.neo4jlocal.Neo4jLocal"
# Neo4j reaches into JDK internals for off-heap buffers and file descriptors; without the
# --add-opens it falls back to slower paths and logs warnings. A bounded heap (plus the 256 MiB
# page cache set in Neo4jLocal.java) lets several servers run side by side.
JVM_FLAGS = [
    "-Xms512m",
    "-Xmx1g",
    "-XX:+ExitOnOutOfMemoryError",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
]
# The JVM's garbage collector (-XX:+Use<name>GC). Parallel in place of the default G1: the
# server spends 18-19% less CPU per article written, and the query p99 showed no cost from its
# stop-the-world pauses (python -m bench.server_ab, then bench.gc_ab: two runs of three rounds;
# BENCHMARKS.md).
COLLECTOR = "Parallel"
# MiB of transaction log between checkpoints (0: Neo4j's default, every 15 minutes or 100,000
# transactions). Logs are pruned only at a checkpoint: with the default, a 7.5-minute ingest of
# 100k articles left 3.5 GB of them. At 256 MiB, 8,000 articles on a 10k store left 405 MiB
# instead of 664, for 7% more server CPU per article (python -m bench.server_ab; BENCHMARKS.md).
CHECKPOINT_MIB = 256
PID_FILE = "neo4j-local.pid"
URI_FILE = "neo4j-local.uri"
LOG_FILE = "neo4j-local.log"

# Servers started by this process, kept so they can be reaped (a dead child stays a zombie).
_children: dict[int, subprocess.Popen[bytes]] = {}


class Neo4jLocalError(RuntimeError):
    """The local server could not be built, started or stopped."""


@dataclass(frozen=True)
class LocalNeo4j:
    uri: str
    pid: int
    data_dir: Path

    def stop(self, timeout: float = 60) -> bool:
        return stop(self.data_dir, timeout)

    def __enter__(self) -> LocalNeo4j:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _target() -> Path:
    return TOOL_DIR / "target"


def build(force: bool = False) -> None:
    """Compile the server and copy its jars into target/ (skipped when up to date)."""
    stamp = _target() / ".built"
    sources = [TOOL_DIR / "pom.xml", *(p for p in (TOOL_DIR / "src").rglob("*") if p.is_file())]

    def fresh() -> bool:
        newest = max(p.stat().st_mtime for p in sources)
        return not force and stamp.exists() and stamp.stat().st_mtime >= newest

    if fresh():
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jLocalError("Maven (mvn) is not on PATH; it is needed once to fetch Neo4j")
    _target().mkdir(parents=True, exist_ok=True)
    # Parallel test workers may all ask for a build: one builds, the others wait and reuse it.
    with open(_target() / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if fresh():
            return
        # Old jars would linger next to new ones after a version bump.
        shutil.rmtree(_target() / "dependency", ignore_errors=True)
        cmd = [mvn, "-q", "-B", "-DskipTests", "package", "dependency:copy-dependencies"]
        done = subprocess.run(cmd, cwd=TOOL_DIR, capture_output=True, text=True)
        if done.returncode != 0:
            out = (done.stdout + done.stderr)[-4000:]
            raise Neo4jLocalError(f"mvn failed ({done.returncode}):\n{out}")
        stamp.touch()


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin/java") if home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        raise Neo4jLocalError("java (17 or 21) is not on PATH and JAVA_HOME is not set")
    return java


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _alive(pid: int) -> bool:
    """True if pid runs (and is not a zombie); reaps it if it is our own child."""
    if pid in _children:
        if _children[pid].poll() is None:
            return True
        del _children[pid]
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc: trust kill(0)
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _read_pid(data_dir: Path) -> int | None:
    """The pid from the pid file if that process is still our server, else None."""
    try:
        pid = int((data_dir / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None
    if not _alive(pid):
        return None
    # Guard against a recycled pid: the process must be our main class.
    with contextlib.suppress(OSError):
        if MAIN_CLASS.encode() not in Path(f"/proc/{pid}/cmdline").read_bytes():
            return None
    return pid


def _log_tail(data_dir: Path, lines: int = 40) -> str:
    try:
        text = (data_dir / LOG_FILE).read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def _bolt_ready(uri: str, log: Path) -> bool:
    # Our server prints READY once it has bound the port; without that check another server
    # already on this port would pass for ours.
    try:
        if f"READY {uri}" not in log.read_text(errors="replace"):
            return False
        with GraphDatabase.driver(uri, auth=None) as driver:
            driver.verify_connectivity()
    except (OSError, DriverError, Neo4jError):
        return False
    return True


def status(data_dir: Path = DEFAULT_DATA_DIR) -> str | None:
    """The Bolt URI of the server running in data_dir, or None."""
    data_dir = data_dir.resolve()
    if _read_pid(data_dir) is None:
        return None
    try:
        return (data_dir / URI_FILE).read_text().strip()
    except OSError:
        return None


def start(
    data_dir: Path = DEFAULT_DATA_DIR,
    port: int | None = None,
    timeout: float = 120,
    collector: str = COLLECTOR,
    checkpoint_mib: int = CHECKPOINT_MIB,
) -> LocalNeo4j:
    """Start a server on data_dir (or return the one already running there) and wait for Bolt.
    collector names the JVM's garbage collector (G1, Parallel, Serial, ...); checkpoint_mib
    the transaction log written between checkpoints (0: Neo4j's periodic default)."""
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    pid = _read_pid(data_dir)
    uri = status(data_dir)
    if pid is not None and uri is not None:
        if port is not None and not uri.endswith(f":{port}"):
            raise Neo4jLocalError(f"{data_dir} is already served at {uri}, not on port {port}")
        return LocalNeo4j(uri, pid, data_dir)
    build()
    port = port or _free_port()
    uri = f"bolt://127.0.0.1:{port}"
    classpath = f"{_target()}/classes{os.pathsep}{_target()}/dependency/*"
    cmd = [_java(), *JVM_FLAGS, f"-XX:+Use{collector}GC", "-cp", classpath]
    cmd += [MAIN_CLASS, "--data", str(data_dir), "--port", str(port)]
    cmd += ["--checkpoint-mib", str(checkpoint_mib)]
    with open(data_dir / LOG_FILE, "wb") as log:
        # Own session/process group: Ctrl-C in the caller's terminal does not reach the server,
        # and stop() can signal the whole group.
        proc = subprocess.Popen(
            cmd,
            cwd=data_dir,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _children[proc.pid] = proc
    (data_dir / PID_FILE).write_text(f"{proc.pid}\n")
    (data_dir / URI_FILE).write_text(f"{uri}\n")

    deadline = time.monotonic() + timeout
    while not _bolt_ready(uri, data_dir / LOG_FILE):
        if proc.poll() is not None:
            _children.pop(proc.pid, None)
            _remove_state(data_dir)
            raise Neo4jLocalError(
                f"Neo4j exited with {proc.returncode} before Bolt was up; "
                f"{data_dir / LOG_FILE} ends:\n{_log_tail(data_dir)}"
            )
        if time.monotonic() > deadline:
            stop(data_dir, timeout=10)
            raise Neo4jLocalError(
                f"Neo4j did not answer on {uri} within {timeout:.0f}s; "
                f"{data_dir / LOG_FILE} ends:\n{_log_tail(data_dir)}"
            )
        time.sleep(0.25)
    return LocalNeo4j(uri, proc.pid, data_dir)


def _remove_state(data_dir: Path) -> None:
    for name in (PID_FILE, URI_FILE):
        (data_dir / name).unlink(missing_ok=True)


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _signal(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        # The server leads its own group (start_new_session); signal only that group.
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)


def stop(data_dir: Path = DEFAULT_DATA_DIR, timeout: float = 60) -> bool:
    """Stop the server of data_dir: SIGTERM (clean shutdown), SIGKILL after timeout.

    Returns True if a server was running and has stopped, False if none was running.
    """
    data_dir = data_dir.resolve()
    pid = _read_pid(data_dir)
    if pid is None:
        _remove_state(data_dir)
        return False
    _signal(pid, signal.SIGTERM)
    if not _wait_gone(pid, timeout):
        _signal(pid, signal.SIGKILL)  # last resort: the store will recover on next start
        if not _wait_gone(pid, 10):
            raise Neo4jLocalError(f"Neo4j (pid {pid}) survived SIGKILL")
    _remove_state(data_dir)
    return True


def server_version(uri: str) -> str:
    """The Neo4j kernel version reported by the server at uri, e.g. '5.26.30'."""
    with GraphDatabase.driver(uri, auth=None) as driver:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions "
            "WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version"
        )
    if not records:
        raise Neo4jLocalError(f"{uri} reported no Neo4j Kernel component")
    return str(records[0]["version"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diplograph.neo4j_local", description=__doc__)
    parser.add_argument("command", choices=["build", "start", "stop", "status"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="data directory")
    parser.add_argument("--port", type=int, default=None, help="Bolt port (default: a free one)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait")
    parser.add_argument("--force", action="store_true", help="build: rebuild even if up to date")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            build(args.force)
        elif args.command == "start":
            print(start(args.data, args.port, args.timeout).uri)
        elif args.command == "stop":
            print("stopped" if stop(args.data, args.timeout) else "not running")
        else:
            uri = status(args.data)
            print(uri or "not running")
            return 0 if uri else 1
    except Neo4jLocalError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
