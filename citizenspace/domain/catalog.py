"""The closed lists of the office's vocabulary, shared by every layer.

Values are stable English identifiers stored in the database and exchanged through the
share; what the user reads is the views' translation of them.
"""

from enum import StrEnum


class SiteKind(StrEnum):
    TOWN_HALL = "town_hall"
    CITIZEN_SPACE = "citizen_space"
    SOCIAL_CENTRE = "social_centre"
    BUS = "bus"
    SCHOOL = "school"
    OTHER = "other"


class DeviceKind(StrEnum):
    STAFF = "staff"
    KIOSK = "kiosk"


class BodyKind(StrEnum):
    NEIGHBOURHOOD_COUNCIL = "neighbourhood_council"
    YOUTH_COUNCIL = "youth_council"
    SENIOR_COUNCIL = "senior_council"
    ASSOCIATIONS_COUNCIL = "associations_council"
    LOCAL_GROUP = "local_group"
    OTHER = "other"


class MembershipRole(StrEnum):
    MEMBER = "member"
    CHAIR = "chair"
    ELECTED_OFFICIAL = "elected_official"
    STAFF = "staff"


class MembershipSource(StrEnum):
    DRAW = "draw"
    REPLACEMENT = "replacement"
    APPOINTED = "appointed"


class CandidacyStatus(StrEnum):
    PENDING = "pending"
    DRAWN = "drawn"
    RESERVE = "reserve"
    NOT_ELIGIBLE = "not_eligible"
    WITHDRAWN = "withdrawn"


class EventKind(StrEnum):
    COUNCIL_MEETING = "council_meeting"
    FESTIVAL = "festival"
    SEMINAR = "seminar"
    ELECTED_VISIT = "elected_visit"
    OPEN_HOUSE = "open_house"
    WORKSHOP = "workshop"
    OTHER = "other"


class EventStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaSource(StrEnum):
    CITY = "city"
    CITIZENS = "citizens"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Channel(StrEnum):
    DESK = "desk"
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    BUS = "bus"
    ALLO_MAIRIE = "allo_mairie"


class VisitOutcome(StrEnum):
    ANSWERED = "answered"
    REDIRECTED = "redirected"
    APPOINTMENT = "appointment"
    FOLLOW_UP = "follow_up"
    MISSED = "missed"


class AgeBand(StrEnum):
    UNDER_18 = "under_18"
    FROM_18_TO_29 = "18_29"
    FROM_30_TO_44 = "30_44"
    FROM_45_TO_59 = "45_59"
    FROM_60_TO_74 = "60_74"
    FROM_75 = "75_plus"


class Competence(StrEnum):
    """Who is competent for a question: the heart of "Qui fait quoi ?"."""

    CITY = "city"
    URBAN_COMMUNITY = "urban_community"
    DEPARTMENT = "department"
    REGION = "region"
    STATE = "state"
    OTHER = "other"


class TicketStatus(StrEnum):
    NEW = "new"
    FORWARDED = "forwarded"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REJECTED = "rejected"


class VotingMethod(StrEnum):
    APPROVAL = "approval"
    KNAPSACK = "knapsack"
    CHOOSE_ONE = "choose_one"


class OutcomeRule(StrEnum):
    GREEDY = "greedy"
    EQUAL_SHARES = "equal_shares"


class EditionPhase(StrEnum):
    PREPARATION = "preparation"
    PROPOSALS = "proposals"
    SELECTION = "selection"
    VOTE = "vote"
    RESULTS = "results"
    CLOSED = "closed"


class ProjectStatus(StrEnum):
    SUBMITTED = "submitted"
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    ON_BALLOT = "on_ballot"
    FUNDED = "funded"
    DONE = "done"


class BallotChannel(StrEnum):
    KIOSK = "kiosk"  # with a voting code
    SUPERVISED = "supervised"  # at a kiosk, unlocked by a supervisor's PIN
    PAPER = "paper"


class StaffRole(StrEnum):
    RECEPTION = "reception"
    COORDINATOR = "coordinator"
    ADMIN = "admin"
