package uk.beacon.signals;

/** Which way a signal points on the indicator's own scale, before polarity gives it a meaning. */
public enum Direction { UP, DOWN }
