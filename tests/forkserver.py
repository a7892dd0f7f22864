"""Run `citizenspace` commands in processes of their own without paying the interpreter's
start each time: one server process imports the application once, then forks a child per
command, which runs the real `citizenspace.cli.main` (or a test's script) with its own
arguments, environment, standard output and error, and exits with its code.

Why: a test that plays a city of several machines runs dozens of commands; each
`python -m citizenspace` spent about 1.5 s importing SQLAlchemy, the models and Qt before
doing 0.1 s of work, and those imports were most of the suite's slowest tests. Each command
still runs in a separate process, on real files, and may die without harming the others;
only the imports are shared. Tests that must see the interpreter start itself (the
packaging, the start-up time, a process killed mid-write) keep `subprocess`.

POSIX only (fork): elsewhere `run` falls back to a plain `subprocess.run`.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _serve() -> None:  # pragma: no cover - runs in the server process
    import io
    import runpy
    import traceback

    # What the commands import anyway: imported once, here, before any fork.
    import citizenspace.cli  # noqa: F401
    import citizenspace.store.migrate  # noqa: F401
    import citizenspace.sync.engine  # noqa: F401

    channel = os.fdopen(os.dup(1), "w")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # stray prints never reach the channel
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                os.environ.clear()
                os.environ.update(request["env"])
                os.chdir(request["cwd"])
                for fd, path in ((1, request["stdout"]), (2, request["stderr"])):
                    os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
                sys.stdin = io.StringIO("")
                sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), "utf-8")
                sys.stderr = io.TextIOWrapper(os.fdopen(2, "wb", closefd=False), "utf-8")
                argv = request["argv"]
                try:
                    if argv[0] == "-m":
                        from citizenspace.cli import main

                        sys.argv = ["citizenspace", *argv[2:]]
                        code = main(argv[2:])
                    else:
                        sys.argv = list(argv)
                        runpy.run_path(argv[0], run_name="__main__")
                        code = 0
                except SystemExit as exc:
                    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                    if not isinstance(exc.code, int | None):
                        print(exc.code, file=sys.stderr)
                except BaseException:  # noqa: BLE001 - reported as the interpreter would
                    traceback.print_exc()
                    code = 1
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code or 0)
        _pid, status = os.waitpid(pid, 0)
        channel.write(json.dumps({"code": os.waitstatus_to_exitcode(status)}) + "\n")
        channel.flush()


class _Server:
    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from tests.forkserver import _serve; _serve()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
            start_new_session=True,  # a command that hangs is killed with the server
        )
        self.folder = Path(tempfile.mkdtemp(prefix="cs-forkserver-"))
        atexit.register(self.close)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def run(
        self, argv: Sequence[str], env: Mapping[str, str], cwd: str, timeout: float
    ) -> tuple[int, str, str]:
        out, err = self.folder / "stdout", self.folder / "stderr"
        request = {
            "argv": list(argv),
            "env": dict(env),
            "cwd": cwd,
            "stdout": str(out),
            "stderr": str(err),
        }
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        ready, _w, _x = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            self.kill()
            raise subprocess.TimeoutExpired(list(argv), timeout)
        answer = self.proc.stdout.readline()
        if not answer:
            raise RuntimeError("the fork server died")
        return (
            json.loads(answer)["code"],
            out.read_text(encoding="utf-8"),
            err.read_text(encoding="utf-8"),
        )


_server: _Server | None = None


def run(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Like `subprocess.run([sys.executable, *argv], capture_output=True, text=True)`:
    `argv` is `["-m", "citizenspace", ...]` or `[script, ...]`."""
    global _server
    env = dict(os.environ if env is None else env)
    cwd = str(cwd or os.getcwd())
    if not hasattr(os, "fork"):
        done = subprocess.run(
            [sys.executable, *argv],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
        return done
    if _server is None or _server.proc.poll() is not None:
        _server = _Server()
    code, out, err = _server.run(argv, env, cwd, timeout)
    return subprocess.CompletedProcess([sys.executable, *argv], code, out, err)
