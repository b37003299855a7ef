# One image for web, worker and beat; docker-compose.yml sets what differs.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_VAR_DIR=/app/var
# WeasyPrint needs Pango and HarfBuzz; DejaVu gives PDFs a font with full coverage.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN DJANGO_DEBUG=false DJANGO_SECRET_KEY=collectstatic-only \
    EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend \
    python manage.py collectstatic --noinput \
    && useradd --create-home --uid 1000 app \
    && mkdir -p /app/var/media \
    && chown -R app /app/var

USER app
EXPOSE 8000
# gunicorn trusts X-Forwarded-* only from FORWARDED_ALLOW_IPS (its own variable): the proxy.
CMD ["gunicorn", "nelscp.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
