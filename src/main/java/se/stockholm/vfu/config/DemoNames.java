package se.stockholm.vfu.config;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Names for the demo's staff (supervisors, unit managers): ordinary names of Stockholm's social workers, each used
 * once in the whole demo, so that no list of a district shows the same person twice. A random generator of its
 * own, so that drawing names does not change the rest of the demo's seeded story.
 */
final class DemoNames {

    /** Where the demo's staff have their e-mail: the demo's own domain, never a real one. */
    static final String DOMAIN = "@demo.vfu.stockholm.se";

    private static final String[] FIRST = {"Anna", "Karin", "Maria", "Sara", "Lena", "Emma", "Johanna", "Elin",
        "Malin", "Ida", "Sofia", "Camilla", "Fatima", "Leila", "Amina", "Helena", "Petra", "Jenny", "Therese", "Linda",
        "Erik", "Johan", "Anders", "Mikael", "Peter", "Daniel", "Fredrik", "Jonas", "Magnus", "Ahmed", "Mehmet",
        "Samir", "Tomas", "Henrik", "Kristoffer", "Niklas", "Mattias", "Oskar", "Robert", "Stefan"};
    private static final String[] LAST = {"Lindqvist", "Bergström", "Ekholm", "Sjöberg", "Wallin", "Nordin",
        "Forsberg", "Holmgren", "Engström", "Lundberg", "Axelsson", "Hedlund", "Strand", "Björk", "Sundberg",
        "Falk", "Åberg", "Dahlberg", "Hosseini", "Yilmaz", "Haddad", "Nilsson", "Persson", "Gustafsson", "Olsson",
        "Eriksson", "Larsson", "Svensson", "Mattsson", "Söderberg", "Hägglund", "Ali", "Karimi", "Virtanen",
        "Lindgren", "Jakobsson", "Blom", "Sandström", "Norberg", "Eklund"};

    private final Random random = new Random(1989);
    private final Set<String> used = new HashSet<>();

    /** A name not given before in this demo. */
    String next() {
        while (true) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            if (used.add(name)) {
                return name;
            }
        }
    }

    /** Reserves a name chosen by hand, so that {@link #next()} never gives it to somebody else. */
    String reserve(String name) {
        if (!used.add(name)) {
            throw new IllegalArgumentException("the demo already has a " + name);
        }
        return name;
    }

    /** {@code förnamn.efternamn} in plain letters at the demo's domain, as the city's addresses are made. */
    static String email(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(' ', '.');
        return plain + DOMAIN;
    }
}
