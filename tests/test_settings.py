"""The settings object (armstrack.settings): defaults, a TOML file, environment variables, their order,
one clear line for a bad file, and `armstrack config`."""

from __future__ import annotations

import dataclasses
import json

import pytest
from typer.testing import CliRunner

from armstrack import settings
from armstrack.cli import app
from armstrack.settings import Settings, SettingsError, load_settings

runner = CliRunner()


def test_defaults_are_the_values_the_stages_had_before():
    s = load_settings(environ={})
    assert (s.nlp_batch_size, s.nlp_processes, s.triage, s.resolve_every, s.resolve_defer_share) == (32, 1, True, 500, 1.0)
    assert (s.max_article_chars, s.max_file_bytes, s.parse_chunk_chars, s.parse_batch_chars) == \
        (1_000_000, 20 * 1024 * 1024, 10_000, 40_000)
    assert (s.fetch_host_delay, s.fetch_timeout, s.watch_every_minutes, s.sqlite_busy_seconds) == (2.0, 20.0, 15, 600.0)
    # tunables that lived in the stages' own modules
    assert (s.sql_chunk, s.export_batch, s.export_batch_mentions, s.fts_ranked, s.q_candidates) == (500, 500, 5000, 5000, 3000)
    assert (s.quote_overlap, s.same_event_words, s.recent_days, s.duplicate_threshold) == (0.8, 0.35, 366, 0.8)
    assert (s.meeting_trip_reach, s.quote_max_steps, s.event_max_summary, s.page_size, s.csv_rows) == (120, 8, 120, 50, 1_000_000)
    assert s.db == settings.DEFAULT_DB_URL and s.model == settings.DEFAULT_MODEL
    assert set(s.origin.values()) == {"default"}
    assert s == Settings()  # the loaded defaults are the dataclass's


def test_settings_are_frozen_and_replace_checks_names_and_types():
    s = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.page_size = 10  # type: ignore[misc]
    assert s.replace(page_size=10).page_size == 10 and s.page_size == 50
    with pytest.raises(SettingsError, match="unknown setting 'page_sise'"):
        s.replace(page_sise=10)
    with pytest.raises(SettingsError, match="must be an integer"):
        s.replace(page_size="ten")


