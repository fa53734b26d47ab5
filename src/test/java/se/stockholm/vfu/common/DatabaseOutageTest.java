package se.stockholm.vfu.common;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureDeepInTheCausesIsAnOutage() {
        SQLException lost = new SQLException("Communications link failure", "08S01");
        assertThat(DatabaseOutage.isCause(new EJBException(new PersistenceException("wrapped", lost)))).isTrue();
        assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLRecoverableException("gone")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("no connection"))).isTrue();
    }

    @Test
    void thePoolHavingNoConnectionIsAnOutage() {
        SQLException fromPool = new SQLException("IJ031040: Connection error", new ResourceException("IJ000453"));
        assertThat(DatabaseOutage.isCause(new PersistenceException(fromPool))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseOutage.isCause(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23000", 1062)))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax", "42000", 1064))).isFalse();
        assertThat(DatabaseOutage.isCause(new EJBException(new OptimisticLockException()))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("no cause"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }

    @Test
    void theOneLineAnOutageGetsSaysWhatTheDeepestCauseSaid() {
        EJBException failure = new EJBException(new PersistenceException("could not prepare statement",
                new SQLTransientConnectionException("Connection refused", "08001")));

        assertThat(DatabaseOutage.reason(failure))
                .isEqualTo("java.sql.SQLTransientConnectionException: Connection refused");
        assertThat(DatabaseOutage.reason(new ResourceException())).isEqualTo("jakarta.resource.ResourceException");
    }
}
