"""The initializer job: writes init-outputs before the service starts."""

import os

instrument_name = os.environ["RUBININSTRUMENT"]
central_repo = os.environ["CENTRAL_REPO"]
calib_repo = os.environ["CALIB_REPO"]
