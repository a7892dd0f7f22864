"""The fork server the slow multi-process tests use gives what `subprocess.run` gives: the
command's own exit code, output and errors, its own environment and folder."""

from __future__ import annotations

import subprocess

import pytest

from tests import forkserver


def test_a_command_s_refusal_comes_back_with_its_code_and_message(tmp_path):
    done = forkserver.run(
        ["-m", "citizenspace", "--lang", "en", "--db", str(tmp_path / "none.db"), "db", "dump"]
    )
    assert done.returncode != 0
    assert "There is no database" in done.stdout + done.stderr


def test_a_script_runs_in_its_own_process_environment_and_folder(tmp_path):
    script = tmp_path / "s.py"
    script.write_text(
        "import os, sys\n"
        "print(os.getpid(), os.environ['MARK'], os.getcwd(), sys.argv[1])\n"
        "raise SystemExit(3)\n",
        encoding="utf-8",
    )
    first = forkserver.run([str(script), "a"], env={"MARK": "x"}, cwd=tmp_path)
    second = forkserver.run([str(script), "b"], env={"MARK": "y"}, cwd=tmp_path)
    assert first.returncode == second.returncode == 3
    pid1, mark1, cwd1, arg1 = first.stdout.split()
    pid2, mark2, _cwd2, arg2 = second.stdout.split()
    assert pid1 != pid2 and (mark1, arg1, mark2, arg2) == ("x", "a", "y", "b")
    assert cwd1 == str(tmp_path)


def test_a_crash_prints_its_traceback_and_a_hang_is_stopped(tmp_path):
    crash = tmp_path / "crash.py"
    crash.write_text("raise ValueError('boom')\n", encoding="utf-8")
    done = forkserver.run([str(crash)])
    assert done.returncode == 1 and "ValueError: boom" in done.stderr
    hang = tmp_path / "hang.py"
    hang.write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
    with pytest.raises(subprocess.TimeoutExpired):
        forkserver.run([str(hang)], timeout=1)
    assert forkserver.run([str(crash)]).returncode == 1  # a new server after the kill
