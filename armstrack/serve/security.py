"""Security for the web UI and API: response headers, request size limits, write tokens, origins.

- Every response carries a Content-Security-Policy that allows only this server's own scripts, styles
  and images (no inline scripts), plus ``X-Content-Type-Options: nosniff`` and framing/referrer rules.
- Request bodies larger than the limit are refused with 413 before they are parsed.
- Write endpoints need the server's token (header ``X-Armstrack-Token`` or form field ``token``) when
  one is configured; the server refuses to listen beyond loopback without one (see ``check_bind``).
- Write requests whose Origin (or Referer) is another site are refused, so a web page the user
  happens to visit cannot post to a server on their machine.
"""

from __future__ import annotations

import ipaddress
import json
import secrets
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_HEADER = "X-Armstrack-Token"
TOKEN_FIELD = "token"
TOKEN_ENV_VAR = "ARMSTRACK_TOKEN"

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1); anything else is reachable from outside."""
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class BindError(ValueError):
    """The server would be reachable from other machines without a token."""


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond loopback without a token (anyone reaching the server could add articles)."""
    if not is_loopback(host) and not token:
        raise BindError(
            f"refusing to listen on {host!r} without a token: anyone who can reach it could add articles. "
            f"Set {TOKEN_ENV_VAR} or pass --token, or bind to 127.0.0.1.")


def token_matches(expected: str | None, given: str | None) -> bool:
    """No configured token means writes are open (loopback only); otherwise a constant-time compare."""
    if not expected:
        return True
    return bool(given) and secrets.compare_digest(expected.encode(), given.encode())


def same_origin(headers: dict[str, str], host_header: str | None) -> bool:
    """A write request comes from our own pages (or from a non-browser client that sends no Origin)."""
    if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
        return False
    origin = headers.get("origin")
    if origin is None or origin == "null":
        referer = headers.get("referer")
        if origin == "null":
            return False
        if not referer:
            return True
        origin = referer
    netloc = urlsplit(origin).netloc
    return bool(host_header) and netloc.lower() == host_header.lower()


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def host_name(host_header: str | None) -> str:
    """The host part of a Host header ("127.0.0.1:8000" -> "127.0.0.1", "[::1]:80" -> "::1")."""
    host = (host_header or "").strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host[1:]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class SecurityMiddleware:
    """Pure ASGI middleware: security headers on every response, body size limit and origin check on writes.

    ``allowed_hosts``: when given, requests for any other Host are refused (a server on loopback only
    answers to loopback names, so a web page cannot reach it through DNS rebinding).
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int, allowed_hosts: tuple[str, ...] | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.allowed_hosts = {h.lower().strip("[]") for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                existing = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in existing]
            await send(message)

        if self.allowed_hosts is not None and host_name(headers.get("host")) not in self.allowed_hosts:
            await _plain(send_with_headers, 421, "this server only answers to its own address")
            return
        if scope["method"] in WRITE_METHODS:
            if not same_origin(headers, headers.get("host")):
                await _plain(send_with_headers, 403, "cross-origin write requests are not accepted")
                return
            length = headers.get("content-length")
            if length is not None:
                try:
                    too_big = int(length) > self.max_body_bytes
                except ValueError:
                    await _plain(send_with_headers, 400, "invalid Content-Length")
                    return
                if too_big:
                    await _plain(send_with_headers, 413, _too_large(self.max_body_bytes))
                    return
            received = 0

            async def limited_receive() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > self.max_body_bytes:
                        raise _BodyTooLarge(self.max_body_bytes)
                return message

            try:
                await self.app(scope, limited_receive, send_with_headers)
            except _BodyTooLarge:
                if not started:
                    await _plain(send_with_headers, 413, _too_large(self.max_body_bytes))
            return
        await self.app(scope, receive, send_with_headers)


class _BodyTooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException so any layer that catches it answers 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large(limit))


def _too_large(limit: int) -> str:
    return f"request body too large (limit {limit / (1024 * 1024):.1f} MB)"


async def _plain(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
