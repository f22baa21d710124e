"""JSON images of Python values for the recorded corpora, shared by every recorder.

JSON (and a JavaScript number) cannot hold everything Python produces, so:
non-finite floats become {"$float": "nan" | "inf" | "-inf"}, integers outside the JavaScript
safe range become {"$int": "<digits>"}, bytes become {"$bytes": "<base64>"}; anything else goes
to the caller's `other` (by default {"$repr": repr(value)}).
"""

from __future__ import annotations

import base64
import math
from typing import Any, Callable

MAX_SAFE_INTEGER = 2**53 - 1


def _repr(value: Any) -> Any:
    return {'$repr': repr(value)}


def to_json(value: Any, other: Callable[[Any], Any] = _repr) -> Any:
    """The JSON-safe image of `value` (see the module docstring)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if abs(value) <= MAX_SAFE_INTEGER else {'$int': str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            return {'$float': 'nan'}
        if math.isinf(value):
            return {'$float': 'inf' if value > 0 else '-inf'}
        return value
    if isinstance(value, (bytes, bytearray)):
        return {'$bytes': base64.b64encode(bytes(value)).decode('ascii')}
    if isinstance(value, (list, tuple)):
        return [to_json(item, other) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item, other) for key, item in value.items()}
    return other(value)
