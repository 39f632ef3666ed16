"""/docs without a CDN: Swagger UI from the swagger-ui-bundle-v2 package's files when it is
installed, else a small self-contained page that lists the operations from /openapi.json."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs/assets"


def _swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]
    except ImportError:
        return None
    path = Path(str(swagger_ui_path))
    return path if (path / "swagger-ui-bundle.js").is_file() else None


SWAGGER_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - API docs</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="icon" type="image/png" href="{assets}/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({{url: "{openapi}", dom_id: "#swagger-ui", deepLinking: true,
  validatorUrl: null, presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout"}});
</script></body></html>
"""

PLAIN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - API docs</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; }}
code, pre {{ background: #f4f4f4; padding: 0 .3em; }}
.op {{ border-top: 1px solid #ddd; padding: .6rem 0; }}
.m {{ font-weight: bold; display: inline-block; min-width: 4.5rem; }}
</style></head>
<body><h1>{title}</h1>
<p>The full description is <a href="{openapi}">{openapi}</a> (OpenAPI 3.1).</p>
<div id="ops">Loading...</div>
<script>
fetch("{openapi}").then(r => r.json()).then(spec => {{
  const ops = document.getElementById("ops");
  ops.textContent = "";
  for (const [path, methods] of Object.entries(spec.paths)) {{
    for (const [method, op] of Object.entries(methods)) {{
      const div = document.createElement("div");
      div.className = "op";
      const head = document.createElement("div");
      const m = document.createElement("span");
      m.className = "m"; m.textContent = method.toUpperCase();
      const p = document.createElement("code");
      p.textContent = path;
      head.append(m, p, " ", op.summary || "");
      div.append(head);
      const params = (op.parameters || []).map(x => x.name + " (" + x.in + ")").join(", ");
      if (params) {{ const d = document.createElement("div"); d.textContent =
        "Parameters: " + params; div.append(d); }}
      if (op.description) {{ const d = document.createElement("pre");
        d.textContent = op.description; div.append(d); }}
      ops.append(div);
    }}
  }}
}});
</script></body></html>
"""


def install_docs(app: FastAPI, openapi_url: str) -> None:
    folder = _swagger_dir()
    if folder is not None:
        app.mount(ASSETS, StaticFiles(directory=folder), name="docs-assets")
        page = SWAGGER_PAGE.format(title=app.title, assets=ASSETS, openapi=openapi_url)
    else:
        page = PLAIN_PAGE.format(title=app.title, openapi=openapi_url)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page)
