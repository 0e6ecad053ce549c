package vn.trolycongdoan.knowledge;

import java.time.Duration;

/** What one index refresh did. */
public record IndexReport(
    int files,
    int added,
    int updated,
    int removed,
    int unchanged,
    int failed,
    int passages,
    Duration took) {}
