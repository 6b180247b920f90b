"""Decrypting EnableX's encrypted webhook envelope (hand-written runtime, copied in by `voicespec generate`).

With webhook security on, EnableX POSTs `{"encrypted_data": "..."}` and names how it was encrypted in three
headers. EnableX's own sample applications and its "Secure Webhooks" guide decrypt it with Node's
`crypto.createDecipher(req.headers['x-algoritm'], APP_ID)`, then `decipher.update(encrypted_data,
req.headers['x-format'], req.headers['x-encoding'])` (sources: specs/enablex-voice/evidence/README.md).
That Node call fixes the scheme reproduced here:

- the password is the project's **app ID** (not the app key, which is the Basic-auth password);
- key and IV come from OpenSSL's `EVP_BytesToKey` with MD5, one iteration and no salt:
  D1 = MD5(password), Di = MD5(D(i-1) + password), concatenated until key + IV bytes are filled;
- `x-algoritm` (so spelled by the samples; the guide's prose writes `x-algorithm`, also accepted) is the
  OpenSSL cipher name; AES in CBC mode (`aes-128-cbc`, `aes-192-cbc`, `aes-256-cbc`, or OpenSSL's aliases
  `aes128`/`aes192`/`aes256`) with PKCS#7 padding (Node's default) is supported;
- `x-format` is the text encoding of `encrypted_data` (`hex`, `base64` or `base64url`), `x-encoding` the
  text encoding of the decrypted JSON (`utf8`, `utf-8`, `ascii`, `latin1`, `binary`).

CBC has no authentication tag: a wrong app ID or a tampered envelope shows as bad padding or as
plaintext that is not JSON, and both raise `DecryptionError`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .webhook_errors import DecryptionError

__all__ = [
    "ALGORITHM_HEADERS",
    "CIPHERS",
    "ENCODING_HEADER",
    "ENVELOPE_KEY",
    "FORMAT_HEADER",
    "decrypt_envelope",
    "evp_bytes_to_key",
]

ENVELOPE_KEY = "encrypted_data"
ALGORITHM_HEADERS = ("x-algoritm", "x-algorithm")
FORMAT_HEADER = "x-format"
ENCODING_HEADER = "x-encoding"

# OpenSSL cipher name -> AES key length in bytes (all CBC, 16-byte IV).
CIPHERS: Mapping[str, int] = {
    "aes-128-cbc": 16,
    "aes-192-cbc": 24,
    "aes-256-cbc": 32,
    "aes128": 16,
    "aes192": 24,
    "aes256": 32,
}
_IV_LENGTH = 16
_TEXT_ENCODINGS: Mapping[str, str] = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "ascii": "ascii",
    "latin1": "latin-1",
    "binary": "latin-1",  # Node's alias of latin1
}
_FORMATS = ("hex", "base64", "base64url")


def evp_bytes_to_key(password: bytes, key_length: int, iv_length: int) -> tuple[bytes, bytes]:
    """OpenSSL `EVP_BytesToKey(cipher, md5, salt=NULL, password, count=1)`, as in Node `createDecipher`."""
    derived, block = b"", b""
    while len(derived) < key_length + iv_length:
        block = hashlib.md5(block + password).digest()  # MD5: what the scheme prescribes
        derived += block
    return derived[:key_length], derived[key_length : key_length + iv_length]


def decrypt_envelope(envelope: Mapping[str, object], headers: Mapping[str, str], app_id: str) -> str:
    """The decrypted text of `envelope["encrypted_data"]`; raises `DecryptionError` naming the problem."""
    lowered = {key.lower(): value for key, value in headers.items()}
    algorithm = _algorithm(lowered)
    data_format = _header(lowered, FORMAT_HEADER).lower()
    text_encoding = _header(lowered, ENCODING_HEADER).lower()
    if data_format not in _FORMATS:
        raise DecryptionError(
            FORMAT_HEADER, f"unsupported format {data_format!r}; expected one of {_FORMATS}"
        )
    if text_encoding not in _TEXT_ENCODINGS:
        raise DecryptionError(
            ENCODING_HEADER,
            f"unsupported encoding {text_encoding!r}; expected one of {tuple(_TEXT_ENCODINGS)}",
        )
    ciphertext = _ciphertext(envelope.get(ENVELOPE_KEY), data_format)
    key, iv = evp_bytes_to_key(app_id.encode("utf-8"), CIPHERS[algorithm], _IV_LENGTH)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(algorithms.AES.block_size).unpadder()
    try:
        plaintext = unpadder.update(decryptor.update(ciphertext) + decryptor.finalize()) + unpadder.finalize()
    except ValueError as exc:
        raise DecryptionError(
            ENVELOPE_KEY, f"bad padding after decryption ({exc}): wrong app ID, or the envelope was altered"
        ) from exc
    try:
        return plaintext.decode(_TEXT_ENCODINGS[text_encoding])
    except UnicodeDecodeError as exc:
        raise DecryptionError(
            ENVELOPE_KEY,
            f"decrypted data is not {text_encoding} text (byte {exc.start}): wrong app ID, or the envelope "
            "was altered",
        ) from exc


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if not isinstance(value, str) or not value.strip():
        raise DecryptionError(name, "header missing: an encrypted envelope names its encoding in this header")
    return value.strip()


def _algorithm(headers: Mapping[str, str]) -> str:
    present = [name for name in ALGORITHM_HEADERS if name in headers]
    if not present:
        raise DecryptionError(
            ALGORITHM_HEADERS[0], "header missing: an encrypted envelope names its cipher in this header"
        )
    algorithm = _header(headers, present[0]).lower()
    if algorithm not in CIPHERS:
        raise DecryptionError(
            present[0], f"unsupported cipher {algorithm!r}; supported: {', '.join(sorted(CIPHERS))}"
        )
    return algorithm


def _ciphertext(value: object, data_format: str) -> bytes:
    if not isinstance(value, str) or not value:
        raise DecryptionError(ENVELOPE_KEY, "must be a non-empty string of ciphertext")
    try:
        if data_format == "hex":
            data = bytes.fromhex(value)
        else:
            altchars = b"-_" if data_format == "base64url" else None
            data = base64.b64decode(value + "=" * (-len(value) % 4), altchars=altchars, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise DecryptionError(ENVELOPE_KEY, f"not valid {data_format}: {exc}") from exc
    if not data or len(data) % _IV_LENGTH:
        raise DecryptionError(
            ENVELOPE_KEY, f"ciphertext of {len(data)} bytes is not a whole number of 16-byte AES blocks"
        )
    return data
