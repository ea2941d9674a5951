"""Messages Prompt Processing sends to the Butler Writer Service."""

from __future__ import annotations

from typing import Literal, Optional

import pydantic


class PromptProcessingOutputEvent(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="ignore")

    type: Literal["pp-output"] = "pp-output"
    dimension_records: list[dict]
    datasets: list[dict]
    root_directory: str
    instrument: str
    group: Optional[str] = None
