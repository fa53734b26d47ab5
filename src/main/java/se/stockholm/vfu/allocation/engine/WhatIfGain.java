package se.stockholm.vfu.allocation.engine;

import java.util.Set;

/**
 * What one more place in a district and area would buy this term.
 *
 * @param district   the district
 * @param area       the area of work
 * @param languages  the languages the new place was assumed to work in
 * @param gainOfOne  how many more students one more place there lets the term place: 0 or 1
 * @param absorbable how many more students the term could place with no limit on places there; {@code k} more
 *                   places there place {@code min(k, absorbable)} more students
 */
public record WhatIfGain(String district, String area, Set<String> languages, int gainOfOne, int absorbable) {

    public WhatIfGain {
        languages = Set.copyOf(languages);
    }
}
