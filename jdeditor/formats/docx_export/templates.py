"""The Word templates a user can choose: the bundled ones and their own.

Bundled templates live in ``resources/templates`` (found through ``paths.resource_path``);
a user's templates are copied into ``<data folder>/templates`` after a check. A template is
chosen by name, its file stem; a user's template of the same name as a bundled one takes
its place (that is how a customised ``formal-zh`` replaces the original).
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from jdeditor import paths
from jdeditor.core.model import Language
from jdeditor.errors import OutputFileError
from jdeditor.formats.atomic import write_bytes_atomic
from jdeditor.formats.docx_export.part_limits import check_parts
from jdeditor.formats.docx_export.problems import TemplateError, problems_error
from jdeditor.formats.template_info import TemplateInfo

logger = logging.getLogger(__name__)

DEFAULT_TEMPLATE: dict[Language, str] = {Language.ZH: "formal-zh", Language.EN: "jd-en"}
TEMPLATE_SUFFIX = ".docx"
_CORE = "docProps/core.xml"
_DC = "{http://purl.org/dc/elements/1.1/}"


def bundled_templates_dir() -> Path:
    return paths.resource_path("templates")


def user_templates_dir() -> Path:
    return paths.data_dir() / "templates"


def _describe(path: Path, bundled: bool) -> TemplateInfo | None:
    """Name and description from the core properties, read straight from the zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            core = archive.read(_CORE) if _CORE in archive.namelist() else b""
            if "word/document.xml" not in archive.namelist():
                raise KeyError("word/document.xml")
    except (OSError, zipfile.BadZipFile, KeyError) as error:
        logger.warning("Skipping %s: not a readable Word document (%s)", path, error)
        return None
    description = title = ""
    if core:
        try:
            root = etree.fromstring(core)
        except etree.XMLSyntaxError:
            root = None
        if root is not None:
            description = (root.findtext(f"{_DC}description") or "").strip()
            title = (root.findtext(f"{_DC}title") or "").strip()
    return TemplateInfo(path.stem, path, bundled, description, title)


def _template_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [
        path
        for path in sorted(folder.iterdir())
        # ~$name.docx is Word's lock file for an open document
        if path.suffix.lower() == TEMPLATE_SUFFIX and not path.name.startswith((".", "~$"))
    ]


def _templates_in(folder: Path, bundled: bool) -> list[TemplateInfo]:
    found = []
    for path in _template_files(folder):
        info = _describe(path, bundled)
        if info is not None:
            found.append(info)
    return found


def list_templates() -> list[TemplateInfo]:
    """Bundled and user templates, by name; a user's template hides a bundled namesake."""
    by_name: dict[str, TemplateInfo] = {}
    for info in _templates_in(bundled_templates_dir(), True):
        by_name[info.name.casefold()] = info
    for info in _templates_in(user_templates_dir(), False):
        by_name[info.name.casefold()] = info
    return sorted(by_name.values(), key=lambda info: (not info.bundled, info.name.casefold()))


def find_template(name: str) -> TemplateInfo:
    """The template called ``name`` (case does not matter, ``.docx`` may be given)."""
    wanted = name.strip()
    if wanted.lower().endswith(TEMPLATE_SUFFIX):
        wanted = wanted[: -len(TEMPLATE_SUFFIX)]
    # The user's templates first, as in list_templates (the last readable one of a name
    # wins there); only the file chosen is opened: an export looks its template up twice.
    for folder, bundled in ((user_templates_dir(), False), (bundled_templates_dir(), True)):
        for path in reversed(_template_files(folder)):
            if path.stem.casefold() == wanted.casefold():
                info = _describe(path, bundled)
                if info is not None:
                    return info
    templates = list_templates()
    available = ", ".join(info.name for info in templates) or "none"
    raise TemplateError(
        f"There is no Word template named '{name}'. Available templates: {available}. "
        "Add your own .docx template first, or pick one of these."
    )


def add_template(path: Path, replace: bool = False) -> TemplateInfo:
    """Check a template and copy it into the user's templates folder.

    Refuses a template with problems (listing them), and one whose name is taken unless
    ``replace`` is true.
    """
    path = Path(path)
    if path.suffix.lower() != TEMPLATE_SUFFIX:
        raise TemplateError(
            f"{path} is not a Word template: templates are .docx files. "
            "In Word, save the template as a Word Document (*.docx)."
        )
    if not path.is_file():
        raise TemplateError(f"The Word template {path} does not exist. Check the name and folder.")
    name = path.stem.strip()
    if not name or name.startswith("."):
        raise TemplateError(f"{path.name} is not a usable template name: rename the file.")
    from jdeditor.formats.docx_export.isolated_check import check_template_isolated

    problems = check_template_isolated(path)
    if problems:
        raise problems_error(path, problems)
    existing = [info for info in list_templates() if info.name.casefold() == name.casefold()]
    if existing and not replace:
        where = "bundled with JD Editor" if existing[0].bundled else "among your templates"
        raise TemplateError(
            f"A template named '{existing[0].name}' is already {where}. Rename {path.name}, "
            "or choose to replace the existing template."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TemplateError(f"The Word template {path} cannot be read: {error.strerror}.") from None
    check_parts(path, data)  # the file checked may have been replaced since
    folder = user_templates_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputFileError(
            f"Cannot create the templates folder {folder}: {error.strerror or error}."
        ) from None
    target = folder / f"{name}{TEMPLATE_SUFFIX}"
    write_bytes_atomic(target, data)
    for info in existing:
        if not info.bundled and info.path.name != target.name:
            info.path.unlink(missing_ok=True)  # the same name in other letter case
    logger.info("Added Word template %s from %s", name, path)
    added = _describe(target, bundled=False)
    assert added is not None  # just checked and written
    return added
