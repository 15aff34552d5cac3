package org.pressroom.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data directory for every node; the embedded PostgreSQL only when no external database is configured. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataDirectory dataDirectory(SystemProperties properties) {
        return DataDirectory.open(properties.dataDir());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(DataDirectory dataDirectory, SystemProperties properties) {
            return EmbeddedDatabase.start(dataDirectory.resolve("postgres"), properties.database().port());
        }

        @Bean(destroyMethod = "close")
        DataSource dataSource(EmbeddedDatabase database) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setPoolName("pressroom-embedded");
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername(EmbeddedDatabase.USER);
            dataSource.setPassword(database.password());
            dataSource.setMaximumPoolSize(10);
            dataSource.setMinimumIdle(2);
            return dataSource;
        }
    }
}
