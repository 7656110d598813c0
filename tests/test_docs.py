"""Docs are tested: every command, view and setting is in the README, and CI runs the README's test command."""

import dataclasses
import re

from checkers.settings import Settings
from flows.cli import app

from conftest import REPO

README = (REPO / "README.md").read_text("utf-8")


def test_every_cli_command_is_documented():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert names and all(f"veracity {name}" in README for name in names)


def test_every_view_is_documented():
    sql = "\n".join(p.read_text("utf-8") for p in sorted((REPO / "checkers" / "sql").glob("*.sql")))
    views = re.findall(r"CREATE OR REPLACE VIEW (\w+)", sql)
    assert views and all(f"`{view}`" in README for view in views)


def test_every_setting_is_documented():
    assert all(f"`{f.name}`" in README for f in dataclasses.fields(Settings))


def test_the_settings_table_gives_the_code_defaults():
    """Every number and switch in the README's settings table is the default the code has."""
    defaults = {f.name: (f.default if f.default is not dataclasses.MISSING else f.default_factory())  # type: ignore[misc]
                for f in dataclasses.fields(Settings)}
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \|", README, re.MULTILINE)
    checked = 0
    for name, cell in rows:
        if name not in defaults:
            continue
        cell = cell.strip()
        if cell in ("true", "false"):
            assert defaults[name] is (cell == "true"), name
        elif re.fullmatch(r"[\d,]+(?:\.\d+)?", cell):
            assert defaults[name] == float(cell.replace(",", "")), (name, cell, defaults[name])
        else:
            continue
        checked += 1
    assert checked >= 30


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"^python3 -m venv .*$", README, re.MULTILINE)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (REPO / ".ci" / "run").read_text("utf-8")


def test_the_readme_config_example_loads(tmp_path):
    block = re.search(r"```toml\n(# veracity.toml\n)?(?P<body>\[discover\].*?)```", README, re.DOTALL).group("body")
    path = tmp_path / "veracity.toml"
    path.write_text(block, "utf-8")
    settings = Settings.load(path, env={})
    assert settings.discover_searxng_url == "http://localhost:8888" and "reuters.com" in settings.decide_trusted_domains
