"""Prefect flows, their thin tasks, the CLI and the demo web server."""
