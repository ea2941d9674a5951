"""Visit messages as Prompt Processing reads them from the fan-out service."""

__all__ = ["BareVisit", "FannedOutVisit"]

import dataclasses
import enum


@dataclasses.dataclass(frozen=True, kw_only=True)
class BareVisit:
    """The parts of a visit that do not depend on the detector."""

    class CoordSys(enum.IntEnum):
        # This is a redeclaration of lsst.ts.idl.enums.Script.MetadataCoordSys,
        # but we need BareVisit to work in code that can't import lsst.ts.
        NONE = 1
        ICRS = 2
        OBSERVED = 3
        MOUNT = 4

    class RotSys(enum.IntEnum):
        NONE = 1
        SKY = 2
        HORIZON = 3
        MOUNT = 4

    class Dome(enum.IntEnum):
        CLOSED = 1
        OPEN = 2
        EITHER = 3

    instrument: str
    groupId: str
    nimages: int
    filters: str
    coordinateSystem: CoordSys
    position: list[float]
    startTime: float
    rotationSystem: RotSys
    cameraAngle: float
    survey: str
    salIndex: int
    scriptSalIndex: int
    dome: Dome
    duration: float
    totalCheckpoints: int
    private_sndStamp: float

    def __str__(self):
        return f"(groupId={self.groupId}, survey={self.survey})"


@dataclasses.dataclass(frozen=True, kw_only=True)
class FannedOutVisit(BareVisit):
    """A visit for one detector, as the fan-out service sends it."""

    detector: int
    # Not part of the message: a cache that the service fills in.
    _cache: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, message):
        """Strict decoding: every key maps one to one onto a field."""
        return cls(**message)
