package se.stockholm.vfu.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.allocation.AllocationInput.Snapshot;
import se.stockholm.vfu.allocation.engine.HypotheticalPlace;
import se.stockholm.vfu.allocation.engine.Place;
import se.stockholm.vfu.allocation.engine.WhatIf;
import se.stockholm.vfu.allocation.engine.WhatIfGain;
import se.stockholm.vfu.allocation.engine.WhatIfResult;
import se.stockholm.vfu.allocation.engine.WhatIfSum;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceLists;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * What one more place would buy in a term: for every active district and area of work, a new place there (in the
 * district's usual languages, with a trained supervisor) and how many more students the term's requests and places
 * as they stand could then place, exactly ({@link WhatIf}). City-wide figures, so central contact and administrator
 * only. Names no student.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class WhatIfService {

    private static final Logger LOG = Logger.getLogger(WhatIfService.class.getName());
    private static final Set<String> SWEDISH = Set.of("sv");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReferenceLists referenceLists;

    public WhatIfReport whatIf(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        Snapshot snapshot = AllocationInput.load(em, termId, 0);
        // the page around the analysis lists them too: read once per request
        List<District> districts = referenceLists.getDistricts();
        List<AreaOfWork> areas = referenceLists.getAreas();
        Map<String, Set<String>> languages = usualLanguages(snapshot.problem().places());
        List<HypotheticalPlace> candidates = new ArrayList<>();
        for (District district : districts) {
            for (AreaOfWork area : areas) {
                candidates.add(new HypotheticalPlace(district.getCode(), area.getCode(),
                        languages.getOrDefault(district.getCode(), SWEDISH)));
            }
        }
        WhatIfResult result = new WhatIf().analyse(snapshot.problem(), candidates);
        Map<String, String> districtNames = names(districts, District::getCode, District::getName);
        Map<String, String> areaNames = names(areas, AreaOfWork::getCode, AreaOfWork::getNameSv);
        List<WhatIfLine> pairs = result.pairs().stream().map(gain -> line(gain, districtNames, areaNames)).toList();
        LOG.fine(() -> "What-if for " + term.getCode() + ": " + candidates.size() + " pairs in "
                + result.elapsed().toMillis() + " ms");
        return new WhatIfReport(term.getCode(), result.requests(), result.placeable(), pairs,
                sums(result.byDistrict(), districtNames), sums(result.byArea(), areaNames),
                result.elapsed().toMillis()).inOrderOf((code, swedishName) -> swedishName);
    }

    /**
     * Per district, the set of languages most of its places this term work in (ties: the fewer languages, then the
     * first in alphabetical order); Swedish for a district without places.
     */
    static Map<String, Set<String>> usualLanguages(List<Place> places) {
        Map<String, Map<Set<String>, Integer>> counts = new HashMap<>();
        for (Place place : places) {
            counts.computeIfAbsent(place.district(), d -> new HashMap<>())
                    .merge(new TreeSet<>(place.languages()), 1, Integer::sum);
        }
        Map<String, Set<String>> usual = new HashMap<>();
        Comparator<Map.Entry<Set<String>, Integer>> order = Comparator
                .<Map.Entry<Set<String>, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparingInt(entry -> entry.getKey().size())
                .thenComparing(entry -> String.join(",", entry.getKey()));
        counts.forEach((district, bySet) -> usual.put(district,
                Set.copyOf(bySet.entrySet().stream().sorted(order).findFirst().orElseThrow().getKey())));
        return usual;
    }

    private static WhatIfLine line(WhatIfGain gain, Map<String, String> districtNames, Map<String, String> areaNames) {
        return new WhatIfLine(gain.district(), districtNames.getOrDefault(gain.district(), gain.district()),
                gain.area(), areaNames.getOrDefault(gain.area(), gain.area()),
                gain.languages().stream().sorted().toList(), gain.gainOfOne(), gain.absorbable());
    }

    private static List<WhatIfSumLine> sums(List<WhatIfSum> sums, Map<String, String> names) {
        return sums.stream().map(sum -> new WhatIfSumLine(sum.name(), names.getOrDefault(sum.name(), sum.name()),
                sum.helpingPairs(), sum.absorbableSum(), sum.absorbableTogether())).toList();
    }

    private static <T> Map<String, String> names(List<T> values, Function<T, String> code, Function<T, String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        values.forEach(value -> names.put(code.apply(value), name.apply(value)));
        return names;
    }
}
