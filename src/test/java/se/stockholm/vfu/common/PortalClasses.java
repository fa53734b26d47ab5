package se.stockholm.vfu.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The portal's own compiled classes ({@code se.stockholm.vfu.*}, nested ones too), read from the directory its main
 * classes were loaded from, for tests that check a rule over every class (every resource documented, every Bean
 * Validation message filled in). A class that cannot load outside the server is left out: it holds neither.
 */
public final class PortalClasses {

    private PortalClasses() {
    }

    public static List<Class<?>> all() {
        Path root;
        try {
            root = Path.of(PageRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                if (!name.startsWith("se.stockholm.vfu.")) {
                    continue;
                }
                try {
                    found.add(Class.forName(name, false, PortalClasses.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    // a class that needs the server to load
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return found;
    }
}
