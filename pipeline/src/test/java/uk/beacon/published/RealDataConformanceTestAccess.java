package uk.beacon.published;

import java.nio.file.Path;

/** Where the shared DfE files are, for tests in other packages. */
public final class RealDataConformanceTestAccess {

    private RealDataConformanceTestAccess() {
    }

    public static Path sharedData() {
        return RealDataConformanceTest.sharedData();
    }
}
