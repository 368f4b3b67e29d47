"""Passphrase protection of an exchange file (docs/file-format.md, "Protected files").

Participants carry their business on USB sticks: the file is sealed with AES-256-GCM (authenticated: a changed byte
anywhere is detected) under a key derived from the passphrase with scrypt (slow on purpose, so that guessing
passphrases costs). The header (the KDF's parameters, the salt, the nonce) is written in clear, so that the
parameters can be raised later without a new format, and is authenticated with the ciphertext.

Layout: ``MAGIC`` (8 bytes), the header's length (4 bytes, big-endian), the header (JSON, ASCII), the ciphertext
followed by GCM's 16-byte tag. Nothing here opens a file: callers pass bytes (business_file reads, the exporter
writes through files.write_atomically).
"""

from __future__ import annotations

import base64
import json
import os
import struct
from typing import Any

from .errors import InvalidFile, InvalidInput

MAGIC = b"MRA-SEAL"  # the first bytes of a protected file: never the start of JSON, YAML text or UTF-8 BOM
FORMAT_VERSION = 1
# scrypt's cost: n = 2**17, r = 8 takes about 0.3 s and 128 MiB on the 2020 laptop this was measured on. A file
# states its own parameters; reading accepts anything up to the limits below (a hostile header cannot make the
# program allocate gigabytes or run for minutes).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_SCRYPT_MEMORY = 512 * 1024 * 1024  # 128 * n * r bytes
MAX_SCRYPT_P = 4
MAX_HEADER = 1024
SALT_BYTES, NONCE_BYTES, TAG_BYTES = 16, 12, 16
MAX_PASSPHRASE = 1024


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str) -> str:
    """The passphrase as given, or InvalidInput when it is empty or absurdly long."""
    if not isinstance(passphrase, str) or not passphrase:
        raise InvalidInput("exchange_passphrase_empty")
    if len(passphrase) > MAX_PASSPHRASE:
        raise InvalidInput("exchange_passphrase_too_long", limit=MAX_PASSPHRASE)
    return passphrase


def seal(plain: bytes, passphrase: str) -> bytes:
    """``plain`` encrypted under ``passphrase``, with a fresh salt and nonce."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = json.dumps(
        {
            "version": FORMAT_VERSION,
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode("ascii"),
            "nonce": base64.b64encode(nonce).decode("ascii"),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode("ascii")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    key = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return prefix + AESGCM(key).encrypt(nonce, plain, prefix)


def _header(data: bytes, file: str) -> tuple[dict[str, Any], int]:
    damaged = InvalidFile("exchange_sealed_damaged", file=file)
    if len(data) < len(MAGIC) + 4:
        raise damaged
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    if length > MAX_HEADER or len(data) < end + TAG_BYTES:
        raise damaged
    try:
        header = json.loads(data[len(MAGIC) + 4 : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise damaged from None
    if not isinstance(header, dict):
        raise damaged
    version = header.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InvalidFile("exchange_sealed_too_new", file=file, version=version, known=FORMAT_VERSION)
    if version != FORMAT_VERSION or header.get("cipher") != "AES-256-GCM" or header.get("kdf") != "scrypt":
        raise damaged
    n, r, p = (header.get(k) for k in ("n", "r", "p"))
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in (n, r, p)):
        raise damaged
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if n < 2 or n & (n - 1) or 128 * n * r > MAX_SCRYPT_MEMORY or p > MAX_SCRYPT_P:
        raise damaged
    try:
        header["salt"] = base64.b64decode(str(header.get("salt")), validate=True)
        header["nonce"] = base64.b64decode(str(header.get("nonce")), validate=True)
    except ValueError:
        raise damaged from None
    if len(header["nonce"]) != NONCE_BYTES or not 8 <= len(header["salt"]) <= 64:
        raise damaged
    return header, end


def unseal(data: bytes, passphrase: str | None, file: str) -> bytes:
    """The plain bytes of a sealed file; InvalidFile saying it is protected (no passphrase) or that the passphrase
    is wrong or the file changed (the two cannot be told apart: that is what authenticated encryption gives)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, end = _header(data, file)
    if passphrase is None:
        raise InvalidFile("exchange_protected", file=file)
    check_passphrase(passphrase)
    key = _key(passphrase, header["salt"], header["n"], header["r"], header["p"])
    try:
        return AESGCM(key).decrypt(header["nonce"], data[end:], data[:end])
    except InvalidTag:
        raise InvalidFile("exchange_wrong_passphrase", file=file) from None


def read_passphrase_file(path: str | os.PathLike[str]) -> str:
    """The passphrase held in a file (its first line, without the line end): how scripts give one without it
    showing in the list of processes or the shell's history."""
    from pathlib import Path

    from .errors import NotFound, os_reason

    path = Path(path)
    try:
        data = path.read_bytes()[: MAX_PASSPHRASE * 4 + 2]
    except FileNotFoundError:
        raise NotFound("file_not_found", path=path) from None
    except IsADirectoryError:
        raise InvalidFile("file_is_folder", path=path) from None
    except OSError as error:
        raise InvalidFile("file_unreadable", path=path, reason=os_reason(error)) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidFile("bf_not_utf8", file=path.name) from None
    return check_passphrase(text.splitlines()[0] if text.splitlines() else "")
