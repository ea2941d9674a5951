/**
 * Canonical names for the typing/pydantic/dataclasses vocabulary, whatever
 * spelling a module used (`typing.List`, `t.List`, `collections.abc.Sequence`,
 * `typing_extensions.Literal`, bare `list`), and the packages never looked for
 * inside the repository.
 */

/** Top-level packages that are never repository modules (no file lookups for them). */
export const EXTERNAL_PACKAGES = new Set([
  'typing', 'typing_extensions', 'dataclasses', 'enum', 'pydantic', 'pydantic_core', 'datetime', 'collections',
  'abc', 'os', 'sys', 'json', 're', 'uuid', 'decimal', 'pathlib', 'functools', 'itertools', 'logging', 'math',
  'numpy', 'astropy', 'lsst', 'builtins', '__future__', 'annotated_types', 'types',
]);

export const BUILTIN_NAMES = new Set([
  'int', 'float', 'str', 'bool', 'bytes', 'complex', 'object', 'list', 'dict', 'set', 'frozenset', 'tuple', 'type',
  'bytearray',
]);

const ALIASES: Record<string, string> = {
  'typing_extensions.': 'typing.',
  'collections.abc.': 'typing.',
  'collections.OrderedDict': 'typing.Dict',
  'collections.defaultdict': 'typing.Dict',
  'pydantic.main.BaseModel': 'pydantic.BaseModel',
  'pydantic.fields.Field': 'pydantic.Field',
  'pydantic.config.ConfigDict': 'pydantic.ConfigDict',
  'pydantic.v1.': 'pydantic.',
};

export function canonicalName(qualified: string): string {
  for (const [from, to] of Object.entries(ALIASES)) {
    if (from.endsWith('.') && qualified.startsWith(from)) return to + qualified.slice(from.length);
    if (qualified === from) return to;
  }
  return qualified;
}

export const LIST_TYPES = new Set(['builtins.list', 'typing.List', 'typing.Sequence', 'typing.MutableSequence', 'typing.Iterable', 'typing.Collection']);
export const SET_TYPES = new Set(['builtins.set', 'builtins.frozenset', 'typing.Set', 'typing.FrozenSet', 'typing.AbstractSet', 'typing.MutableSet']);
export const TUPLE_TYPES = new Set(['builtins.tuple', 'typing.Tuple']);
export const DICT_TYPES = new Set(['builtins.dict', 'typing.Dict', 'typing.Mapping', 'typing.MutableMapping', 'typing.DefaultDict']);
export const SCALAR_BUILTINS: Record<string, string> = {
  'builtins.int': 'int', 'builtins.float': 'float', 'builtins.str': 'str', 'builtins.bool': 'bool',
  'builtins.bytes': 'bytes', 'builtins.complex': 'complex', 'builtins.bytearray': 'bytes',
  'builtins.object': 'any', 'typing.Any': 'any', 'datetime.datetime': 'datetime', 'datetime.date': 'date',
  'datetime.time': 'time', 'datetime.timedelta': 'timedelta', 'uuid.UUID': 'uuid', 'decimal.Decimal': 'decimal',
};
/** Wrappers whose first argument is the type (`Annotated[int, Field(gt=0)]`, `Final[int]`). */
export const TRANSPARENT_WRAPPERS = new Set(['typing.Annotated', 'typing.Final', 'typing.Required', 'typing.NotRequired', 'typing.ReadOnly']);
export const EXCLUDED_ANNOTATIONS = new Set(['typing.ClassVar', 'dataclasses.InitVar', 'dataclasses.KW_ONLY']);
export const ENUM_BASES: Record<string, 'int' | 'str' | 'any'> = {
  'enum.Enum': 'any', 'enum.IntEnum': 'int', 'enum.StrEnum': 'str', 'enum.Flag': 'int', 'enum.IntFlag': 'int',
};
export const DATACLASS_DECORATORS = new Set(['dataclasses.dataclass', 'pydantic.dataclasses.dataclass']);
export const IGNORED_BASES = new Set(['builtins.object', 'typing.Generic', 'typing.Protocol', 'abc.ABC']);
