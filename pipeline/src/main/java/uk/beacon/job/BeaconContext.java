package uk.beacon.job;

import java.nio.file.Path;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.cycle.NamedRecipients;
import uk.beacon.cycle.PdfPassword;
import uk.beacon.warehouse.Warehouse;

/**
 * A Spring context for running Beacon's jobs against one warehouse file. Built by hand (no
 * Boot auto-configuration): the warehouse and catalogue are registered as beans, then the
 * batch infrastructure and the job configurations.
 */
public final class BeaconContext implements AutoCloseable {

    private final Warehouse warehouse;
    private final boolean ownsWarehouse;
    private final AnnotationConfigApplicationContext spring;

    private BeaconContext(Warehouse warehouse, IndicatorCatalogue catalogue, boolean ownsWarehouse, PdfPassword pdfPassword,
                          NamedRecipients named) {
        this.warehouse = warehouse;
        this.ownsWarehouse = ownsWarehouse;
        this.spring = new AnnotationConfigApplicationContext();
        spring.registerBean(Warehouse.class, () -> warehouse, bd -> bd.setDestroyMethodName(""));
        spring.registerBean(IndicatorCatalogue.class, () -> catalogue);
        spring.registerBean(PdfPassword.class, () -> pdfPassword);
        spring.registerBean(NamedRecipients.class, () -> named);
        spring.register(BatchInfrastructure.class, MonthlyCycleJobConfiguration.class);
        spring.refresh();
    }

    public static BeaconContext open(Path warehouseFile, IndicatorCatalogue catalogue) {
        return open(warehouseFile, catalogue, PdfPassword.none());
    }

    /** With a run-time password for restricted PDFs (held in memory only). */
    public static BeaconContext open(Path warehouseFile, IndicatorCatalogue catalogue, PdfPassword pdfPassword) {
        return open(warehouseFile, catalogue, pdfPassword, NamedRecipients.none());
    }

    /** With a run-time password and the people a TLP:RED copy is for (both held in memory only). */
    public static BeaconContext open(Path warehouseFile, IndicatorCatalogue catalogue, PdfPassword pdfPassword, NamedRecipients named) {
        Warehouse w = Warehouse.open(warehouseFile);
        try {
            return new BeaconContext(w, catalogue, true, pdfPassword, named);
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** Runs on a warehouse someone else owns (tests): closing the context leaves it open. */
    public static BeaconContext on(Warehouse warehouse, IndicatorCatalogue catalogue) {
        return new BeaconContext(warehouse, catalogue, false, PdfPassword.none(), NamedRecipients.none());
    }

    public <T> T bean(Class<T> type) {
        return spring.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return spring.getBean(name, type);
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    @Override
    public void close() {
        spring.close();
        if (ownsWarehouse) {
            warehouse.close();
        }
    }
}
