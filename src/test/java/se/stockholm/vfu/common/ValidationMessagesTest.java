package se.stockholm.vfu.common;

import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Bean Validation message of the portal's own ({@code message = "{key}"}) exists in both languages and names
 * only what its constraint has: a {@code @Min} or {@code @Max} has a {@code {value}}, not a {@code {min}} or
 * {@code {max}}, which are then shown to the user as they stand ("Ange {min}–{max} platser." was, beside the places
 * field, until this test).
 */
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");
    /** A placeholder, not an EL expression ({@code ${…}}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{(\\w+)}");

    @Test
    void everyMessageExistsInBothLanguagesAndNamesOnlyItsConstraintsAttributes() throws Exception {
        Properties swedish = bundle("/ValidationMessages.properties");
        Properties english = bundle("/ValidationMessages_en.properties");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : PortalClasses.all()) {
            for (AnnotatedElement element : annotatedElements(type)) {
                for (Annotation annotation : element.getAnnotations()) {
                    if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                        continue;
                    }
                    Matcher key = KEY.matcher(message(annotation));
                    if (!key.matches() || key.group(1).startsWith("jakarta.validation.")
                            || key.group(1).startsWith("org.hibernate.validator.")) {
                        continue;
                    }
                    checked++;
                    String where = type.getSimpleName() + " " + element + " @"
                            + annotation.annotationType().getSimpleName() + " {" + key.group(1) + "}";
                    for (Properties bundle : List.of(swedish, english)) {
                        String text = bundle.getProperty(key.group(1));
                        if (text == null) {
                            problems.add(where + ": no text in " + (bundle == swedish ? "Swedish" : "English"));
                            continue;
                        }
                        Set<String> attributes = Arrays.stream(annotation.annotationType().getDeclaredMethods())
                                .map(Method::getName).collect(Collectors.toSet());
                        Matcher placeholder = PLACEHOLDER.matcher(text);
                        while (placeholder.find()) {
                            if (!attributes.contains(placeholder.group(1))) {
                                problems.add(where + ": \"" + text + "\" names {" + placeholder.group(1)
                                        + "}, which the constraint does not have");
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("messages checked (the scan found the forms)").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /**
     * A limit, length, pattern or date rule a user can break says so in the portal's words, in the page's language:
     * without a key of the portal's the user got Hibernate Validator's text ("must be greater than or equal to 0"),
     * in English on a Swedish page, as the terms page's target and year did. {@code @NotNull} is left out: on a
     * service's parameter it is a caller's mistake, not a user's.
     */
    @Test
    void everyLimitLengthPatternAndDateRuleHasAMessageOfThePortals() throws Exception {
        Set<String> userRules = Set.of("Min", "Max", "Size", "Pattern", "Email", "NotBlank", "NotEmpty", "DecimalMin",
                "DecimalMax", "Digits", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "Past",
                "PastOrPresent", "Future", "FutureOrPresent");
        List<String> withoutKey = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : PortalClasses.all()) {
            for (AnnotatedElement element : annotatedElements(type)) {
                for (Annotation annotation : element.getAnnotations()) {
                    if (!userRules.contains(annotation.annotationType().getSimpleName())) {
                        continue;
                    }
                    checked++;
                    String message = message(annotation);
                    if (message.startsWith("{jakarta.validation.") || message.startsWith("{org.hibernate.validator.")) {
                        withoutKey.add(type.getSimpleName() + " " + element + " @"
                                + annotation.annotationType().getSimpleName());
                    }
                }
            }
        }
        assertThat(checked).as("rules checked (the scan found the forms)").isGreaterThan(20);
        assertThat(withoutKey).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String message(Annotation annotation) throws ReflectiveOperationException {
        Method message = annotation.annotationType().getMethod("message");
        return (String) message.invoke(annotation);
    }

    /** The fields, methods and constructor and method parameters of a class: where constraints can sit. */
    private static List<AnnotatedElement> annotatedElements(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>();
        try {
            elements.addAll(List.of(type.getDeclaredFields()));
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            executables.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable executable : executables) {
                elements.add(executable);
                for (Parameter parameter : executable.getParameters()) {
                    elements.add(parameter);
                }
            }
        } catch (LinkageError notLoadable) {
            // a class whose members need the server's classes: none of the portal's forms
        }
        return elements;
    }
}
