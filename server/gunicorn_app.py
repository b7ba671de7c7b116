"""Run the app under gunicorn from ``paperlens serve``, without a separate config file."""
from gunicorn.app.base import BaseApplication


class PaperLensServer(BaseApplication):
    def __init__(self, db_path, bind, workers, allowed_hosts=None, pairing=True):
        self.db_path, self.bind, self.workers, self.allowed_hosts = db_path, bind, workers, allowed_hosts
        self.pairing = pairing
        super().__init__()

    def load_config(self):
        settings = {
            "bind": [self.bind],
            "workers": self.workers,
            "worker_class": "sync",
            # The pipeline loads once in the master and is shared by the forked
            # workers, so start-up is paid once and memory pages are shared.
            "preload_app": True,
            "timeout": 60,
            # Long search filters are the app's to refuse with a JSON 400 naming the
            # limit, not gunicorn's to cut with an HTML 414.
            "limit_request_line": 0,
            "graceful_timeout": 10,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "paperlens",
        }
        for key, value in settings.items():
            self.cfg.set(key, value)

    def load(self):
        from . import create_app

        config = {"ALLOWED_HOSTS": self.allowed_hosts} if self.allowed_hosts else {}
        config["PAIRING"] = self.pairing
        return create_app(self.db_path, **config)
