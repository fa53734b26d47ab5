package se.stockholm.vfu.allocation;

import se.stockholm.vfu.common.SwedishOrder;

import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * What more places would buy in a term, worked out on its current requests and places. Lines with the same figures
 * are in alphabetical order of their names (districts', then areas'), not of their codes.
 *
 * @param termCode   the term
 * @param requests   requests in the pool
 * @param placeable  the most students the term can place now
 * @param pairs      every district-and-area pair, largest gain first
 * @param byDistrict sums per district, largest first
 * @param byArea     sums per area of work, largest first
 * @param elapsedMs  how long the analysis took
 */
public record WhatIfReport(String termCode, int requests, int placeable, List<WhatIfLine> pairs,
                           List<WhatIfSumLine> byDistrict, List<WhatIfSumLine> byArea, long elapsedMs) {

    /**
     * The report with its ties in alphabetical (Swedish) order of the names a page shows: districts by name, areas
     * by {@code areaName} of their code and Swedish name (a page in English names them in English, so its order is
     * another). The figures' order stays: the largest gain first.
     */
    public WhatIfReport inOrderOf(BinaryOperator<String> areaName) {
        Comparator<String> names = SwedishOrder.names();
        Comparator<WhatIfLine> pairOrder = Comparator.comparingInt(WhatIfLine::gainOfOne).reversed()
                .thenComparing(Comparator.comparingInt(WhatIfLine::absorbable).reversed())
                .thenComparing(WhatIfLine::district, names)
                .thenComparing(line -> areaName.apply(line.areaCode(), line.area()), names);
        Comparator<WhatIfSumLine> sumOrder = Comparator.comparingInt(WhatIfSumLine::helpingPairs).reversed()
                .thenComparing(Comparator.comparingInt(WhatIfSumLine::absorbableTogether).reversed());
        return new WhatIfReport(termCode, requests, placeable, pairs.stream().sorted(pairOrder).toList(),
                byDistrict.stream().sorted(sumOrder.thenComparing(WhatIfSumLine::name, names)).toList(),
                byArea.stream().sorted(sumOrder.thenComparing(sum -> areaName.apply(sum.code(), sum.name()), names))
                        .toList(),
                elapsedMs);
    }
}
