"""Settings for `bench_http.py`: the production settings, with `http_urls` as the URLconf.

`DJANGO_SETTINGS_MODULE=http_site` (with `bench/` on the path) serves every URL of the site
and `/bench/bare/`, a view that does nothing behind the same middleware. Never used outside
the benchmark.
"""

from nelscp.settings import *  # noqa: F403

ROOT_URLCONF = "http_urls"
