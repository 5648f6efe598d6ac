package uk.beacon.demo;

/**
 * A fictional authority of the demo. {@code need} (0 to 1) drives how high its demand and
 * pressure indicators run, the way deprivation does for real authorities; neighbours are
 * the authorities closest in {@code need} and size.
 */
record DemoAuthority(String dfeCode, String onsCode, String name, DemoRegion region, long population, double need) {
}
