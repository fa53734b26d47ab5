package se.stockholm.vfu.allocation;

import java.util.List;

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
