package uk.beacon.demo;

/** A fictional region of the demo. */
record DemoRegion(String code, String name) {
}
