"""Follow-up reports (PDF): one per project, and the steering committee's.

The steering-committee report has the programme's indicators and chart on
its first page, then one page per project (indicators, chart of actions over
time, open actions with owner and due date, meetings, review). Every verdict
(late, overdue meeting) is as of the ``today`` given.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer

from katalyze.exports.action_sheet import WIDTH, document, grid
from katalyze.exports.pdf_common import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE,
    RULE,
    SectionMark,
    Styles,
    esc,
    numbered_canvas,
    para,
    short_date,
    styles,
)
from katalyze.followup.data import (
    ActionRow,
    FollowupData,
    Indicators,
    ProjectFollow,
    add_months,
    outcome_label,
    status_label,
)
from katalyze.i18n import _, using_language
from katalyze.pdf_fonts import register_fonts

MAX_MONTHS = 24
OPEN_COLOUR = colors.HexColor("#e0a526")
DONE_COLOUR = ACCENT


def actions_over_time(
    actions: list[ActionRow], start: dt.date, today: dt.date
) -> list[tuple[str, int, int]]:
    """Month by month from the evening to ``today``: (label, open, done) at
    each month's end (at most the last 24 months)."""
    months: list[dt.date] = []
    month = start.replace(day=1)
    while month <= today:
        months.append(month)
        month = add_months(month, 1)
    out = []
    for first in months[-MAX_MONTHS:]:
        end = min(add_months(first, 1) - dt.timedelta(days=1), today)
        created = [a for a in actions if a.created_on <= end]
        done = sum(1 for a in created if (a.done_on() or dt.date.max) <= end)
        dropped = sum(
            1
            for a in created
            if a.status == "dropped" and any(n.status == "dropped" and n.on <= end for n in a.notes)
        )
        out.append((first.strftime("%m/%y"), len(created) - done - dropped, done))
    return out


