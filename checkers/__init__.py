"""veracity's library: plain typed stages over frozen records. No Prefect, no global state."""
