package se.stockholm.vfu.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.PortalClasses;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the JSON API says what it does in the OpenAPI document (/openapi): a resource method without an
 * {@link Operation} summary would appear there as a bare path. Reads the compiled portal, so a new resource is
 * checked without being listed here.
 */
class ApiDocumentationTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    @Test
    void everyOperationOfEveryResourceHasASummary() throws Exception {
        List<Class<?>> resources = resources();
        assertThat(resources).as("resources found").hasSizeGreaterThanOrEqualTo(12);

        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                operations++;
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || operation.summary().isBlank()) {
                    undocumented.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(operations).as("operations found").isGreaterThanOrEqualTo(60);
        assertThat(undocumented).as("operations without an OpenAPI summary").isEmpty();
    }

    @Test
    void everyResourceIsGroupedUnderATag() throws Exception {
        List<String> untagged = new ArrayList<>();
        for (Class<?> resource : resources()) {
            Tag tag = resource.getAnnotation(Tag.class);
            if (tag == null || tag.name().isBlank()) {
                untagged.add(resource.getSimpleName());
            }
        }
        // without a tag, the OpenAPI document lists a resource's operations under "default", apart from their feature
        assertThat(untagged).as("resources without an OpenAPI @Tag").isEmpty();
    }

    /** The portal's classes annotated with {@link Path}. */
    private static List<Class<?>> resources() {
        return PortalClasses.all().stream().filter(type -> type.isAnnotationPresent(Path.class)).toList();
    }
}
