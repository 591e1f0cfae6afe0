// Filled in by the workflow work in progress.
