"""Registration and project import: read CSV/XLSX as organisers get them, guess the columns, match, merge, report.

Public API: :func:`read_table`, :func:`guess_mapping`, :func:`plan_import`,
:func:`apply_import`, :func:`import_files` and the result classes.
"""

from katalyze.importing.mapping import (
    IGNORED,
    PARTICIPANT_FIELDS,
    PROJECT_FIELDS,
    ColumnMapping,
    fields_for,
    guess_mapping,
)
from katalyze.importing.reading import Table, read_table
from katalyze.importing.results import (
    FilePlan,
    FileReport,
    ImportPlan,
    ImportReport,
    Problem,
    RowOutcome,
)
from katalyze.importing.service import (
    apply_import,
    import_files,
    import_participants,
    import_projects,
    plan_import,
    read_sources,
)

__all__ = [
    "IGNORED",
    "PARTICIPANT_FIELDS",
    "PROJECT_FIELDS",
    "ColumnMapping",
    "FilePlan",
    "FileReport",
    "ImportPlan",
    "ImportReport",
    "Problem",
    "RowOutcome",
    "Table",
    "apply_import",
    "fields_for",
    "guess_mapping",
    "import_files",
    "import_participants",
    "import_projects",
    "plan_import",
    "read_sources",
    "read_table",
]
