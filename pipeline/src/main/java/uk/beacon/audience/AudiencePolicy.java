package uk.beacon.audience;

/**
 * Decides whether an output for an audience may show a note. The output is about one
 * authority (or one region); the note is about one authority. Both tests must pass: the
 * note's TLP is within the audience's level, and the note's authority is within its scope.
 * Anything the policy refuses never reaches a report: not its text, category or source.
 */
public final class AudiencePolicy {

    private AudiencePolicy() {
    }

    /**
     * @param outputLa     the authority the output is about (null for a regional or national output)
     * @param outputRegion the region the output is for (null for a national output)
     */
    public static boolean maySee(Audience audience, Tlp noteTlp, String noteLa, String noteRegion, String outputLa, String outputRegion) {
        if (noteTlp.compareTo(audience.maxTlp()) > 0) {
            return false;
        }
        return switch (audience.scope()) {
            case ALL -> true;
            case REGION -> outputRegion != null && outputRegion.equals(noteRegion);
            case AUTHORITY -> outputLa != null && outputLa.equals(noteLa);
        };
    }
}
