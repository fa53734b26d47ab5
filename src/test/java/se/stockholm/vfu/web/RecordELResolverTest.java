package se.stockholm.vfu.web;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordELResolverTest {

    record Row(String name, long places) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    /** A bare context: the resolver needs only its "property resolved" flag. */
    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsRecordComponentsAsProperties() {
        ELContext context = context();
        Row row = new Row("Södermalm", 9);

        assertThat(resolver.getValue(context, row, "places")).isEqualTo(9L);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
        ELContext context = context();

        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(resolver.getValue(context, new Row("x", 1), "missing")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();

        assertThatThrownBy(() -> resolver.setValue(context, new Row("x", 1), "name", "y"))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