def chart(actions: list[ActionRow], start: dt.date, today: dt.date, height: float = 120) -> Drawing:
    """Bars of open and done actions per month."""
    f = register_fonts()
    series = actions_over_time(actions, start, today) or [(today.strftime("%m/%y"), 0, 0)]
    drawing = Drawing(WIDTH, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 30, 28
    bars.width, bars.height = WIDTH - 150, height - 50
    bars.data = [[s[1] for s in series], [s[2] for s in series]]
    bars.categoryAxis.categoryNames = [s[0] for s in series]
    bars.categoryAxis.labels.fontName = f.regular
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = f.regular
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max([s[1] for s in series] + [s[2] for s in series] + [1])
    bars.valueAxis.valueMax = top
    bars.valueAxis.valueStep = max(1, (top + 4) // 5)
    bars.valueAxis.gridStrokeColor = RULE
    bars.valueAxis.visibleGrid = True
    bars.bars[0].fillColor = OPEN_COLOUR
    bars.bars[1].fillColor = DONE_COLOUR
    bars.bars.strokeColor = None
    bars.groupSpacing = 4
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = WIDTH - 105, height - 20
    legend.fontName = f.regular
    legend.fontSize = 8
    legend.colorNamePairs = [
        (OPEN_COLOUR, _("Actions ouvertes")),
        (DONE_COLOUR, _("Actions faites")),
    ]
    drawing.add(legend)
    drawing.add(String(0, height - 10, _("Actions au fil des mois"), fontName=f.bold, fontSize=8))
    return drawing


def _ratio(part: int, whole: int) -> str:
    return f"{part} / {whole}" if whole else "—"


def indicator_rows(ind: Indicators) -> list[tuple[str, str]]:
    """The indicators as (label, value), in the order every report shows them."""
    months = "—" if ind.months_since_point is None else str(ind.months_since_point)
    nxt = short_date(ind.next_meeting) or "—"
    if ind.meeting_overdue:
        nxt = _("{date} (en retard)").format(date=nxt)
    return [
        (_("Actions faites"), _ratio(ind.done, ind.actions)),
        (_("Actions ouvertes"), str(ind.open)),
        (_("Actions en retard"), str(ind.late)),
        (_("Engagements tenus"), _ratio(ind.honoured, ind.commitments)),
        (_("Besoins satisfaits"), _ratio(ind.met, ind.needs)),
        (_("Personnes encore impliquées"), str(ind.people)),
        (_("Réunions de suivi tenues"), str(ind.meetings_held)),
        (_("Mois depuis le dernier point"), months),
        (_("Prochain point"), nxt),
    ]


def _indicators(ind: Indicators, st: Styles) -> Flowable:
    rows = indicator_rows(ind)
    half = (len(rows) + 1) // 2
    cells = []
    for index in range(half):
        left = rows[index]
        right = rows[index + half] if index + half < len(rows) else ("", "")
        cells.append(
            [
                para(left[0], st.cell),
                para(left[1], st.cell_bold),
                para(right[0], st.cell),
                para(right[1], st.cell_bold),
            ]
        )
    w = WIDTH / 4
    return grid(
        [_("Indicateur"), _("Valeur"), _("Indicateur"), _("Valeur")],
        cells,
        [w * 1.4, w * 0.6, w * 1.4, w * 0.6],
        st,
    )


def _open_actions(project: ProjectFollow, today: dt.date, st: Styles) -> list[Flowable]:
    actions = [a for a in project.actions if a.is_open]
    if not actions:
        return [para(_("Aucune action ouverte."), st.empty)]
    rows = []
    for a in sorted(actions, key=lambda a: (a.due or dt.date.max, a.id)):
        due = short_date(a.due) or "—"
        late = f" {esc(_('en retard'))}" if a.overdue(today) else ""
        due = f"<b>{esc(due)}</b>{late}" if late else esc(due)
        last = a.notes[-1].text if a.notes else ""
        rows.append(
            [
                para(str(a.id), st.cell),
                para(a.text, st.cell),
                para(a.owner or "—", st.cell),
                Paragraph(due, st.cell),
                para(status_label(a.status), st.cell),
                para(last, st.cell),
            ]
        )
    return [
        grid(
            [
                _("N°"),
                _("Action"),
                _("Responsable"),
                _("Échéance"),
                _("Statut"),
                _("Dernière note"),
            ],
            rows,
            [WIDTH * w for w in (0.06, 0.32, 0.17, 0.15, 0.12, 0.18)],
            st,
        )
    ]


def _closed_actions(project: ProjectFollow, st: Styles) -> list[Flowable]:
    actions = [a for a in project.actions if not a.is_open]
    if not actions:
        return []
    rows = [
        [
            para(str(a.id), st.cell),
            para(a.text, st.cell),
            para(a.owner or "—", st.cell),
            para(status_label(a.status), st.cell),
            para(short_date(a.done_on()) or "—", st.cell),
        ]
        for a in actions
    ]
    return [
        para(_("Actions terminées ou abandonnées"), st.h3),
        grid(
            [_("N°"), _("Action"), _("Responsable"), _("Statut"), _("Fait le")],
            rows,
            [WIDTH * w for w in (0.06, 0.48, 0.2, 0.12, 0.14)],
            st,
        ),
    ]


def _pledges(project: ProjectFollow, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for kind, title, who in (
        ("commitment", _("Engagements"), _("Qui")),
        ("need", _("Besoins"), _("Satisfait par")),
    ):
        pledges = project.of_kind(kind)
        if not pledges:
            continue
        rows = [
            [
                para(p.text, st.cell),
                para((p.who if kind == "commitment" else p.by) or "—", st.cell),
                para(outcome_label(p.outcome), st.cell),
            ]
            for p in pledges
        ]
        out += [
            para(title, st.h3),
            grid([title, who, _("Suite")], rows, [WIDTH * w for w in (0.6, 0.22, 0.18)], st),
        ]
    return out


def _meetings(project: ProjectFollow, st: Styles) -> list[Flowable]:
    if not project.meetings:
        return [para(_("Aucune réunion de suivi pour l'instant."), st.empty)]
    rows = []
    for m in project.meetings:
        when = (
            short_date(m.held_on)
            if m.held
            else _("prévue le {date}").format(date=short_date(m.planned_on))
        )
        rows.append(
            [
                para(when, st.cell),
                para(", ".join(m.attendees) or "—", st.cell),
                para(m.decisions or "—", st.cell),
                para(m.next_steps or "—", st.cell),
            ]
        )
    return [
        grid(
            [_("Date"), _("Présents"), _("Décisions"), _("Prochaines étapes")],
            rows,
            [WIDTH * w for w in (0.14, 0.24, 0.31, 0.31)],
            st,
        )
    ]


def _review(project: ProjectFollow, st: Styles) -> list[Flowable]:
    plan = project.plan
    if not plan.reviewed:
        return [para(_("Bilan de fin d'année : pas encore fait."), st.empty)]
    rows = [
        [para(label, st.cell_bold), para(value or "—", st.cell)]
        for label, value in (
            (_("Stade atteint"), plan.stage),
            (_("Emplois ou activité créés"), plan.jobs),
            (_("Partenaires gagnés"), plan.partners),
            (_("Et ensuite"), plan.next_steps),
            (_("Continue l'an prochain"), _("oui") if plan.continuing else _("non")),
        )
    ]
    return [
        grid(
            [_("Bilan du {date}").format(date=short_date(plan.reviewed_on)), ""],
            rows,
            [WIDTH * 0.3, WIDTH * 0.7],
            st,
        )
    ]


def heading(project: ProjectFollow) -> str:
    return _("Table {table} — {title}").format(table=project.table_number, title=project.title)


def project_story(
    data: FollowupData, project: ProjectFollow, today: dt.date, *, full: bool = True
) -> list[Flowable]:
    st = styles()
    start = data.start(today)
    story: list[Flowable] = [
        SectionMark(heading(project)),
        para(heading(project), st.title),
        para(
            _("Suivi au {date} · porteur·se : {holder}").format(
                date=short_date(today), holder=project.holder or "—"
            ),
            st.subtitle,
        ),
        _indicators(project.indicators(today, start), st),
        Spacer(1, 6),
        chart(list(project.actions), start, today, height=100 if not full else 120),
        para(_("Actions ouvertes"), st.h2),
        *_open_actions(project, today, st),
    ]
    if full:
        story += _closed_actions(project, st) + _pledges(project, st)
    story += [para(_("Réunions de suivi"), st.h2), *_meetings(project, st)]
    story += [para(_("Bilan"), st.h2), *_review(project, st)]
    return story


def _footer(today: dt.date) -> str:
    return _("Katalyze — suivi au {date}").format(date=short_date(today))


def write_project_report(
    data: FollowupData, project: ProjectFollow, path: Path | str, today: dt.date
) -> Path:
    """One project's follow-up report (every action, commitment, need, meeting)."""
    doc = document(path, _("Suivi — {heading}").format(heading=heading(project)), data.event_name)
    doc.build(
        project_story(data, project, today),
        canvasmaker=numbered_canvas(data.event_name, _footer(today)),
    )
    return Path(path)


def write_steering_report(data: FollowupData, path: Path | str, today: dt.date) -> Path:
    """The steering committee's report: the programme, then one page per project."""
    st = styles()
    frame_height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - 12
    start = data.start(today)
    story: list[Flowable] = [
        SectionMark(_("Programme")),
        para(_("Comité de pilotage — {event}").format(event=data.event_name), st.title),
        para(
            _("Suivi de {n} projets au {date}, depuis la soirée du {start}").format(
                n=len(data.projects), date=short_date(today), start=short_date(start)
            ),
            st.subtitle,
        ),
        _indicators(data.programme(today), st),
        Spacer(1, 8),
        chart(data.actions, start, today, height=150),
        para(_("Projets"), st.h2),
        grid(
            [
                _("Table"),
                _("Projet"),
                _("Faites"),
                _("Ouvertes"),
                _("En retard"),
                _("Prochain point"),
            ],
            [
                [
                    para(str(p.table_number), st.cell),
                    para(p.title, st.cell),
                    para(f"{ind.done} / {ind.actions}", st.cell),
                    para(str(ind.open), st.cell),
                    para(str(ind.late), st.cell),
                    para(
                        short_date(ind.next_meeting),
                        st.cell_bold if ind.meeting_overdue else st.cell,
                    ),
                ]
                for p in data.projects
                for ind in (p.indicators(today, start),)
            ],
            [WIDTH * w for w in (0.08, 0.47, 0.1, 0.1, 0.1, 0.15)],
            st,
        ),
    ]
    for project in data.projects:
        story.append(PageBreak())
        story.append(SectionMark(heading(project)))
        story.append(
            KeepInFrame(
                WIDTH, frame_height, project_story(data, project, today, full=False), mode="shrink"
            )
        )
    doc = document(
        path, _("Comité de pilotage — {event}").format(event=data.event_name), data.event_name
    )
    doc.build(story, canvasmaker=numbered_canvas(data.event_name, _footer(today)))
    return Path(path)


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def report_name(project: ProjectFollow) -> str:
    title = _UNSAFE.sub(" ", project.title).strip(" .")[:60]
    return f"suivi-table-{project.table_number:02d} {title}.pdf"


def write_followup_reports(data: FollowupData, folder: Path | str, today: dt.date) -> list[Path]:
    """Every project's report and the steering committee's, into ``folder``;
    in French like every exported document, whatever the interface's language."""
    from katalyze.exports.service import DOCUMENT_LANGUAGE

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    with using_language(DOCUMENT_LANGUAGE):
        paths = [write_steering_report(data, out / "comite-de-pilotage.pdf", today)]
        for project in data.projects:
            paths.append(write_project_report(data, project, out / report_name(project), today))
    return paths
