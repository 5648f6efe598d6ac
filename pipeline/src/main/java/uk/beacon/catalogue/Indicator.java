package uk.beacon.catalogue;

/**
 * One indicator of the catalogue (config/indicators.csv).
 *
 * @param measure percent | rate | count | average: decides the valid range and how a
 *                value is derived from numerator and denominator
 * @param scale   value = numerator / denominator * scale (100 for %, 10,000 for rates)
 */
public record Indicator(String code, String label, String unit, Polarity polarity, String measure,
                        double scale, String definition) {

    public enum Polarity { LOW, HIGH, NEUTRAL }

    public boolean isPercent() {
        return "percent".equals(measure);
    }

    public boolean isCount() {
        return "count".equals(measure);
    }
}
