package uk.beacon.job;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;
import uk.beacon.warehouse.Warehouse;

/**
 * Spring Batch's job repository lives in the warehouse file itself (tables created by
 * migration V2), so a step's rows and its step metadata commit together and a failed run
 * can be restarted from the failed step.
 *
 * <p>DuckDB is not a database type Spring Batch knows, and it rejects SERIALIZABLE:
 * it is declared as POSTGRES (whose SQL and sequences DuckDB accepts) and job creation uses
 * READ_COMMITTED. Verified in ../shared/design/stack.md.
 */
@Configuration(proxyBeanMethods = false)
public class BatchInfrastructure extends JdbcDefaultBatchConfiguration {

    @Bean
    public DataSource dataSource(Warehouse warehouse) {
        return warehouse.dataSource();
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Override
    protected String getDatabaseType() {
        return "POSTGRES";
    }

    @Override
    protected Isolation getIsolationLevelForCreate() {
        return Isolation.READ_COMMITTED;
    }
}
