"""The Prompt Processing service (a fragment, for the demo)."""

import os

instrument_name = os.environ["RUBININSTRUMENT"]
calib_repo = os.environ["CALIB_REPO"]
image_bucket = os.environ["IMAGE_BUCKET"]
timeout = int(os.environ.get("IMAGE_TIMEOUT", "20"))
use_kafka_butler_writer = os.environ.get("USE_KAFKA_BUTLER_WRITER", "0") == "1"
if use_kafka_butler_writer:
    kafka_topic = os.environ["BUTLER_WRITER_TOPIC"]
local_repos = os.environ.get("LOCAL_REPOS", "/tmp")
legacy_mode = os.environ["LEGACY_MODE"]