def test_a_file_overrides_the_defaults(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("nlp_batch_size = 8\ntriage = false\nquote_overlap = 1\nfetch_contact_url = 'https://example.org/us'\n")
    s = load_settings(path, environ={})
    assert (s.nlp_batch_size, s.triage, s.quote_overlap, s.fetch_contact_url) == (8, False, 1.0, "https://example.org/us")
    assert isinstance(s.quote_overlap, float)
    assert s.origin["nlp_batch_size"] == f"file {path}" and s.origin["page_size"] == "default"


def test_the_environment_overrides_the_file_and_the_file_comes_from_flag_env_or_working_folder(tmp_path, monkeypatch):
    local = tmp_path / "armstrack.toml"
    local.write_text("nlp_batch_size = 8\npage_size = 20\n")
    other = tmp_path / "other.toml"
    other.write_text("page_size = 30\n")
    monkeypatch.chdir(tmp_path)
    assert load_settings(environ={}).page_size == 20  # ./armstrack.toml
    assert load_settings(environ={"ARMSTRACK_CONFIG": str(other)}).page_size == 30
    assert load_settings(other, environ={"ARMSTRACK_CONFIG": str(local)}).page_size == 30  # --config first
    s = load_settings(environ={"ARMSTRACK_NLP_BATCH_SIZE": "4", "ARMSTRACK_TRIAGE": "0"})
    assert (s.nlp_batch_size, s.page_size, s.triage) == (4, 20, False)
    assert s.origin["nlp_batch_size"] == "env ARMSTRACK_NLP_BATCH_SIZE" and s.origin["page_size"].startswith("file ")
    # the variables of before the settings object still work; the new name wins over the old one
    assert load_settings(environ={"ARMSTRACK_PROCESSES": "3"}).nlp_processes == 3
    assert load_settings(environ={"ARMSTRACK_PROCESSES": "3", "ARMSTRACK_NLP_PROCESSES": "2"}).nlp_processes == 2
    assert load_settings(environ={"ARMSTRACK_HOST_DELAY": "0.5"}).fetch_host_delay == 0.5


@pytest.mark.parametrize("text, message", [
    ("nlp_batch_size = 'eight'\n", "setting 'nlp_batch_size' must be an integer, not str 'eight'"),
    ("triage = 1\n", "setting 'triage' must be true or false"),
    ("page_size = -5\n", "setting 'page_size' must not be negative"),
    ("nlp_batch_sise = 8\n", "unknown setting 'nlp_batch_sise'"),
    ("nlp_batch_size = \n", "not valid TOML"),
])
def test_a_bad_file_gives_one_line_naming_the_file_and_the_key(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(SettingsError) as err:
        load_settings(path, environ={})
    assert str(err.value).startswith(f"{path}: ") and message in str(err.value) and "\n" not in str(err.value)


def test_a_bad_variable_or_a_missing_file_is_named(tmp_path):
    with pytest.raises(SettingsError, match="environment variable ARMSTRACK_NLP_BATCH_SIZE must be an integer"):
        load_settings(environ={"ARMSTRACK_NLP_BATCH_SIZE": "many"})
    with pytest.raises(SettingsError, match="ARMSTRACK_TRIAGE must be true or false"):
        load_settings(environ={"ARMSTRACK_TRIAGE": "maybe"})
    with pytest.raises(SettingsError, match="no such settings file"):
        load_settings(tmp_path / "absent.toml", environ={})


def test_the_active_settings_reach_a_stage(tune):
    from armstrack.extract.quotations import QuoteSpan, is_scare_quote

    text = 'It was a "very bold new plan" they said.'
    span = QuoteSpan(text.index('"'), text.rindex('"'), True, False)
    assert not is_scare_quote(text, span)  # four words: more than quote_scare_max_words (3)
    tune(quote_scare_max_words=4)
    assert is_scare_quote(text, span)
    assert settings.QUOTE_SCARE_MAX_WORDS == 4  # the upper-case names of before read the active settings


def test_config_command_shows_values_and_where_they_came_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "armstrack.toml").write_text("page_size = 25\nnlp_batch_size = 16\n")
    monkeypatch.setenv("ARMSTRACK_NLP_BATCH_SIZE", "12")
    result = runner.invoke(app, ["config", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert rows["page_size"]["value"] == 25 and rows["page_size"]["source"] == f"file {tmp_path / 'armstrack.toml'}"
    assert rows["nlp_batch_size"]["value"] == 12 and rows["nlp_batch_size"]["source"] == "env ARMSTRACK_NLP_BATCH_SIZE"
    assert rows["csv_rows"] == {"name": "csv_rows", "value": 1_000_000, "source": "default", "env": "ARMSTRACK_CSV_ROWS",
                                "help": settings.FIELDS["csv_rows"].metadata["help"]}
    table = runner.invoke(app, ["config"])
    assert table.exit_code == 0 and "page_size" in table.output and "nlp_batch_size" in table.output
    assert settings._active is None  # the command's settings were the active ones only while it ran


def test_config_flag_and_a_bad_file_on_the_command_line(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text("timeline_page = 99\n")
    result = runner.invoke(app, ["--config", str(good), "config", "--json"])
    assert result.exit_code == 0, result.output
    assert {r["name"]: r["value"] for r in json.loads(result.output)}["timeline_page"] == 99
    bad = tmp_path / "bad.toml"
    bad.write_text("timeline_page = 'long'\n")
    result = runner.invoke(app, ["--config", str(bad), "stats"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "'timeline_page'" in lines[0]
