"""The error hierarchy. The CLI maps these to exit messages and the API to HTTP
status codes; nothing else catches them.

    AssistantError
    ├── ConfigError            settings are missing or invalid
    ├── InputError             a user-supplied article or request is unusable
    │   ├── UnsupportedFileError   extension we do not read
    │   ├── EmptyFileError         nothing to ingest
    │   ├── BinaryFileError        binary content / undecodable bytes
    │   ├── FileTooLargeError      over the configured size limit
    │   └── MissingPathError       the path does not exist
    ├── NotFoundError          an article, speaker or backend id is unknown
    ├── StoreError             the vector store failed or is unreachable
    └── BackendError           an answer backend failed (the chain falls back)
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigError(AssistantError):
    pass


class InputError(AssistantError):
    """Bad user input. ``path`` names the offending file when there is one."""

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)
        self.reason = message


class UnsupportedFileError(InputError):
    pass


class EmptyFileError(InputError):
    pass


class BinaryFileError(InputError):
    pass


class FileTooLargeError(InputError):
    pass


class MissingPathError(InputError):
    pass


class NotFoundError(AssistantError):
    pass


class StoreError(AssistantError):
    pass


class BackendError(AssistantError):
    pass
