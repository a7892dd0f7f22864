"""The Method of Equal Shares, run for a given share per voter, and re-run cheaply for a larger
one (internal to `tally`).

Why this module exists: the "add one" completion runs the Method of Equal Shares again and
again, each time with every voter's share raised by one unit, until the outcome would go over
the budget. On a city vote (Toulouse 2019: 1,494 voters, 30 projects) that is some 740 runs,
each in exact arithmetic: far too slow done one by one. Yet the outcome changes only a dozen
times along the way. So each run also says, exactly, up to which share it stays the same, and
from which of its rounds it could change: the next run skips the shares in between and starts
again at that round, reusing the rounds before it.

How: the share per voter is the only parameter. Scaled by the number of voters n, it is an
integer X (X = n × share; the budget itself when nobody has had one added). Within a run every
voter's remaining money is a linear function of X, (A + S·X) / D, with integers A, S and a
denominator D common to all voters; so is the price of every round. Every decision a round
takes is a comparison of two such functions, which holds at the X it was taken for and keeps
holding up to a root that is computed exactly. A round records the smallest root of its
decisions; a later run resumes at the first round whose root it has reached. Nothing is
rounded anywhere: the result is, by construction, the one a plain run would give at that X.

Projects not looked at in a round (their lower bound on the price already exceeded the best
price, as in pabutools) are covered by that lower bound: for any set C of supporters assumed
to pay all they have, (cost - money of C) / (utility of the others) is at most the true price,
and stays so as budgets shrink.

Sources: D. Peters, G. Pierczyński, P. Skowron, "Proportional Participatory Budgeting with
Additive Utilities" (NeurIPS 2021); equalshares.net; the pabutools implementation (MIT).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import lcm
from operator import itemgetter

#: A linear rate (a + s·X) / den, den > 0.
Rate = tuple[int, int, int]
#: A root num / den (den > 0) from which a decision may change.
Root = tuple[int, int]

_first = itemgetter(0)


@dataclass(frozen=True, slots=True)
class MesInput:
    """A compiled election: projects and voter groups as small integers."""

    #: Number of voters; blank ballots count (they receive a share they never spend).
    voters: int
    #: Cost of each candidate project (all > 0).
    costs: tuple[int, ...]
    #: Utility of one point for each project: its cost (cost utilities) or 1.
    bases: tuple[int, ...]
    #: Per project: (voter group, points, voters in the group) of each supporter group.
    supporters: tuple[tuple[tuple[int, int, int], ...], ...]
    #: Number of voter groups (voters with the same ballot form one group).
    groups: int
    #: Position of each project in the fixed tie order: lower wins a tie.
    tie_rank: tuple[int, ...]


@dataclass(slots=True)
class _Evaluation:
    """A project's price in the current round, and what its charge needs."""

    rate: Rate  # price per unit of utility (rho), exact at X, a lower bound elsewhere
    items: list[tuple[int, int, int, int, int, int, int]]  # (key, v, a, s, points, m, group)
    capped: int  # items[:capped] pay all they have
    weight: int  # points of the supporters who do not pay all they have
    price_a: int  # money per point: (price_a + price_s·X) / (weight·D)
    price_s: int


@dataclass(slots=True)
class _Round:
    log_at: int
    lower: list[Rate]
    remaining: list[int]
    tot_a: list[int]
    tot_s: list[int]
    #: Lower bounds once the round has looked at its projects: still valid lower bounds
    #: when the round is played again for a larger X (its budgets are the same functions).
    lower_after: list[Rate] | None = None
    selected: int | None = None
    price: Rate | None = None  # money per point paid by the supporters of the selected project
    root: Root | None = None


@dataclass(frozen=True, slots=True)
class RoundResult:
    project: int
    #: Money per point each supporter paid (those with less paid all they had), as a fraction.
    price_num: int
    price_den: int


class _Limit:
    """The smallest X at which one of a round's decisions may turn out otherwise."""

    __slots__ = ("root",)

    def __init__(self) -> None:
        self.root: Root | None = None

    def holds(self, c0: int, c1: int) -> None:
        """Record a decision that rests on c0 + c1·X >= 0, true at the current X: it keeps
        holding for any larger X when c1 >= 0, and up to -c0 / c1 otherwise."""
        if c1 < 0:
            r = self.root
            if r is None or c0 * r[1] < r[0] * -c1:
                self.root = (c0, -c1)


