"""Replay an example of the convergence state machine as Hypothesis printed it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/replay_convergence.py STEPS [RUNS]

STEPS is the text from "Failing test case: <state machine>" to "state.teardown()" (the
"E   " prefixes taken away). Every rule is called with the values the example drew, paths
of the old run's temporary folder mapped to the new one. Runs it RUNS times (default 1) and
says how many passed: some examples fail only some of the time (random device ids, clock
steps), so a fix is shown by several passing runs where the old code failed most.

Why: a long Hypothesis run does not save its examples when it runs under a fixed seed, and
shrinking a 50-step example with copies can take longer than the run itself.
"""

from __future__ import annotations

import ast
import re
import sys
import traceback
from pathlib import Path, PosixPath
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tests.sync.test_convergence as machine  # noqa: E402

machine.event = lambda *_a, **_k: None  # Hypothesis' events need a running test


class Draws:
    """Stands for `st.data()`: hands out the printed draws in order."""

    def __init__(self, values: list[Any]) -> None:
        self.values = values

    def draw(self, _strategy: object, label: str | None = None) -> Any:  # noqa: ANN401
        # Examples printed before every draw was made unconditional lack the draws a rule
        # now makes from an empty list: those go unused, any value does.
        return self.values.pop(0) if self.values else 0


def _choose(data: Draws, items: list, label: str) -> Any:  # noqa: ANN401
    """`machine._choose`, which also takes what older printouts drew: the item itself."""
    drawn = data.draw(None, label)
    if isinstance(drawn, PosixPath):
        return drawn
    return items[drawn % len(items)] if items else None


machine._choose = _choose


def lines_of(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        if raw.startswith(("Draw ", "state.", "Failing", "state =")) or not lines:
            lines.append(raw)
        else:
            lines[-1] += " " + raw.strip()  # a drawn value printed over several lines
    return lines


def run(text: str) -> bool:
    old = re.search(
        r"/dev/shm/cs-convergence-[A-Za-z0-9_]+|/tmp/cs-convergence-[A-Za-z0-9_]+", text
    )
    m = machine.Convergence()
    pending: list[Any] = []
    line = "state.teardown()"
    try:
        for line in lines_of(text):
            if line.startswith("Draw "):
                value = line.split(": ", 1)[1]
                if old:
                    value = value.replace(old.group(0), str(m.folder))
                drawn = eval(value, {"PosixPath": PosixPath})  # noqa: S307 - our own printout
                if "(backup)" in line:
                    drawn = next(b for b in m.backups if b[0] == drawn[0])
                pending.append(drawn)
            elif line.startswith("state.") and line != "state.teardown()":
                name, args = re.match(r"state\.(\w+)\((.*)\)$", line).groups()
                kwargs: dict[str, Any] = {}
                if args:
                    call = ast.parse(f"f({args.replace('data=data(...)', 'data=None')})")
                    for kw in call.body[0].value.keywords:
                        kwargs[kw.arg] = ast.literal_eval(kw.value)
                if "data" in kwargs:
                    kwargs["data"], pending = Draws(pending), []
                getattr(m, name)(**kwargs)
        line = "state.teardown()"
        m.teardown()
        return True
    except AssertionError as exc:
        step = line if not line.startswith("state.teardown") else "teardown"
        print("FAILED:", step, "|", str(exc)[:3000] or traceback.format_exc(limit=-2))
        return False


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    print("passed runs:", sum(run(text) for _ in range(runs)), "of", runs)


if __name__ == "__main__":
    main()
