"""Prometheus text-format metrics, kept by hand (no client library needed): request counts by
route template, method and status, a latency histogram per route, and requests in flight."""

from __future__ import annotations

import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterable

from starlette.routing import BaseRoute, compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.started = time.time()
        self.requests: defaultdict[tuple[str, str, str], int] = defaultdict(int)
        self.buckets: defaultdict[str, list[int]] = defaultdict(lambda: [0] * len(BUCKETS))
        self.sums: defaultdict[str, float] = defaultdict(float)
        self.counts: defaultdict[str, int] = defaultdict(int)
        self.in_flight = 0
        self.templates: dict[object, str] = {}  # endpoint function -> its path template
        self.methods: list[tuple[re.Pattern[str], set[str]]] = []

    def add_routes(self, prefix: str, routes: Iterable[BaseRoute]) -> None:
        """Learn the path templates to label requests with, by endpoint."""
        for route in routes:
            endpoint = getattr(route, "endpoint", None)
            path = getattr(route, "path", None)
            if endpoint is not None and isinstance(path, str):
                self.templates[endpoint] = prefix + path
                methods = getattr(route, "methods", None) or ()
                self.methods.append((compile_path(prefix + path)[0], set(methods) - {"HEAD"}))

    def allowed(self, path: str) -> list[str]:
        """The methods some route answers on this path (for a 405's Allow header)."""
        return sorted({m for regex, methods in self.methods if regex.match(path) for m in methods})

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(method, route, str(status))] += 1
            counts = self.buckets[route]
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    counts[i] += 1
            self.sums[route] += seconds
            self.counts[route] += 1

    def render(self) -> str:
        with self._lock:
            lines = [
                "# HELP diplograph_http_requests_total HTTP requests by method, route, status.",
                "# TYPE diplograph_http_requests_total counter",
            ]
            for (method, route, status), n in sorted(self.requests.items()):
                lines.append(
                    f'diplograph_http_requests_total{{method="{_escape(method)}",'
                    f'route="{_escape(route)}",status="{status}"}} {n}')
            lines += [
                "# HELP diplograph_http_request_duration_seconds Request latency by route.",
                "# TYPE diplograph_http_request_duration_seconds histogram",
            ]
            for route in sorted(self.counts):
                label = f'route="{_escape(route)}"'
                for bound, n in zip(BUCKETS, self.buckets[route], strict=True):
                    lines.append(
                        f'diplograph_http_request_duration_seconds_bucket{{{label},le="{bound}"}}'
                        f" {n}")
                lines.append(
                    f'diplograph_http_request_duration_seconds_bucket{{{label},le="+Inf"}}'
                    f" {self.counts[route]}")
                lines.append(
                    f"diplograph_http_request_duration_seconds_sum{{{label}}} "
                    f"{self.sums[route]:.6f}")
                lines.append(
                    f"diplograph_http_request_duration_seconds_count{{{label}}} "
                    f"{self.counts[route]}")
            lines += [
                "# HELP diplograph_http_requests_in_flight Requests being served now.",
                "# TYPE diplograph_http_requests_in_flight gauge",
                f"diplograph_http_requests_in_flight {self.in_flight}",
                "# HELP diplograph_process_start_time_seconds Start time of the process.",
                "# TYPE diplograph_process_start_time_seconds gauge",
                f"diplograph_process_start_time_seconds {self.started:.3f}",
            ]
        return "\n".join(lines) + "\n"

    def enter(self) -> None:
        with self._lock:
            self.in_flight += 1

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


class MetricsMiddleware:
    """Outermost middleware, so 413s and 500s are counted too. Labels use the matched route's
    template (/api/v1/entities/{ref}), never the raw path, to keep the label set small; the
    router leaves the matched endpoint in the scope."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        begin = time.perf_counter()

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        self.metrics.enter()
        try:
            await self.app(scope, receive, recording_send)
        finally:
            self.metrics.leave()
            template = self.metrics.templates.get(scope.get("endpoint"), "unmatched")
            self.metrics.observe(
                scope.get("method", "?"), template, status, time.perf_counter() - begin)
