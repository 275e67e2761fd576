"""What the route modules share with the app without importing it: the per-request database session.

``serve/app.py`` builds the app and includes the routers; the routers import from here, never from
``app.py``, so the two do not import each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.encoders import jsonable_encoder
from sqlalchemy.orm import Session

from armstrack.settings import Settings


def get_session(request: Request) -> Iterator[Session]:
    """A session of the app's database for one request, closed when the response is done."""
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def app_settings(request: Request) -> Settings:
    """The settings the app was created with (``create_app(settings=...)``): page sizes and limits."""
    return request.app.state.settings


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types (dates, dataclasses and models included), as FastAPI encodes them."""
    return jsonable_encoder(value)
