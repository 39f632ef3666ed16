# The API (and the ingest CLI) in one small image; the graph lives in the neo4j service.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph graph
COPY ingest ingest
COPY api api
COPY viz viz
COPY diplograph diplograph
COPY bench bench
RUN pip install --no-cache-dir . && useradd --create-home diplograph
USER diplograph
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["diplograph", "serve", "--host", "0.0.0.0", "--port", "8000"]
