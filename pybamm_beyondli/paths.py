"""Where measured data lives: ``$BEYONDLI_DATA`` or ``../shared/data`` beside the project."""

from __future__ import annotations

import os
from pathlib import Path

from pybamm_beyondli.errors import DataNotFoundError

#: Environment variable that overrides the data folder.
DATA_ENV = "BEYONDLI_DATA"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_candidates() -> list[Path]:
    """Folders searched for measured data, in order."""
    if os.environ.get(DATA_ENV):
        return [Path(os.environ[DATA_ENV]).expanduser()]
    candidates = [PROJECT_ROOT.parent / "shared" / "data", Path.cwd().parent / "shared" / "data"]
    return list(dict.fromkeys(p.resolve() for p in candidates))


def data_dir() -> Path:
    """The measured-data folder.

    Raises
    ------
    DataNotFoundError
        If neither ``$BEYONDLI_DATA`` nor ``../shared/data`` beside the project root exists.
    """
    candidates = data_candidates()
    for path in candidates:
        if path.is_dir():
            return path
    looked = ", ".join(str(p) for p in candidates)
    raise DataNotFoundError(
        f"measured data folder not found (looked in: {looked}); data is looked for in "
        f"../shared/data beside the project root, or in the folder named by ${DATA_ENV}"
    )


def dataset_dir(name: str) -> Path:
    """Folder of one dataset, e.g. ``dataset_dir("naion_chayambuka2022")``."""
    path = data_dir() / name
    if not path.is_dir():
        raise DataNotFoundError(f"dataset folder '{name}' not found in {data_dir()}")
    return path
