"""The year after the evening (Suivi): actions, commitments, needs, meetings,
indicators and the year-end review of every project; reports; the next session.

Plain data in :mod:`katalyze.followup.data`, writes in
:mod:`katalyze.followup.service`.
"""

from katalyze.followup.data import (
    ActionRow,
    FollowupData,
    Indicators,
    MeetingRow,
    PledgeRow,
    ProjectFollow,
    ProjectPlan,
    load_followup,
)
from katalyze.followup.service import (
    plan_meeting,
    record_meeting,
    save_review,
    set_outcome,
    set_rhythm,
    update_action,
)

__all__ = [
    "ActionRow",
    "FollowupData",
    "Indicators",
    "MeetingRow",
    "PledgeRow",
    "ProjectFollow",
    "ProjectPlan",
    "load_followup",
    "plan_meeting",
    "record_meeting",
    "save_review",
    "set_outcome",
    "set_rhythm",
    "update_action",
]
