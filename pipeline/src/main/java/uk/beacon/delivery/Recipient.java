package uk.beacon.delivery;

import java.util.Set;

/**
 * One line of the recipients file: who receives an audience's outputs for one scope, and how.
 *
 * @param audience an audience of config/audiences.csv (region, authority, sector-body, named, public)
 * @param scope    the region's name (region), the authority's DfE code (authority), or "all"
 * @param name     who this is, as the message greets them (a group, a team or a person)
 * @param channel  e-mail or a drop folder
 * @param address  the e-mail address, or the folder
 * @param kinds    only these kinds of output (manifest {@code kind}); empty: every output of the audience and scope
 * @param line     the line in the recipients file, for messages
 */
public record Recipient(String audience, String scope, String name, Channel channel, String address, Set<String> kinds, int line) {

    public enum Channel {
        EMAIL, FOLDER;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "North Fells ADCS group <north-fells@example.org>" or "Share (folder var/deliveries/x)". */
    public String label() {
        return channel == Channel.EMAIL ? name + " <" + address + ">" : name + " (folder " + address + ")";
    }

    /** The same recipient, delivered into a folder instead (rehearsals: --drop-folder). */
    public Recipient intoFolder(java.nio.file.Path root) {
        if (channel == Channel.FOLDER) {
            return this;
        }
        return new Recipient(audience, scope, name, Channel.FOLDER, root.resolve(address).toString(), kinds, line);
    }
}
