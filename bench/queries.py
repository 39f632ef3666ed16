"""(c) Query latency over HTTP: the API under uvicorn in a subprocess on 127.0.0.1, an httpx
client here; p50/p95/p99 per endpoint and requests/s with 16 concurrent clients on /pairs.

Every request goes to 127.0.0.1 only; loops are bounded in count and time."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from bench.common import REPO, Skip, peak_rss_mib, percentile, proc_cpu_s, python, require, say

ENDPOINTS = ("entity", "relations", "pairs", "paths", "search")
WARMUP = 100  # requests per endpoint before any is measured (bench_store)


@dataclass
class Refs:
    """What to ask: entity ids, connected country pairs, search prefixes (from the store)."""

    entities: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    path_pairs: list[tuple[str, str]] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)

    def urls(self, endpoint: str, n: int, rng: random.Random) -> list[str]:
        def q(s: str) -> str:
            return quote(s, safe="")

        out = []
        for _ in range(n):
            if endpoint == "entity":
                out.append(f"/api/v1/entities/{q(rng.choice(self.entities))}")
            elif endpoint == "relations":
                out.append(f"/api/v1/entities/{q(rng.choice(self.entities))}/relations")
            elif endpoint == "pairs":
                a, b = rng.choice(self.pairs)
                out.append(f"/api/v1/pairs/{q(a)}/{q(b)}")
            elif endpoint == "paths":
                a, b = rng.choice(self.path_pairs)
                out.append(f"/api/v1/paths?from={q(a)}&to={q(b)}")
            else:
                out.append(f"/api/v1/entities?q={q(rng.choice(self.prefixes))}")
        return out


def sample_refs(store_url: str, seed: int) -> Refs:
    """Read a sample of the graph through the store protocol: the entities that relations
    touch, country pairs that have a relation, prefixes of real names."""
    from graph.store import RelationQuery, open_store

    rng = random.Random(seed)
    store = open_store(store_url)
    try:
        rels = store.relations(RelationQuery(limit=500))
        rels += store.relations(RelationQuery(limit=500, offset=5000))
        rels += store.relations(RelationQuery(types=("ESTABLISHED_TIES",), limit=500))
        if not rels:
            raise Skip(f"{store_url} has no relations")
        ends = sorted({e for r in rels for e in (r.source, r.target)})
        refs = Refs()
        refs.entities = rng.sample(ends, min(300, len(ends)))
        pairs = sorted({(r.source, r.target) for r in rels
                        if r.source.startswith("country:") and r.target.startswith("country:")})
        refs.pairs = rng.sample(pairs, min(200, len(pairs))) or [(ends[0], ends[-1])]
        countries = sorted({e for e in ends if e.startswith("country:")}) or ends
        refs.path_pairs = [(rng.choice(countries), rng.choice(ends)) for _ in range(200)]
        names = []
        for eid in refs.entities[:120]:
            e = store.get_entity(eid)
            if e is not None:
                names.append(e.name)
        refs.prefixes = [n[: rng.randint(3, 7)] for n in names] or ["Ka"]
        return refs
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def serve(store_url: str, workers: int = 1, cache: bool = False) -> Iterator[tuple[str, int]]:
    """uvicorn with the app factory (it opens DIPLOGRAPH_STORE itself, as `diplograph serve`
    does); yields (base URL, server pid) once /readyz answers 200. `cache`: the response
    cache on (the default of `diplograph serve`); off, every request computes its answer."""
    require("api.app", "create_app")
    import httpx

    port = free_port()
    env = dict(os.environ, DIPLOGRAPH_STORE=store_url)
    env["DIPLOGRAPH_CACHE_MB"] = env.get("DIPLOGRAPH_CACHE_MB", "64") if cache else "0"
    cmd = [python(), "-m", "uvicorn", "--factory", "api.app:create_app", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--no-access-log"]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                if proc.poll() is not None:
                    err.seek(0)
                    raise RuntimeError(f"uvicorn exited {proc.returncode}: "
                                       f"{err.read()[-2000:].decode('utf-8', 'replace')}")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError("uvicorn did not become ready within 120 s")
                time.sleep(0.3)
            yield base, proc.pid
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def latencies(base: str, urls: list[str]) -> tuple[list[float], dict[int, int]]:
    """Sequential requests on one keep-alive connection; milliseconds each, status counts."""
    import httpx

    statuses: dict[int, int] = {}
    out: list[float] = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for u in urls:
            t0 = time.perf_counter()
            r = client.get(u)
            r.read()
            out.append((time.perf_counter() - t0) * 1000)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
    return out, statuses


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str,
               url: str) -> int:
    """One GET on a kept-alive HTTP/1.1 connection; the status. The body is read by its
    Content-Length (every answer of the API has one)."""
    writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode("ascii"))
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(line.split(":", 1)[1]) for line in lines[1:]
                   if line.lower().startswith("content-length:")), None)
    if length is None:
        raise RuntimeError(f"{url}: answer without Content-Length")
    await reader.readexactly(length)
    return status


def throughput(base: str, urls: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """`clients` concurrent keep-alive connections looping over urls for `seconds`. The client
    is a bare asyncio HTTP/1.1 loop, not httpx: on 2 shared cores a full HTTP client costs more
    CPU per request than a cached answer does, and would measure itself."""
    host_port = base.removeprefix("http://")
    host, port = host_port.split(":")

    async def main() -> dict[str, Any]:
        done = 0
        errors = 0
        lat: list[float] = []
        stop = time.perf_counter() + seconds

        async def worker(k: int) -> None:
            nonlocal done, errors
            reader, writer = await asyncio.open_connection(host, int(port))
            try:
                i = k
                while time.perf_counter() < stop:
                    t0 = time.perf_counter()
                    try:
                        status = await asyncio.wait_for(
                            _get(reader, writer, host_port, urls[i % len(urls)]), 60)
                    except (TimeoutError, OSError, RuntimeError, ValueError,
                            asyncio.IncompleteReadError):
                        status = 0  # a broken answer: count it, then start a new connection
                        writer.close()
                        reader, writer = await asyncio.open_connection(host, int(port))
                    lat.append((time.perf_counter() - t0) * 1000)
                    i += clients
                    if status == 200:
                        done += 1
                    else:
                        errors += 1
            finally:
                writer.close()
                await writer.wait_closed()

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - t0
        return {"clients": clients, "seconds": round(elapsed, 2), "ok": done, "errors": errors,
                "requests_per_s": round(done / elapsed, 1),
                "p50_ms": round(percentile(lat, 50), 1) if lat else None,
                "p99_ms": round(percentile(lat, 99), 1) if lat else None}

    return asyncio.run(main())


def bench_store(store_url: str, label: str, requests: int, conc_seconds: float,
                seed: int, db_pid: int | None = None) -> dict[str, Any]:
    """All endpoints against one store: {endpoint: {p50, p95, p99, cpu per request, ...},
    'pairs_concurrent': {...}, 'pairs_concurrent_cached': {...},
    'pairs_concurrent_warm': {...}}. CPU per request (API
    process, and the Neo4j server when db_pid is given) is what other load on a shared
    machine does not inflate. The latencies and 'pairs_concurrent' are measured with the
    response cache off, so each request computes its answer; 'pairs_concurrent_cached' runs
    the same requests against a server with the cache on (its default), where a pair asked
    again is served from memory until a write; 'pairs_concurrent_warm' repeats that run on
    the same server, every pair having been asked once."""
    refs = sample_refs(store_url, seed)
    rng = random.Random(seed)
    warm_rng = random.Random(seed + 1)  # another draw from the same samples
    out: dict[str, Any] = {"load_avg_start": [round(x, 2) for x in os.getloadavg()]}
    with serve(store_url, cache=False) as (base, pid):
        # A warm-up pass over every endpoint first, as a server that has been up a while is:
        # Neo4j's server is started just before (its query plans and JIT are cold) and the
        # store's pages may not be in memory. Its own p99 is kept as the cold figure.
        for ep in ENDPOINTS:
            cold, _ = latencies(base, refs.urls(ep, WARMUP, warm_rng))
            out.setdefault("cold_p99_ms", {})[ep] = round(percentile(cold, 99), 2)
        for ep in ENDPOINTS:
            urls = refs.urls(ep, requests, rng)
            api0, db0 = proc_cpu_s(pid), proc_cpu_s(db_pid) if db_pid else 0.0
            ms, statuses = latencies(base, urls)
            n = len(urls)
            out[ep] = {"n": len(ms), "p50_ms": round(percentile(ms, 50), 2),
                       "p95_ms": round(percentile(ms, 95), 2),
                       "p99_ms": round(percentile(ms, 99), 2),
                       "max_ms": round(max(ms), 2),
                       "api_cpu_ms_per_request": round((proc_cpu_s(pid) - api0) * 1000 / n, 2),
                       "statuses": {str(k): v for k, v in sorted(statuses.items())}}
            if db_pid:
                out[ep]["db_cpu_ms_per_request"] = round(
                    (proc_cpu_s(db_pid) - db0) * 1000 / n, 2)
            say(f"    {label} {ep:9s} p50 {out[ep]['p50_ms']:7.1f} ms  p95 "
                f"{out[ep]['p95_ms']:7.1f}  p99 {out[ep]['p99_ms']:7.1f}  API CPU "
                f"{out[ep]['api_cpu_ms_per_request']:.1f} ms/req  {statuses}")
        urls = refs.urls("pairs", 400, rng)
        if conc_seconds > 0:
            out["pairs_concurrent"] = concurrent(base, pid, urls, conc_seconds, label, "off")
        # What serving the store took, every endpoint asked (SQLite: the store's page caches
        # and memory map are in this process; Neo4j's are in the server's).
        out["api_peak_rss_mib"] = peak_rss_mib(pid)
    if conc_seconds > 0:
        with serve(store_url, cache=True) as (base, pid):
            out["pairs_concurrent_cached"] = concurrent(base, pid, urls, conc_seconds, label,
                                                        "on")
            # The same server again, now that every pair has been asked once: the steady
            # state of a set of popular pairs (answers served from memory until a write).
            out["pairs_concurrent_warm"] = concurrent(base, pid, urls, conc_seconds, label,
                                                      "warm")
            out["api_peak_rss_mib_cached"] = peak_rss_mib(pid)
    say(f"    {label} API peak RSS {out.get('api_peak_rss_mib')} MiB (cache off), "
        f"{out.get('api_peak_rss_mib_cached')} MiB (cache on)")
    return out


def concurrent(base: str, pid: int, urls: list[str], seconds: float, label: str,
               cache: str) -> dict[str, Any]:
    api0 = proc_cpu_s(pid)
    c = throughput(base, urls, 16, seconds)
    c["api_cpu_ms_per_request"] = round(
        (proc_cpu_s(pid) - api0) * 1000 / max(c["ok"] + c["errors"], 1), 2)
    c["distinct_urls"] = len(set(urls))
    say(f"    {label} /pairs x16, cache {cache}: {c['requests_per_s']} req/s")
    return c
