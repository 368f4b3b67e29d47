"""Settings declared once (merchant_assistant.settings), stored per user in the platform's folders (paths.py),
and their use in the app: the interface language and the folder of the last PDF."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs
import pytest

from merchant_assistant import paths
from merchant_assistant.settings import (
    BUSINESS_ORDER,
    DECLARED,
    FORMAT_KEY,
    FORMAT_VERSION,
    LANGUAGE,
    LAST_IMPORT_FOLDER,
    LAST_PDF_FOLDER,
    PRESENTATION,
    TEXT_SIZE,
    WINDOW_GEOMETRY,
    Choice,
    Settings,
)


@pytest.fixture
def settings_file(tmp_path) -> Path:
    return tmp_path / "config" / "settings.json"


def stored(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# -- declared once, typed, with defaults -----------------------------------------------------------------------
def test_every_setting_is_declared_once_with_a_default():
    assert set(DECLARED) == {
        "interface_language",
        "window_geometry",
        "last_pdf_folder",
        "last_import_folder",
        "text_size",
        "business_order",
        "presentation_mode",
        "workshop_table",
    }
    with pytest.raises(ValueError, match="declared twice"):
        Choice("interface_language", "fr", ("fr",), "again")
    assert DECLARED["interface_language"] is LANGUAGE


def test_defaults_without_a_file(settings_file):
    settings = Settings(settings_file)
    assert settings.get(LANGUAGE) == "fr"
    assert settings.get(WINDOW_GEOMETRY) == b""
    assert settings.get(LAST_PDF_FOLDER) is None and settings.get(LAST_IMPORT_FOLDER) is None
    assert settings.get(TEXT_SIZE) == 0
    assert settings.get(BUSINESS_ORDER) == "changed"
    assert settings.get(PRESENTATION) == "off"
    assert not settings_file.exists()  # reading creates nothing


def test_values_round_trip_through_a_small_json_file(settings_file, tmp_path):
    settings = Settings(settings_file)
    geometry = bytes(range(256))
    assert settings.set(LANGUAGE, "ar")
    assert settings.set(WINDOW_GEOMETRY, geometry)
    assert settings.set(LAST_PDF_FOLDER, tmp_path / "plans")
    assert settings.update({LAST_IMPORT_FOLDER: str(tmp_path / "in"), TEXT_SIZE: 14})
    again = Settings(settings_file)  # another object, or the next start
    assert again.get(LANGUAGE) == "ar"
    assert again.get(WINDOW_GEOMETRY) == geometry
    assert again.get(LAST_PDF_FOLDER) == tmp_path / "plans"
    assert again.get(LAST_IMPORT_FOLDER) == tmp_path / "in"
    assert again.get(TEXT_SIZE) == 14
    data = stored(settings_file)
    assert data[FORMAT_KEY] == FORMAT_VERSION and data["interface_language"] == "ar"
    assert again.reset(TEXT_SIZE) and "text_size" not in stored(settings_file)
    assert again.get(TEXT_SIZE) == 0


def test_two_settings_objects_do_not_undo_each_other(settings_file, tmp_path):
    window, exporter = Settings(settings_file), Settings(settings_file)
    window.get(LANGUAGE)
    exporter.set(LAST_PDF_FOLDER, tmp_path)
    window.set(WINDOW_GEOMETRY, b"\x01\x02")
    assert Settings(settings_file).get(LAST_PDF_FOLDER) == tmp_path
    assert exporter.get(WINDOW_GEOMETRY) == b"\x01\x02"


def test_wrong_values_from_the_program_are_refused(settings_file):
    settings = Settings(settings_file)
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "de")
    with pytest.raises(ValueError):
        settings.set(TEXT_SIZE, 5)
    with pytest.raises(ValueError):
        settings.set(TEXT_SIZE, True)
    with pytest.raises(TypeError):
        settings.set(WINDOW_GEOMETRY, "not bytes")
    with pytest.raises(TypeError):
        settings.set(LAST_PDF_FOLDER, 42)
    assert not settings_file.exists()


# -- bad files never stop the program --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"not json at all",
        b"[1, 2, 3]",
        b'"a string"',
        b"\xff\xfe\x00garbage",
        b"null",
        b"[" * 100_000,
    ],
)
def test_a_damaged_file_gives_the_defaults_and_is_replaced_when_saving(settings_file, content, caplog):
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)
    settings = Settings(settings_file)
    with caplog.at_level(logging.WARNING, logger="merchant_assistant.settings"):
        assert settings.get(LANGUAGE) == "fr"
        assert settings.values()["text_size"] == 0
    assert any(str(settings_file) in record.getMessage() for record in caplog.records)
    assert settings.set(LANGUAGE, "en")
    assert Settings(settings_file).get(LANGUAGE) == "en"


def test_invalid_values_fall_back_one_by_one(settings_file, caplog):
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(
        json.dumps(
            {
                "interface_language": "klingon",
                "window_geometry": "%%% not base64 %%%",
                "last_pdf_folder": ["a", "list"],
                "last_import_folder": "",
                "text_size": 400,
            }
        ),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="merchant_assistant.settings"):
        values = Settings(settings_file).values()
    assert values == {key: setting.default for key, setting in DECLARED.items()}
    assert len(caplog.records) == 5


def test_a_file_from_a_newer_version_is_read_what_can_be_read_and_kept(settings_file, tmp_path):
    settings_file.parent.mkdir(parents=True)
    newer = {
        FORMAT_KEY: FORMAT_VERSION + 3,
        "interface_language": "en",
        "text_size": 12,
        "theme": {"dark": True, "accent": "#0a0"},  # a setting this version does not know
        "last_pdf_folder": 7,  # a type this version does not understand
    }
    settings_file.write_text(json.dumps(newer), encoding="utf-8")
    settings = Settings(settings_file)
    assert settings.get(LANGUAGE) == "en" and settings.get(TEXT_SIZE) == 12
    assert settings.get(LAST_PDF_FOLDER) is None
    assert settings.set(LAST_IMPORT_FOLDER, tmp_path)
    data = stored(settings_file)
    assert data["theme"] == {"dark": True, "accent": "#0a0"}  # the newer program finds its settings again
    assert data[FORMAT_KEY] == FORMAT_VERSION + 3  # and its format number is not lowered
    assert data["last_import_folder"] == str(tmp_path)


def test_writes_are_atomic(settings_file, monkeypatch):
    settings = Settings(settings_file)
    assert settings.set(LANGUAGE, "ar")
    before = settings_file.read_bytes()

    def failing_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", failing_replace)
    assert settings.set(LANGUAGE, "en") is False  # logged, not raised
    assert settings_file.read_bytes() == before  # the old file is whole
    assert sorted(p.name for p in settings_file.parent.iterdir()) == ["settings.json"]  # no temporary left


def test_an_unwritable_place_does_not_stop_the_program(tmp_path, caplog):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    settings = Settings(blocker / "settings.json")  # its folder cannot exist
    with caplog.at_level(logging.WARNING, logger="merchant_assistant.settings"):
        assert settings.set(LANGUAGE, "ar") is False
    assert "not saved" in caplog.text
    assert settings.get(LANGUAGE) == "fr"


# -- where: platformdirs, portable mode, the variable ----------------------------------------------------------
@pytest.fixture
def installed(monkeypatch, tmp_path):
    """A normal install: no variable, no portable.txt beside the program."""
    monkeypatch.delenv(paths.DATA_VARIABLE, raising=False)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path / "program")
    return monkeypatch


def test_windows_folders(installed):
    from platformdirs.windows import Windows

    installed.setattr(platformdirs, "PlatformDirs", Windows)
    installed.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\Amal\AppData\Roaming")
    installed.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\Amal\AppData\Local")
    expected = PureWindowsPath(r"C:\Users\Amal\AppData\Roaming\MerchantReadiness")  # %APPDATA%\MerchantReadiness
    assert PureWindowsPath(str(paths.data_dir())) == expected
    assert PureWindowsPath(str(paths.config_dir())) == expected
    assert PureWindowsPath(str(paths.log_dir())) == expected
    assert PureWindowsPath(str(paths.default_db_path())) == expected / "merchant-readiness.sqlite3"


def test_linux_folders(installed):
    from platformdirs.unix import Unix

    installed.setattr(platformdirs, "PlatformDirs", Unix)
    installed.setenv("HOME", "/home/amal")
    assert PurePosixPath(paths.data_dir()) == PurePosixPath("/home/amal/.local/share/MerchantReadiness")
    assert PurePosixPath(paths.config_dir()) == PurePosixPath("/home/amal/.config/MerchantReadiness")
    assert PurePosixPath(paths.settings_path()) == PurePosixPath("/home/amal/.config/MerchantReadiness/settings.json")
    assert PurePosixPath(paths.log_dir()) == PurePosixPath("/home/amal/.local/share/MerchantReadiness")


def test_macos_folders(installed):
    from platformdirs.macos import MacOS

    installed.setattr(platformdirs, "PlatformDirs", MacOS)
    installed.setenv("HOME", "/Users/amal")
    expected = PurePosixPath("/Users/amal/Library/Application Support/MerchantReadiness")
    assert PurePosixPath(paths.data_dir()) == expected
    assert PurePosixPath(paths.config_dir()) == expected


def test_portable_mode_keeps_settings_beside_the_data(installed, tmp_path):
    program = tmp_path / "program"
    program.mkdir()
    (program / "portable.txt").write_text("")
    assert paths.data_dir() == program / "data"
    assert paths.settings_path() == program / "data" / "settings.json"
    assert paths.log_dir() == program / "data"


def test_the_variable_overrides_everything(installed, tmp_path):
    program = tmp_path / "program"
    program.mkdir()
    (program / "portable.txt").write_text("")
    installed.setenv(paths.DATA_VARIABLE, str(tmp_path / "workshop"))
    assert paths.data_dir() == paths.config_dir() == paths.log_dir() == tmp_path / "workshop"
    assert Settings().path == tmp_path / "workshop" / "settings.json"