class ParametricMes:
    """One election; `run(X)` gives the selection for share X / n, resuming when it can."""

    def __init__(self, data: MesInput) -> None:
        self._d = data
        count = len(data.costs)
        self._weights = [sum(w * m for _g, w, m in sup) for sup in data.supporters]
        # Sorting keys: budget / points compared as budget × (lcm / points), in integers.
        self._keymul = []
        for sup in data.supporters:
            common = lcm(*{w for _g, w, _m in sup}) if sup else 1
            self._keymul.append({w: common // w for _g, w, _m in sup})
        self._initial_lower: list[Rate] = [
            (data.costs[q], 0, self._weights[q] * data.bases[q]) if self._weights[q] else (1, 0, 0)
            for q in range(count)
        ]
        self._initial_remaining = [q for q in range(count) if self._weights[q] > 0]
        # The projects each voter group supports, and the group's size, for the running totals.
        self._ballot: list[list[int]] = [[] for _ in range(data.groups)]
        self._initial_total = [0] * count
        for q, sup in enumerate(data.supporters):
            for g, _w, m in sup:
                self._ballot[g].append(q)
                self._initial_total[q] += m
        self.x: int | None = None
        self._reset()

    # -- state -----------------------------------------------------------------------------

    def _reset(self) -> None:
        g = self._d.groups
        self._a = [0] * g
        self._s = [1] * g
        self._t = [0] * g
        self._den = [self._d.voters]  # common denominator after each charge
        self._mul = [1]  # _den[-1] // _den[t], for each stamp t
        self._log: list[tuple[int, int, int, int]] = []
        self._rounds: list[_Round] = []
        self._lower = list(self._initial_lower)
        self._remaining = list(self._initial_remaining)
        # Money of each project's supporters, (tot_a + tot_s·X) / D, kept up to date.
        self._tot_a = [0] * len(self._d.costs)
        self._tot_s = list(self._initial_total)

    def _restore(self, index: int) -> None:
        rd = self._rounds[index]
        a, s, t, log = self._a, self._s, self._t, self._log
        while len(log) > rd.log_at:
            g, old_a, old_s, old_t = log.pop()
            a[g], s[g], t[g] = old_a, old_s, old_t
        self._lower = list(rd.lower_after if rd.lower_after is not None else rd.lower)
        self._remaining = list(rd.remaining)
        self._tot_a = list(rd.tot_a)
        self._tot_s = list(rd.tot_s)
        charged = sum(1 for r in self._rounds[:index] if r.selected is not None)
        del self._rounds[index:]
        del self._den[charged + 1 :]
        last = self._den[-1]
        self._mul = [last // d for d in self._den]

    # -- public ----------------------------------------------------------------------------

    def run(self, x: int) -> list[int]:
        """Selected projects, in order, when every voter's share is x / n."""
        if self.x is None or x < self.x:
            self._reset()
            start: int | None = 0
        else:
            start = next(
                (
                    i
                    for i, rd in enumerate(self._rounds)
                    if rd.root is not None and rd.root[0] <= x * rd.root[1]
                ),
                None,
            )
        self.x = x
        if start is not None:
            hints = self.selection()
            if self._rounds:
                self._restore(start)
            self._play(hints)
        return self.selection()

    def selection(self) -> list[int]:
        return [rd.selected for rd in self._rounds if rd.selected is not None]

    def valid_until(self) -> Root | None:
        """The smallest X from which the run may differ (None: it never does)."""
        best: Root | None = None
        for rd in self._rounds:
            if rd.root is not None and (
                best is None or rd.root[0] * best[1] < best[0] * rd.root[1]
            ):
                best = rd.root
        return best

    def rounds(self) -> list[RoundResult]:
        """What each selected project cost its supporters, per point, at the current X."""
        x = self.x or 0
        out = []
        for rd in self._rounds:
            if rd.selected is not None and rd.price is not None:
                pa, ps, den = rd.price
                out.append(RoundResult(rd.selected, pa + ps * x, den))
        return out

    def money_of(self, project: int) -> tuple[int, int]:
        """What the supporters of `project` have left now, as a fraction (num, den)."""
        x = self.x or 0
        a, s, t, mul = self._a, self._s, self._t, self._mul
        total = 0
        for g, _w, m in self._d.supporters[project]:
            total += (a[g] + s[g] * x) * mul[t[g]] * m
        return total, self._den[-1]

    # -- the rounds --------------------------------------------------------------------------

    def _play(self, hints: list[int]) -> None:
        """Play rounds from the current state to the end. `hints`: the projects a previous
        run selected, looked at first in the same round (only to save work)."""
        while self._round(hints):
            pass

    def _round(self, hints: list[int]) -> bool:
        """Play one round: fund the project whose supporters pay the lowest price, or find
        that none can be paid for any more (False: the run is over)."""
        x = self.x
        assert x is not None
        tie = self._d.tie_rank
        rd = _Round(
            len(self._log),
            list(self._lower),
            list(self._remaining),
            list(self._tot_a),
            list(self._tot_s),
        )
        self._rounds.append(rd)
        den = self._den[-1]
        lower = self._lower
        limit = _Limit()
        evaluated: dict[int, _Evaluation] = {}

        # Look at the most promising projects first; the skip test itself is exact.
        order = sorted(self._remaining, key=lambda q: _approx(lower[q], x))
        index = len(self._rounds) - 1
        if index < len(hints) and hints[index] in self._remaining:
            order.remove(hints[index])
            order.insert(0, hints[index])
        best: int | None = None
        best_rate: Rate = (0, 0, 1)
        for q in order:
            if best is not None and _value_gt(lower[q], best_rate, x):
                continue
            ev = self._look(q, den, limit, evaluated)
            if ev is not None and (
                best is None or _better(ev.rate, tie[q], best_rate, tie[best], x)
            ):
                best, best_rate = q, ev.rate
        if best is None:
            rd.root = limit.root
            rd.lower_after = list(lower)
            return False

        # Every other project must stay behind the one funded.
        self._remaining.remove(best)
        pa, pb, pd = best_rate
        ahead = self._valid_before()
        for q in list(self._remaining):
            for _attempt in range(2):
                qa, qb, qd = lower[q]
                c0 = qa * pd - pa * qd
                c1 = qb * pd - pb * qd
                if c1 >= 0 or q in evaluated:
                    break
                # A stale lower bound about to bind: look at the project again, exactly.
                soonest = _min_root(limit.root, ahead)
                if soonest is not None and c0 * soonest[1] >= soonest[0] * -c1:
                    break
                if self._look(q, den, limit, evaluated) is None:
                    c0 = c1 = 0
                    break
            limit.holds(c0, c1)

        rd.lower_after = list(lower)
        ev_p = evaluated[best]
        self._charge(ev_p, limit)
        rd.selected = best
        rd.price = (ev_p.price_a, ev_p.price_s, ev_p.weight * den)
        rd.root = limit.root
        return True

    def _look(
        self, q: int, den: int, limit: _Limit, evaluated: dict[int, _Evaluation]
    ) -> _Evaluation | None:
        """Price project q in this round, or drop it when its supporters cannot pay."""
        x = self.x
        assert x is not None
        cost_d = self._d.costs[q] * den
        tot_a, tot_s = self._tot_a[q], self._tot_s[q]
        if tot_a + tot_s * x < cost_d:
            # Its supporters cannot pay for it, and will not while c0 + c1·X > 0.
            self._remaining.remove(q)
            limit.holds(cost_d - tot_a, -tot_s)
            return None
        ev = self._evaluate(q, x, den)
        evaluated[q] = ev
        self._lower[q] = ev.rate
        return ev

    def _valid_before(self) -> Root | None:
        best: Root | None = None
        for rd in self._rounds[:-1]:
            if rd.root is not None and (
                best is None or rd.root[0] * best[1] < best[0] * rd.root[1]
            ):
                best = rd.root
        return best

    def _evaluate(self, q: int, x: int, den: int) -> _Evaluation:
        """Price of project q at x (its supporters can pay for it)."""
        a_, s_, t_, mul = self._a, self._s, self._t, self._mul
        keymul = self._keymul[q]
        cost_d = self._d.costs[q] * den
        items = []
        zero_weight = 0
        for g, w, m in self._d.supporters[q]:
            s = s_[g]
            a = a_[g]
            if s == 0 and a == 0:
                zero_weight += w * m
                continue
            f = mul[t_[g]]
            if f != 1:
                a *= f
                s *= f
            v = a + s * x
            items.append((v * keymul[w], v, a, s, w, m, g))
        items.sort(key=_first)
        weight = self._weights[q] - zero_weight
        paid_v = paid_a = paid_s = 0
        capped = 0
        for _key, v, a, s, w, m, _g in items:
            if (cost_d - paid_v) * w <= v * weight:
                break
            paid_v += v * m
            paid_a += a * m
            paid_s += s * m
            weight -= w * m
            capped += 1
        price_a = cost_d - paid_a
        price_s = -paid_s
        rate = (price_a, price_s, weight * den * self._d.bases[q])
        return _Evaluation(rate, items, capped, weight, price_a, price_s)

    def _charge(self, ev: _Evaluation, limit: _Limit) -> None:
        """Charge the supporters of the funded project, and record up to where each
        supporter's side (paying all it has, or its share) stays the same.

        The hot loop of the whole count: `_Limit.holds` is written out inline."""
        a_, s_, t_, log = self._a, self._s, self._t, self._log
        weight, pa, ps = ev.weight, ev.price_a, ev.price_s
        stamp = len(self._den)
        tot_a = [v * weight for v in self._tot_a]
        tot_s = [v * weight for v in self._tot_s]
        ballot = self._ballot
        have = limit.root is not None
        root_n, root_d = limit.root if limit.root is not None else (0, 1)
        # Those who pay all they have: right while their money stays at most their share.
        for _key, _v, a, s, w, m, g in ev.items[: ev.capped]:
            log.append((g, a_[g], s_[g], t_[g]))
            c1 = ps * w - s * weight
            if c1 < 0:
                c0 = pa * w - a * weight
                if not have or c0 * root_d < root_n * -c1:
                    root_n, root_d, have = c0, -c1, True
            a_[g] = s_[g] = 0
            t_[g] = stamp
            da = -a * weight * m
            ds = -s * weight * m
            for q in ballot[g]:
                tot_a[q] += da
                tot_s[q] += ds
        # Those who pay their share: right while what they keep stays at least nothing.
        for _key, _v, a, s, w, m, g in ev.items[ev.capped :]:
            log.append((g, a_[g], s_[g], t_[g]))
            pw_a = w * pa
            pw_s = w * ps
            na = a * weight - pw_a
            ns = s * weight - pw_s
            if ns < 0 and (not have or na * root_d < root_n * -ns):
                root_n, root_d, have = na, -ns, True
            a_[g] = na
            s_[g] = ns
            t_[g] = stamp
            da = -pw_a * m
            ds = -pw_s * m
            for q in ballot[g]:
                tot_a[q] += da
                tot_s[q] += ds
        if have:
            limit.root = (root_n, root_d)
        self._tot_a, self._tot_s = tot_a, tot_s
        self._den.append(self._den[-1] * weight)
        self._mul = [m * weight for m in self._mul]
        self._mul.append(1)


def _approx(rate: Rate, x: int) -> float:
    a, s, d = rate
    return (a + s * x) / d if d else float("inf")


def _value_gt(r1: Rate, r2: Rate, x: int) -> bool:
    return (r1[0] + r1[1] * x) * r2[2] > (r2[0] + r2[1] * x) * r1[2]


def _better(r1: Rate, tie1: int, r2: Rate, tie2: int, x: int) -> bool:
    left = (r1[0] + r1[1] * x) * r2[2]
    right = (r2[0] + r2[1] * x) * r1[2]
    return left < right or (left == right and tie1 < tie2)


def _min_root(r1: Root | None, r2: Root | None) -> Root | None:
    if r1 is None or r2 is None:
        return r2 if r1 is None else r1
    return r1 if r1[0] * r2[1] <= r2[0] * r1[1] else r2
