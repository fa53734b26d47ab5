package se.stockholm.vfu.readlog;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failed batches of the read log are tried again request by request. */
class ReadLogWriterTest {

    @Test
    void aRefusedValueIsTriedAgainAloneButALostConnectionIsNot() {
        assertThat(ReadLogWriter.notAConnectionFailure(
                new SQLIntegrityConstraintViolationException("check constraint", "23000"))).isTrue();
        assertThat(ReadLogWriter.notAConnectionFailure(new SQLException("communications link failure", "08S01")))
                .isFalse();
        assertThat(ReadLogWriter.notAConnectionFailure(new SQLTransientConnectionException("no connection")))
                .isFalse();
        assertThat(ReadLogWriter.notAConnectionFailure(new IllegalStateException("wrapped",
                new SQLException("connection closed", "08003")))).as("found in the causes").isFalse();
    }
}
