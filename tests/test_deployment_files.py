"""docker-compose.yml, .env.example and the README stay in step with the settings."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def settings_variables() -> set[str]:
    source = (ROOT / "nelscp" / "settings.py").read_text()
    return set(re.findall(r'env(?:bool|int|list|str|url)?\(\s*"([A-Z_]+)"', source)) | set(
        re.findall(r'os\.environ\.get\(\s*"([A-Z_]+)"', source)
    )


def test_every_environment_variable_the_settings_read_is_documented_in_the_readme():
    variables = settings_variables()
    assert "DATABASE_URL" in variables and "REDIS_URL" in variables
    missing = sorted(name for name in variables if f"`{name}`" not in README)
    assert missing == []


def test_every_variable_in_the_env_example_is_one_the_settings_read():
    example = (ROOT / ".env.example").read_text()
    names = {line.split("=", 1)[0] for line in example.splitlines() if re.match(r"[A-Z_]+=", line)}
    compose_only = {"POSTGRES_PASSWORD", "FORWARDED_ALLOW_IPS"}  # read by compose and gunicorn
    assert names - compose_only <= settings_variables()
    assert {"DJANGO_SECRET_KEY", "DJANGO_DEBUG", "DJANGO_ALLOWED_HOSTS"} <= names


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_runs_web_worker_beat_postgres_and_redis_with_health_checks():
    services = compose()["services"]
    assert set(services) == {"web", "worker", "scheduler", "beat", "postgres", "redis"}
    assert all("healthcheck" in service for service in services.values())
    assert "gunicorn nelscp.wsgi" in services["web"]["command"]
    assert services["worker"]["command"].startswith("celery -A nelscp worker")
    assert services["beat"]["command"].startswith("celery -A nelscp beat")
    # publication has its own worker on its own queue, and the main worker leaves that queue
    assert "-Q scheduler" in services["scheduler"]["command"]
    assert "-Q celery" in services["worker"]["command"]
    assert all(service.get("restart") == "unless-stopped" for service in services.values()), (
        "a process that dies (e.g. a worker after a Redis restart) is restarted"
    )


def test_compose_app_services_share_one_image_and_differ_only_by_environment():
    services = compose()["services"]
    apps = [services[name] for name in ("web", "worker", "scheduler", "beat")]
    assert {app["image"] for app in apps} == {"nelscp:latest"}
    for app in apps:
        assert app["environment"]["DATABASE_URL"].endswith("@postgres:5432/nelscp")
        assert app["environment"]["REDIS_URL"] == "redis://redis:6379/0"
        assert app["env_file"] == ".env"
        assert app["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_compose_publishes_the_web_port_to_the_proxy_on_this_machine_only():
    web = compose()["services"]["web"]

    assert web["ports"] == ["127.0.0.1:8000:8000"]
    assert all(
        "ports" not in service for name, service in compose()["services"].items() if name != "web"
    )


def test_gunicorn_trusts_forwarded_headers_from_the_proxy_alone():
    config = compose()
    command = config["services"]["web"]["command"]
    example = (ROOT / ".env.example").read_text()

    assert "--forwarded-allow-ips=${FORWARDED_ALLOW_IPS:?" in command
    assert "FORWARDED_ALLOW_IPS=172.30.80.1" in example
    assert config["networks"]["default"]["ipam"]["config"] == [{"subnet": "172.30.80.0/24"}]
    assert "`FORWARDED_ALLOW_IPS`" in README and "127.0.0.1:8000" in README


def test_compose_runs_production_settings_whatever_the_env_file_says():
    services = compose()["services"]
    example = (ROOT / ".env.example").read_text()

    for name in ("web", "worker", "scheduler", "beat"):
        assert services[name]["environment"]["DJANGO_DEBUG"] == "false"
    assert "EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend" in example
    assert "DJANGO_TRUSTED_PROXIES=1" in example


def test_the_readme_starts_with_the_two_commands():
    commands = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    assert [line.split()[:2] for line in commands.strip().splitlines()] == [
        ["make", "run"],
        ["make", "test"],
    ]


def test_ci_runs_the_readme_test_command_on_both_databases():
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.count("make test") >= 2
    assert "DATABASE_URL=" in ci and "REDIS_URL=" in ci
