package se.stockholm.vfu.allocation;

import se.stockholm.vfu.allocation.engine.ShortageGroup;
import se.stockholm.vfu.common.SwedishOrder;
import se.stockholm.vfu.reference.ReferenceLists;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A group of students who together ask for more places than their acceptable places have (a deficient set in Hall's
 * sense): where the central contact should ask the districts for more places. Districts and areas are listed in
 * alphabetical (Swedish) order of their names, as every other list of them (the engine keeps them by code, which put
 * Östermalm before Rinkeby-Kista and Äldreomsorg first).
 *
 * @param students           how many students the group has
 * @param demand             places the group needs
 * @param capacity           places the group could use
 * @param requestedDistricts the districts the group asked for, by name
 * @param requestedAreaCodes the areas of work the group asked for, by code
 * @param requestedAreas     those areas by their Swedish names, in the same order (the summary is kept for every
 *                           reader: a page names them in its language with {@link #areaList(ReferenceLists, String)})
 * @param capacityByDistrict where the usable places are, "Södermalm: 3"
 */
public record ShortageLine(int students, int demand, int capacity, List<String> requestedDistricts,
                           List<String> requestedAreaCodes, List<String> requestedAreas,
                           List<String> capacityByDistrict) {

    /** The engine's groups with the districts' and areas' names for their codes (a code without a name as itself). */
    static List<ShortageLine> of(List<ShortageGroup> groups, Map<String, String> districtNames,
                                 Map<String, String> areaNames) {
        return groups.stream().map(group -> {
            List<String> areaCodes = group.requestedAreas().stream()
                    .sorted(Comparator.comparing(code -> areaNames.getOrDefault(code, code), SwedishOrder.names()))
                    .toList();
            return new ShortageLine(group.studentKeys().size(), group.demand(), group.capacity(),
                    group.requestedDistricts().stream().map(code -> districtNames.getOrDefault(code, code))
                            .sorted(SwedishOrder.names()).toList(),
                    areaCodes, areaCodes.stream().map(code -> areaNames.getOrDefault(code, code)).toList(),
                    group.capacityByDistrict().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey(Comparator.comparing(
                                    (String code) -> districtNames.getOrDefault(code, code), SwedishOrder.names())))
                            .map(e -> districtNames.getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue())
                            .toList());
        }).toList();
    }

    public int shortfall() {
        return demand - capacity;
    }

    public String districtList() {
        return String.join(", ", requestedDistricts);
    }

    /** The areas asked for, named in the language given ("sv" or "en"), in alphabetical order of those names. */
    public String areaList(ReferenceLists names, String language) {
        return IntStream.range(0, requestedAreaCodes.size())
                .mapToObj(i -> names.areaName(requestedAreaCodes.get(i), requestedAreas.get(i), language))
                .sorted(SwedishOrder.names())
                .collect(Collectors.joining(", "));
    }

    public String capacityList() {
        return String.join(", ", capacityByDistrict);
    }
}
