"""The API's JSON goes through orjson, and falls back to the standard library for
what orjson refuses, so no answer turns into a 500 because of the encoder."""
import json

from server import create_app


def test_answers_keep_what_orjson_refuses(tmp_path):
    app = create_app(tmp_path / "library.db", nlp=object(), API_TOKEN="t")
    provider = app.json
    for value in ({"text": "a \ud800 b"}, {"id": 2**70}, {1: "int key"}):
        assert json.loads(provider.dumps(value)) == json.loads(json.dumps(value))
        with app.app_context():
            response = provider.response(value)
        assert response.mimetype == "application/json"
        assert json.loads(response.get_data()) == json.loads(json.dumps(value))


def test_requests_with_an_escaped_lone_surrogate_are_read(tmp_path):
    app = create_app(tmp_path / "library.db", nlp=object(), API_TOKEN="t")
    assert app.json.loads('{"text": "a \\ud800 b"}') == {"text": "a \ud800 b"}
    try:
        app.json.loads("{oops")
    except ValueError:
        pass
    else:
        raise AssertionError("malformed JSON was read")
