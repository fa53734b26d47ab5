package se.stockholm.vfu.allocation;

import se.stockholm.vfu.allocation.engine.ShortageGroup;

import java.util.List;
import java.util.Map;

/**
 * A group of students who together ask for more places than their acceptable places have (a deficient set in Hall's
 * sense): where the central contact should ask the districts for more places.
 *
 * @param students           how many students the group has
 * @param demand             places the group needs
 * @param capacity           places the group could use
 * @param requestedDistricts the districts the group asked for, by name
 * @param requestedAreas     the areas of work the group asked for, by name
 * @param capacityByDistrict where the usable places are, "Södermalm: 3"
 */
public record ShortageLine(int students, int demand, int capacity, List<String> requestedDistricts,
                           List<String> requestedAreas, List<String> capacityByDistrict) {

    /** The engine's groups with the districts' and areas' names for their codes (a code without a name as itself). */
    static List<ShortageLine> of(List<ShortageGroup> groups, Map<String, String> districtNames,
                                 Map<String, String> areaNames) {
        return groups.stream().map(group -> new ShortageLine(group.studentKeys().size(), group.demand(),
                group.capacity(),
                group.requestedDistricts().stream().map(code -> districtNames.getOrDefault(code, code)).toList(),
                group.requestedAreas().stream().map(code -> areaNames.getOrDefault(code, code)).toList(),
                group.capacityByDistrict().entrySet().stream()
                        .map(e -> districtNames.getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue())
                        .toList())).toList();
    }

    public int shortfall() {
        return demand - capacity;
    }

    public String districtList() {
        return String.join(", ", requestedDistricts);
    }

    public String areaList() {
        return String.join(", ", requestedAreas);
    }

    public String capacityList() {
        return String.join(", ", capacityByDistrict);
    }
}
