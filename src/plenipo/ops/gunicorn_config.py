"""Gunicorn settings shared by `plenipo serve` and a hand-written unit
(`gunicorn -c python:plenipo.ops.gunicorn_config plenipo.wsgi:application`).

Gunicorn's own lines (start, worker deaths, the access log) go through the same handler
and format as Django's, so every line is JSON in production and carries the request id.
"""

import os

from plenipo.ops.logs import logging_config

accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" %({x-request-id}o)s'
# Several servers may run on one host; a supervisor (systemd) and signals control them.
control_socket_disable = True
forwarded_allow_ips = os.environ.get("PLENIPO_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

_gunicorn_loggers = {"handlers": [], "propagate": True, "level": "INFO"}
logconfig_dict = {
    **logging_config(
        level=os.environ.get("PLENIPO_LOG_LEVEL", "WARNING"),
        json_lines=os.environ.get("PLENIPO_LOG_FORMAT", "json") == "json",
    ),
    "loggers": {"gunicorn.error": _gunicorn_loggers, "gunicorn.access": _gunicorn_loggers},
}
