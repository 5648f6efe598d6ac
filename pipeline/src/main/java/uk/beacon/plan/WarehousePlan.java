package uk.beacon.plan;

import java.util.List;
import java.util.Properties;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.signals.step.StatisticalSignalsModel;
import uk.beacon.support.SupportStage;
import uk.beacon.transform.SqlModelRunner;
import uk.beacon.triggers.TriggersModel;

/**
 * The warehouse's one model graph: every SQL model in schemas/models and the Java models
 * (the statistical kernels, the trigger tracker, support suggestions), ordered by what each reads. The monthly
 * cycle's transform, signals and triggers steps each build their layers of it; the rebuilds
 * outside the cycle ({@link ModelRebuild}) build all of it. The build order is written here once.
 */
public final class WarehousePlan {

    /** Every layer, in build order. */
    public static final List<String> LAYERS = SqlModelRunner.LAYERS;

    private WarehousePlan() {
    }

    /** {@code settings}: config/early-warning.properties (the kernels' and the trigger tracker's settings). */
    public static SqlModelRunner standard(IndicatorCatalogue catalogue, Properties settings) {
        return SqlModelRunner.fromClasspath().withJavaModels(List.of(
                new StatisticalSignalsModel(catalogue, settings),
                new TriggersModel(settings),
                new SupportStage(settings)));
    }
}
