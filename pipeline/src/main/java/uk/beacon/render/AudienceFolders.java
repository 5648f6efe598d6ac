package uk.beacon.render;

/** The folder names outputs are filed under, one per recipient. */
final class AudienceFolders {

    private AudienceFolders() {
    }

    static String authority(String laCode, String laName) {
        return laCode + "-" + ReportsRenderTasklet.slug(laName);
    }
}
