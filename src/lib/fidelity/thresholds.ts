/** Fidelity thresholds: the one place they live (issue #3). */
export const FIDELITY_THRESHOLDS = {
  /** Minimum share of non-furniture source tokens the restored text must account for. */
  minCoverage: 0.99,
  /** A run of at least this many consecutive unmatched source tokens is reported as a missing passage. */
  maxMissingRun: 6,
  /** A run of at least this many consecutive restored tokens without a source counterpart is reported as an insertion. */
  maxInsertedRun: 6,
  /** Number differences allowed (missing, extra or changed figures). */
  maxNumberDifferences: 0,
} as const;
