package uk.beacon.render;

/** The folder names outputs are filed under, one per recipient. */
final class AudienceFolders {

    private AudienceFolders() {
    }

    static String authority(String laCode, String laName) {
        // A name the warehouse does not hold must never fail a run: the code alone names the folder.
        return laName == null || laName.isBlank() ? laCode : laCode + "-" + ReportsRenderTasklet.slug(laName);
    }
}
