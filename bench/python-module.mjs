// One generated Python module of the benchmark service (~120 lines): an enum, a frozen
// kw_only dataclass hierarchy (its root sometimes imported from another module), a
// pydantic model, module-level and in-function env reads of every form env-diff knows,
// and ordinary code. `changed` is the head revision of a module the PR touches: one env
// read swapped for another variable, one required read made optional, a field added.

const WORDS = ['visit', 'detector', 'exposure', 'butler', 'kafka', 'redis', 'bucket', 'skymap', 'calib', 'pipeline', 'worker', 'queue', 'region', 'filter', 'instrument', 'archive'];

export function moduleName(index) {
  return `${WORDS[index % WORDS.length]}_${String(index).padStart(4, '0')}`;
}

export function className(index) {
  return `${WORDS[index % WORDS.length][0].toUpperCase()}${WORDS[index % WORDS.length].slice(1)}${index}`;
}

/**
 * @param {object} spec
 * @param {number} spec.index
 * @param {{required: string[], optional: string[], getenv: string[], guarded: string, flag: string} | undefined} spec.env
 *   the variables the module reads; most modules of a service read none
 * @param {{module: string, cls: string} | undefined} spec.importedBase  a root dataclass from another module
 * @param {boolean} spec.changed
 */
export function pythonModule({ index, env, importedBase, changed }) {
  const cls = className(index);
  const required = !env ? [] : changed ? [`${env.required[0]}_V2`, ...env.required.slice(1)] : env.required;
  const madeOptional = changed ? required.slice(-1) : [];
  const stillRequired = changed ? required.slice(0, -1) : required;
  const root = importedBase ? importedBase.cls : `${cls}Base`;
  const lines = [
    `"""${moduleName(index)}: part of the generated benchmark service (module ${index})."""`,
    'from __future__ import annotations',
    '',
    'import enum',
    'import logging',
    'import os',
    'from dataclasses import dataclass, field',
    'from typing import ClassVar, Literal, Optional',
    '',
    'from pydantic import BaseModel, ConfigDict, Field',
    '',
    ...(importedBase ? [`from ${importedBase.module} import ${importedBase.cls}`, ''] : []),
    '_log = logging.getLogger(__name__)',
    '',
    ...stillRequired.map((name, i) => `REQUIRED_${i} = os.environ["${name}"]`),
    ...madeOptional.map((name, i) => `REQUIRED_${stillRequired.length + i} = os.environ.get("${name}", "")`),
    ...(env?.optional ?? []).map((name, i) => `OPTIONAL_${i} = os.environ.get("${name}", "${i * 10 + 5}")`),
    ...(env?.getenv ?? []).map((name, i) => `GETENV_${i} = os.getenv("${name}", "default-${i}")`),
    ...(env ? [] : ['LIMIT = 100', 'RETRIES = 3', 'NAMES = ("alpha", "beta")', 'SCALE = 1.5']),
    '',
    '',
    `class ${cls}Mode(enum.IntEnum):`,
    '    OFF = 0',
    '    ON = 1',
    '    AUTO = 2',
    '',
    '',
  ];
  if (!importedBase) {
    lines.push(
      '@dataclass(frozen=True, kw_only=True)',
      `class ${cls}Base:`,
      `    """The fields every ${cls} record carries."""`,
      '',
      '    id: int',
      '    name: str',
      '    created: float = 0.0',
      '    tags: list[str] = field(default_factory=list)',
      '',
      '',
    );
  }
  lines.push(
    '@dataclass(frozen=True, kw_only=True)',
    `class ${cls}(${root}):`,
    `    """A record handled by module ${index}."""`,
    '',
    '    registry: ClassVar[dict[str, int]] = {}',
    '',
    `    mode: ${cls}Mode = ${cls}Mode.OFF`,
    '    position: list[float] = field(default_factory=list)',
    '    note: Optional[str] = None',
    '    weight: float = field(default=1.0, compare=False)',
    ...(changed ? ['    retries: int = 0'] : []),
    '',
    '    def describe(self) -> str:',
    '        parts = [self.name, str(self.mode.name)]',
    '        if self.note:',
    '            parts.append(self.note)',
    '        return " ".join(parts)',
    '',
    '    @classmethod',
    `    def from_dict(cls, message: dict) -> "${cls}":`,
    '        return cls(**message)',
    '',
    '',
    `class ${cls}Event(BaseModel):`,
    '    model_config = ConfigDict(extra="ignore")',
    '',
    '    run: str',
    '    count: int = 0',
    '    datasets: list[str] = Field(default_factory=list)',
    '    level: Literal["info", "warn", "error"] = "info"',
    '    detector: Optional[int] = None',
    '',
    '',
    `def configure_${index}() -> dict[str, str]:`,
    '    """Settings that only some deployments use."""',
    '    settings = {}',
    ...(env
      ? [
          `    if os.environ.get("${env.flag}", "0") == "1":`,
          `        settings["flag"] = "on"`,
          '    try:',
          `        settings["guarded"] = os.environ["${env.guarded}"]`,
          '    except KeyError:',
          '        _log.info("guarded setting not given")',
        ]
      : [
          '    if LIMIT > 10:',
          '        settings["limit"] = str(LIMIT)',
          '    try:',
          '        settings["scale"] = str(SCALE * RETRIES)',
          '    except ArithmeticError:',
          '        _log.info("no scale")',
        ]),
    '    return settings',
    '',
    '',
    `def process_${index}(records: list[${cls}]) -> dict[str, int]:`,
    '    """Count records per mode, skipping the ones without a name."""',
    '    counts: dict[str, int] = {}',
    '    for record in records:',
    '        if not record.name:',
    '            continue',
    '        key = record.mode.name.lower()',
    '        counts[key] = counts.get(key, 0) + 1',
    '    return counts',
    '',
    '',
    `def summarize_${index}(events: list[${cls}Event]) -> str:`,
    '    total = sum(event.count for event in events)',
    '    levels = sorted({event.level for event in events})',
    '    datasets = [name for event in events for name in event.datasets]',
    '    if not events:',
    '        return "nothing"',
    '    return f"{total} in {len(events)} events ({\', \'.join(levels)}), {len(datasets)} datasets"',
    '',
    '',
    `class ${cls}Worker:`,
    '    """Ordinary code: a small stateful helper."""',
    '',
    '    def __init__(self, limit: int = 10) -> None:',
    '        self.limit = limit',
    '        self.seen: list[int] = []',
    '',
    '    def accept(self, value: int) -> bool:',
    '        if len(self.seen) >= self.limit:',
    '            self.seen.pop(0)',
    '        self.seen.append(value)',
    '        return value % 2 == 0',
    '',
    '    def average(self) -> float:',
    '        if not self.seen:',
    '            return 0.0',
    '        return sum(self.seen) / len(self.seen)',
    '',
    '    def __repr__(self) -> str:',
    `        return f"${cls}Worker(limit={self.limit}, seen={len(self.seen)})"`,
    '',
  );
  return lines.join('\n');
}
