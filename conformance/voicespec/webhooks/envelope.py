"""EnableX's side of webhook security: encrypting an event into the envelope EnableX sends.

The mirror of `enablex_voice.webhook_envelope` (see its docstring and
specs/enablex-voice/evidence/encrypted-webhooks.yaml): Node's `crypto.createCipher(algorithm, APP_ID)`,
i.e. key and IV from OpenSSL `EVP_BytesToKey` (MD5, one round, no salt) of the app ID, AES-CBC with PKCS#7
padding, the ciphertext written as `hex`, `base64` or `base64url` in `{"encrypted_data": ...}`, and the
three headers naming how. Written independently of the runtime, so that a test of one against the other
means something.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_LENGTHS = {"aes-128-cbc": 16, "aes-192-cbc": 24, "aes-256-cbc": 32}
FORMATS = ("hex", "base64", "base64url")


def _key_and_iv(app_id: str, key_length: int) -> tuple[bytes, bytes]:
    password, derived, block = app_id.encode("utf-8"), b"", b""
    while len(derived) < key_length + 16:
        block = hashlib.md5(block + password).digest()  # what createCipher's key derivation prescribes
        derived += block
    return derived[:key_length], derived[key_length : key_length + 16]


def _text(ciphertext: bytes, data_format: str) -> str:
    if data_format == "hex":
        return ciphertext.hex()
    if data_format == "base64url":
        return base64.urlsafe_b64encode(ciphertext).decode("ascii").rstrip("=")
    return base64.b64encode(ciphertext).decode("ascii")


def encrypt(
    event: Any, app_id: str, algorithm: str = "aes-256-cbc", data_format: str = "hex"
) -> tuple[bytes, dict[str, str]]:
    """The envelope body and headers EnableX sends for `event` (a JSON value or raw bytes)."""
    plaintext = event if isinstance(event, bytes) else json.dumps(event).encode("utf-8")
    key, iv = _key_and_iv(app_id, KEY_LENGTHS[algorithm])
    padder = padding.PKCS7(algorithms.AES.block_size).padder()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padder.update(plaintext) + padder.finalize()) + encryptor.finalize()
    body = json.dumps({"encrypted_data": _text(ciphertext, data_format)}).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "x-algoritm": algorithm,  # sic: the header EnableX's samples read
        "x-format": data_format,
        "x-encoding": "utf8",
    }
    return body, headers


def tamper(body: bytes) -> bytes:
    """The envelope with one ciphertext character changed (in the second-to-last block: padding breaks)."""
    envelope = json.loads(body)
    text: str = envelope["encrypted_data"]
    index = max(len(text) - 40, 0)
    swapped = "0" if text[index] != "0" else "1"
    envelope["encrypted_data"] = text[:index] + swapped + text[index + 1 :]
    return json.dumps(envelope).encode("utf-8")
