import { describe, expect, it } from '@jest/globals';
import { findEnvReads } from '../../../src/python/env-reads.js';
import { parsePython } from '../../../src/python/parse.js';

const readsOf = (text: string) =>
  findEnvReads(parsePython('m.py', text)).map((read) => ({ name: read.name, required: read.required, default: read.default, line: read.line, kind: read.kind }));

describe('settings models read from the environment', () => {
  it("a pydantic model validated from os.environ (the Butler Writer's ServiceConfig): fields without default are required", () => {
    const reads = readsOf(`import os
import pydantic
from typing import Literal

class ServiceConfig(pydantic.BaseModel):
    BUTLER_REPOSITORY: str
    KAFKA_USERNAME: str | None = None
    KAFKA_DEBUG: Literal["0", "1"] = "0"
    RENAMED: str = pydantic.Field(alias="WRITER_NAME")
    LIMIT: int = pydantic.Field(default_factory=int)

class Unrelated(pydantic.BaseModel):
    NOT_A_VARIABLE: str

def main():
    return ServiceConfig.model_validate_strings(dict(os.environ))
`);
    expect(reads).toEqual([
      { name: 'BUTLER_REPOSITORY', required: true, default: null, line: 6, kind: 'model' },
      { name: 'KAFKA_USERNAME', required: false, default: 'None', line: 7, kind: 'model' },
      { name: 'KAFKA_DEBUG', required: false, default: '"0"', line: 8, kind: 'model' },
      { name: 'WRITER_NAME', required: true, default: null, line: 9, kind: 'model' },
      { name: 'LIMIT', required: false, default: 'int()', line: 10, kind: 'model' },
    ]);
  });

  it('BaseSettings subclasses: env_prefix, alias (no prefix), case-insensitive by default, case_sensitive', () => {
    const reads = readsOf(`from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="writer_")
    topic: str
    timeout: float = 5.0
    url: str = Field(validation_alias="KAFKA_URL")

class Exact(BaseSettings, case_sensitive=True):
    Mixed_Case: str

class Old(BaseSettings):
    token: str
    class Config:
        env_prefix = "OLD_"
`);
    expect(reads.map((read) => [read.name, read.required])).toEqual([
      ['WRITER_TOPIC', true],
      ['WRITER_TIMEOUT', false],
      ['KAFKA_URL', true],
      ['Mixed_Case', true],
      ['OLD_TOKEN', true],
    ]);
  });

  it('dataclasses built from os.environ, under any name of environ', () => {
    const reads = readsOf(`from dataclasses import dataclass, field
from os import environ as env

@dataclass
class Conf:
    HOST: str
    PORT: str = "80"
    TAGS: list = field(default_factory=list)

conf = Conf(**env)
`);
    expect(reads.map((read) => [read.name, read.required, read.default])).toEqual([
      ['HOST', true, null],
      ['PORT', false, '"80"'],
      ['TAGS', false, 'list()'],
    ]);
  });

  it('a model never built from the environment reads nothing', () => {
    expect(readsOf('import os\nimport pydantic\nclass M(pydantic.BaseModel):\n    X: str\nm = M.model_validate({"X": os.environ.get("Y")})\n').map((r) => r.name)).toEqual(['Y']);
  });
});
