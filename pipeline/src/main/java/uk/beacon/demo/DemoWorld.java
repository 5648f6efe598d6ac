package uk.beacon.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fictional geography: three regions of ten authorities each, their child populations,
 * and each authority's ten statistical neighbours. Codes are chosen not to collide with
 * real ones: DfE codes 951-980 (real codes stop at 943) and ONS-style codes E069000xx.
 */
final class DemoWorld {

    static final List<DemoRegion> REGIONS = List.of(
            new DemoRegion("E12900001", "North Fells"),
            new DemoRegion("E12900002", "Midland Vales"),
            new DemoRegion("E12900003", "South Coast"));

    private static final String[][] NAMES = {
            {"Ashby Moor", "Blackwater", "Carrick Fell", "Dunmere", "Eskdale Vale", "Fellhaven", "Greyburn", "Harrowgate Moor", "Ironbridge Fells", "Kelderby"},
            {"Larchfield", "Marlbrook", "Netherton Vale", "Oakhampstead", "Pennywell", "Quarrington", "Redmarsh", "Stoneleigh", "Thornbury Vale", "Upton Marsh"},
            {"Westerleigh", "Saltcombe", "Brightsea", "Chalkhaven", "Dunecliffe", "Ebbsfleet Bay", "Foxhollow", "Gullhaven", "Harbourne", "Kingsbay"}};

    private final List<DemoAuthority> authorities;

    DemoWorld(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<DemoAuthority> list = new ArrayList<>();
        int n = 0;
        for (int r = 0; r < REGIONS.size(); r++) {
            for (int i = 0; i < NAMES[r].length; i++) {
                n++;
                long population = 22_000 + Math.round(rnd.nextDouble() * 95_000);
                double need = Math.min(1, Math.max(0, 0.25 + r * 0.12 + rnd.nextGaussian() * 0.18));
                list.add(new DemoAuthority(String.valueOf(950 + n), String.format("E069%05d", n), NAMES[r][i],
                        REGIONS.get(r), population, need));
            }
        }
        this.authorities = List.copyOf(list);
    }

    List<DemoAuthority> authorities() {
        return authorities;
    }

    /** The ten authorities most like {@code a} in need and (log) size, closest first. */
    List<DemoAuthority> neighboursOf(DemoAuthority a) {
        return authorities.stream().filter(b -> b != a)
                .sorted(Comparator.comparingDouble((DemoAuthority b) -> distance(a, b)).thenComparing(DemoAuthority::dfeCode))
                .limit(10).toList();
    }

    static double distance(DemoAuthority a, DemoAuthority b) {
        double dn = a.need() - b.need();
        double ds = (Math.log(a.population()) - Math.log(b.population())) / 2;
        return Math.sqrt(dn * dn + ds * ds);
    }

    static String closeness(double distance) {
        return distance < 0.08 ? "Very close" : distance < 0.2 ? "Close" : "Somewhat close";
    }
}
