package se.stockholm.vfu.allocation.engine;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A group of students who together accept fewer places than they are (a deficient set in Hall's
 * theorem), so that no allocation can place them all: the central contact should ask for more
 * places where they want them. Every place any of them accepts is in the group and full.
 *
 * @param studentKeys         the students competing for the group's places, placed or not
 * @param demand              how many they are
 * @param capacity            the free capacity of every place they accept, fixed assignments deducted
 * @param capacityByDistrict  that capacity per district
 * @param capacityByArea      that capacity per area of work
 * @param requestedDistricts  districts the students named, directly or through a place they ranked
 * @param requestedAreas      areas of work the students named, directly or through a place they ranked
 */
public record ShortageGroup(List<String> studentKeys, int demand, int capacity,
                            SortedMap<String, Integer> capacityByDistrict, SortedMap<String, Integer> capacityByArea,
                            SortedSet<String> requestedDistricts, SortedSet<String> requestedAreas) {

    public ShortageGroup {
        studentKeys = List.copyOf(studentKeys);
    }

    /** How many of the group stay unplaced: the places missing. */
    public int shortfall() {
        return demand - capacity;
    }
}
