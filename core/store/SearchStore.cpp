// Filled in by the work in progress on the pipeline board and global search.
