package se.stockholm.vfu.allocation;

import java.util.List;

/**
 * What one more place in a district and area of work would buy this term.
 *
 * @param districtCode the district's code
 * @param district     the district's name
 * @param areaCode     the area's code
 * @param area         the area's name
 * @param languages    the languages the new place was assumed to work in: the district's usual ones
 * @param gainOfOne    how many more students one more place there places: 0 or 1
 * @param absorbable   how many more students places there could absorb with no limit; {@code k} more places there
 *                     place {@code min(k, absorbable)} more
 */
public record WhatIfLine(String districtCode, String district, String areaCode, String area, List<String> languages,
                         int gainOfOne, int absorbable) {

    public String languageList() {
        return String.join(", ", languages);
    }
}
