"""The HTTP query API (FastAPI): `api.app.create_app(store=None, settings=None)`."""
