"""Settings profiles: ``base`` (environment-driven, embedded default), ``production``, ``test``."""
