package uk.beacon.demo;

/** One figure of a demo return; numbers are null when the return gives a value only. */
record DemoFigure(String indicator, Long numerator, Long denominator, Double value, String status) {
}
