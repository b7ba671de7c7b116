"""JSON in and out of the API through orjson.

A page of 50 abstracts is answered with some 200 KB of spans, results and tags;
the standard library's encoder took 2.4 ms of the ~12 ms a page the library
already knows costs, orjson about a tenth of that, and it reads the ~100 KB
request faster too. What orjson refuses (a lone surrogate in a string, an integer
past 64 bits) falls back to the standard library, so no request or answer depends on it.
"""
import orjson
from flask.json.provider import DefaultJSONProvider


class OrjsonProvider(DefaultJSONProvider):
    """Flask's JSON provider, with orjson doing the work where it can."""

    def dumps(self, obj, **kwargs):
        if kwargs:  # a caller's own options (indent, sort_keys): the standard encoder honours them
            return super().dumps(obj, **kwargs)
        body = self._encode(obj)
        return body.decode("utf-8") if isinstance(body, bytes) else body

    def loads(self, s, **kwargs):
        if kwargs:
            return super().loads(s, **kwargs)
        try:
            return orjson.loads(s)
        except orjson.JSONDecodeError:
            # orjson refuses an escaped lone surrogate ("\\ud800"), which a page's text can hold and
            # the standard library reads; what neither reads raises the standard library's
            # ValueError, which Flask's request.get_json expects.
            return super().loads(s)

    def response(self, *args, **kwargs):
        body = self._encode(self._prepare_response_obj(args, kwargs))
        return self._app.response_class(body, mimetype=self.mimetype)

    def _encode(self, obj):
        """orjson's bytes, or the standard library's text for what orjson refuses."""
        try:
            return orjson.dumps(obj, default=self.default)
        except TypeError:
            return super().dumps(obj)
